// The write side of the log's storage (implemented over PostgreSQL in @sild/audit-data-access,
// in memory in ./testing). Everything one append or one checkpoint changes happens in one
// transaction of `write`. An append holds the log's state row locked: appends of concurrent
// writers are serialized, and each one starts from the committed state. A checkpoint reads the
// committed state without the lock and signs it, while the next append goes on.
import type { NodeSource, StoredNode } from '@sild/audit-proofs';
import type { LogEntry } from './log-entry';

/** Size and root of the log as committed. */
export interface LogState {
  readonly size: number;
  readonly root: Uint8Array;
}

/** A signed checkpoint as stored. */
export interface StoredCheckpoint {
  readonly size: number;
  readonly root: Uint8Array;
  /** The whole signed note (C2SP tlog-checkpoint). */
  readonly note: string;
  readonly signedAt: Date;
}

/** Where a record was read: topic, partition and offset. */
export interface RecordRef {
  readonly topic: string;
  readonly partition: number;
  readonly offset: number;
}

export interface AuditLogWrite extends NodeSource {
  /** Locks the state row for the rest of the transaction and reads it. */
  lockState(): Promise<LogState>;
  /** Reads the committed state row without locking it (appends go on meanwhile). */
  committedState(): Promise<LogState>;
  /** Which of these records are in the log already, as {@link recordKey}s. */
  appended(records: readonly RecordRef[]): Promise<Set<string>>;
  /**
   * Stores entries `firstIndex, firstIndex + 1, ...` with the tree nodes they completed, moves
   * the consumer positions past them and counts their senders' sequences.
   */
  append(firstIndex: number, entries: readonly LogEntry[], nodes: readonly StoredNode[]): Promise<void>;
  setState(state: LogState): Promise<void>;
  latestCheckpoint(): Promise<StoredCheckpoint | undefined>;
  addCheckpoint(checkpoint: StoredCheckpoint): Promise<void>;
}

export interface AuditLogRepository {
  write<T>(work: (tx: AuditLogWrite) => Promise<T>): Promise<T>;
  /** The committed state, without locking. */
  state(): Promise<LogState>;
  latestCheckpoint(): Promise<StoredCheckpoint | undefined>;
  /** Checkpoints not yet published to Kafka, oldest first. */
  unpublishedCheckpoints(): Promise<StoredCheckpoint[]>;
  markPublished(size: number): Promise<void>;
}
