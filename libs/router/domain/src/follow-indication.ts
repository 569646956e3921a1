import { FOLLOW_INDICATION_TYPE, MessageKind, Reason, wire } from '@sild/contracts';
import {
  reasonOf,
  timestampMs,
  TrustException,
  type DecisionSubject,
  type EnvelopeVerifier,
} from '@sild/domain-envelope';
import { clientRefOf, type ClientRef } from '@sild/registry-config';
import type { FollowEntry } from './follow-index';
import { RouterErrorCode, RouterException } from './router.exception';
import type { InboundMessage } from './router.ports';

/**
 * Follow indications stand until withdrawn or until their end date (gateways sign open-ended ones
 * for 10 years): their lifetime is not bounded beyond what the signature covers.
 */
export const FOLLOW_MAX_LIFETIME_MS = Number.MAX_SAFE_INTEGER;

/** The subscription and subject a follows-topic key names. */
export interface FollowPair {
  readonly subscriptionId: string;
  readonly subjectKey: string;
}

/** A verified indication, with what its decision record needs. */
export interface Indication {
  readonly entry: FollowEntry;
  readonly sender: ClientRef;
  readonly subject: DecisionSubject;
}

export const refused = (reason: Reason, message: string) =>
  new RouterException(RouterErrorCode.REFUSED, reason, message);

/** `<subscription id>/<subject key>` (subscription ids are UUIDs: the first `/` separates). */
export function pairOf(key: Buffer | null): FollowPair | undefined {
  const text = key?.toString('utf8') ?? '';
  const at = text.indexOf('/');
  if (at <= 0 || at === text.length - 1) return undefined;
  return { subscriptionId: text.slice(0, at), subjectKey: text.slice(at + 1) };
}

function decodeIndication(payload: Uint8Array) {
  try {
    return wire.FollowIndication.decode(payload);
  } catch {
    throw refused(Reason.REASON_MALFORMED, 'payload is not a FollowIndication');
  }
}

/**
 * A follow indication from the follows topic, verified as of when it was written (its Kafka
 * timestamp): signature, certificate chain and revocation, sender = certificate member, expiry
 * then; a MANAGEMENT envelope with a FollowIndication for the pair its key names. Throws
 * RouterException (REFUSED with the reason). Whether the sender may follow for the subscription
 * is decided by the caller.
 */
export function readIndication(
  verifier: EnvelopeVerifier,
  message: InboundMessage,
  pair: FollowPair | undefined,
): Indication {
  if (!pair) throw refused(Reason.REASON_MALFORMED, 'key is not <subscription id>/<subject key>');
  if (!message.value) throw refused(Reason.REASON_MALFORMED, 'no value');
  try {
    const { header, payload } = verifier.authenticate(message.value, message.timestamp);
    if (
      header.kind !== MessageKind.MESSAGE_KIND_MANAGEMENT ||
      header.payloadType !== FOLLOW_INDICATION_TYPE
    ) {
      throw refused(Reason.REASON_MALFORMED, `not a MANAGEMENT envelope with a ${FOLLOW_INDICATION_TYPE}`);
    }
    const body = decodeIndication(payload);
    if (body.subscriptionId !== pair.subscriptionId || body.subjectKey !== pair.subjectKey) {
      throw refused(Reason.REASON_MALFORMED, 'the indication is not for the pair its key names');
    }
    const entry: FollowEntry = {
      ...pair,
      following: body.following,
      untilMs: body.until ? timestampMs(body.until, 'until') : null,
      createdAtMs: timestampMs(header.createdAt, 'created_at'),
    };
    const position = { topic: message.topic, partition: message.partition, offset: message.offset };
    return {
      entry,
      sender: clientRefOf(header.sender),
      subject: { header, envelope: message.value, position },
    };
  } catch (error) {
    if (error instanceof TrustException) throw refused(reasonOf(error.failure), error.message);
    throw error;
  }
}
