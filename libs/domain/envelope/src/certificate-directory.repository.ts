import { parseMemberCertificate, type MemberCertificate } from '@sild/platform-crypto';

/** Where a verifier finds a signer's certificate by key id (from the global configuration). */
export interface CertificateDirectory {
  /** The certificate whose SHA-256 (hex) is `keyIdHex`, if known. */
  find(keyIdHex: string): MemberCertificate | undefined;
}

/** A certificate directory held in memory. */
export class InMemoryCertificateDirectory implements CertificateDirectory {
  private readonly certificates = new Map<string, MemberCertificate>();

  constructor(certificates: Iterable<string | Uint8Array | MemberCertificate> = []) {
    for (const certificate of certificates) this.add(certificate);
  }

  add(certificate: string | Uint8Array | MemberCertificate): MemberCertificate {
    const parsed =
      typeof certificate === 'string' || certificate instanceof Uint8Array
        ? parseMemberCertificate(certificate)
        : certificate;
    this.certificates.set(parsed.keyIdHex, parsed);
    return parsed;
  }

  find(keyIdHex: string): MemberCertificate | undefined {
    return this.certificates.get(keyIdHex);
  }
}
