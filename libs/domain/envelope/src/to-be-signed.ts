import { hash } from 'node:crypto';

/** Domain-separation prefix of the to-be-signed bytes: ASCII `sild/v1/envelope` and a newline. */
export const TBS_CONTEXT = Buffer.from('sild/v1/envelope\n', 'ascii');

/**
 * The bytes an envelope signature covers (docs/wire-format.md):
 * `"sild/v1/envelope\n" || uint32be(len(header)) || header || SHA-256(payload)`.
 * `header` must be the header bytes exactly as sent or received.
 */
export function toBeSigned(header: Uint8Array, payloadSha256: Uint8Array): Buffer {
  const tbs = Buffer.allocUnsafe(TBS_CONTEXT.length + 4 + header.length + payloadSha256.length);
  TBS_CONTEXT.copy(tbs, 0);
  tbs.writeUInt32BE(header.length, TBS_CONTEXT.length);
  tbs.set(header, TBS_CONTEXT.length + 4);
  tbs.set(payloadSha256, TBS_CONTEXT.length + 4 + header.length);
  return tbs;
}

export const sha256 = (bytes: Uint8Array): Buffer => hash('sha256', bytes, 'buffer');
