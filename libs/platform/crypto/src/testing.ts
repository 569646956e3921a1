// Test fixtures: an instance root CA and members with signing keys and certificates.
import { createCertificateRequest } from './certificate-request';
import { createRootCa, issueMemberCertificate, type CertificateAuthority } from './certificate-authority';
import { parseMemberCertificate, type MemberCertificate } from './member-certificate';
import type { MemberIdentity } from './member-identity';
import { generateSigningKeyPair, SigningAlgorithm, type SigningKeyPair } from './signing-algorithm';

export interface TestMember {
  readonly identity: MemberIdentity;
  readonly keys: SigningKeyPair;
  readonly certificatePem: string;
  readonly certificate: MemberCertificate;
}

const YEAR_MS = 365 * 86_400_000;
/** A fixed "now" for fixtures: 2026-01-01T00:00:00Z. */
export const TEST_EPOCH = new Date('2026-01-01T00:00:00Z');

/** A root CA for `instance`, valid from 2025 to 2035. */
export function testRootCa(instance = 'NL'): CertificateAuthority {
  return createRootCa({
    instance,
    notBefore: new Date(TEST_EPOCH.getTime() - YEAR_MS),
    notAfter: new Date(TEST_EPOCH.getTime() + 9 * YEAR_MS),
  });
}

/** A member with a fresh key and a certificate from `ca` (valid 2025-2028 unless given). */
export function testMember(
  ca: CertificateAuthority,
  member: Omit<MemberIdentity, 'instance'> = { memberClass: 'GOV', memberCode: '00000001' },
  options: { algorithm?: SigningAlgorithm; notBefore?: Date; notAfter?: Date } = {},
): TestMember {
  const identity = { instance: ca.instance, ...member };
  const keys = generateSigningKeyPair(options.algorithm ?? SigningAlgorithm.ECDSA_P256_SHA256);
  const certificatePem = issueMemberCertificate(ca, createCertificateRequest(identity, keys.privateKey), {
    notBefore: options.notBefore ?? new Date(TEST_EPOCH.getTime() - YEAR_MS),
    notAfter: options.notAfter ?? new Date(TEST_EPOCH.getTime() + 2 * YEAR_MS),
  });
  return { identity, keys, certificatePem, certificate: parseMemberCertificate(certificatePem) };
}
