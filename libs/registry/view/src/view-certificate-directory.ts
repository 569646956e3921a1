import type { CertificateDirectory } from '@sild/domain-envelope';
import { parseMemberCertificate, type MemberCertificate } from '@sild/platform-crypto';
import type { Certificate } from '@sild/registry-config';

/** Parses each registered certificate once (per version of it) for the envelope verifiers. */
export class ViewCertificateDirectory implements CertificateDirectory {
  private readonly parsed = new Map<string, { from: Certificate; certificate?: MemberCertificate }>();

  constructor(private readonly lookup: (keyIdHex: string) => Certificate | undefined) {}

  /** The parsed certificate whose key id is `keyIdHex`; undefined when unknown or unusable. */
  find(keyIdHex: string): MemberCertificate | undefined {
    const registered = this.lookup(keyIdHex);
    if (!registered) return undefined;
    const cached = this.parsed.get(keyIdHex);
    if (cached?.from === registered) return cached.certificate;
    const certificate = parseOrUndefined(registered.certificateDer);
    // a certificate is known under the SHA-256 of its DER only: anything else is not it
    const usable = certificate?.keyIdHex === keyIdHex ? certificate : undefined;
    this.parsed.set(keyIdHex, usable ? { from: registered, certificate: usable } : { from: registered });
    return usable;
  }
}

function parseOrUndefined(der: Buffer): MemberCertificate | undefined {
  try {
    return parseMemberCertificate(der);
  } catch {
    return undefined;
  }
}
