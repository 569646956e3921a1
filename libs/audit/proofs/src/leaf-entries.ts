// How an envelope header or a decision record becomes an audit leaf. The audit service uses it
// to append, and `sild audit verify` to rebuild the leaf from the envelope bytes in a bundle, so
// the mapping lives here once (docs/auditing.md, "Leaf layout").
import {
  DecisionOutcome,
  DecisionRole,
  MessageKind,
  Reason,
  type ClientId,
  type DecisionFields,
  type HeaderFields,
  type ServiceId,
} from '@sild/contracts';
import { TrustException, safeInteger, timestampMs, type Int64 } from '@sild/domain-envelope';
import { traceIdOf } from '@sild/platform-telemetry';
import { EnvelopeVerdict, LeafEntryType, TRACE_ID_SIZE, type AuditLeaf } from './leaf-record';

/** Where a record was read from. */
export interface KafkaPosition {
  readonly topic: string;
  readonly partition: number;
  readonly offset: number;
}

/** `INSTANCE/CLASS/CODE[/SUBSYSTEM]`, the registry's text form of a client. */
export const clientText = (id: ClientId | null | undefined): string =>
  id ? [id.instance, id.memberClass, id.memberCode, ...(id.subsystem ? [id.subsystem] : [])].join('/') : '';

/** `PROVIDER/SERVICE/VERSION`, the registry's text form of a service. */
export const serviceText = (id: ServiceId | null | undefined): string =>
  id ? `${clientText(id.provider)}/${id.serviceCode ?? ''}/${id.serviceVersion ?? ''}` : '';

/** 16 trace id bytes from 32 hex digits, zeros when absent or not a trace id. */
export function traceIdBytes(hex: string | null | undefined): Uint8Array {
  const bytes = /^[0-9a-f]{32}$/.test(hex ?? '')
    ? Buffer.from(hex ?? '', 'hex')
    : Buffer.alloc(TRACE_ID_SIZE);
  return new Uint8Array(bytes);
}

/** A value of an envelope that failed verification may not fit: it is then recorded as 0. */
function orZero(read: () => number): number {
  try {
    return read();
  } catch (error) {
    if (error instanceof TrustException) return 0;
    throw error;
  }
}

const ZERO_HASH = new Uint8Array(32);
const sha256Or0 = (bytes: Uint8Array | null | undefined): Uint8Array =>
  bytes && bytes.length > 0 ? new Uint8Array(bytes) : ZERO_HASH;
const sequenceOf = (value: Int64 | null | undefined, what: string): number =>
  orZero(() => Math.max(0, safeInteger(value, what)));

export interface EnvelopeEntryInput {
  /** SHA-256 of the envelope bytes exactly as read from Kafka. */
  readonly envelopeSha256: Uint8Array;
  /** The decoded header, or null when the bytes are not an envelope at all. */
  readonly header: HeaderFields | null;
  readonly position: KafkaPosition;
  /** REASON_UNSPECIFIED for a valid envelope, the refusal reason otherwise. */
  readonly reason: Reason;
}

/** The leaf of an envelope; `reason` other than UNSPECIFIED marks it INVALID. */
export function envelopeLeaf({ envelopeSha256, header, position, reason }: EnvelopeEntryInput): AuditLeaf {
  const h = header ?? {};
  return {
    entryType: LeafEntryType.ENVELOPE,
    kind: h.kind ?? MessageKind.MESSAGE_KIND_UNSPECIFIED,
    verdict: reason === Reason.REASON_UNSPECIFIED ? EnvelopeVerdict.VALID : EnvelopeVerdict.INVALID,
    outcome: DecisionOutcome.DECISION_OUTCOME_UNSPECIFIED,
    role: DecisionRole.DECISION_ROLE_UNSPECIFIED,
    reason,
    recordSha256: envelopeSha256,
    envelopeSha256,
    traceId: traceIdBytes(traceIdOf(h.traceparent ?? '')),
    createdAtMs: orZero(() => timestampMs(h.createdAt, 'created_at')),
    topic: position.topic,
    partition: position.partition,
    offset: position.offset,
    senderSequence: sequenceOf(h.senderSequence, 'sender_sequence'),
    messageId: h.messageId ?? '',
    relatedMessageId: h.inReplyTo ?? '',
    correlationId: h.correlationId ?? '',
    sender: clientText(h.sender),
    recipient: h.recipientClient ? clientText(h.recipientClient) : serviceText(h.recipientService),
    service: h.service ? serviceText(h.service) : (h.eventType?.name ?? ''),
    instanceId: h.senderInstanceId ?? '',
    subjectKey: h.subjectKey ?? '',
    purpose: h.purpose ?? '',
    onBehalfOf: h.onBehalfOf ?? '',
    decidedBy: '',
  };
}

export interface DecisionEntryInput {
  /** SHA-256 of the decision record bytes exactly as read from Kafka. */
  readonly recordSha256: Uint8Array;
  readonly decision: DecisionFields;
  readonly position: KafkaPosition;
}

/** The leaf of a decision record (the envelope's Kafka position is in the decision itself). */
export function decisionLeaf({ recordSha256, decision: d, position }: DecisionEntryInput): AuditLeaf {
  return {
    entryType: LeafEntryType.DECISION,
    kind: d.kind ?? MessageKind.MESSAGE_KIND_UNSPECIFIED,
    verdict: EnvelopeVerdict.NOT_APPLICABLE,
    outcome: d.outcome ?? DecisionOutcome.DECISION_OUTCOME_UNSPECIFIED,
    role: d.role ?? DecisionRole.DECISION_ROLE_UNSPECIFIED,
    reason: d.reason ?? Reason.REASON_UNSPECIFIED,
    recordSha256,
    envelopeSha256: sha256Or0(d.envelopeSha256),
    traceId: traceIdBytes(d.traceId),
    createdAtMs: orZero(() => timestampMs(d.decidedAt, 'decided_at')),
    topic: position.topic,
    partition: position.partition,
    offset: position.offset,
    senderSequence: 0,
    messageId: d.messageId ?? '',
    relatedMessageId: d.relatedMessageId ?? '',
    correlationId: d.correlationId ?? '',
    sender: clientText(d.sender),
    recipient: '',
    service: d.service ? serviceText(d.service) : (d.eventType ?? ''),
    instanceId: d.deciderInstanceId ?? '',
    subjectKey: '',
    purpose: d.purpose ?? '',
    onBehalfOf: d.onBehalfOf ?? '',
    decidedBy: clientText(d.decidedBy),
  };
}
