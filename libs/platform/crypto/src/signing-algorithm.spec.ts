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
  verifyBytesAsync,
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

  it.each(Object.values(SigningAlgorithm))('%s verifies off the main thread alike', async (algorithm) => {
    const keys = generateSigningKeyPair(algorithm);
    const signature = signBytes(algorithm, keys.privateKey, data);
    await expect(verifyBytesAsync(algorithm, keys.publicKey, data, signature)).resolves.toBe(true);
    await expect(verifyBytesAsync(algorithm, keys.publicKey, Buffer.from('other'), signature)).resolves.toBe(
      false,
    );
    await expect(verifyBytesAsync(algorithm, keys.publicKey, data, Buffer.from([0x30, 0x00]))).resolves.toBe(
      false,
    );
    const other = generateSigningKeyPair(
      algorithm === SigningAlgorithm.ED25519 ? SigningAlgorithm.ECDSA_P256_SHA256 : SigningAlgorithm.ED25519,
    );
    await expect(verifyBytesAsync(algorithm, other.publicKey, data, signature)).resolves.toBe(false);
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
