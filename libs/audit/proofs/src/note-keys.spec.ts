import { createHash, createPrivateKey, generateKeyPairSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  AuditProofsErrorCode,
  ed25519KeyId,
  generateNoteSigner,
  noteSignerFromPem,
  parseVerifierKey,
  privateKeyPem,
  verifierKeyString,
} from './index';

const NAME = 'sild.example/audit';
/** name, key ID, key data (which may itself contain '+'). */
const splitKey = (text: string): [string, string, string] => {
  const [name = '', id = '', ...data] = text.split('+');
  return [name, id, data.join('+')];
};

describe('note keys', () => {
  const signer = generateNoteSigner(NAME);

  it('computes the key ID as SHA-256(name || 0x0A || 0x01 || public key)[:4]', () => {
    const raw = signer.publicKey.export({ format: 'der', type: 'spki' }).subarray(-32);
    const expected = createHash('sha256')
      .update(Buffer.concat([Buffer.from(`${NAME}\n`), Buffer.of(1), raw]))
      .digest()
      .readUInt32BE(0);
    expect(signer.keyId).toBe(expected);
    expect(ed25519KeyId(NAME, signer.publicKey)).toBe(expected);
  });

  it('encodes the verifier key as <name>+<hex8>+<base64(0x01 || key)> and reads it back', () => {
    const text = verifierKeyString(signer);
    const [name, id, data] = splitKey(text);
    expect(name).toBe(NAME);
    expect(id).toBe(signer.keyId.toString(16).padStart(8, '0'));
    expect(Buffer.from(data, 'base64')).toHaveLength(33);
    expect(Buffer.from(data, 'base64')[0]).toBe(1);
    const parsed = parseVerifierKey(text);
    expect(parsed.keyId).toBe(signer.keyId);
    expect(parsed.publicKey.equals(signer.publicKey)).toBe(true);
  });

  it('keeps the private key as PKCS#8 PEM', () => {
    const pem = privateKeyPem(signer);
    expect(pem).toMatch(/^-----BEGIN PRIVATE KEY-----\n/);
    const again = noteSignerFromPem(NAME, pem);
    expect(again.keyId).toBe(signer.keyId);
    expect(again.publicKey.equals(signer.publicKey)).toBe(true);
  });

  it('refuses a broken PEM or a key that is not Ed25519', () => {
    expect(() => noteSignerFromPem(NAME, 'not a key')).toThrow(AuditProofsErrorCode.BAD_KEY);
    const ec = generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey.export({
      format: 'pem',
      type: 'pkcs8',
    });
    expect(() => noteSignerFromPem(NAME, ec.toString())).toThrow(/must be Ed25519, not ec/);
  });

  const good = verifierKeyString(signer);
  const [, goodId, goodData] = splitKey(good);
  it.each([
    ['too few parts', `${NAME}+${goodId}`, /<name>\+<hex8 key ID>\+<base64 key>/],
    ['a name with a space', `a b+${goodId}+${goodData}`, /key name/],
    ['an empty name', `+${goodId}+${goodData}`, /key name/],
    ['upper-case key ID', `${NAME}+${goodId.toUpperCase()}A+${goodData}`, /not 8 lower-case hex digits/],
    ['a key ID of another key', `${NAME}+00000000+${goodData}`, /does not match the key/],
    ['another name', `other.example+${goodId}+${goodData}`, /does not match the key/],
    ['bad base64', `${NAME}+${goodId}+${goodData.slice(1)}`, /not canonical standard base64/],
    [
      'another signature type',
      `${NAME}+${goodId}+${Buffer.concat([Buffer.of(2), Buffer.alloc(32)]).toString('base64')}`,
      /0x01 followed by/,
    ],
  ])('refuses a verifier key with %s', (_what, text, reason) => {
    expect(() => parseVerifierKey(text)).toThrow(reason);
  });

  it('reads keys whose base64 data contains plus signs', () => {
    // the Ed25519 key of seed 0x08 * 32 encodes as AROY9ixtGkV8UbpqS189vS9p/KkyFiGNyJl+QWvRfZPK
    const seed = Buffer.concat([Buffer.from('302e020100300506032b657004220420', 'hex'), Buffer.alloc(32, 8)]);
    const pem = createPrivateKey({ key: seed, format: 'der', type: 'pkcs8' }).export({
      format: 'pem',
      type: 'pkcs8',
    });
    const key = noteSignerFromPem(NAME, pem.toString());
    const text = verifierKeyString(key);
    expect(text).toMatch(/\+AROY9ixtGkV8UbpqS189vS9p\/KkyFiGNyJl\+QWvRfZPK$/);
    expect(parseVerifierKey(text).publicKey.equals(key.publicKey)).toBe(true);
  });

  it('refuses key names with spaces, plus signs or control characters', () => {
    for (const name of ['', 'a b', 'a+b', 'a\u00a0b', 'a\tb', 'a\u0001b']) {
      expect(() => generateNoteSigner(name)).toThrow(AuditProofsErrorCode.BAD_KEY);
    }
  });
});
