// The log's write side over PostgreSQL or PGlite: one transaction per append or checkpoint, the
// state row locked FOR UPDATE first, so writers are serialized and each starts from what is
// committed (the advisory lock makes one replica the writer; this makes two harmless).
import { resolve } from 'node:path';
import type { NodeId, StoredNode } from '@sild/audit-proofs';
import {
  AuditErrorCode,
  auditError,
  partitionKey,
  recordKey,
  type AuditLogRepository,
  type AuditLogWrite,
  type LogEntry,
  type LogState,
  type RecordRef,
  type StoredCheckpoint,
} from '@sild/audit-domain';
import type { SqlClient, SqlDatabase } from '@sild/platform-database';
import { copyInsert, ENTRY_ROW_COLUMNS, type ColumnOf } from './entry-rows';
import { nodeHashesOf } from './sql-nodes';
import { trackSenders } from './sql-senders';

export const AUDIT_MIGRATIONS = resolve(import.meta.dirname, '../migrations');

interface CheckpointRow {
  tree_size: string;
  root: Uint8Array;
  note: string;
  signed_at: Date;
}

const checkpointOf = (row: CheckpointRow): StoredCheckpoint => ({
  size: Number(row.tree_size),
  root: row.root,
  note: row.note,
  signedAt: row.signed_at,
});

const NODE_COLUMNS: readonly ColumnOf<StoredNode>[] = [
  { name: 'level', type: 'smallint', value: (node) => node.level },
  { name: 'idx', type: 'bigint', value: (node) => node.index },
  { name: 'hash', type: 'bytea', value: (node) => node.hash },
];

async function readState(client: SqlClient, lock: boolean): Promise<LogState> {
  const { rows } = await client.query<{ tree_size: string; root: Uint8Array }>(
    `select tree_size::text as tree_size, root from audit_state where id = 1${lock ? ' for update' : ''}`,
  );
  const row = rows[0];
  if (!row) throw auditError(AuditErrorCode.LOG_INCONSISTENT, 'the audit_state row is missing');
  return { size: Number(row.tree_size), root: row.root };
}

const latest = async (client: SqlClient): Promise<StoredCheckpoint | undefined> => {
  const { rows } = await client.query<CheckpointRow>(
    'select tree_size::text as tree_size, root, note, signed_at from audit_checkpoints order by audit_checkpoints.tree_size desc limit 1',
  );
  return rows[0] ? checkpointOf(rows[0]) : undefined;
};

class SqlAuditLogWrite implements AuditLogWrite {
  constructor(private readonly tx: SqlClient) {}

  lockState(): Promise<LogState> {
    return readState(this.tx, true);
  }

  committedState(): Promise<LogState> {
    return readState(this.tx, false);
  }

  async appended(records: readonly RecordRef[]): Promise<Set<string>> {
    const below = await this.belowPositions(records);
    if (below.length === 0) return new Set();
    const { rows } = await this.tx.query<{ topic: string; kafka_partition: number; kafka_offset: string }>(
      `select e.topic, e.kafka_partition, e.kafka_offset::text as kafka_offset
         from audit_entries e
         join unnest($1::text[], $2::int[], $3::bigint[]) as w(topic, kafka_partition, kafka_offset)
           on e.topic = w.topic and e.kafka_partition = w.kafka_partition and e.kafka_offset = w.kafka_offset`,
      [below.map((r) => r.topic), below.map((r) => r.partition), below.map((r) => String(r.offset))],
    );
    return new Set(
      rows.map((row) =>
        recordKey({ topic: row.topic, partition: row.kafka_partition, offset: row.kafka_offset }),
      ),
    );
  }

  async append(
    firstIndex: number,
    entries: readonly LogEntry[],
    nodes: readonly StoredNode[],
  ): Promise<void> {
    await copyInsert(this.tx, 'audit_entries', ENTRY_ROW_COLUMNS, entries, firstIndex);
    await copyInsert(this.tx, 'audit_nodes', NODE_COLUMNS, nodes);
    await this.advancePositions(entries);
    await trackSenders(this.tx, entries);
  }

  async setState(state: LogState): Promise<void> {
    await this.tx.query('update audit_state set tree_size = $1, root = $2, updated_at = now() where id = 1', [
      state.size,
      state.root,
    ]);
  }

  latestCheckpoint(): Promise<StoredCheckpoint | undefined> {
    return latest(this.tx);
  }

  async addCheckpoint(checkpoint: StoredCheckpoint): Promise<void> {
    await this.tx.query(
      'insert into audit_checkpoints (tree_size, root, note, signed_at) values ($1, $2, $3, $4)',
      [checkpoint.size, checkpoint.root, checkpoint.note, checkpoint.signedAt],
    );
  }

  nodeHashes(ids: readonly NodeId[]): Promise<Uint8Array[]> {
    return nodeHashesOf(this.tx, ids);
  }

  /**
   * The records that may be in the log: those below their partition's position (the offset after
   * the highest appended). Nothing at or above it is, so a batch of new records costs one look
   * at the positions instead of one index probe per record.
   */
  private async belowPositions(records: readonly RecordRef[]): Promise<readonly RecordRef[]> {
    if (records.length === 0) return [];
    const partitions = new Map(records.map((r) => [partitionKey(r.topic, r.partition), r]));
    const { rows } = await this.tx.query<{ topic: string; kafka_partition: number; next_offset: string }>(
      `select p.topic, p.kafka_partition, p.next_offset::text as next_offset
         from audit_positions p
         join unnest($1::text[], $2::int[]) as w(topic, kafka_partition)
           on p.topic = w.topic and p.kafka_partition = w.kafka_partition`,
      [[...partitions.values()].map((r) => r.topic), [...partitions.values()].map((r) => r.partition)],
    );
    const next = new Map(
      rows.map((row) => [partitionKey(row.topic, row.kafka_partition), BigInt(row.next_offset)]),
    );
    return records.filter((r) => {
      const position = next.get(partitionKey(r.topic, r.partition));
      return position !== undefined && BigInt(r.offset) < position;
    });
  }

  private async advancePositions(entries: readonly LogEntry[]): Promise<void> {
    const next = new Map<string, { topic: string; partition: number; offset: number }>();
    for (const { leaf } of entries) {
      const key = partitionKey(leaf.topic, leaf.partition);
      const known = next.get(key);
      if (!known || known.offset < leaf.offset + 1) {
        next.set(key, { topic: leaf.topic, partition: leaf.partition, offset: leaf.offset + 1 });
      }
    }
    const positions = [...next.values()];
    await this.tx.query(
      `insert into audit_positions (topic, kafka_partition, next_offset)
       select * from unnest($1::text[], $2::int[], $3::bigint[])
       on conflict (topic, kafka_partition)
       do update set next_offset = greatest(audit_positions.next_offset, excluded.next_offset)`,
      [
        positions.map((p) => p.topic),
        positions.map((p) => p.partition),
        positions.map((p) => String(p.offset)),
      ],
    );
  }
}

export class SqlAuditLogRepository implements AuditLogRepository {
  constructor(private readonly db: SqlDatabase) {}

  write<T>(work: (tx: AuditLogWrite) => Promise<T>): Promise<T> {
    return this.db.transaction((tx) => work(new SqlAuditLogWrite(tx)));
  }

  state(): Promise<LogState> {
    return readState(this.db, false);
  }

  latestCheckpoint(): Promise<StoredCheckpoint | undefined> {
    return latest(this.db);
  }

  async unpublishedCheckpoints(): Promise<StoredCheckpoint[]> {
    const { rows } = await this.db.query<CheckpointRow>(
      `select tree_size::text as tree_size, root, note, signed_at from audit_checkpoints
        where published_at is null order by audit_checkpoints.tree_size`,
    );
    return rows.map(checkpointOf);
  }

  async markPublished(size: number): Promise<void> {
    await this.db.query('update audit_checkpoints set published_at = now() where tree_size = $1', [size]);
  }

  nodeHashes(ids: readonly NodeId[]): Promise<Uint8Array[]> {
    return nodeHashesOf(this.db, ids);
  }

  /** The next offset after the highest appended, per `topic/partition` (for the consumer lag). */
  async positions(): Promise<Map<string, bigint>> {
    const { rows } = await this.db.query<{ topic: string; kafka_partition: number; next_offset: string }>(
      'select topic, kafka_partition, next_offset::text as next_offset from audit_positions',
    );
    return new Map(
      rows.map((row) => [partitionKey(row.topic, row.kafka_partition), BigInt(row.next_offset)]),
    );
  }
}
