import { createHmac } from 'node:crypto';

/** Domain separation: a subject key is never the HMAC of the bare identifier under the secret. */
const CONTEXT = 'sild-subject-v1\n';

/** Shortest instance secret accepted (bytes of UTF-8). */
export const MIN_SUBJECT_SECRET_LENGTH = 32;

/**
 * The keyed pseudonym of a subject (e.g. a citizen service number): base64url of
 * HMAC-SHA256(instance secret, "sild-subject-v1\n" || subject), 43 characters. Every gateway of
 * the instance derives the same key, so a subscriber can follow a person its publisher writes
 * about, while the national id itself never appears in a Kafka key or header.
 */
export function subjectKeyOf(secret: Uint8Array, subject: string): string {
  return createHmac('sha256', secret).update(CONTEXT).update(subject, 'utf8').digest('base64url');
}
