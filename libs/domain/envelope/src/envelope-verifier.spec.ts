import { describe, expect, it } from 'vitest';
import { wire } from '@sild/contracts';
import { SigningAlgorithm } from '@sild/platform-crypto';
import { testMember, testRootCa } from '@sild/platform-crypto/testing';
import {
  EnvelopeVerifier,
  InMemoryCertificateDirectory,
  TrustFailure,
  sealEnvelope,
  sha256,
  timestampOf,
} from './index';
import {
  TEST_EPOCH,
  fixedClock,
  relocationDraft,
  relocationPayload,
  testInstance,
  testSigner,
  testVerifier,
  trustFailureOf,
} from './testing';

describe('EnvelopeVerifier', () => {
  const instance = testInstance();
  const { provider, municipality } = instance;
  const payload = relocationPayload();

  it.each(Object.values(SigningAlgorithm))(
    'accepts a %s envelope and returns its header',
    async (algorithm) => {
      const world = testInstance(algorithm);
      const signed = testSigner(world.provider).sign(relocationDraft(world.provider), payload);
      const verified = await testVerifier(world).verify(signed.bytes);
      expect(verified.header.messageId).toBe(signed.messageId);
      expect(verified.header.sender?.subsystem).toBe('brp');
      expect(Buffer.from(verified.payload)).toEqual(Buffer.from(payload));
      expect(verified.signer.identity).toEqual(world.provider.identity);
    },
  );

  it('INVALID_SIGNATURE: a signature forged with another key under the same key id', async () => {
    const forger = testMember(instance.ca);
    const signed = testSigner({ ...provider, keys: forger.keys }).sign(relocationDraft(provider), payload);
    expect(await trustFailureOf(testVerifier(instance).verify(signed.bytes))).toBe(
      TrustFailure.INVALID_SIGNATURE,
    );
  });

  it('CERT_UNTRUSTED: a certificate from another root, even when the verifier knows it', async () => {
    const stranger = testMember(testRootCa('NL'));
    instance.certificates.add(stranger.certificate);
    const signed = testSigner(stranger).sign(relocationDraft(stranger), payload);
    expect(await trustFailureOf(testVerifier(instance).verify(signed.bytes))).toBe(
      TrustFailure.CERT_UNTRUSTED,
    );
  });

  it('CERT_EXPIRED: the certificate was not valid at created_at', async () => {
    const lapsed = testMember(
      instance.ca,
      { memberClass: 'GOV', memberCode: '00000002' },
      {
        notBefore: new Date('2025-01-01T00:00:00Z'),
        notAfter: new Date('2025-12-31T00:00:00Z'),
      },
    );
    instance.certificates.add(lapsed.certificate);
    const signed = testSigner(lapsed).sign(relocationDraft(lapsed), payload);
    expect(await trustFailureOf(testVerifier(instance).verify(signed.bytes))).toBe(TrustFailure.CERT_EXPIRED);
  });

  it('CERT_REVOKED: the signer certificate is in the revocation set', async () => {
    const signed = testSigner(provider).sign(relocationDraft(provider), payload);
    const verifier = testVerifier(instance, { revoked: new Set([provider.certificate.keyIdHex]) });
    expect(await trustFailureOf(verifier.verify(signed.bytes))).toBe(TrustFailure.CERT_REVOKED);
  });

  it('SENDER_MISMATCH: member A signs with its valid certificate as member B', async () => {
    const draft = relocationDraft(provider, {
      sender: { ...municipality.identity, subsystem: 'burgerzaken' },
    });
    const signed = testSigner(provider).sign(draft, payload);
    expect(await trustFailureOf(testVerifier(instance).verify(signed.bytes))).toBe(
      TrustFailure.SENDER_MISMATCH,
    );
  });

  it('EXPIRED: expires_at has passed, or created_at is in the future', async () => {
    const signed = testSigner(provider).sign(relocationDraft(provider, { ttlMs: 60_000 }), payload);
    const late = testVerifier(instance, { clock: fixedClock(60_001) });
    expect(await trustFailureOf(late.verify(signed.bytes))).toBe(TrustFailure.EXPIRED);
    const early = testVerifier(instance, { clock: fixedClock(-60_000) });
    expect(await trustFailureOf(early.verify(signed.bytes))).toBe(TrustFailure.EXPIRED);
  });

  it('REPLAYED: the same message id is accepted once', async () => {
    const signed = testSigner(provider).sign(relocationDraft(provider), payload);
    const verifier = testVerifier(instance);
    expect(await trustFailureOf(verifier.verify(signed.bytes))).toBe('accepted');
    expect(await trustFailureOf(verifier.verify(signed.bytes))).toBe(TrustFailure.REPLAYED);
  });

  it('DIGEST_MISMATCH: a validly signed header declares the digest of other bytes', async () => {
    const now = TEST_EPOCH.getTime();
    const header = wire.Header.encode({
      ...relocationDraft(provider),
      messageId: '019b7a3a-0000-7000-8000-000000000001',
      createdAt: timestampOf(now),
      expiresAt: timestampOf(now + 60_000),
      payloadSha256: sha256(Buffer.from('some other payload')),
    }).finish();
    const bytes = sealEnvelope(header, payload, {
      privateKey: provider.keys.privateKey,
      certificate: provider.certificate,
    });
    expect(await trustFailureOf(testVerifier(instance).verify(bytes))).toBe(TrustFailure.DIGEST_MISMATCH);
  });

  it('TOO_LARGE: envelopes and headers over the configured limits', async () => {
    const signed = testSigner(provider).sign(relocationDraft(provider), Buffer.alloc(10_000, 7));
    const small = testVerifier(instance, { limits: { maxEnvelopeBytes: 4096 } });
    expect(await trustFailureOf(small.verify(signed.bytes))).toBe(TrustFailure.TOO_LARGE);
    const tinyHeader = testVerifier(instance, { limits: { maxHeaderBytes: 64 } });
    expect(await trustFailureOf(tinyHeader.verify(signed.bytes))).toBe(TrustFailure.TOO_LARGE);
  });

  it('CERT_UNTRUSTED: an unknown key id', async () => {
    const signed = testSigner(provider).sign(relocationDraft(provider), payload);
    const verifier = testVerifier(instance, { certificates: new InMemoryCertificateDirectory() });
    expect(await trustFailureOf(verifier.verify(signed.bytes))).toBe(TrustFailure.CERT_UNTRUSTED);
  });

  it('verifies the header bytes as received, never a re-serialization', async () => {
    const signed = testSigner(provider).sign(relocationDraft(provider), payload);
    // append an unknown field (99, string "x"): a re-serialization would drop it and break the signature
    const header = Buffer.concat([signed.header, Buffer.from([0x9a, 0x06, 0x01, 0x78])]);
    const bytes = sealEnvelope(header, payload, {
      privateKey: provider.keys.privateKey,
      certificate: provider.certificate,
    });
    const verified = await new EnvelopeVerifier({
      trustRoot: instance.ca.certificatePem,
      certificates: instance.certificates,
      clock: fixedClock(),
    }).verify(bytes);
    expect(Buffer.from(verified.headerBytes)).toEqual(header);
  });
});
