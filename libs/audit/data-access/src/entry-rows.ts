// How log entries become rows of audit_entries: one binary COPY per batch, on PostgreSQL and
// PGlite alike. (An INSERT of text arrays cast in SQL cost the server about three times as much
// per entry: parsing the text, not storing the rows, dominated.)
import { ENTRY_COLUMNS, entryColumns, type ColumnValue, type EntryColumn } from '@sild/audit-evidence';
import type { LogEntry } from '@sild/audit-domain';
import type { CopyColumn, CopyType, SqlClient } from '@sild/platform-database';

/** A column of a batch insert: its name, SQL type and value per row (`index`: row number + first). */
export interface ColumnOf<Row> extends CopyColumn {
  readonly value: (row: Row, index: number) => ColumnValue;
}

const LEAF_COLUMN_TYPES: Record<EntryColumn, CopyType> = {
  entry_type: 'smallint',
  kind: 'smallint',
  verdict: 'smallint',
  outcome: 'smallint',
  role: 'smallint',
  reason: 'integer',
  record_sha256: 'bytea',
  envelope_sha256: 'bytea',
  trace_id: 'text',
  created_at: 'timestamptz',
  topic: 'text',
  kafka_partition: 'integer',
  kafka_offset: 'bigint',
  sender_sequence: 'bigint',
  message_id: 'text',
  related_message_id: 'text',
  correlation_id: 'text',
  sender: 'text',
  recipient: 'text',
  service: 'text',
  instance_id: 'text',
  subject_key: 'text',
  purpose: 'text',
  on_behalf_of: 'text',
  decided_by: 'text',
  sender_member: 'text',
  recipient_member: 'text',
  decided_by_member: 'text',
};

const leafColumnsOf = new WeakMap<LogEntry, Record<EntryColumn, ColumnValue>>();
const leafColumn = (entry: LogEntry, name: EntryColumn): ColumnValue => {
  let columns = leafColumnsOf.get(entry);
  if (!columns) {
    columns = entryColumns(entry.leaf);
    leafColumnsOf.set(entry, columns);
  }
  return columns[name];
};

export const ENTRY_ROW_COLUMNS: readonly ColumnOf<LogEntry>[] = [
  { name: 'idx', type: 'bigint', value: (_, index) => index },
  { name: 'leaf', type: 'bytea', value: (entry) => entry.leafBytes },
  ...ENTRY_COLUMNS.map((name) => ({
    name,
    type: LEAF_COLUMN_TYPES[name],
    value: (entry: LogEntry) => leafColumn(entry, name),
  })),
  { name: 'refusal', type: 'text', value: (entry) => entry.refusal },
  { name: 'envelope_header', type: 'bytea', value: (entry) => entry.envelope?.header ?? null },
  { name: 'signature_algorithm', type: 'smallint', value: (entry) => entry.envelope?.algorithm ?? null },
  { name: 'signature_key_id', type: 'bytea', value: (entry) => entry.envelope?.keyId ?? null },
  { name: 'signature', type: 'bytea', value: (entry) => entry.envelope?.signature ?? null },
  { name: 'decision_record', type: 'bytea', value: (entry) => entry.decisionRecord },
  { name: 'sealed_record', type: 'bytea', value: (entry) => entry.sealedRecord },
];

/** Inserts `rows` into `table` by binary COPY; row i gets index `firstIndex + i`. */
export function copyInsert<Row>(
  client: SqlClient,
  table: string,
  columns: readonly ColumnOf<Row>[],
  rows: readonly Row[],
  firstIndex = 0,
): Promise<void> {
  return client.copyRows(
    table,
    columns,
    rows.map((row, i) => columns.map((column) => column.value(row, firstIndex + i))),
  );
}
