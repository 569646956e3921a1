import { createPublicKey, generateKeyPairSync, hash, X509Certificate, type KeyObject } from 'node:crypto';
import forge from 'node-forge';
import {
  Class,
  OID,
  Type,
  bool,
  fromDer,
  octets,
  oid,
  pemEncode,
  randomSerial,
  seq,
  signStructure,
  spki,
  structureSignatureAlgorithm,
  subjectPublicKeyBytes,
  tagged,
  time,
  toDer,
  bitString,
  implicitBytes,
  type Asn1,
} from './asn1';
import { parseCertificateRequest } from './certificate-request';
import { CryptoErrorCode, CryptoException } from './crypto.exception';
import { memberName, nameToAsn1 } from './member-identity';

/** An instance's root CA: its self-signed certificate and private key. */
export interface CertificateAuthority {
  readonly instance: string;
  readonly certificatePem: string;
  readonly certificate: X509Certificate;
  readonly privateKey: KeyObject;
}

export interface RootCaOptions {
  readonly instance: string;
  readonly commonName?: string;
  readonly notBefore?: Date;
  readonly notAfter?: Date;
  /** Default: a new P-256 key. Ed25519 and RSA keys work too. */
  readonly privateKey?: KeyObject;
}

export interface ValidityOptions {
  readonly notBefore: Date;
  readonly notAfter: Date;
}

const DAY_MS = 86_400_000;

const extension = (id: string, critical: boolean, value: Asn1): Asn1 =>
  seq([oid(id), ...(critical ? [bool(true)] : []), octets(toDer(value))]);

/** RFC 5280 method 1 key identifier: SHA-1 of the subjectPublicKey bits. */
const keyIdentifier = (publicKey: KeyObject): Buffer =>
  hash('sha1', subjectPublicKeyBytes(spki(publicKey)), 'buffer');

function buildCertificate(fields: {
  issuer: Asn1;
  subject: Asn1;
  validity: ValidityOptions;
  publicKey: KeyObject;
  extensions: Asn1[];
  signingKey: KeyObject;
}): string {
  const { notBefore, notAfter } = fields.validity;
  if (!(notBefore < notAfter)) throw new CryptoException(CryptoErrorCode.NOT_VALID_AT_TIME, 'empty validity');
  const tbs = seq([
    tagged(0, [forge.asn1.create(Class.UNIVERSAL, Type.INTEGER, false, '\u0002')]),
    randomSerial(),
    structureSignatureAlgorithm(fields.signingKey).id,
    fields.issuer,
    seq([time(notBefore), time(notAfter)]),
    fields.subject,
    spki(fields.publicKey),
    tagged(3, [seq(fields.extensions)]),
  ]);
  return pemEncode('CERTIFICATE', toDer(signStructure(tbs, fields.signingKey)));
}

/** Creates an instance root CA (self-signed; C = instance, CN = common name). */
export function createRootCa(options: RootCaOptions): CertificateAuthority {
  const privateKey = options.privateKey ?? generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey;
  const publicKey = createPublicKey(privateKey);
  const notBefore = options.notBefore ?? new Date();
  const name = nameToAsn1([
    [OID.countryName, options.instance],
    [OID.organizationName, 'Sild'],
    [OID.commonName, options.commonName ?? `Sild ${options.instance} root CA`],
  ]);
  const ski = keyIdentifier(publicKey);
  const certificatePem = buildCertificate({
    issuer: name,
    subject: name,
    validity: { notBefore, notAfter: options.notAfter ?? new Date(notBefore.getTime() + 3650 * DAY_MS) },
    publicKey,
    signingKey: privateKey,
    extensions: [
      extension(
        OID.basicConstraints,
        true,
        seq([bool(true), forge.asn1.create(Class.UNIVERSAL, Type.INTEGER, false, '\u0000')]),
      ),
      // keyCertSign (bit 5) and cRLSign (bit 6)
      extension(OID.keyUsage, true, bitString(Buffer.from([0x06]), 1)),
      extension(OID.subjectKeyIdentifier, false, octets(ski)),
    ],
  });
  return {
    instance: options.instance,
    certificatePem,
    certificate: new X509Certificate(certificatePem),
    privateKey,
  };
}

/** The subject Name of a certificate, as encoded in it (reused byte for byte as an issuer). */
function subjectOf(certificate: X509Certificate): Asn1 {
  const tbs = fromDer(certificate.raw, 'certificate').value;
  const fields = Array.isArray(tbs) && Array.isArray(tbs[0]?.value) ? tbs[0].value : [];
  const subject = fields[5];
  if (!subject) throw new CryptoException(CryptoErrorCode.MALFORMED, 'certificate has no subject');
  return subject;
}

/**
 * Issues a member signing certificate (PEM) from a CSR: subject C/O/CN from the CSR (the
 * instance must be the CA's), key usage digitalSignature + nonRepudiation, not a CA.
 */
export function issueMemberCertificate(
  ca: CertificateAuthority,
  csrPem: string,
  validity: ValidityOptions,
): string {
  const request = parseCertificateRequest(csrPem);
  if (request.identity.instance !== ca.instance) {
    throw new CryptoException(
      CryptoErrorCode.BAD_SUBJECT,
      `CSR is for instance ${request.identity.instance}, this CA serves ${ca.instance}`,
    );
  }
  const caIssuer = subjectOf(ca.certificate);
  return buildCertificate({
    issuer: caIssuer,
    subject: memberName(request.identity),
    validity,
    publicKey: request.publicKey,
    signingKey: ca.privateKey,
    extensions: [
      extension(OID.basicConstraints, true, seq([])),
      // digitalSignature (bit 0) and nonRepudiation (bit 1)
      extension(OID.keyUsage, true, bitString(Buffer.from([0xc0]), 6)),
      extension(OID.subjectKeyIdentifier, false, octets(keyIdentifier(request.publicKey))),
      extension(
        OID.authorityKeyIdentifier,
        false,
        seq([implicitBytes(0, keyIdentifier(ca.certificate.publicKey))]),
      ),
    ],
  });
}
