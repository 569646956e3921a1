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
