import { createHash, type KeyObject } from 'node:crypto';
import {
  CryptoException,
  issueMemberCertificate,
  memberIdText,
  parseCertificateRequest,
  parseMemberCertificate,
  trustRootOf,
  type CertificateAuthority,
  type MemberIdentity,
} from '@sild/platform-crypto';
import type { KeyStore } from './key-store.repository';
import type { RegistryRepository } from './registry.repository';
import { invalidArgument, SignerErrorCode, SignerException } from './signer.exception';
import { sameMember } from './signer-keys.service';

/** Label of the instance root CA key in the token (written by `initInstance`). */
export const ROOT_CA_LABEL = 'instance-root-ca';
const DAY_MS = 86_400_000;
/** Certificates start a minute in the past: clocks of members differ a little. */
const BACKDATE_MS = 60_000;

export interface InstanceCaOptions {
  readonly defaultValidityDays: number;
  readonly maxValidityDays: number;
  readonly clock?: () => number;
}

export interface IssuedCertificate {
  readonly certificatePem: string;
  readonly certificateDer: Buffer;
  /** Lower-case hex SHA-256 of the certificate DER. */
  readonly keyId: string;
  readonly member: MemberIdentity;
  /** Token handle of the certified key when the token holds it (the certificate is stored there); else empty. */
  readonly handle: string;
}

/** The token handle of a public key (see SoftwareToken: first 16 bytes of SHA-256 over the SPKI DER). */
export const handleOfPublicKey = (publicKey: KeyObject): string =>
  createHash('sha256')
    .update(publicKey.export({ type: 'spki', format: 'der' }))
    .digest('hex')
    .slice(0, 32);

/** The instance root CA from the token: its key and the certificate stored with it. */
export function instanceAuthority(keys: KeyStore): CertificateAuthority {
  const root = keys.list().find((key) => key.label === ROOT_CA_LABEL && key.certificatePem);
  if (!root?.certificatePem) {
    throw new Error(
      `the token holds no ${ROOT_CA_LABEL} key with a certificate: run the instance init first`,
    );
  }
  const { instance, x509 } = trustRootOf(root.certificatePem);
  return {
    instance,
    certificatePem: root.certificatePem,
    certificate: x509,
    privateKey: keys.privateKey(root.handle),
  };
}

/**
 * The instance CA (X-Road's certification service with authCertReg): issues member signing
 * certificates for members the registry has approved, publishes them through the registry and
 * keeps them with their key when the token holds it.
 */
export class InstanceCaService {
  private readonly clock: () => number;

  constructor(
    private readonly authority: CertificateAuthority,
    private readonly keys: KeyStore,
    private readonly registry: RegistryRepository,
    private readonly options: InstanceCaOptions,
  ) {
    this.clock = options.clock ?? Date.now;
  }

  get instance(): string {
    return this.authority.instance;
  }

  /** Issues a certificate for `csrPem`; with `onlyFor`, refuses a CSR of any other member. */
  async issue(csrPem: string, validityDays: number, onlyFor?: MemberIdentity): Promise<IssuedCertificate> {
    const request = this.parse(csrPem);
    if (onlyFor && !sameMember(request.identity, onlyFor)) {
      throw new SignerException(
        SignerErrorCode.CSR_MEMBER_MISMATCH,
        `the CSR is for ${memberIdText(request.identity)}, the request comes from ${memberIdText(onlyFor)}`,
      );
    }
    if (!(await this.registry.snapshot()).member(request.identity)) {
      throw new SignerException(
        SignerErrorCode.MEMBER_NOT_APPROVED,
        `member ${memberIdText(request.identity)} is not registered with the registry`,
      );
    }
    const certificatePem = issueMemberCertificate(this.authority, csrPem, this.validity(validityDays));
    const certificate = parseMemberCertificate(certificatePem);
    await this.registry.registerCertificate(certificate.der);
    const handle = handleOfPublicKey(request.publicKey);
    const stored = this.keys.find(handle) ? this.keys.setCertificate(handle, certificatePem).handle : '';
    return {
      certificatePem,
      certificateDer: certificate.der,
      keyId: certificate.keyIdHex,
      member: request.identity,
      handle: stored,
    };
  }

  /** Issues without asking the registry (the signer's own identity, before it is registered). */
  issueUnregistered(csrPem: string, validityDays: number): string {
    return issueMemberCertificate(this.authority, csrPem, this.validity(validityDays));
  }

  private parse(csrPem: string): ReturnType<typeof parseCertificateRequest> {
    if (!csrPem.trim()) throw invalidArgument('csr_pem', 'is required');
    let request: ReturnType<typeof parseCertificateRequest>;
    try {
      request = parseCertificateRequest(csrPem);
    } catch (error) {
      if (error instanceof CryptoException) throw new SignerException(SignerErrorCode.BAD_CSR, error.message);
      throw error;
    }
    if (request.identity.instance !== this.authority.instance) {
      throw new SignerException(
        SignerErrorCode.BAD_CSR,
        `the CSR is for instance ${request.identity.instance}, this CA serves ${this.authority.instance}`,
      );
    }
    return request;
  }

  private validity(days: number): { notBefore: Date; notAfter: Date } {
    const wanted = days === 0 ? this.options.defaultValidityDays : days;
    if (!Number.isSafeInteger(wanted) || wanted < 1 || wanted > this.options.maxValidityDays) {
      throw invalidArgument('validity_days', `must be from 1 to ${this.options.maxValidityDays}`);
    }
    const now = this.clock();
    const rootEnd = this.authority.certificate.validToDate.getTime();
    return {
      notBefore: new Date(now - BACKDATE_MS),
      notAfter: new Date(Math.min(now + wanted * DAY_MS, rootEnd)),
    };
  }
}
