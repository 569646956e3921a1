// The audit log's domain: entries from consumed records, appends, checkpoints and auditors' queries.
export { AuditErrorCode, AuditException, auditError } from './audit.exception';
export { partitionKey, recordKey, type EnvelopeParts, type LogEntry, type ReceivedRecord } from './log-entry';
export {
  EntryBuilder,
  type EntryBuilderOptions,
  type EnvelopeAuthenticator,
  type TrustFreshness,
} from './entry-builder';
export { PAYLOAD_KEY_BYTES, PayloadSealer, matchesPattern } from './payload-sealer';
export type {
  AuditLogRepository,
  AuditLogWrite,
  LogState,
  RecordRef,
  StoredCheckpoint,
} from './audit-log.repository';
export {
  AuditAppender,
  comparePositions,
  type AppendResult,
  type PreparedRecord,
} from './audit-appender.service';
export { Checkpointer, type CheckpointPolicy, type CheckpointSink } from './checkpointer.service';
