import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  createCertificateRequest,
  encryptPrivateKey,
  generateSigningKeyPair,
  SigningAlgorithm,
  type MemberIdentity,
} from '@sild/platform-crypto';

/** `--algorithm` names of `sild key generate`. */
export const LOCAL_KEY_ALGORITHMS = {
  'ecdsa-p256': SigningAlgorithm.ECDSA_P256_SHA256,
  ed25519: SigningAlgorithm.ED25519,
  'rsa-pss': SigningAlgorithm.RSA_PSS_SHA256,
} as const;

export type LocalKeyAlgorithm = keyof typeof LOCAL_KEY_ALGORITHMS;

export interface LocalKeyOptions {
  readonly member: MemberIdentity;
  readonly dir: string;
  readonly label: string;
  readonly algorithm: LocalKeyAlgorithm;
  readonly passphrase: string;
}

export interface LocalKeyFiles {
  /** The encrypted private key (PKCS#8, AES-256-CBC), readable with readKeyFile. */
  readonly keyFile: string;
  /** The member's certificate request, for `sild cert issue --csr`. */
  readonly csrFile: string;
  /** Where the certificate is suggested to go. */
  readonly certificateFile: string;
}

const label = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;

/** The files of the key named `label` in `dir`. */
export function localKeyFiles(dir: string, name: string): LocalKeyFiles {
  if (!label.test(name))
    throw new Error(`label "${name}" must be 1-64 characters of letters, digits and . _ -`);
  return {
    keyFile: join(dir, `${name}.key.pem`),
    csrFile: join(dir, `${name}.csr.pem`),
    certificateFile: join(dir, `${name}.cert.pem`),
  };
}

/**
 * Generates a member signing key on the local disk only: `<dir>/<label>.key.pem` (encrypted,
 * mode 0600; an existing key file is never overwritten) and the CSR `<dir>/<label>.csr.pem`.
 */
export function generateLocalKey(options: LocalKeyOptions): LocalKeyFiles {
  const files = localKeyFiles(options.dir, options.label);
  const { privateKey } = generateSigningKeyPair(LOCAL_KEY_ALGORITHMS[options.algorithm]);
  const { instance, memberClass, memberCode } = options.member; // nothing else goes into the subject
  const csrPem = createCertificateRequest({ instance, memberClass, memberCode }, privateKey);
  const keyPem = encryptPrivateKey(privateKey, options.passphrase);
  mkdirSync(options.dir, { recursive: true, mode: 0o700 });
  try {
    writeFileSync(files.keyFile, keyPem, { mode: 0o600, flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST')
      throw new Error(`${files.keyFile} exists already; choose another --label or --out`, { cause: error });
    throw error;
  }
  writeFileSync(files.csrFile, csrPem);
  return files;
}
