import { describe, expect, it } from 'vitest';
import { generateKeyPairSync } from 'node:crypto';
import {
  CryptoErrorCode,
  CryptoException,
  SigningAlgorithm,
  createCertificateRequest,
  createRootCa,
  issueMemberCertificate,
  keyIdOf,
  parseCertificateRequest,
  parseMemberCertificate,
  trustRootOf,
  validAt,
  verifyIssuedBy,
} from './index';
import { TEST_EPOCH, testMember, testRootCa } from './testing';

const codeOf = (fn: () => unknown): CryptoErrorCode | undefined => {
  try {
    fn();
  } catch (error) {
    if (error instanceof CryptoException) return error.code;
    throw error;
  }
  return undefined;
};

describe('PKI', () => {
  const ca = testRootCa('NL');

  it.each(Object.values(SigningAlgorithm))(
    'issues a %s member certificate that chains to the root',
    (algorithm) => {
      const member = testMember(ca, { memberClass: 'MUN', memberCode: '0363' }, { algorithm });
      expect(member.certificate.identity).toEqual({ instance: 'NL', memberClass: 'MUN', memberCode: '0363' });
      expect(member.certificate.algorithm).toBe(algorithm);
      expect(member.certificate.x509.subject).toBe('C=NL\nO=MUN\nCN=0363');
      expect(() => {
        verifyIssuedBy(member.certificate, trustRootOf(ca.certificate));
      }).not.toThrow();
    },
  );

  it('computes the key id as SHA-256 of the certificate DER', () => {
    const member = testMember(ca);
    expect(member.certificate.keyId).toEqual(keyIdOf(member.certificate.x509.raw));
    expect(member.certificate.keyIdHex).toMatch(/^[0-9a-f]{64}$/);
  });

  it('round-trips a CSR and refuses one whose signature was tampered with', () => {
    const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    const identity = { instance: 'NL', memberClass: 'COM', memberCode: '12345678' };
    const csr = createCertificateRequest(identity, privateKey);
    expect(parseCertificateRequest(csr).identity).toEqual(identity);
    const der = Buffer.from(csr.replace(/-----[^-]+-----|\s/g, ''), 'base64');
    der[der.length - 5] = (der[der.length - 5] ?? 0) ^ 0x01;
    const forged = `-----BEGIN CERTIFICATE REQUEST-----\n${der.toString('base64')}\n-----END CERTIFICATE REQUEST-----\n`;
    expect(codeOf(() => parseCertificateRequest(forged))).toBe(CryptoErrorCode.BAD_CSR_SIGNATURE);
  });

  it('refuses a certificate from another root', () => {
    const other = testRootCa('NL');
    const member = testMember(other);
    expect(
      codeOf(() => {
        verifyIssuedBy(member.certificate, trustRootOf(ca.certificate));
      }),
    ).toBe(CryptoErrorCode.UNTRUSTED);
  });

  it('refuses a CSR for another instance, and a CA certificate as signer', () => {
    const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    const csr = createCertificateRequest({ instance: 'EE', memberClass: 'GOV', memberCode: '1' }, privateKey);
    const validity = { notBefore: TEST_EPOCH, notAfter: new Date(TEST_EPOCH.getTime() + 1000) };
    expect(codeOf(() => issueMemberCertificate(ca, csr, validity))).toBe(CryptoErrorCode.BAD_SUBJECT);
    expect(codeOf(() => parseMemberCertificate(ca.certificatePem))).toBe(CryptoErrorCode.BAD_SUBJECT);
  });

  it('refuses identities that cannot be told apart in text form', () => {
    const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    const identity = { instance: 'NL', memberClass: 'GOV/X', memberCode: '1' };
    expect(codeOf(() => createCertificateRequest(identity, privateKey))).toBe(CryptoErrorCode.BAD_SUBJECT);
  });

  it('reports validity at a given time for the certificate and its root', () => {
    const member = testMember(ca);
    const at = (iso: string): boolean =>
      validAt(member.certificate, trustRootOf(ca.certificate), Date.parse(iso));
    expect(at('2026-06-01T00:00:00Z')).toBe(true);
    expect(at('2024-12-31T23:59:59Z')).toBe(false);
    expect(at('2028-01-01T00:00:01Z')).toBe(false);
  });

  it('can use an Ed25519 root CA key', () => {
    const edCa = createRootCa({ instance: 'EE', privateKey: generateKeyPairSync('ed25519').privateKey });
    const member = testMember(edCa, { memberClass: 'GOV', memberCode: '70000001' });
    expect(() => {
      verifyIssuedBy(member.certificate, trustRootOf(edCa.certificate));
    }).not.toThrow();
  });

  it('rejects garbage as a certificate with MALFORMED', () => {
    expect(codeOf(() => parseMemberCertificate(Buffer.from('not a certificate')))).toBe(
      CryptoErrorCode.MALFORMED,
    );
  });
});
