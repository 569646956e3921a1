import { hash } from 'node:crypto';

/** Key id of a signer: SHA-256 of its X.509 certificate in DER (32 bytes). */
export function keyIdOf(certificateDer: Uint8Array): Buffer {
  return hash('sha256', certificateDer, 'buffer');
}

/** Lower-case hex of a key id, the form used in maps, logs and revocation sets. */
export function keyIdHex(keyId: Uint8Array): string {
  return Buffer.from(keyId.buffer, keyId.byteOffset, keyId.byteLength).toString('hex');
}
