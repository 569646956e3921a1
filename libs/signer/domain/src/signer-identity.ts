import type { KeyObject } from 'node:crypto';
import {
  createCertificateRequest,
  parseMemberCertificate,
  type MemberCertificate,
  type MemberIdentity,
} from '@sild/platform-crypto';
import type { InstanceCaService } from './instance-ca.service';
import type { KeyStore } from './key-store.repository';

/** Label of the signer's own signing key (its answers on the bus are signed with it). */
export const SIGNER_IDENTITY_LABEL = 'instance-signer';
/** The signer answers as this member of its instance (as the registry is SILD/registry). */
export const SIGNER_MEMBER = { memberClass: 'SILD', memberCode: 'signer' } as const;

const DAY_MS = 86_400_000;

export interface SignerIdentity {
  readonly member: MemberIdentity;
  readonly privateKey: KeyObject;
  readonly certificate: MemberCertificate;
  readonly certificatePem: string;
  /** True when the key or its certificate was made now (it must be registered). */
  readonly renewed: boolean;
}

/**
 * The signer's own key and certificate, from the token. Made at first start (and again when the
 * certificate has less than `renewBeforeDays` left), issued by the instance CA it runs.
 */
export function ensureSignerIdentity(
  keys: KeyStore,
  ca: InstanceCaService,
  options: { validityDays: number; renewBeforeDays: number; now?: number },
): SignerIdentity {
  const member = { instance: ca.instance, ...SIGNER_MEMBER };
  const now = options.now ?? Date.now();
  const current = keys
    .list()
    .filter((key) => key.label === SIGNER_IDENTITY_LABEL && key.certificatePem)
    .map((key) => ({ key, certificate: parseMemberCertificate(key.certificatePem ?? '') }))
    .filter(({ certificate }) => certificate.notAfterMs - now > options.renewBeforeDays * DAY_MS)
    .at(-1);
  if (current) {
    return {
      member,
      privateKey: keys.privateKey(current.key.handle),
      certificate: current.certificate,
      certificatePem: current.key.certificatePem ?? '',
      renewed: false,
    };
  }
  const key = keys.generate(SIGNER_IDENTITY_LABEL, member);
  const privateKey = keys.privateKey(key.handle);
  const certificatePem = ca.issueUnregistered(
    createCertificateRequest(member, privateKey),
    options.validityDays,
  );
  keys.setCertificate(key.handle, certificatePem);
  return {
    member,
    privateKey,
    certificate: parseMemberCertificate(certificatePem),
    certificatePem,
    renewed: true,
  };
}
