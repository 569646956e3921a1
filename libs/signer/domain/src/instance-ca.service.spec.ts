import { describe, expect, it } from 'vitest';
import {
  createCertificateRequest,
  generateSigningKeyPair,
  parseMemberCertificate,
  verifyIssuedBy,
  trustRootOf,
} from '@sild/platform-crypto';
import { testRootCa } from '@sild/platform-crypto/testing';
import { SignerErrorCode } from './signer.exception';
import { SignerKeysService } from './signer-keys.service';
import { TEST_EPOCH, testSignerInstance } from './testing';

const DAY_MS = 86_400_000;
const newMember = { instance: 'NL', memberClass: 'COM', memberCode: '12345678' };

describe('InstanceCaService', () => {
  it('issues for an approved member, publishes with the registry and stores it with the key', async () => {
    const { ca, keys, registry } = testSignerInstance();
    registry.addMember(newMember);
    const key = new SignerKeysService(keys).generateKey(newMember, 'first');
    const csr = new SignerKeysService(keys).createCsr(key.handle);

    const issued = await ca.issue(csr, 30);

    const certificate = parseMemberCertificate(issued.certificatePem);
    const root = keys.list().find((k) => k.label === 'instance-root-ca')!;
    verifyIssuedBy(certificate, trustRootOf(root.certificatePem!));
    expect(issued).toMatchObject({ keyId: certificate.keyIdHex, member: newMember, handle: key.handle });
    expect(certificate.notAfterMs - certificate.notBeforeMs).toBe(30 * DAY_MS + 60_000);
    expect(registry.certificates.map((c) => c.keyId)).toContain(issued.keyId);
    expect(keys.find(key.handle)?.certificatePem).toBe(issued.certificatePem);
  });

  it('issues for a key it does not hold (handle empty), with the default validity', async () => {
    const { ca, registry } = testSignerInstance();
    registry.addMember(newMember);
    const csr = createCertificateRequest(newMember, generateSigningKeyPair().privateKey);
    const issued = await ca.issue(csr, 0);
    expect(issued.handle).toBe('');
    const certificate = parseMemberCertificate(issued.certificatePem);
    expect(certificate.notAfterMs).toBe(TEST_EPOCH.getTime() + 1_000 + 365 * DAY_MS);
  });
});

describe('InstanceCaService refusals', () => {
  const issueError = async (fn: () => Promise<unknown>) =>
    fn().then(
      () => 'issued',
      (e: unknown) => (e as { code?: string }).code,
    );

  it('refuses a member the registry does not have, and publishes nothing', async () => {
    const { ca, registry } = testSignerInstance();
    const before = registry.certificates.length;
    const csr = createCertificateRequest(newMember, generateSigningKeyPair().privateKey);
    expect(await issueError(() => ca.issue(csr, 30))).toBe(SignerErrorCode.MEMBER_NOT_APPROVED);
    expect(registry.certificates).toHaveLength(before);
  });

  it('refuses CSRs that are garbage, badly signed, or for another instance', async () => {
    const { ca, registry } = testSignerInstance();
    registry.addMember(newMember);
    const good = createCertificateRequest(newMember, generateSigningKeyPair().privateKey);
    const tampered = good.replace(/[A-Za-z](?=[^\n]*\n-----END)/, (c) => (c === 'A' ? 'B' : 'A'));
    const foreign = createCertificateRequest(
      { ...newMember, instance: testRootCa('EE').instance },
      generateSigningKeyPair().privateKey,
    );
    expect(await issueError(() => ca.issue('not a csr', 30))).toBe(SignerErrorCode.BAD_CSR);
    expect(await issueError(() => ca.issue(tampered, 30))).toBe(SignerErrorCode.BAD_CSR);
    expect(await issueError(() => ca.issue(foreign, 30))).toBe(SignerErrorCode.BAD_CSR);
    expect(await issueError(() => ca.issue('', 30))).toBe(SignerErrorCode.INVALID_ARGUMENT);
  });

  it('refuses a validity beyond the maximum, and one member asking for another', async () => {
    const { ca, registry, member } = testSignerInstance();
    registry.addMember(newMember);
    const csr = createCertificateRequest(newMember, generateSigningKeyPair().privateKey);
    expect(await issueError(() => ca.issue(csr, 10_000))).toBe(SignerErrorCode.INVALID_ARGUMENT);
    expect(await issueError(() => ca.issue(csr, 30, member.identity))).toBe(
      SignerErrorCode.CSR_MEMBER_MISMATCH,
    );
  });
});
