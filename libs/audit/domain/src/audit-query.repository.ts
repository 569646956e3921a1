// The read side of the log's storage, for auditors' queries and evidence export.
import type { AuditLeaf, NodeSource } from '@sild/audit-proofs';
import type { LogState, StoredCheckpoint } from './audit-log.repository';
import type { EnvelopeParts } from './log-entry';

/** A stored entry: its leaf (decoded from the stored leaf bytes) and what the row adds. */
export interface EntryRecord {
  readonly index: number;
  readonly leaf: AuditLeaf;
  readonly leafBytes: Uint8Array;
  readonly refusal: string | null;
  readonly appendedAt: Date;
}

/** Which entries a list query wants; every given criterion must hold. */
export interface EntryCriteria {
  /** Sent, received or decided by this member (`INSTANCE/CLASS/CODE`). */
  readonly member?: string;
  /** The service or event type the entry is about. */
  readonly service?: string;
  /** Created at or after (ms since the epoch). */
  readonly fromMs?: number;
  /** Created before (ms since the epoch). */
  readonly toMs?: number;
}

/** The evidence kept of an entry besides its leaf. */
export interface EntryEvidence {
  readonly index: number;
  readonly envelope: EnvelopeParts | null;
  readonly decisionRecord: Uint8Array | null;
  readonly sealedRecord: Uint8Array | null;
}

export interface SenderRow {
  readonly instanceId: string;
  readonly sender: string;
  readonly firstSequence: number;
  readonly lastSequence: number;
  readonly entries: number;
}

export interface GapRow {
  readonly instanceId: string;
  readonly first: number;
  readonly last: number;
}

/** Who asked what: one row of the query log. */
export interface QueryRecord {
  readonly principal: string;
  readonly operation: string;
  readonly parameters: Record<string, unknown>;
  readonly results: number;
}

export interface AuditQueryRepository extends NodeSource {
  state(): Promise<LogState>;
  entry(index: number): Promise<EntryRecord | undefined>;
  /** Entries of a trace, by creation time then index (at most `limit`). */
  byTrace(traceIdHex: string, limit: number): Promise<EntryRecord[]>;
  /** Entries with this message id (envelope copies and decisions), by creation time then index. */
  byMessage(messageId: string, limit: number): Promise<EntryRecord[]>;
  /** Entries matching `criteria` with an index above `afterIndex`, in log order. */
  list(criteria: EntryCriteria, afterIndex: number, limit: number): Promise<EntryRecord[]>;
  /** Envelopes about a subject and the decisions about those envelopes, in log order. */
  bySubject(
    subjectKey: string,
    criteria: EntryCriteria,
    afterIndex: number,
    limit: number,
  ): Promise<EntryRecord[]>;
  evidence(indexes: readonly number[]): Promise<EntryEvidence[]>;
  checkpoint(size: number): Promise<StoredCheckpoint | undefined>;
  latestCheckpoint(): Promise<StoredCheckpoint | undefined>;
  /** The smallest signed checkpoint with at least `size` entries. */
  firstCheckpointCovering(size: number): Promise<StoredCheckpoint | undefined>;
  senders(excludeMembers: readonly string[]): Promise<SenderRow[]>;
  /** Missing sequence ranges between sequences seen, per instance (leading gaps not included). */
  gaps(excludeMembers: readonly string[], limit: number): Promise<GapRow[]>;
  decisionsWithoutEnvelope(olderThanMs: number, limit: number): Promise<EntryRecord[]>;
  envelopesWithoutDecision(olderThanMs: number, limit: number): Promise<EntryRecord[]>;
  recordQuery(query: QueryRecord): Promise<void>;
}
