import { describe, expect, it } from 'vitest';
import { generateKeyPairSync } from 'node:crypto';
import {
  CryptoErrorCode,
  CryptoException,
  SigningAlgorithm,
  generateSigningKeyPair,
  signBytes,
  signingAlgorithmOf,
  verifyBytes,
} from './index';

describe('signing algorithms', () => {
  const data = Buffer.from('sild/v1/envelope\n');

  it.each(Object.values(SigningAlgorithm))('%s signs and verifies, and rejects other bytes', (algorithm) => {
    const keys = generateSigningKeyPair(algorithm);
    expect(signingAlgorithmOf(keys.publicKey)).toBe(algorithm);
    const signature = signBytes(algorithm, keys.privateKey, data);
    expect(verifyBytes(algorithm, keys.publicKey, data, signature)).toBe(true);
    expect(verifyBytes(algorithm, keys.publicKey, Buffer.from('other'), signature)).toBe(false);
    expect(verifyBytes(algorithm, keys.publicKey, data, Buffer.from([0x30, 0x00]))).toBe(false);
  });

  it('rejects keys Sild does not sign with', () => {
    const { publicKey } = generateKeyPairSync('ec', { namedCurve: 'secp384r1' });
    expect(() => signingAlgorithmOf(publicKey)).toThrow(CryptoException);
    try {
      signingAlgorithmOf(publicKey);
    } catch (error) {
      expect((error as CryptoException).code).toBe(CryptoErrorCode.UNSUPPORTED_KEY);
    }
  });
});
