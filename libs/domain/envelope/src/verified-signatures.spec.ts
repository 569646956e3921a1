import { beforeEach, describe, expect, it, vi } from 'vitest';
import * as crypto from '@sild/platform-crypto';
import { testMember } from '@sild/platform-crypto/testing';
import { TrustFailure } from './index';
import {
  TEST_EPOCH,
  relocationDraft,
  relocationPayload,
  testInstance,
  testSigner,
  testVerifier,
  trustFailureOf,
} from './testing';
import { VerifiedSignatures } from './verified-signatures';

vi.mock('@sild/platform-crypto', async (original) => {
  const actual = await original<typeof crypto>();
  return {
    ...actual,
    verifyBytes: vi.fn(actual.verifyBytes),
    verifyBytesAsync: vi.fn(actual.verifyBytesAsync),
  };
});

describe('EnvelopeVerifier with remembered signatures', () => {
  const instance = testInstance();
  const { provider } = instance;
  const payload = relocationPayload();
  const publicKeyChecks = () =>
    vi.mocked(crypto.verifyBytes).mock.calls.length + vi.mocked(crypto.verifyBytesAsync).mock.calls.length;

  beforeEach(() => {
    vi.mocked(crypto.verifyBytes).mockClear();
    vi.mocked(crypto.verifyBytesAsync).mockClear();
  });

  it('checks the signature of the same bytes once, sync or async', async () => {
    const verifier = testVerifier(instance, { rememberSignatures: 10 });
    const signed = testSigner(provider).sign(relocationDraft(provider), payload);
    await verifier.authenticateAsync(signed.bytes);
    verifier.authenticate(signed.bytes);
    await verifier.authenticateAsync(signed.bytes);
    expect(publicKeyChecks()).toBe(1);
  });

  it('checks every time without it', async () => {
    const verifier = testVerifier(instance);
    const signed = testSigner(provider).sign(relocationDraft(provider), payload);
    await verifier.authenticateAsync(signed.bytes);
    verifier.authenticate(signed.bytes);
    expect(publicKeyChecks()).toBe(2);
  });

  it('still judges the time of each reading: a remembered envelope read after it expired is EXPIRED', async () => {
    const verifier = testVerifier(instance, { rememberSignatures: 10 });
    const signed = testSigner(provider).sign(relocationDraft(provider), payload);
    await verifier.authenticateAsync(signed.bytes, TEST_EPOCH.getTime() + 1000);
    expect(
      await trustFailureOf(verifier.authenticateAsync(signed.bytes, TEST_EPOCH.getTime() + 86_400_000)),
    ).toBe(TrustFailure.EXPIRED);
  });

  it('never remembers a bad signature, and a good one does not vouch for other signature bytes', async () => {
    const verifier = testVerifier(instance, { rememberSignatures: 10 });
    const draft = relocationDraft(provider);
    const forger = testMember(instance.ca);
    const forged = testSigner({ ...provider, keys: forger.keys }).sign(draft, payload);
    for (let i = 0; i < 2; i++) {
      expect(await trustFailureOf(verifier.authenticateAsync(forged.bytes))).toBe(
        TrustFailure.INVALID_SIGNATURE,
      );
    }
    expect(publicKeyChecks()).toBe(2);
    const genuine = testSigner(provider).sign(draft, payload);
    await verifier.authenticateAsync(genuine.bytes);
    expect(await trustFailureOf(verifier.authenticateAsync(forged.bytes))).toBe(
      TrustFailure.INVALID_SIGNATURE,
    );
  });

  it('forgets the oldest digest beyond its capacity', () => {
    const remembered = new VerifiedSignatures(2);
    for (const digest of ['a', 'b', 'c']) remembered.remember(digest);
    expect(['a', 'b', 'c'].map((digest) => remembered.has(digest))).toEqual([false, true, true]);
  });

  it('digests the signed bytes with their length, so no other split of the same bytes matches', () => {
    const keyId = new Uint8Array(32);
    const one = VerifiedSignatures.digestOf(keyId, Buffer.from('abc'), Buffer.from('d'));
    const other = VerifiedSignatures.digestOf(keyId, Buffer.from('ab'), Buffer.from('cd'));
    expect(one).not.toBe(other);
  });
});
