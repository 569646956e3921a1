import { readFileSync } from 'node:fs';
import {
  keyIdHex,
  keyIdOf,
  parseMemberCertificate,
  trustRootOf,
  verifyIssuedBy,
  type MemberCertificate,
  type TrustRoot,
} from '@sild/platform-crypto';
import { exposeCertificateExpiry } from '@sild/platform-telemetry';

/**
 * What every service of an instance must know before it can trust anything it reads from the
 * bus (X-Road's configuration anchor): the instance root certificate and the certificate the
 * registry signs the global configuration with. Public; distributed out of band.
 */
export interface InstanceAnchor {
  readonly instance: string;
  readonly root: TrustRoot;
  readonly rootPem: string;
  readonly registry: MemberCertificate;
  readonly registryPem: string;
}

/** The JSON file `sild instance init` writes. */
export interface InstanceAnchorFile {
  readonly instance: string;
  readonly root_certificate_pem: string;
  readonly registry_certificate_pem: string;
}

export function parseInstanceAnchor(file: InstanceAnchorFile): InstanceAnchor {
  const root = trustRootOf(file.root_certificate_pem);
  if (root.instance !== file.instance) {
    throw new Error(`anchor: root certificate is for instance ${root.instance}, not ${file.instance}`);
  }
  const registry = parseMemberCertificate(file.registry_certificate_pem);
  verifyIssuedBy(registry, root);
  return {
    instance: file.instance,
    root,
    rootPem: file.root_certificate_pem,
    registry,
    registryPem: file.registry_certificate_pem,
  };
}

/**
 * Reads the anchor file of a service; the expiry of the root and registry certificates appears on
 * the service's /metrics (sild_certificate_expiry_timestamp_seconds).
 */
export function readInstanceAnchor(path: string): InstanceAnchor {
  let file: InstanceAnchorFile;
  try {
    file = JSON.parse(readFileSync(path, 'utf8')) as InstanceAnchorFile;
  } catch (error) {
    throw new Error(
      `anchor: cannot read ${path}: ${error instanceof Error ? error.message : String(error)}`,
      {
        cause: error,
      },
    );
  }
  const anchor = parseInstanceAnchor(file);
  // a service trusts what its anchor holds: their expiry is on its /metrics
  const rootKeyId = keyIdHex(keyIdOf(anchor.root.x509.raw));
  exposeCertificateExpiry('root', () => ({ keyIdHex: rootKeyId, notAfterMs: anchor.root.notAfterMs }));
  exposeCertificateExpiry('registry', () => anchor.registry);
  return anchor;
}

export const anchorFileOf = (anchor: InstanceAnchor): InstanceAnchorFile => ({
  instance: anchor.instance,
  root_certificate_pem: anchor.rootPem,
  registry_certificate_pem: anchor.registryPem,
});
