// bin/sild as an operator runs it: from any working directory, not only the repository's.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { sild } from './support/processes';

const elsewhere = mkdtempSync(join(tmpdir(), 'sild-command-'));

afterAll(() => {
  rmSync(elsewhere, { recursive: true, force: true });
});

describe('bin/sild', () => {
  it('runs from a directory outside the repository', async () => {
    const help = await sild(['--help'], {}, elsewhere);
    expect(help).toMatchObject({ code: 0, stderr: '' });
    expect(help.stdout).toContain('Usage: sild');

    const generated = await sild(
      ['key', 'generate', 'NL/MUN/0363', '--out', '.', '--label', 'gw'],
      { SILD_KEY_PASSPHRASE: 'a passphrase of some length' },
      elsewhere,
    );
    expect(generated.code, generated.stderr).toBe(0);
    expect(existsSync(join(elsewhere, 'gw.key.pem'))).toBe(true);
  }, 60_000);
});
