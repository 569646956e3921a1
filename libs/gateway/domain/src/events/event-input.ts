import { PayloadEncoding, Reason } from '@sild/contracts';
import { attributesProblem } from '@sild/domain-envelope';
import { clientKey, sameMember, type ClientRef } from '@sild/registry-config';
import { failure } from '../gateway.exception';
import type { EventSettings } from './events.ports';

const MAX_SUBJECT_LENGTH = 256;

/** Refuses a subsystem that is not of this gateway's organisation. */
export function checkOwnSubsystem(client: ClientRef, settings: EventSettings, what: string): void {
  if (!client.subsystem || !sameMember(client, settings.member)) {
    throw failure(
      Reason.REASON_ACCESS_DENIED,
      `${what} must be a subsystem of ${clientKey(settings.member)}`,
    );
  }
}

/** The subject's text, checked; and that the instance secret is configured. */
export function checkSubject(subject: string, settings: EventSettings): void {
  if (settings.subjectSecret.length === 0) {
    throw failure(
      Reason.REASON_FAILED_PRECONDITION,
      'this gateway has no subject key secret (GATEWAY_SUBJECT_KEY_SECRET)',
    );
  }
  if (!subject || subject.length > MAX_SUBJECT_LENGTH) {
    throw failure(Reason.REASON_INVALID_ARGUMENT, `subject must be 1 to ${MAX_SUBJECT_LENGTH} characters`);
  }
}

/** Payload limits and header attribute rules of an event. */
export function checkEventBody(
  input: {
    payload: Uint8Array;
    payloadEncoding: PayloadEncoding;
    attributes: Readonly<Record<string, string>>;
  },
  settings: EventSettings,
): void {
  if (input.payload.length > settings.maxPayloadBytes) {
    throw failure(
      Reason.REASON_TOO_LARGE,
      `payload of ${input.payload.length} bytes exceeds ${settings.maxPayloadBytes}`,
    );
  }
  if (input.payloadEncoding === PayloadEncoding.PAYLOAD_ENCODING_UNSPECIFIED) {
    throw failure(Reason.REASON_INVALID_ARGUMENT, 'payload_encoding is not set');
  }
  const problem = attributesProblem(input.attributes);
  if (problem) throw failure(Reason.REASON_INVALID_ARGUMENT, `attributes: ${problem}`);
}
