import { createPublicKey, verify, type KeyObject } from 'node:crypto';
import {
  derToOid,
  fromDer,
  pemDecode,
  pemEncode,
  seq,
  signStructure,
  spki,
  tagged,
  toDer,
  verifyHashOf,
} from './asn1';
import forge from 'node-forge';
import { CryptoErrorCode, CryptoException } from './crypto.exception';
import {
  assertMemberIdentity,
  memberIdentityOfName,
  memberName,
  type MemberIdentity,
} from './member-identity';

export interface CertificateRequest {
  readonly identity: MemberIdentity;
  readonly publicKey: KeyObject;
}

/** A PKCS#10 CSR (PEM) for a member signing key, self-signed with that key. */
export function createCertificateRequest(identity: MemberIdentity, privateKey: KeyObject): string {
  const publicKey = createPublicKey(privateKey);
  const info = seq([
    forge.asn1.create(forge.asn1.Class.UNIVERSAL, forge.asn1.Type.INTEGER, false, '\u0000'),
    memberName(assertMemberIdentity(identity)),
    spki(publicKey),
    tagged(0, []),
  ]);
  return pemEncode('CERTIFICATE REQUEST', toDer(signStructure(info, privateKey)));
}

const malformed = (): CryptoException => new CryptoException(CryptoErrorCode.MALFORMED, 'malformed CSR');

/** Parses a CSR (PEM), checks its self-signature and that its subject names a member. */
export function parseCertificateRequest(pem: string): CertificateRequest {
  const root = fromDer(pemDecode(pem, 'CERTIFICATE REQUEST'), 'CSR');
  const [info, algorithm, signature] = Array.isArray(root.value) ? root.value : [];
  const infoItems = info && Array.isArray(info.value) ? info.value : [];
  const [, subject, keyInfo] = infoItems;
  const algorithmOid = algorithm && Array.isArray(algorithm.value) ? algorithm.value[0] : undefined;
  if (!info || !subject || !keyInfo || !algorithmOid || typeof signature?.value !== 'string')
    throw malformed();

  let publicKey: KeyObject;
  try {
    publicKey = createPublicKey({ key: toDer(keyInfo), format: 'der', type: 'spki' });
  } catch {
    throw malformed();
  }
  const hash = verifyHashOf(derToOid(algorithmOid));
  const value = Buffer.from(signature.value.slice(1), 'binary');
  const signed = ((): boolean => {
    try {
      return verify(hash, toDer(info), publicKey, value);
    } catch {
      return false;
    }
  })();
  if (!signed) throw new CryptoException(CryptoErrorCode.BAD_CSR_SIGNATURE, 'CSR signature does not verify');
  return { identity: memberIdentityOfName(subject), publicKey };
}
