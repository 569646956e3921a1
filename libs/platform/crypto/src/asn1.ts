// Internal DER helpers over node-forge's ASN.1 module. node-forge's certificate and CSR objects
// only handle RSA keys, so Sild builds TBSCertificate / CertificationRequestInfo structures with
// forge.asn1 and signs them with node:crypto (which handles P-256, Ed25519 and RSA).
import { randomBytes, sign, type KeyObject } from 'node:crypto';
import forge from 'node-forge';
import { CryptoErrorCode, CryptoException } from './crypto.exception';

const { asn1 } = forge;
export type Asn1 = forge.asn1.Asn1;
export const { Class, Type } = asn1;

export const OID = {
  countryName: '2.5.4.6',
  organizationName: '2.5.4.10',
  organizationalUnitName: '2.5.4.11',
  commonName: '2.5.4.3',
  serialNumber: '2.5.4.5',
  ecdsaWithSha256: '1.2.840.10045.4.3.2',
  ed25519: '1.3.101.112',
  sha256WithRsa: '1.2.840.113549.1.1.11',
  basicConstraints: '2.5.29.19',
  keyUsage: '2.5.29.15',
  subjectKeyIdentifier: '2.5.29.14',
  authorityKeyIdentifier: '2.5.29.35',
} as const;

const binary = (bytes: Uint8Array): string => Buffer.from(bytes).toString('binary');

export const toDer = (node: Asn1): Buffer => Buffer.from(asn1.toDer(node).getBytes(), 'binary');

/** Parses DER strictly (all bytes, bit strings kept opaque); throws MALFORMED. */
export function fromDer(der: Uint8Array, what: string): Asn1 {
  const parse = asn1.fromDer as unknown as (bytes: string, options: object) => Asn1;
  try {
    return parse(binary(der), { strict: true, parseAllBytes: true, decodeBitStrings: false });
  } catch (error) {
    throw new CryptoException(CryptoErrorCode.MALFORMED, `${what} is not valid DER: ${String(error)}`);
  }
}

export const seq = (items: Asn1[]): Asn1 => asn1.create(Class.UNIVERSAL, Type.SEQUENCE, true, items);
export const oid = (dotted: string): Asn1 =>
  asn1.create(Class.UNIVERSAL, Type.OID, false, asn1.oidToDer(dotted).getBytes());
export const octets = (bytes: Uint8Array): Asn1 =>
  asn1.create(Class.UNIVERSAL, Type.OCTETSTRING, false, binary(bytes));
export const bitString = (bytes: Uint8Array, unusedBits = 0): Asn1 =>
  asn1.create(Class.UNIVERSAL, Type.BITSTRING, false, String.fromCharCode(unusedBits) + binary(bytes));
export const integerBytes = (bytes: Uint8Array): Asn1 =>
  asn1.create(Class.UNIVERSAL, Type.INTEGER, false, binary(bytes));
export const bool = (value: boolean): Asn1 =>
  asn1.create(Class.UNIVERSAL, Type.BOOLEAN, false, String.fromCharCode(value ? 0xff : 0));
/** asn1.create with a plain tag number (forge types tag numbers as universal types only). */
const create: (
  tagClass: forge.asn1.Class,
  tag: number,
  constructed: boolean,
  value: string | Asn1[],
) => Asn1 = asn1.create;
/** `[tag] EXPLICIT` / constructed context-specific wrapper. */
export const tagged = (tag: number, items: Asn1[]): Asn1 => create(Class.CONTEXT_SPECIFIC, tag, true, items);
/** `[tag] IMPLICIT` primitive context-specific value. */
export const implicitBytes = (tag: number, bytes: Uint8Array): Asn1 =>
  create(Class.CONTEXT_SPECIFIC, tag, false, binary(bytes));
/** True for a context-specific node with this tag number. */
export function isTagged(node: Asn1, tag: number): boolean {
  const tagNumber: number = node.type;
  return node.tagClass === Class.CONTEXT_SPECIFIC && tagNumber === tag;
}

/** X.509 Time: UTCTime until 2049, GeneralizedTime after (RFC 5280 4.1.2.5). */
export function time(date: Date): Asn1 {
  return date.getUTCFullYear() < 2050
    ? asn1.create(Class.UNIVERSAL, Type.UTCTIME, false, asn1.dateToUtcTime(date))
    : asn1.create(Class.UNIVERSAL, Type.GENERALIZEDTIME, false, asn1.dateToGeneralizedTime(date));
}

/** A positive, minimally encoded, random 128-bit certificate serial number. */
export function randomSerial(): Asn1 {
  const bytes = randomBytes(16);
  bytes[0] = ((bytes[0] ?? 0) & 0x7f) | 0x40;
  return integerBytes(bytes);
}

/** SubjectPublicKeyInfo of a node:crypto key, as ASN.1. */
export const spki = (publicKey: KeyObject): Asn1 =>
  fromDer(publicKey.export({ type: 'spki', format: 'der' }), 'public key');

/** Contents of the subjectPublicKey BIT STRING (the raw public key) of an SPKI node. */
export function subjectPublicKeyBytes(spkiNode: Asn1): Buffer {
  const items = spkiNode.value;
  const bits = Array.isArray(items) ? items[1] : undefined;
  if (!bits || typeof bits.value !== 'string') {
    throw new CryptoException(CryptoErrorCode.MALFORMED, 'malformed SubjectPublicKeyInfo');
  }
  return Buffer.from(bits.value.slice(1), 'binary');
}

/** AlgorithmIdentifier and node:crypto hash with which a CA or CSR key signs DER structures. */
export function structureSignatureAlgorithm(privateKey: KeyObject): { id: Asn1; hash: 'sha256' | null } {
  switch (privateKey.asymmetricKeyType) {
    case 'ec':
      return { id: seq([oid(OID.ecdsaWithSha256)]), hash: 'sha256' };
    case 'ed25519':
      return { id: seq([oid(OID.ed25519)]), hash: null };
    case 'rsa':
      return {
        id: seq([oid(OID.sha256WithRsa), asn1.create(Class.UNIVERSAL, Type.NULL, false, '')]),
        hash: 'sha256',
      };
    default:
      throw new CryptoException(
        CryptoErrorCode.UNSUPPORTED_KEY,
        'CA and CSR keys must be P-256, Ed25519 or RSA',
      );
  }
}

/** Signs a DER structure (TBSCertificate, CertificationRequestInfo): `SEQUENCE { tbs, alg, sig }`. */
export function signStructure(tbs: Asn1, privateKey: KeyObject): Asn1 {
  const algorithm = structureSignatureAlgorithm(privateKey);
  return seq([tbs, algorithm.id, bitString(sign(algorithm.hash, toDer(tbs), privateKey))]);
}

/** Hash name for node:crypto verify() of a structure signed with the given algorithm OID. */
export function verifyHashOf(algorithmOid: string): 'sha256' | null {
  switch (algorithmOid) {
    case OID.ecdsaWithSha256:
    case OID.sha256WithRsa:
      return 'sha256';
    case OID.ed25519:
      return null;
    default:
      throw new CryptoException(
        CryptoErrorCode.UNSUPPORTED_KEY,
        `unsupported signature algorithm ${algorithmOid}`,
      );
  }
}

export const derToOid = (node: Asn1): string => asn1.derToOid(node.value as string);

export function pemEncode(type: 'CERTIFICATE' | 'CERTIFICATE REQUEST', der: Uint8Array): string {
  return forge.pem.encode({ type, body: binary(der) }, { maxline: 64 }).replace(/\r\n/g, '\n');
}

/** The DER body of the first PEM block of `type`; throws MALFORMED. */
export function pemDecode(pem: string, type: 'CERTIFICATE' | 'CERTIFICATE REQUEST'): Buffer {
  try {
    const block = forge.pem.decode(pem).find((b) => b.type === type);
    if (block) return Buffer.from(block.body, 'binary');
  } catch {
    // fall through to the typed error
  }
  throw new CryptoException(CryptoErrorCode.MALFORMED, `no ${type} PEM block`);
}
