import { describe, expect, it } from 'vitest';
import { TrustFailure } from '@sild/domain-envelope';
import {
  fixedClock,
  relocationDraft,
  relocationPayload,
  testInstance,
  testSigner,
  testVerifier,
} from '@sild/domain-envelope/testing';
import type { TestMember } from '@sild/platform-crypto/testing';
import type { Certificate, RegistryEntity } from '@sild/registry-config';
import { RegistryView } from '../src';
import { FakeConfigFeed, signedRecord, testRegistry } from '../src/testing';
import { testLogger } from '@sild/platform-kafka/testing';

const registry = testRegistry();
const instance = testInstance();

const certificateOf = (member: TestMember, overrides: Partial<Certificate> = {}): RegistryEntity => ({
  kind: 'certificate',
  value: {
    keyId: member.certificate.keyIdHex,
    member: { ...member.identity, subsystem: '' },
    certificateDer: member.certificate.der,
    status: 'ACTIVE',
    notBefore: new Date(member.certificate.notBeforeMs),
    notAfter: new Date(member.certificate.notAfterMs),
    revokedAt: null,
    revocationReason: '',
    ...overrides,
  },
});

describe('the view as the certificate directory of an envelope verifier', () => {
  it('finds registered certificates, and reports them revoked once the registry revokes them', async () => {
    const feed = new FakeConfigFeed();
    feed.append(signedRecord(registry, 1, certificateOf(instance.provider)));
    const view = new RegistryView({
      feed,
      name: 'certs',
      anchor: registry.anchor,
      logger: testLogger(),
      clock: fixedClock(1000),
    });
    await view.start();
    const verifier = testVerifier(instance, { certificates: view.certificates, revoked: view.revoked });
    const send = () =>
      testSigner(instance.provider).sign(relocationDraft(instance.provider), relocationPayload()).bytes;

    expect((await verifier.verify(send())).signer.keyIdHex).toBe(instance.provider.certificate.keyIdHex);
    expect(view.certificates.find(instance.provider.certificate.keyIdHex)).toBe(
      view.certificates.find(instance.provider.certificate.keyIdHex),
    );
    await expect(
      verifier.verify(
        testSigner(instance.municipality).sign(relocationDraft(instance.municipality), relocationPayload())
          .bytes,
      ),
    ).rejects.toMatchObject({ failure: TrustFailure.CERT_UNTRUSTED });

    feed.append(
      signedRecord(
        registry,
        2,
        certificateOf(instance.provider, { status: 'REVOKED', revokedAt: new Date(fixedClock()()) }),
      ),
    );
    await expect(verifier.verify(send())).rejects.toMatchObject({ failure: TrustFailure.CERT_REVOKED });
  });

  it('does not hand out a certificate registered under a key id that is not its own', async () => {
    const feed = new FakeConfigFeed();
    const wrongKey = 'ee'.repeat(32);
    feed.append(signedRecord(registry, 1, certificateOf(instance.municipality, { keyId: wrongKey })));
    const view = new RegistryView({ feed, name: 'certs', anchor: registry.anchor, logger: testLogger() });
    await view.start();
    expect(view.certificate(wrongKey)?.status).toBe('ACTIVE');
    expect(view.certificates.find(wrongKey)).toBeUndefined();
  });
});
