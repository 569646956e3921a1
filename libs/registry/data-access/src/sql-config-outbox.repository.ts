import type { SqlDatabase } from '@sild/platform-database';

/** A committed configuration change waiting to be published. */
export interface OutboxEntry {
  readonly version: string;
  readonly entityKey: string;
  /** The serialized sild.registry.v1.ConfigRecord. */
  readonly record: Uint8Array;
}

/** The registry's transactional outbox of configuration records. */
export class SqlConfigOutboxRepository {
  constructor(private readonly db: SqlDatabase) {}

  /** The oldest unpublished entries, in version order. */
  async pending(limit: number): Promise<OutboxEntry[]> {
    const { rows } = await this.db.query<{ version: string; entity_key: string; record: Uint8Array }>(
      'select version::text as version, entity_key, record from config_outbox where published_at is null order by config_outbox.version limit $1',
      [limit],
    );
    return rows.map((row) => ({ version: row.version, entityKey: row.entity_key, record: row.record }));
  }

  /** Marks every entry up to and including `version` as published. */
  async markPublished(version: string): Promise<void> {
    await this.db.query(
      'update config_outbox set published_at = now() where published_at is null and version <= $1',
      [version],
    );
  }

  /** The newest published entry of every entity (the state a fresh reader should end with). */
  async latestPerEntity(): Promise<OutboxEntry[]> {
    const { rows } = await this.db.query<{ version: string; entity_key: string; record: Uint8Array }>(
      `select distinct on (entity_key) version::text as version, entity_key, record
         from config_outbox where published_at is not null order by entity_key, config_outbox.version desc`,
    );
    return rows.map((row) => ({ version: row.version, entityKey: row.entity_key, record: row.record }));
  }

  async latestVersion(): Promise<string> {
    const { rows } = await this.db.query<{ v: string }>(
      'select coalesce(max(version), 0)::text as v from config_outbox',
    );
    return rows[0]?.v ?? '0';
  }

  async latestPublishedVersion(): Promise<string> {
    const { rows } = await this.db.query<{ v: string }>(
      'select coalesce(max(version), 0)::text as v from config_outbox where published_at is not null',
    );
    return rows[0]?.v ?? '0';
  }

  async pendingCount(): Promise<number> {
    const { rows } = await this.db.query<{ n: string }>(
      'select count(*)::text as n from config_outbox where published_at is null',
    );
    return Number(rows[0]?.n ?? 0);
  }
}
