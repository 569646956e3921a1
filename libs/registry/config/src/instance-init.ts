import { X509Certificate } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import {
  createCertificateRequest,
  createRootCa,
  generateSigningKeyPair,
  issueMemberCertificate,
  SoftwareToken,
  writeKeyFile,
  type CertificateAuthority,
} from '@sild/platform-crypto';
import { parseInstanceAnchor, type InstanceAnchor, type InstanceAnchorFile } from './instance-anchor';

/** Label of the instance root CA key in the signer's token. */
export const ROOT_CA_LABEL = 'instance-root-ca';
/** The registry signs as this member of its instance (C = instance, O = SILD, CN = registry). */
export const REGISTRY_MEMBER = { memberClass: 'SILD', memberCode: 'registry' } as const;

const YEAR_MS = 365 * 86_400_000;

export interface InstanceInitOptions {
  readonly instance: string;
  /** The signer's software token folder: receives the root CA key. */
  readonly tokenDir: string;
  readonly tokenPassphrase: string;
  /** Where the registry's encrypted signing key is written. */
  readonly registryKeyFile: string;
  readonly registryPassphrase: string;
  /** Where the anchor (root and registry certificates, public) is written. */
  readonly anchorFile: string;
  readonly rootValidityYears?: number;
  readonly now?: Date;
}

export interface InstanceInitResult {
  readonly anchor: InstanceAnchor;
  readonly rootKeyHandle: string;
}

/**
 * Bootstraps an instance offline, as X-Road's central server initialisation does: a root CA
 * whose key goes into the signer's token, the registry's signing key and certificate, and the
 * anchor file every service is configured with. Refuses to run on a token that has a root CA.
 */
export function initInstance(options: InstanceInitOptions): InstanceInitResult {
  const token = SoftwareToken.open(options.tokenDir, options.tokenPassphrase);
  if (token.list().some((key) => key.label === ROOT_CA_LABEL)) {
    throw new Error(`the token in ${options.tokenDir} already holds a root CA: the instance exists`);
  }
  const now = options.now ?? new Date();
  const ca: CertificateAuthority = createRootCa({
    instance: options.instance,
    commonName: `Sild ${options.instance} root CA`,
    notBefore: new Date(now.getTime() - 60_000),
    notAfter: new Date(now.getTime() + (options.rootValidityYears ?? 10) * YEAR_MS),
  });
  const rootKey = token.import(ROOT_CA_LABEL, ca.privateKey, null);
  token.setCertificate(rootKey.handle, ca.certificatePem);

  const registryKey = generateSigningKeyPair();
  const identity = { instance: options.instance, ...REGISTRY_MEMBER };
  const registryPem = issueMemberCertificate(ca, createCertificateRequest(identity, registryKey.privateKey), {
    notBefore: new Date(now.getTime() - 60_000),
    notAfter: new Date(now.getTime() + 2 * YEAR_MS),
  });
  mkdirSync(dirname(options.registryKeyFile), { recursive: true });
  writeKeyFile(options.registryKeyFile, registryKey.privateKey, options.registryPassphrase);

  const file: InstanceAnchorFile = {
    instance: options.instance,
    root_certificate_pem: new X509Certificate(ca.certificatePem).toString(),
    registry_certificate_pem: registryPem,
  };
  mkdirSync(dirname(options.anchorFile), { recursive: true });
  writeFileSync(options.anchorFile, `${JSON.stringify(file, null, 2)}\n`);
  return { anchor: parseInstanceAnchor(file), rootKeyHandle: rootKey.handle };
}
