// The searchable columns of a log entry row, all derived from its leaf. The audit service writes
// them next to the leaf bytes so queries can use indexes; `sild audit verify-log` derives them
// again from the leaf and names a row whose column was changed (docs/auditing.md).
import { LeafEntryType, type AuditLeaf } from '@sild/audit-proofs';

export type ColumnValue = string | number | Uint8Array | Date | null;

/** Column names of the entries table in the order `entryColumns` gives them. */
export const ENTRY_COLUMNS = [
  'entry_type',
  'kind',
  'verdict',
  'outcome',
  'role',
  'reason',
  'record_sha256',
  'envelope_sha256',
  'trace_id',
  'created_at',
  'topic',
  'kafka_partition',
  'kafka_offset',
  'sender_sequence',
  'message_id',
  'related_message_id',
  'correlation_id',
  'sender',
  'recipient',
  'service',
  'instance_id',
  'subject_key',
  'purpose',
  'on_behalf_of',
  'decided_by',
  'sender_member',
  'recipient_member',
  'decided_by_member',
] as const;

export type EntryColumn = (typeof ENTRY_COLUMNS)[number];

const textOrNull = (value: string): string | null => (value === '' ? null : value);

/** `INSTANCE/CLASS/CODE` of a client or service text form; null when there is none. */
export function memberOf(text: string): string | null {
  const parts = text.split('/');
  return parts.length >= 3 && parts.slice(0, 3).every((part) => part !== '')
    ? parts.slice(0, 3).join('/')
    : null;
}

const isZero = (bytes: Uint8Array): boolean => bytes.every((byte) => byte === 0);

/** The column values of a leaf: empty strings and zero ids, times and sequences are NULL. */
export function entryColumns(leaf: AuditLeaf): Record<EntryColumn, ColumnValue> {
  return {
    entry_type: leaf.entryType,
    kind: leaf.kind,
    verdict: leaf.verdict,
    outcome: leaf.outcome,
    role: leaf.role,
    reason: leaf.reason,
    record_sha256: leaf.recordSha256,
    envelope_sha256: isZero(leaf.envelopeSha256) ? null : leaf.envelopeSha256,
    trace_id: isZero(leaf.traceId) ? null : Buffer.from(leaf.traceId).toString('hex'),
    created_at: leaf.createdAtMs === 0 ? null : new Date(leaf.createdAtMs),
    topic: leaf.topic,
    kafka_partition: leaf.partition,
    kafka_offset: leaf.offset,
    sender_sequence: leaf.senderSequence === 0 ? null : leaf.senderSequence,
    message_id: textOrNull(leaf.messageId),
    related_message_id: textOrNull(leaf.relatedMessageId),
    correlation_id: textOrNull(leaf.correlationId),
    sender: textOrNull(leaf.sender),
    recipient: textOrNull(leaf.recipient),
    service: textOrNull(leaf.service),
    instance_id: textOrNull(leaf.instanceId),
    subject_key: textOrNull(leaf.subjectKey),
    purpose: textOrNull(leaf.purpose),
    on_behalf_of: textOrNull(leaf.onBehalfOf),
    decided_by: textOrNull(leaf.decidedBy),
    sender_member: memberOf(leaf.sender),
    recipient_member: leaf.entryType === LeafEntryType.ENVELOPE ? memberOf(leaf.recipient) : null,
    decided_by_member: memberOf(leaf.decidedBy),
  };
}

const INTEGER_COLUMNS: ReadonlySet<EntryColumn> = new Set([
  'entry_type',
  'kind',
  'verdict',
  'outcome',
  'role',
  'reason',
  'kafka_partition',
  'kafka_offset',
  'sender_sequence',
]);

/**
 * One comparable text per column value, whatever the driver returned (int8 as a decimal string
 * or a number, bytea as bytes, timestamptz as a Date); text columns compare exactly.
 */
export function columnText(column: EntryColumn, value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return `time ${value.getTime()}`;
  if (value instanceof Uint8Array) return `bytes ${Buffer.from(value).toString('hex')}`;
  if (INTEGER_COLUMNS.has(column) && (typeof value === 'number' || typeof value === 'string')) {
    return /^-?[0-9]+$/.test(String(value)) ? `integer ${BigInt(value).toString()}` : `text ${String(value)}`;
  }
  return typeof value === 'string' ? `text ${value}` : `other ${JSON.stringify(value)}`;
}
