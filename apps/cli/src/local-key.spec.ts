import { createPublicKey } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  parseCertificateRequest,
  readKeyFile,
  signingAlgorithmOf,
  SigningAlgorithm,
} from '@sild/platform-crypto';
import { generateLocalKey, type LocalKeyAlgorithm } from './local-key';

const member = { instance: 'NL', memberClass: 'MUN', memberCode: '0363' };
const passphrase = 'local key passphrase';
const dirs: string[] = [];

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'sild-key-'));
  dirs.push(dir);
  return dir;
}

afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('generateLocalKey', () => {
  it.each<[LocalKeyAlgorithm, SigningAlgorithm]>([
    ['ecdsa-p256', SigningAlgorithm.ECDSA_P256_SHA256],
    ['ed25519', SigningAlgorithm.ED25519],
    ['rsa-pss', SigningAlgorithm.RSA_PSS_SHA256],
  ])('writes an encrypted %s key and a CSR naming the member', (algorithm, expected) => {
    const dir = join(tempDir(), 'keys');
    const files = generateLocalKey({ member, dir, label: 'signing', algorithm, passphrase });

    expect(files.keyFile).toBe(join(dir, 'signing.key.pem'));
    expect(files.csrFile).toBe(join(dir, 'signing.csr.pem'));
    expect(readFileSync(files.keyFile, 'utf8')).toContain('BEGIN ENCRYPTED PRIVATE KEY');
    expect(statSync(files.keyFile).mode & 0o777).toBe(0o600);
    const privateKey = readKeyFile(files.keyFile, passphrase);
    expect(signingAlgorithmOf(privateKey)).toBe(expected);

    const request = parseCertificateRequest(readFileSync(files.csrFile, 'utf8'));
    expect(request.identity).toEqual(member);
    expect(request.publicKey.equals(createPublicKey(privateKey))).toBe(true);
  });

  it('does not open the key with a wrong passphrase', () => {
    const files = generateLocalKey({ member, dir: tempDir(), label: 'a', algorithm: 'ed25519', passphrase });
    expect(() => readKeyFile(files.keyFile, 'not the passphrase')).toThrow(/cannot decrypt/);
  });

  it('refuses to overwrite an existing key file', () => {
    const dir = tempDir();
    const first = generateLocalKey({ member, dir, label: 'signing', algorithm: 'ed25519', passphrase });
    const before = readFileSync(first.keyFile, 'utf8');
    expect(() =>
      generateLocalKey({ member, dir, label: 'signing', algorithm: 'ed25519', passphrase }),
    ).toThrow(/signing\.key\.pem exists already/);
    expect(readFileSync(first.keyFile, 'utf8')).toBe(before);
  });

  it('refuses short passphrases and labels that are not file names', () => {
    const dir = tempDir();
    const options = { member, dir, label: 'signing', algorithm: 'ed25519' as const, passphrase };
    expect(() => generateLocalKey({ ...options, passphrase: 'short' })).toThrow(/at least 8/);
    expect(() => generateLocalKey({ ...options, label: '../escape' })).toThrow(/label/);
  });
});
