// Evidence of the audit log that anyone can check offline: the searchable columns derived from a
// leaf, evidence bundles and their verification, and the recomputation of a whole stored log.
export {
  ENTRY_COLUMNS,
  columnText,
  entryColumns,
  memberOf,
  type ColumnValue,
  type EntryColumn,
} from './entry-columns';
export { EvidenceErrorCode, EvidenceException } from './evidence.exception';
export {
  decisionRecordLeaf,
  envelopeRecordLeaf,
  frameOf,
  headerOf,
  isDecisionLeaf,
  type RecordLeaf,
} from './record-leaf';
export {
  BUNDLE_FORMAT,
  bundleText,
  parseBundle,
  type BundleEntry,
  type BundleRecord,
  type EvidenceBundle,
} from './bundle';
export { verifyBundle, type BundleOptions, type BundleReport, type Check } from './bundle-verifier';
export { leafDifference } from './leaf-difference';
export {
  verifyLog,
  type LogProblem,
  type LogProblemKind,
  type LogReport,
  type LogRow,
  type LogSource,
} from './log-verifier';
