import {
  constants,
  generateKeyPairSync,
  sign,
  verify,
  type KeyObject,
  type VerifyKeyObjectInput,
} from 'node:crypto';
import { CryptoErrorCode, CryptoException } from './crypto.exception';

/** The per-message signature algorithms (docs/wire-format.md). Hashes are part of the algorithm. */
export enum SigningAlgorithm {
  ECDSA_P256_SHA256 = 'ecdsa-p256-sha256',
  ED25519 = 'ed25519',
  RSA_PSS_SHA256 = 'rsa-pss-sha256',
}

export interface SigningKeyPair {
  readonly algorithm: SigningAlgorithm;
  readonly privateKey: KeyObject;
  readonly publicKey: KeyObject;
}

/** PSS parameters: MGF1 with SHA-256 and a salt as long as the hash (32 bytes). */
const pss = { padding: constants.RSA_PKCS1_PSS_PADDING, saltLength: 32 };

/** A new key pair for `algorithm` (RSA-PSS keys are 2048-bit rsaEncryption keys used with PSS). */
export function generateSigningKeyPair(algorithm = SigningAlgorithm.ECDSA_P256_SHA256): SigningKeyPair {
  switch (algorithm) {
    case SigningAlgorithm.ECDSA_P256_SHA256:
      return { algorithm, ...generateKeyPairSync('ec', { namedCurve: 'P-256' }) };
    case SigningAlgorithm.ED25519:
      return { algorithm, ...generateKeyPairSync('ed25519') };
    case SigningAlgorithm.RSA_PSS_SHA256:
      return { algorithm, ...generateKeyPairSync('rsa', { modulusLength: 2048 }) };
  }
}

/** The algorithm a (public or private) key signs with; throws UNSUPPORTED_KEY for other keys. */
export function signingAlgorithmOf(key: KeyObject): SigningAlgorithm {
  const type = key.asymmetricKeyType;
  if (type === 'ec' && key.asymmetricKeyDetails?.namedCurve === 'prime256v1') {
    return SigningAlgorithm.ECDSA_P256_SHA256;
  }
  if (type === 'ed25519') return SigningAlgorithm.ED25519;
  if (type === 'rsa' || type === 'rsa-pss') return SigningAlgorithm.RSA_PSS_SHA256;
  throw new CryptoException(CryptoErrorCode.UNSUPPORTED_KEY, `unsupported key type ${type ?? 'unknown'}`);
}

/** Signs `data` with the algorithm's standard hash (ECDSA: DER signature). node:crypto only. */
export function signBytes(algorithm: SigningAlgorithm, privateKey: KeyObject, data: Uint8Array): Buffer {
  switch (algorithm) {
    case SigningAlgorithm.ECDSA_P256_SHA256:
      return sign('sha256', data, privateKey);
    case SigningAlgorithm.ED25519:
      return sign(null, data, privateKey);
    case SigningAlgorithm.RSA_PSS_SHA256:
      return sign('sha256', data, { key: privateKey, ...pss });
  }
}

/** The hash and key arguments of node:crypto verify() for the algorithm. */
function verifyArguments(
  algorithm: SigningAlgorithm,
  publicKey: KeyObject,
): [hash: string | null, key: KeyObject | VerifyKeyObjectInput] {
  switch (algorithm) {
    case SigningAlgorithm.ECDSA_P256_SHA256:
      return ['sha256', publicKey];
    case SigningAlgorithm.ED25519:
      return [null, publicKey];
    case SigningAlgorithm.RSA_PSS_SHA256:
      return ['sha256', { key: publicKey, ...pss }];
  }
}

/** Verifies a signature made by {@link signBytes}; false (never a throw) for any bad signature. */
export function verifyBytes(
  algorithm: SigningAlgorithm,
  publicKey: KeyObject,
  data: Uint8Array,
  signature: Uint8Array,
): boolean {
  try {
    const [hash, key] = verifyArguments(algorithm, publicKey);
    return verify(hash, data, key, signature);
  } catch {
    return false;
  }
}

/**
 * verifyBytes on libuv's thread pool: the calling thread is free meanwhile, so a process that
 * verifies many messages uses more than one core. Resolves false (never rejects) for a bad one.
 */
export function verifyBytesAsync(
  algorithm: SigningAlgorithm,
  publicKey: KeyObject,
  data: Uint8Array,
  signature: Uint8Array,
): Promise<boolean> {
  return new Promise((resolve) => {
    try {
      const [hash, key] = verifyArguments(algorithm, publicKey);
      verify(hash, data, key, signature, (error, valid) => {
        resolve(error === null && valid);
      });
    } catch {
      resolve(false);
    }
  });
}
