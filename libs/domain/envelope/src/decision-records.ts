import { createHash } from 'node:crypto';
import {
  DecisionOutcome,
  DecisionRole,
  MessageKind,
  Reason,
  type ClientId,
  type DecisionFields,
  type HeaderFields,
} from '@sild/contracts';
import { traceIdOf } from '@sild/platform-telemetry';

/** Durable record of decisions for the audit (the decisions topic). */
export interface DecisionLog {
  record(decision: DecisionFields): Promise<void>;
}

/** Where a message is (or was put) on the bus. */
export interface BusPosition {
  readonly topic: string;
  readonly partition: number;
  readonly offset: string;
}

/** Who decides: the member (a gateway's organisation, or the instance for platform services) and process. */
export interface Decider {
  readonly member: ClientId;
  readonly instanceId: string;
}

/** What a decision is about: a header (when decodable), the envelope bytes and where they were. */
export interface DecisionSubject {
  readonly header?: HeaderFields | undefined;
  readonly envelope?: Uint8Array | undefined;
  readonly position?: BusPosition | undefined;
}

export interface DecisionDetail {
  readonly outcome: DecisionOutcome;
  readonly role: DecisionRole;
  readonly reason?: Reason;
  readonly detail?: string;
  readonly relatedMessageId?: string;
  readonly durationMs?: number;
  /** For events: the subscription routed or delivered for, and the delivery attempt. */
  readonly subscriptionId?: string;
  readonly attempt?: number;
}

const timestamp = (ms: number) => ({ seconds: Math.floor(ms / 1000), nanos: (ms % 1000) * 1_000_000 });

/** One decision record, filled from the signed header (never from Kafka headers). */
export function decisionOf(
  decider: Decider,
  subject: DecisionSubject,
  detail: DecisionDetail,
  now = Date.now(),
): DecisionFields {
  const { header, envelope, position } = subject;
  return {
    messageId: header?.messageId ?? '',
    traceId: traceIdOf(header?.traceparent ?? ''),
    correlationId: header?.correlationId ?? '',
    outcome: detail.outcome,
    reason: detail.reason ?? Reason.REASON_UNSPECIFIED,
    detail: detail.detail ?? '',
    role: detail.role,
    decidedBy: decider.member,
    deciderInstanceId: decider.instanceId,
    kind: header?.kind ?? MessageKind.MESSAGE_KIND_UNSPECIFIED,
    sender: header?.sender ?? null,
    service: header?.service ?? header?.recipientService ?? null,
    eventType: header?.eventType?.name ?? '',
    envelopeSha256: envelope ? createHash('sha256').update(envelope).digest() : new Uint8Array(),
    topic: position?.topic ?? '',
    partition: position?.partition ?? -1,
    offset: Number(position?.offset ?? -1),
    decidedAt: timestamp(now),
    relatedMessageId: detail.relatedMessageId ?? '',
    onBehalfOf: header?.onBehalfOf ?? '',
    purpose: header?.purpose ?? '',
    durationMs: Math.max(0, Math.round(detail.durationMs ?? 0)),
    subscriptionId: detail.subscriptionId ?? '',
    attempt: detail.attempt ?? 0,
  };
}

export { DecisionOutcome, DecisionRole };
