import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { parseCertificateRequest, readKeyFile } from '@sild/platform-crypto';
import { fakeGrpcService, runSild } from '../testing';

const PASSPHRASE = 'gateway key passphrase';
let dir = '';

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'sild-key-command-'));
});

afterEach(() => {
  vi.unstubAllEnvs();
  rmSync(dir, { recursive: true, force: true });
});

describe('sild key generate', () => {
  it('writes the key and the CSR and tells the next step', async () => {
    vi.stubEnv('SILD_KEY_PASSPHRASE', PASSPHRASE);
    const run = await runSild(['--json', 'key', 'generate', 'NL/MUN/0363', '--out', dir, '--label', 'gw']);

    expect(run).toMatchObject({ stderr: '', exitCode: 0 });
    const keyFile = join(dir, 'gw.key.pem');
    const csrFile = join(dir, 'gw.csr.pem');
    expect(JSON.parse(run.stdout)).toEqual({
      member: 'NL/MUN/0363',
      algorithm: 'ecdsa-p256',
      keyFile,
      csrFile,
      next: `sild cert issue --csr ${csrFile} --out ${join(dir, 'gw.cert.pem')}`,
    });
    expect(readKeyFile(keyFile, PASSPHRASE).asymmetricKeyType).toBe('ec');
    expect(parseCertificateRequest(readFileSync(csrFile, 'utf8')).identity.memberCode).toBe('0363');

    const again = await runSild(['key', 'generate', 'NL/MUN/0363', '--out', dir, '--label', 'gw']);
    expect(again.stderr).toBe(`sild: ${keyFile} exists already; choose another --label or --out\n`);
    expect(again.exitCode).toBe(1);
  });

  it('needs SILD_KEY_PASSPHRASE and a member id, and writes nothing without them', async () => {
    vi.stubEnv('SILD_KEY_PASSPHRASE', '');
    const missing = await runSild(['key', 'generate', 'NL/MUN/0363', '--out', dir]);
    expect(missing.stderr).toMatch(/^sild: SILD_KEY_PASSPHRASE is required \(a passphrase of at least 8/);
    expect(missing.exitCode).toBe(1);

    vi.stubEnv('SILD_KEY_PASSPHRASE', PASSPHRASE);
    const subsystem = await runSild(['key', 'generate', 'NL/MUN/0363/burgerzaken', '--out', dir]);
    expect(subsystem.stderr).toMatch(/is not INSTANCE\/CLASS\/CODE/);
    expect(existsSync(join(dir, 'signing.key.pem'))).toBe(false);
  });

  it('is followed by cert issue --csr --out, which writes the certificate file', async () => {
    vi.stubEnv('SILD_KEY_PASSPHRASE', PASSPHRASE);
    await runSild(['key', 'generate', 'NL/MUN/0363', '--out', dir]);
    const signer = await fakeGrpcService('sild/signer/v1/signer.proto', 'sild.signer.v1.Signer', {
      IssueCertificate: () => ({ keyId: 'ab12', certificatePem: 'PEM OF THE CERTIFICATE\n', handle: '' }),
    });
    try {
      const certificateFile = join(dir, 'signing.cert.pem');
      const csrFile = join(dir, 'signing.csr.pem');
      const run = await runSild(['cert', 'issue', '--csr', csrFile, '--out', certificateFile], {
        SILD_SIGNER: signer.address,
      });

      expect(run).toMatchObject({ stderr: '', exitCode: 0 });
      expect(signer.received[0]?.request).toMatchObject({ csrPem: readFileSync(csrFile, 'utf8') });
      expect(readFileSync(certificateFile, 'utf8')).toBe('PEM OF THE CERTIFICATE\n');
      expect(run.stdout).toContain(`certificateFile  ${certificateFile}`);
    } finally {
      await signer.close();
    }
  });
});
