import { CryptoException, parseMemberCertificate, trustRootOf, verifyIssuedBy } from '@sild/platform-crypto';
import {
  activeCertificate,
  invalid,
  precondition,
  type Certificate,
  type TrustAnchor,
} from '@sild/registry-config';

export function requiredBytes(field: string, value: Uint8Array | null | undefined): Buffer {
  if (!value || value.length === 0) throw invalid(field, 'is required');
  return Buffer.from(value);
}

/** A member signing certificate, checked to chain to one of the instance's trust anchors. */
export function verifiedCertificate(der: Buffer, anchors: TrustAnchor[]): Certificate {
  let parsed: ReturnType<typeof parseMemberCertificate>;
  try {
    parsed = parseMemberCertificate(der);
  } catch (error) {
    throw invalid('certificate_der', error instanceof CryptoException ? error.message : 'not a certificate');
  }
  const issuer = anchors.find((anchor) => {
    try {
      verifyIssuedBy(parsed, trustRootOf(anchor.certificateDer));
      return true;
    } catch {
      return false;
    }
  });
  if (!issuer) throw precondition('certificate is not issued by a trust anchor of this instance');
  return activeCertificate(parsed);
}
