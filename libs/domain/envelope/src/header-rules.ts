import { MessageKind, PayloadEncoding, type ClientId, type Header } from '@sild/contracts';
import { safeInteger, timestampMs } from './protobuf-values';
import { TrustException, TrustFailure } from './trust.exception';
import { UUID_V7 } from './uuid-v7';

const ENCODINGS: readonly unknown[] = Object.values(PayloadEncoding);

const malformed = (why: string): TrustException =>
  new TrustException(TrustFailure.MALFORMED, `header ${why}`);

function checkClient(client: ClientId | null | undefined, what: string): void {
  if (!client?.instance || !client.memberClass || !client.memberCode)
    throw malformed(`${what} is incomplete`);
}

/** Header attribute names (CloudEvents attribute naming) and the longest value. */
export const ATTRIBUTE_NAME = /^[a-z0-9]{1,20}$/;
export const MAX_ATTRIBUTE_VALUE_LENGTH = 256;
export const MAX_ATTRIBUTES = 16;

/** Why a set of header attributes is not acceptable, or undefined when it is. */
export function attributesProblem(attributes: Readonly<Record<string, string>>): string | undefined {
  const names = Object.keys(attributes);
  if (names.length > MAX_ATTRIBUTES) return `has more than ${MAX_ATTRIBUTES} attributes`;
  for (const name of names) {
    if (!ATTRIBUTE_NAME.test(name)) return `attribute name "${name.slice(0, 40)}" is not [a-z0-9]{1,20}`;
    if ((attributes[name] ?? '').length > MAX_ATTRIBUTE_VALUE_LENGTH) {
      return `attribute ${name} is longer than ${MAX_ATTRIBUTE_VALUE_LENGTH} characters`;
    }
  }
  return undefined;
}

function checkEvent(header: Header): void {
  if (!header.eventType?.name || !header.subjectKey)
    throw malformed('EVENT needs event_type and subject_key');
  const problem = attributesProblem(header.attributes);
  if (problem) throw malformed(problem);
}

/** Per-kind required fields. */
function checkKind(header: Header): void {
  switch (header.kind) {
    case MessageKind.MESSAGE_KIND_REQUEST:
      if (!header.recipientService || !header.service)
        throw malformed('REQUEST needs recipient_service and service');
      return;
    case MessageKind.MESSAGE_KIND_RESPONSE:
    case MessageKind.MESSAGE_KIND_ERROR:
      checkClient(header.recipientClient, 'recipient_client');
      if (!header.inReplyTo || header.requestHash.length !== 32) {
        throw malformed('RESPONSE and ERROR need in_reply_to and a 32-byte request_hash');
      }
      return;
    case MessageKind.MESSAGE_KIND_EVENT:
      checkEvent(header);
      return;
    case MessageKind.MESSAGE_KIND_MANAGEMENT:
      checkClient(header.recipientClient, 'recipient_client');
      return;
    case MessageKind.MESSAGE_KIND_UNSPECIFIED:
      throw malformed('kind is not set');
    default:
      throw malformed(`kind ${String(header.kind)} is unknown`);
  }
}

/** Structural checks of a decoded header; throws MALFORMED naming the first problem. */
export function checkHeader(header: Header): void {
  if (!UUID_V7.test(header.messageId)) throw malformed('message_id is not a UUIDv7');
  checkKind(header);
  checkClient(header.sender, 'sender');
  const created = timestampMs(header.createdAt, 'created_at');
  const expires = timestampMs(header.expiresAt, 'expires_at');
  if (expires <= created) throw malformed('expires_at is not after created_at');
  if (header.payloadSha256.length !== 32) throw malformed('payload_sha256 is not 32 bytes');
  if (!header.payloadType) throw malformed('payload_type is empty');
  if (!header.payloadEncoding || !ENCODINGS.includes(header.payloadEncoding)) {
    throw malformed('payload_encoding is not set or unknown');
  }
  safeInteger(header.senderSequence, 'sender_sequence');
  safeInteger(header.subjectSequence, 'subject_sequence');
}
