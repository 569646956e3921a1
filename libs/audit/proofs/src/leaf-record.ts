// The audit leaf record: what one log entry commits to. Its bytes (leaf-codec.ts) are the leaf
// of the Merkle tree; the layout is fixed and documented in docs/auditing.md ("Leaf layout").
import type { DecisionOutcome, DecisionRole, MessageKind, Reason } from '@sild/contracts';

/** Layout version, the first byte of every leaf. */
export const LEAF_VERSION = 1;

/** What a log entry records. */
export enum LeafEntryType {
  /** An envelope read from an envelope topic (request, response, error, event, management). */
  ENVELOPE = 1,
  /** A decision record read from a decisions topic. */
  DECISION = 2,
}

/** What the audit service found when it verified an envelope (decision entries: NOT_APPLICABLE). */
export enum EnvelopeVerdict {
  NOT_APPLICABLE = 0,
  VALID = 1,
  /** Logged all the same; `reason` says why it is invalid. */
  INVALID = 2,
}

export interface AuditLeaf {
  readonly entryType: LeafEntryType;
  /** sild.v1.MessageKind of the envelope (the one decided about, for decisions). */
  readonly kind: MessageKind;
  readonly verdict: EnvelopeVerdict;
  /** sild.v1.DecisionOutcome of a decision; UNSPECIFIED (0) for envelopes. */
  readonly outcome: DecisionOutcome;
  /** sild.v1.DecisionRole of a decision; UNSPECIFIED (0) for envelopes. */
  readonly role: DecisionRole;
  /** sild.v1.Reason: why an envelope is invalid, or why a decision denied or failed. */
  readonly reason: Reason;
  /** SHA-256 of the Kafka record value exactly as received (envelope or decision bytes). */
  readonly recordSha256: Uint8Array;
  /** SHA-256 of the envelope the entry is about (= recordSha256 for envelopes; zeros if unknown). */
  readonly envelopeSha256: Uint8Array;
  /** W3C trace id (16 bytes), zeros when absent. */
  readonly traceId: Uint8Array;
  /** Envelope creation time, or decision time, in ms since the epoch (0 when unknown). */
  readonly createdAtMs: number;
  /** Kafka partition of the record, -1 when unknown. */
  readonly partition: number;
  /** Kafka offset of the record, -1 when unknown. */
  readonly offset: number;
  /** The sender instance's 1-based message sequence number; 0 when absent. */
  readonly senderSequence: number;
  readonly messageId: string;
  /** RESPONSE/ERROR: the request answered; decision: the related message of the step. */
  readonly relatedMessageId: string;
  readonly correlationId: string;
  /** `INSTANCE/CLASS/CODE[/SUBSYSTEM]`. */
  readonly sender: string;
  /** A client `INSTANCE/CLASS/CODE[/SUBSYSTEM]` or a service `PROVIDER/SERVICE/VERSION`; empty for events. */
  readonly recipient: string;
  /** The service `PROVIDER/SERVICE/VERSION` called or answered, or the event type name. */
  readonly service: string;
  /** Kafka topic of the record. */
  readonly topic: string;
  /** The sending gateway instance (envelopes) or the deciding instance (decisions). */
  readonly instanceId: string;
  /** Keyed pseudonym of the person an event is about (never a national id). */
  readonly subjectKey: string;
  readonly purpose: string;
  readonly onBehalfOf: string;
  /** The client whose gateway decided (decisions only). */
  readonly decidedBy: string;
}

/** The variable-length fields, in layout order, each u16be byte length + UTF-8. */
export const LEAF_STRING_FIELDS = [
  'messageId',
  'relatedMessageId',
  'correlationId',
  'sender',
  'recipient',
  'service',
  'topic',
  'instanceId',
  'subjectKey',
  'purpose',
  'onBehalfOf',
  'decidedBy',
] as const satisfies readonly (keyof AuditLeaf)[];

/** Byte offsets of the fixed part; the strings start at FIXED_END. */
export const LEAF_OFFSETS = {
  version: 0,
  entryType: 1,
  kind: 2,
  verdict: 3,
  outcome: 4,
  role: 5,
  reason: 6,
  recordSha256: 8,
  envelopeSha256: 40,
  traceId: 72,
  createdAtMs: 88,
  partition: 96,
  offset: 100,
  senderSequence: 108,
  strings: 116,
} as const;

/** Trace ids are 16 bytes. */
export const TRACE_ID_SIZE = 16;

/** The values of each enum asked about (every leaf is checked against several). */
const enumMembers = new WeakMap<object, ReadonlySet<string | number>>();

/** `value` if it is a member of the numeric enum `values` (e.g. `Reason`), else undefined. */
export function enumMember<E extends Record<string, string | number>>(
  values: E,
  value: number,
): E[keyof E] | undefined {
  let members = enumMembers.get(values);
  if (!members) {
    members = new Set(Object.values(values));
    enumMembers.set(values, members);
  }
  return members.has(value) ? (value as E[keyof E]) : undefined;
}
