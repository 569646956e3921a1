// How log entries become rows of audit_entries: one INSERT per batch, each column passed as one
// text array and cast in SQL (unnest), so a batch of any size is one statement with a fixed
// number of parameters on PostgreSQL and PGlite alike.
import { ENTRY_COLUMNS, entryColumns, type ColumnValue, type EntryColumn } from '@sild/audit-evidence';
import type { LogEntry } from '@sild/audit-domain';

export type SqlType = 'bigint' | 'integer' | 'smallint' | 'text' | 'bytea' | 'timestamptz';

/** A column of a batch insert: its name, SQL type and value per row (`index`: row number + first). */
export interface ColumnOf<Row> {
  readonly name: string;
  readonly type: SqlType;
  readonly value: (row: Row, index: number) => ColumnValue;
}

const LEAF_COLUMN_TYPES: Record<EntryColumn, SqlType> = {
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

/** A value as array element text: bytes in hex, times in ms since the epoch, NULL as null. */
function asText(value: ColumnValue): string | null {
  if (value === null) return null;
  if (value instanceof Uint8Array) return Buffer.from(value).toString('hex');
  if (value instanceof Date) return String(value.getTime());
  return String(value);
}

/** The SQL expression that turns the array element `c` back into its column type. */
function cast(type: SqlType, at: number): string {
  const element = `c${at}`;
  switch (type) {
    case 'bytea':
      return `decode(${element}, 'hex')`;
    case 'timestamptz':
      return `timestamptz 'epoch' + ${element}::bigint * interval '1 millisecond'`;
    case 'text':
      return element;
    case 'bigint':
    case 'integer':
    case 'smallint':
      return `${element}::${type}`;
  }
}

/** One `insert ... select ... from unnest(...)` of `rows`; row i gets index `firstIndex + i`. */
export function unnestInsert<Row>(
  table: string,
  columns: readonly ColumnOf<Row>[],
  rows: readonly Row[],
  firstIndex = 0,
): { sql: string; params: (string | null)[][] } {
  const sql =
    `insert into ${table} (${columns.map((c) => c.name).join(', ')}) ` +
    `select ${columns.map((c, i) => cast(c.type, i)).join(', ')} ` +
    `from unnest(${columns.map((_, i) => `$${i + 1}::text[]`).join(', ')}) ` +
    `as t(${columns.map((_, i) => `c${i}`).join(', ')})`;
  const params = columns.map((column) => rows.map((row, i) => asText(column.value(row, firstIndex + i))));
  return { sql, params };
}
