import { mkdtempSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CryptoErrorCode, SigningAlgorithm, SoftwareToken, signBytes, verifyBytes } from '../src';

const member = { instance: 'NL', memberClass: 'MUN', memberCode: '0363' };
const newDir = () => mkdtempSync(join(tmpdir(), 'sild-token-'));

describe('SoftwareToken', () => {
  it('keeps generated keys encrypted at rest and usable after reopening', () => {
    const dir = newDir();
    const token = SoftwareToken.open(dir, 'correct horse battery');
    const key = token.generate('signing', member, SigningAlgorithm.ED25519);
    expect(key).toMatchObject({
      label: 'signing',
      member,
      algorithm: SigningAlgorithm.ED25519,
      certificatePem: null,
    });
    expect(key.handle).toMatch(/^[0-9a-f]{32}$/);

    const pem = readFileSync(join(dir, `${key.handle}.key.pem`), 'utf8');
    expect(pem).toContain('BEGIN ENCRYPTED PRIVATE KEY');
    for (const name of readdirSync(dir)) expect(statSync(join(dir, name)).mode & 0o077).toBe(0);

    const reopened = SoftwareToken.open(dir, 'correct horse battery');
    const data = Buffer.from('to be signed');
    const signature = signBytes(key.algorithm, reopened.privateKey(key.handle), data);
    const publicKey = token.privateKey(key.handle);
    expect(verifyBytes(key.algorithm, publicKey, data, signature)).toBe(true);
    expect(reopened.list().map((k) => k.handle)).toEqual([key.handle]);
  });

  it('refuses a wrong passphrase when opened, without saying more', () => {
    const dir = newDir();
    SoftwareToken.open(dir, 'correct horse battery').generate('k', null);
    expect(() => SoftwareToken.open(dir, 'wrong passphrase!')).toThrow(
      expect.objectContaining({
        code: CryptoErrorCode.BAD_KEY,
        message: expect.not.stringContaining('wrong passphrase!') as unknown,
      }),
    );
  });

  it('stores a certificate per key and refuses duplicates, unknown handles and weak passphrases', () => {
    const token = SoftwareToken.open(newDir(), 'correct horse battery');
    const key = token.generate('k', member);
    expect(token.setCertificate(key.handle, 'PEM').certificatePem).toBe('PEM');
    expect(token.get(key.handle).certificatePem).toBe('PEM');
    expect(() => token.import('again', token.privateKey(key.handle), member)).toThrow('already in the token');
    expect(() => token.get('../../etc/passwd')).toThrow('no key');
    expect(() => SoftwareToken.open(newDir(), 'short').generate('k', null)).toThrow('at least 8 characters');
  });
});
