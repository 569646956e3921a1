// Strict standard base64 (RFC 4648 section 4, with padding): Node's decoder silently skips junk,
// so the text is checked first and must be the canonical encoding of the bytes it decodes to.
import { type AuditProofsErrorCode, proofsError } from './audit-proofs.exception';

const STANDARD = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

export const toBase64 = (bytes: Uint8Array): string => Buffer.from(bytes).toString('base64');

/** Decodes canonical padded base64; throws `code` naming `what` otherwise. */
export function fromBase64(text: string, what: string, code: AuditProofsErrorCode): Buffer {
  const bytes = STANDARD.test(text) ? Buffer.from(text, 'base64') : undefined;
  if (!bytes || bytes.toString('base64') !== text) {
    throw proofsError(code, `${what} is not canonical standard base64: ${JSON.stringify(text.slice(0, 80))}`);
  }
  return bytes;
}
