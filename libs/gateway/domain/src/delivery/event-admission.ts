import { MessageKind, Reason, type Header } from '@sild/contracts';
import { safeInteger, timestampMs, type EnvelopeVerifier } from '@sild/domain-envelope';
import { sameClient, sameMember, type ClientRef } from '@sild/registry-config';
import { failure } from '../gateway.exception';
import type { DeliverableEvent } from './delivery.model';
import type { DeliveryDirectory } from './delivery.ports';

/** Whose subscription is delivered here. */
export interface AdmissionPolicy {
  /** The member this gateway serves. */
  readonly member: ClientRef;
  readonly subscriptionId: string;
}

const clientOf = (id: Header['sender']): ClientRef => ({
  instance: id?.instance ?? '',
  memberClass: id?.memberClass ?? '',
  memberCode: id?.memberCode ?? '',
  subsystem: id?.subsystem ?? '',
});

/**
 * Checks an event of a subscription topic end to end before anything reaches the subscriber
 * system: signature, certificate chain, revocation and sender (no replay check: delivery is
 * at-least-once), an EVENT, of an approved subscription of this member to its event type, signed
 * by the event type's owner. Throws a TrustException or a GatewayException (asGatewayException
 * gives the reason of either); returns the event.
 */
export function admitEvent(
  bytes: Uint8Array,
  verifier: EnvelopeVerifier,
  directory: DeliveryDirectory,
  policy: AdmissionPolicy,
  redelivery = false,
): DeliverableEvent {
  const { header, payload } = verifier.authenticate(bytes);
  if (header.kind !== MessageKind.MESSAGE_KIND_EVENT) {
    throw failure(Reason.REASON_MALFORMED, 'a subscription topic carries EVENT envelopes only');
  }
  const eventType = header.eventType?.name ?? '';
  const subscription = directory.subscription(policy.subscriptionId);
  if (!subscription) {
    throw failure(Reason.REASON_NOT_FOUND, `subscription ${policy.subscriptionId} is not registered`);
  }
  if (!sameMember(subscription.subscriber, policy.member)) {
    throw failure(Reason.REASON_ACCESS_DENIED, 'the subscription belongs to another member');
  }
  if (subscription.status !== 'APPROVED') {
    throw failure(Reason.REASON_ACCESS_DENIED, `the subscription is ${subscription.status}`);
  }
  if (subscription.eventType !== eventType) {
    throw failure(Reason.REASON_ACCESS_DENIED, `event type ${eventType} is not the subscription's`);
  }
  const publisher = clientOf(header.sender);
  const owner = directory.eventType(eventType)?.owner;
  if (!owner || !sameClient(owner, publisher)) {
    throw failure(Reason.REASON_UNKNOWN_EVENT_TYPE, `the sender does not own event type ${eventType}`);
  }
  return {
    subscriptionId: policy.subscriptionId,
    messageId: header.messageId,
    eventType,
    publisher,
    subjectKey: header.subjectKey,
    subjectSequence: safeInteger(header.subjectSequence, 'subject_sequence'),
    attributes: { ...header.attributes },
    payload,
    payloadType: header.payloadType,
    payloadEncoding: header.payloadEncoding,
    createdAtMs: timestampMs(header.createdAt, 'created_at'),
    traceparent: header.traceparent,
    envelope: bytes,
    redelivery,
  };
}
