import { createPrivateKey, type KeyObject } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { CryptoErrorCode, CryptoException } from './crypto.exception';

/**
 * A private key at rest: PKCS#8 PEM encrypted with AES-256-CBC (PBES2), readable by
 * `openssl pkey` too. The passphrase never appears in errors or logs.
 */
export function encryptPrivateKey(key: KeyObject, passphrase: string): string {
  if (passphrase.length < 8)
    throw new CryptoException(CryptoErrorCode.BAD_KEY, 'passphrase must have at least 8 characters');
  return key.export({ type: 'pkcs8', format: 'pem', cipher: 'aes-256-cbc', passphrase }).toString();
}

export function decryptPrivateKey(pem: string, passphrase: string): KeyObject {
  try {
    return createPrivateKey({ key: pem, format: 'pem', passphrase });
  } catch {
    throw new CryptoException(
      CryptoErrorCode.BAD_KEY,
      'cannot decrypt the private key: wrong passphrase or not an encrypted PKCS#8 key',
    );
  }
}

export function writeKeyFile(path: string, key: KeyObject, passphrase: string): void {
  writeFileSync(path, encryptPrivateKey(key, passphrase), { mode: 0o600 });
}

export function readKeyFile(path: string, passphrase: string): KeyObject {
  let pem: string;
  try {
    pem = readFileSync(path, 'utf8');
  } catch (error) {
    throw new CryptoException(
      CryptoErrorCode.BAD_KEY,
      `cannot read key file ${path}: ${(error as NodeJS.ErrnoException).code ?? 'error'}`,
    );
  }
  return decryptPrivateKey(pem, passphrase);
}
