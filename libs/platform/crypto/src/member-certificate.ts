import { X509Certificate, type KeyObject } from 'node:crypto';
import { OID, derToOid, fromDer, isTagged, type Asn1 } from './asn1';
import { CryptoErrorCode, CryptoException } from './crypto.exception';
import { keyIdHex, keyIdOf } from './key-id';
import { memberIdentityOfName, nameAttributes, type MemberIdentity } from './member-identity';
import { signingAlgorithmOf, type SigningAlgorithm } from './signing-algorithm';

/** A parsed member signing certificate with everything per-message verification needs. */
export interface MemberCertificate {
  readonly der: Buffer;
  readonly x509: X509Certificate;
  /** SHA-256 of `der`. */
  readonly keyId: Buffer;
  readonly keyIdHex: string;
  readonly identity: MemberIdentity;
  readonly publicKey: KeyObject;
  readonly algorithm: SigningAlgorithm;
  readonly notBeforeMs: number;
  readonly notAfterMs: number;
}

const children = (node: Asn1 | undefined): Asn1[] => (node && Array.isArray(node.value) ? node.value : []);

/** The subject Name of a DER certificate. */
function subjectName(der: Buffer): Asn1 {
  const subject = children(children(fromDer(der, 'certificate'))[0])[5];
  if (!subject) throw new CryptoException(CryptoErrorCode.MALFORMED, 'certificate has no subject');
  return subject;
}

/** Parses a member certificate (PEM or DER); throws MALFORMED, BAD_SUBJECT or UNSUPPORTED_KEY. */
export function parseMemberCertificate(certificate: string | Uint8Array): MemberCertificate {
  let x509: X509Certificate;
  try {
    x509 = new X509Certificate(certificate);
  } catch {
    throw new CryptoException(CryptoErrorCode.MALFORMED, 'not an X.509 certificate');
  }
  const der = x509.raw;
  const keyId = keyIdOf(der);
  return {
    der,
    x509,
    keyId,
    keyIdHex: keyIdHex(keyId),
    identity: memberIdentityOfName(subjectName(der)),
    publicKey: x509.publicKey,
    algorithm: signingAlgorithmOf(x509.publicKey),
    notBeforeMs: x509.validFromDate.getTime(),
    notAfterMs: x509.validToDate.getTime(),
  };
}

/** True when the keyUsage extension is present and asserts digitalSignature. */
function allowsDigitalSignature(der: Buffer): boolean {
  const tbsFields = children(children(fromDer(der, 'certificate'))[0]);
  const extensions = children(children(tbsFields.find((f) => isTagged(f, 3)))[0]);
  for (const ext of extensions) {
    const [id, ...rest] = children(ext);
    if (!id || derToOid(id) !== OID.keyUsage) continue;
    const value = rest[rest.length - 1]?.value;
    if (typeof value !== 'string') return false;
    // extnValue holds a DER BIT STRING: unused-bits octet, then the flags (bit 0 = 0x80)
    const bits = fromDer(Buffer.from(value, 'binary'), 'keyUsage').value;
    return typeof bits === 'string' && (bits.charCodeAt(1) & 0x80) !== 0;
  }
  return false;
}

/** An instance's trust anchor (its root CA certificate), with the fields checked per message. */
export interface TrustRoot {
  readonly x509: X509Certificate;
  /** The instance code: the root's C attribute. */
  readonly instance: string;
  readonly notBeforeMs: number;
  readonly notAfterMs: number;
}

/** Parses a root CA certificate (PEM, DER or parsed) into a {@link TrustRoot}. */
export function trustRootOf(certificate: X509Certificate | string | Uint8Array): TrustRoot {
  let x509: X509Certificate;
  try {
    x509 = certificate instanceof X509Certificate ? certificate : new X509Certificate(certificate);
  } catch {
    throw new CryptoException(CryptoErrorCode.MALFORMED, 'trust root is not an X.509 certificate');
  }
  const instance = nameAttributes(subjectName(x509.raw)).get(OID.countryName);
  if (!x509.ca || instance === undefined) {
    throw new CryptoException(
      CryptoErrorCode.UNTRUSTED,
      'trust root must be a CA certificate with a C attribute',
    );
  }
  return {
    x509,
    instance,
    notBeforeMs: x509.validFromDate.getTime(),
    notAfterMs: x509.validToDate.getTime(),
  };
}

/**
 * Checks that `certificate` was issued and signed by `root` and is a member signing certificate
 * (not a CA, keyUsage digitalSignature, same instance). Validity in time is checked separately
 * ({@link validAt}). Throws UNTRUSTED.
 */
export function verifyIssuedBy(certificate: MemberCertificate, root: TrustRoot): void {
  const untrusted = (why: string): CryptoException => new CryptoException(CryptoErrorCode.UNTRUSTED, why);
  if (!certificate.x509.checkIssued(root.x509))
    throw untrusted('certificate was not issued by the instance root');
  if (!certificate.x509.verify(root.x509.publicKey)) {
    throw untrusted('certificate signature does not verify with the root');
  }
  if (certificate.x509.ca) throw untrusted('a CA certificate cannot sign messages');
  if (!allowsDigitalSignature(certificate.der))
    throw untrusted('certificate key usage lacks digitalSignature');
  if (certificate.identity.instance !== root.instance) {
    throw untrusted(
      `certificate instance ${certificate.identity.instance} is not the root's (${root.instance})`,
    );
  }
}

/** True when both the certificate and its root are valid at `atMs` (inclusive bounds). */
export function validAt(certificate: MemberCertificate, root: TrustRoot, atMs: number): boolean {
  return (
    certificate.notBeforeMs <= atMs &&
    atMs <= certificate.notAfterMs &&
    root.notBeforeMs <= atMs &&
    atMs <= root.notAfterMs
  );
}
