// Ed25519 keys of signed notes (C2SP signed-note): key names, key IDs, the verifier key string
// `<name>+<hex8 key ID>+<base64(0x01 || 32-byte public key)>`, and the log's private key as
// PKCS#8 PEM.
import {
  createHash,
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
  type KeyObject,
} from 'node:crypto';
import { AuditProofsErrorCode, proofsError } from './audit-proofs.exception';
import { fromBase64, toBase64 } from './base64';

/** Signature type byte of Ed25519 in signed notes. */
export const ED25519_TYPE = 0x01;

export interface NoteVerifier {
  readonly name: string;
  /** SHA-256(name || 0x0A || 0x01 || public key)[:4] as a big-endian uint32. */
  readonly keyId: number;
  readonly publicKey: KeyObject;
}

export interface NoteSigner extends NoteVerifier {
  readonly privateKey: KeyObject;
}

const badKey = (message: string): Error => proofsError(AuditProofsErrorCode.BAD_KEY, message);

/** Throws BAD_KEY unless `name` is non-empty UTF-8 without Unicode spaces, controls or `+`. */
export function checkKeyName(name: string): string {
  if (name.length === 0 || /[\s+\p{Cc}]/u.test(name) || Buffer.from(name, 'utf8').toString('utf8') !== name) {
    throw badKey(
      `key name ${JSON.stringify(name)} must be non-empty UTF-8 without spaces, control characters or '+'`,
    );
  }
  return name;
}

function rawPublicKey(key: KeyObject): Buffer {
  if (key.asymmetricKeyType !== 'ed25519') {
    throw badKey(`a note key must be Ed25519, not ${key.asymmetricKeyType ?? key.type}`);
  }
  const { x } = key.export({ format: 'jwk' });
  return Buffer.from(x ?? '', 'base64url');
}

/** The recommended key ID of an Ed25519 note key. */
export function ed25519KeyId(name: string, publicKey: KeyObject): number {
  const material = Buffer.concat([
    Buffer.from(`${checkKeyName(name)}\n`, 'utf8'),
    Uint8Array.of(ED25519_TYPE),
    rawPublicKey(publicKey),
  ]);
  return createHash('sha256').update(material).digest().readUInt32BE(0);
}

const hex8 = (keyId: number): string => keyId.toString(16).padStart(8, '0');

/** `<name>+<hex8 key ID>+<base64(0x01 || public key)>`, what verifiers are configured with. */
export function verifierKeyString(key: NoteVerifier): string {
  const data = Buffer.concat([Uint8Array.of(ED25519_TYPE), rawPublicKey(key.publicKey)]);
  return `${key.name}+${hex8(key.keyId)}+${toBase64(data)}`;
}

/** Parses a verifier key string; BAD_KEY says what is wrong with it. */
export function parseVerifierKey(text: string): NoteVerifier {
  // names never contain '+', the base64 key data may
  const [, name = '', id = '', data = ''] = /^([^+]*)\+([^+]*)\+(.*)$/s.exec(text) ?? [];
  if (data === '') throw badKey('a verifier key is <name>+<hex8 key ID>+<base64 key>');
  checkKeyName(name);
  if (!/^[0-9a-f]{8}$/.test(id)) throw badKey(`key ID ${JSON.stringify(id)} is not 8 lower-case hex digits`);
  const bytes = fromBase64(data, 'verifier key data', AuditProofsErrorCode.BAD_KEY);
  if (bytes.length !== 33 || bytes[0] !== ED25519_TYPE) {
    throw badKey('verifier key data must be 0x01 followed by a 32-byte Ed25519 public key');
  }
  const publicKey = createPublicKey({
    key: { kty: 'OKP', crv: 'Ed25519', x: bytes.subarray(1).toString('base64url') },
    format: 'jwk',
  });
  const keyId = ed25519KeyId(name, publicKey);
  if (hex8(keyId) !== id) throw badKey(`key ID ${id} does not match the key (expected ${hex8(keyId)})`);
  return { name, keyId, publicKey };
}

/** A note signer from the log's key name and its Ed25519 private key in PKCS#8 PEM. */
export function noteSignerFromPem(name: string, pem: string): NoteSigner {
  let privateKey: KeyObject;
  try {
    privateKey = createPrivateKey({ key: pem, format: 'pem' });
  } catch (error) {
    throw badKey(`the private key is not a PKCS#8 PEM key: ${(error as Error).message}`);
  }
  const publicKey = createPublicKey(privateKey);
  return { name, keyId: ed25519KeyId(name, publicKey), publicKey, privateKey };
}

/** The PKCS#8 PEM of a signer's private key (store it like any secret). */
export const privateKeyPem = (signer: NoteSigner): string =>
  signer.privateKey.export({ format: 'pem', type: 'pkcs8' }).toString();

/** A new Ed25519 log key named `name` (by convention the log's origin). */
export function generateNoteSigner(name: string): NoteSigner {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  return { name, keyId: ed25519KeyId(name, publicKey), publicKey, privateKey };
}
