import { peekHeader } from '@sild/domain-envelope';
import { MessageKind, Reason, type Header } from '@sild/contracts';
import { reasonOf, TrustException, type EnvelopeVerifier } from '@sild/domain-envelope';
import { clientRefOf, sameClient } from '@sild/registry-config';
import { RouterErrorCode, RouterException } from './router.exception';
import type { InboundMessage } from './router.ports';
import type { EventRoute } from './routing-table';

/**
 * The longest lifetime (expires_at - created_at) of an event the router accepts: events wait on
 * their topic (7 days by default) and the router may lag behind.
 */
export const EVENT_MAX_LIFETIME_MS = 30 * 86_400_000;

/** A verified event of the topic's event type, from its owner. */
export interface AdmittedEvent {
  readonly header: Header;
  readonly route: EventRoute;
  readonly value: Buffer;
}

const refused = (reason: Reason, message: string) =>
  new RouterException(RouterErrorCode.REFUSED, reason, message);

/**
 * The checks an event passes before it is routed, in this order: bytes present; the envelope
 * authenticates (signature, certificate chain, revocation, sender = certificate member, expiry;
 * no replay check); it is an EVENT; of the topic's event type; sent by the type's owner
 * subsystem. Throws RouterException: NOT_AN_ENVELOPE when the bytes have no decodable header,
 * REFUSED (with the reason) otherwise.
 */
export function admitEvent(
  verifier: EnvelopeVerifier,
  message: InboundMessage,
  route: EventRoute | undefined,
): AdmittedEvent {
  if (!message.value || message.value.length === 0) {
    throw new RouterException(RouterErrorCode.NOT_AN_ENVELOPE, Reason.REASON_MALFORMED, 'empty message');
  }
  let header: Header;
  try {
    header = verifier.authenticate(message.value).header;
  } catch (error) {
    if (!(error instanceof TrustException)) throw error;
    const code = peekHeader(message.value)?.header
      ? RouterErrorCode.REFUSED
      : RouterErrorCode.NOT_AN_ENVELOPE;
    throw new RouterException(code, reasonOf(error.failure), error.message);
  }
  if (header.kind !== MessageKind.MESSAGE_KIND_EVENT) {
    throw refused(Reason.REASON_MALFORMED, `a ${MessageKind[header.kind]} envelope on an event topic`);
  }
  const eventType = header.eventType?.name ?? '';
  if (!route || eventType !== route.eventType) {
    throw refused(
      Reason.REASON_UNKNOWN_EVENT_TYPE,
      route
        ? `event type ${eventType} on the topic of ${route.eventType}`
        : `no registered event type has topic ${message.topic}`,
    );
  }
  if (!sameClient(clientRefOf(header.sender), route.owner)) {
    throw refused(Reason.REASON_ACCESS_DENIED, `the sender does not own event type ${eventType}`);
  }
  return { header, route, value: message.value };
}
