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
export type { Principal } from './principal';
export type {
  AuditQueryRepository,
  EntryCriteria,
  EntryEvidence,
  EntryRecord,
  GapRow,
  QueryRecord,
  SenderRow,
} from './audit-query.repository';
export {
  AuditQueries,
  MAX_TRACE_ENTRIES,
  type EntryPage,
  type ListInput,
  type SubjectInput,
} from './audit-queries.service';
export { ProofQueries, type ConsistencyAnswer, type InclusionAnswer } from './proof-queries.service';
export {
  CompletenessQueries,
  type CompletenessInput,
  type CompletenessReport,
  type SenderReport,
  type SequenceGap,
} from './completeness.service';
export {
  EvidenceExporter,
  type CertificateSource,
  type ExportResult,
  type ExporterOptions,
} from './evidence-exporter.service';
export { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from './query-input';
