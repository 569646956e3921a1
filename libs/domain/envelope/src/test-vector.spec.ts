// The published test vector (docs/test-vectors/envelope-p256.json) verifies with OpenSSL,
// decodes with protoc, and agrees with this library. Needs `openssl` and `protoc` on PATH.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { wire } from '@sild/contracts';
import { EnvelopeVerifier, InMemoryCertificateDirectory, decodeEnvelope, sha256, toBeSigned } from './index';

const repo = fileURLToPath(new URL('../../../../', import.meta.url));
const vector = JSON.parse(readFileSync(join(repo, 'docs/test-vectors/envelope-p256.json'), 'utf8')) as Record<
  | 'certificate_pem'
  | 'root_ca_pem'
  | 'header_hex'
  | 'payload_hex'
  | 'tbs_hex'
  | 'signature_hex'
  | 'envelope_hex'
  | 'key_id_hex',
  string
> & { header: Record<string, unknown> };
const bytes = (hex: string): Buffer => Buffer.from(hex, 'hex');

describe('test vector envelope-p256.json', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sild-vector-'));
  const file = (name: string, content: string | Buffer): string => {
    writeFileSync(join(dir, name), content);
    return join(dir, name);
  };
  const run = (command: string, args: string[], input?: Buffer): string =>
    execFileSync(command, args, { cwd: dir, encoding: 'utf8', ...(input ? { input } : {}) });
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it('openssl: the certificate chains to the root and the signature verifies over tbs', () => {
    file('root.pem', vector.root_ca_pem);
    file('member.pem', vector.certificate_pem);
    file('tbs.bin', bytes(vector.tbs_hex));
    file('signature.der', bytes(vector.signature_hex));
    expect(run('openssl', ['verify', '-x509_strict', '-CAfile', 'root.pem', 'member.pem'])).toContain(
      'member.pem: OK',
    );
    file('member.pub', run('openssl', ['x509', '-in', 'member.pem', '-pubkey', '-noout']));
    expect(
      run('openssl', ['dgst', '-sha256', '-verify', 'member.pub', '-signature', 'signature.der', 'tbs.bin']),
    ).toContain('Verified OK');
    const der = execFileSync('openssl', ['x509', '-in', 'member.pem', '-outform', 'DER'], { cwd: dir });
    expect(run('openssl', ['dgst', '-sha256', '-r'], der)).toContain(vector.key_id_hex);
  });

  it('openssl: a signature over other bytes does not verify', () => {
    file('member.pem', vector.certificate_pem);
    file('member.pub', run('openssl', ['x509', '-in', 'member.pem', '-pubkey', '-noout']));
    const tampered = bytes(vector.tbs_hex);
    tampered[tampered.length - 1] = (tampered[tampered.length - 1] ?? 0) ^ 1;
    file('tampered.bin', tampered);
    file('signature.der', bytes(vector.signature_hex));
    expect(() =>
      run('openssl', [
        'dgst',
        '-sha256',
        '-verify',
        'member.pub',
        '-signature',
        'signature.der',
        'tampered.bin',
      ]),
    ).toThrow();
  });

  it('protoc --decode sild.v1.Header decodes header_hex', () => {
    const text = run(
      'protoc',
      ['--decode', 'sild.v1.Header', '-I', join(repo, 'proto'), 'sild/v1/header.proto'],
      bytes(vector.header_hex),
    );
    expect(text).toContain(`message_id: "${String(vector.header.messageId)}"`);
    expect(text).toContain('kind: MESSAGE_KIND_EVENT');
    expect(text).toContain('member_code: "00000001"');
    expect(text).toContain('sender_sequence: 1');
  });

  it('tbs, header JSON and envelope agree with the library, which accepts the envelope', async () => {
    const header = bytes(vector.header_hex);
    const payload = bytes(vector.payload_hex);
    expect(toBeSigned(header, sha256(payload)).toString('hex')).toBe(vector.tbs_hex);
    const parts = decodeEnvelope(bytes(vector.envelope_hex));
    expect(Buffer.from(parts.header).toString('hex')).toBe(vector.header_hex);
    expect(Buffer.from(parts.signature).toString('hex')).toBe(vector.signature_hex);
    const decoded = wire.Header.toObject(wire.Header.decode(header), {
      enums: String,
      longs: String,
      bytes: String,
    });
    expect(decoded).toEqual(vector.header);
    const verifier = new EnvelopeVerifier({
      trustRoot: vector.root_ca_pem,
      certificates: new InMemoryCertificateDirectory([vector.certificate_pem]),
      clock: () => Date.parse('2026-01-01T00:01:00Z'),
    });
    const verified = await verifier.verify(bytes(vector.envelope_hex));
    expect(verified.signer.keyIdHex).toBe(vector.key_id_hex);
  });
});
