// The log's read side over PostgreSQL or PGlite: auditors' queries, proofs and evidence.
import type { NodeId } from '@sild/audit-proofs';
import type {
  AuditQueryRepository,
  EntryCriteria,
  EntryEvidence,
  EntryRecord,
  LogState,
  QueryRecord,
  StoredCheckpoint,
} from '@sild/audit-domain';
import type { SqlDatabase } from '@sild/platform-database';
import { ENTRY_SELECT, criteriaSql, entryRecord, type EntryRow } from './entry-records';
import { nodeHashesOf } from './sql-nodes';
import { SqlAuditLogRepository } from './sql-audit-log.repository';
import { SqlCompleteness } from './sql-completeness';

interface EvidenceRow {
  entry_index: string;
  envelope_header: Uint8Array | null;
  signature_algorithm: number | null;
  signature_key_id: Uint8Array | null;
  signature: Uint8Array | null;
  decision_record: Uint8Array | null;
  sealed_record: Uint8Array | null;
}

const evidenceOf = (row: EvidenceRow): EntryEvidence => ({
  index: Number(row.entry_index),
  envelope:
    row.envelope_header && row.signature_key_id && row.signature
      ? {
          header: row.envelope_header,
          algorithm: row.signature_algorithm ?? 0,
          keyId: row.signature_key_id,
          signature: row.signature,
        }
      : null,
  decisionRecord: row.decision_record,
  sealedRecord: row.sealed_record,
});

const CHECKPOINT_SELECT = 'select tree_size::text as tree_size, root, note, signed_at from audit_checkpoints';

export class SqlAuditQueryRepository extends SqlCompleteness implements AuditQueryRepository {
  private readonly log: SqlAuditLogRepository;

  constructor(db: SqlDatabase) {
    super(db);
    this.log = new SqlAuditLogRepository(db);
  }

  state(): Promise<LogState> {
    return this.log.state();
  }

  async entry(index: number): Promise<EntryRecord | undefined> {
    return (await this.entries(`${ENTRY_SELECT} where idx = $1`, [index]))[0];
  }

  byTrace(traceIdHex: string, limit: number): Promise<EntryRecord[]> {
    return this.entries(`${ENTRY_SELECT} where trace_id = $1 order by created_at nulls first, idx limit $2`, [
      traceIdHex,
      limit,
    ]);
  }

  byMessage(messageId: string, limit: number): Promise<EntryRecord[]> {
    return this.entries(
      `${ENTRY_SELECT} where message_id = $1 order by created_at nulls first, idx limit $2`,
      [messageId, limit],
    );
  }

  list(criteria: EntryCriteria, afterIndex: number, limit: number): Promise<EntryRecord[]> {
    const { conditions, params } = criteriaSql(criteria, 3);
    return this.entries(
      `${ENTRY_SELECT} where idx > $1 ${conditions.map((c) => `and ${c}`).join(' ')} order by idx limit $2`,
      [afterIndex, limit, ...params],
    );
  }

  bySubject(
    subjectKey: string,
    criteria: EntryCriteria,
    afterIndex: number,
    limit: number,
  ): Promise<EntryRecord[]> {
    const { conditions, params } = criteriaSql(criteria, 4);
    return this.entries(
      `${ENTRY_SELECT} where idx > $1 and (subject_key = $3 or (entry_type = 2 and message_id in (
         select message_id from audit_entries where subject_key = $3 and message_id is not null)))
       ${conditions.map((c) => `and ${c}`).join(' ')} order by idx limit $2`,
      [afterIndex, limit, subjectKey, ...params],
    );
  }

  async evidence(indexes: readonly number[]): Promise<EntryEvidence[]> {
    const { rows } = await this.db.query<EvidenceRow>(
      `select idx::text as entry_index, envelope_header, signature_algorithm, signature_key_id, signature,
              decision_record, sealed_record
         from audit_entries where idx = any($1::bigint[]) order by idx`,
      [indexes.map(String)],
    );
    return rows.map(evidenceOf);
  }

  async checkpoint(size: number): Promise<StoredCheckpoint | undefined> {
    return (await this.checkpoints(`${CHECKPOINT_SELECT} where tree_size = $1`, [size]))[0];
  }

  latestCheckpoint(): Promise<StoredCheckpoint | undefined> {
    return this.log.latestCheckpoint();
  }

  async firstCheckpointCovering(size: number): Promise<StoredCheckpoint | undefined> {
    const sql = `${CHECKPOINT_SELECT} where tree_size >= $1 order by audit_checkpoints.tree_size limit 1`;
    return (await this.checkpoints(sql, [size]))[0];
  }

  async recordQuery(query: QueryRecord): Promise<void> {
    await this.db.query(
      'insert into audit_queries (principal, operation, parameters, results) values ($1, $2, $3::jsonb, $4)',
      [query.principal, query.operation, JSON.stringify(query.parameters), query.results],
    );
  }

  nodeHashes(ids: readonly NodeId[]): Promise<Uint8Array[]> {
    return nodeHashesOf(this.db, ids);
  }

  protected async entries(sql: string, params: readonly unknown[]): Promise<EntryRecord[]> {
    return (await this.db.query<EntryRow>(sql, params)).rows.map(entryRecord);
  }

  private async checkpoints(sql: string, params: readonly unknown[]): Promise<StoredCheckpoint[]> {
    const { rows } = await this.db.query<{
      tree_size: string;
      root: Uint8Array;
      note: string;
      signed_at: Date;
    }>(sql, params);
    return rows.map((row) => ({
      size: Number(row.tree_size),
      root: row.root,
      note: row.note,
      signedAt: row.signed_at,
    }));
  }
}
