import { InMemoryCertificateDirectory, type CertificateDirectory } from '@sild/domain-envelope';
import { memberIdText, type MemberIdentity } from '@sild/platform-crypto';
import type { Certificate, Member } from '@sild/registry-config';

/**
 * What the signer knows of the registry at one moment: which members are approved (registered),
 * which certificates exist and which are revoked. The same shape as the registry view
 * (`@sild/registry-view`), so the view can stand in for the gRPC adapter.
 */
export interface RegistrySnapshot {
  member(id: MemberIdentity): Member | undefined;
  readonly certificates: CertificateDirectory;
  readonly revoked: { has(keyIdHex: string): boolean };
}

/** The registry, as the signer uses it (an I/O port). */
export interface RegistryRepository {
  /** The registry's current state (fresh enough to decide on a certificate request). */
  snapshot(): Promise<RegistrySnapshot>;
  /**
   * Publishes an issued certificate. Throws SignerException: MEMBER_NOT_APPROVED when the
   * registry does not know the member, REGISTRY_REFUSED when it refuses for another reason,
   * REGISTRY_UNAVAILABLE when it cannot be asked.
   */
  registerCertificate(certificateDer: Uint8Array): Promise<void>;
}

/** A snapshot from registry entities (what GetConfiguration and the configuration topic carry). */
export function registrySnapshotOf(
  members: readonly Member[],
  certificates: readonly Certificate[],
): RegistrySnapshot {
  const byId = new Map(members.map((m) => [memberIdText(m.id), m]));
  const directory = new InMemoryCertificateDirectory();
  const revoked = new Set<string>();
  for (const certificate of certificates) {
    try {
      directory.add(certificate.certificateDer);
    } catch {
      continue; // a certificate the signer cannot parse can never verify a request
    }
    if (certificate.status === 'REVOKED') revoked.add(certificate.keyId);
  }
  return {
    member: (id) => byId.get(memberIdText(id)),
    certificates: directory,
    revoked,
  };
}
