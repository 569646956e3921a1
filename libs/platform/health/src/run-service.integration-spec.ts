import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectEventually } from '@sild/platform-testing';

const fixture = resolve(import.meta.dirname, 'run-service.fixture.ts');

/** Starts the fixture service as its own process and collects its output. */
function startFixture(env: Record<string, string>) {
  const { DATABASE_URL: _unused, ...inherited } = process.env;
  const child = spawn(process.execPath, ['--import', '@swc-node/register/esm-register', fixture], {
    env: { ...inherited, HTTP_HOST: '127.0.0.1', LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output = { stdout: '', stderr: '' };
  child.stdout.on('data', (chunk: Buffer) => (output.stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output.stderr += chunk.toString()));
  const exited = new Promise<number | null>((done) =>
    child.on('exit', (code) => {
      done(code);
    }),
  );
  return { child, output, exited };
}

const port = (base: number) => String(base + (process.pid % 1000));

describe('runService', () => {
  it('stops with one line naming the variable when DATABASE_URL is missing', async () => {
    const { output, exited } = startFixture({});
    expect(await exited).toBe(1);
    expect(output.stderr).toBe('fixture: invalid configuration: DATABASE_URL is required (PostgreSQL URL)\n');
  });

  it('stops with one line naming the variable when a value is bad', async () => {
    const { output, exited } = startFixture({ DATABASE_URL: 'postgres://h/db', HTTP_PORT: 'eighty' });
    expect(await exited).toBe(1);
    expect(output.stderr.trim().split('\n')).toEqual([
      'fixture: invalid configuration: HTTP_PORT must be an integer (got "eighty")',
    ]);
  });

  it('serves readiness, then drains on SIGTERM and exits 0', async () => {
    const httpPort = port(41_000);
    const { child, output, exited } = startFixture({ DATABASE_URL: 'postgres://h/db', HTTP_PORT: httpPort });
    await expectEventually(async () => {
      const ready = await fetch(`http://127.0.0.1:${httpPort}/readyz`);
      expect(ready.status).toBe(200);
    });
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    const lines = output.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { msg: string });
    const messages = lines.map((line) => line.msg);
    expect(messages).toEqual(
      expect.arrayContaining(['started', 'shutting down', 'worker drained', 'stopped']),
    );
    expect(messages.indexOf('worker drained')).toBeLessThan(messages.indexOf('stopped'));
  });

  it('exits 1 when draining takes longer than the bound', async () => {
    const httpPort = port(42_000);
    const { child, output, exited } = startFixture({
      DATABASE_URL: 'postgres://h/db',
      HTTP_PORT: httpPort,
      SHUTDOWN_TIMEOUT_MS: '1000',
      FIXTURE_HANG_ON_SHUTDOWN: '1',
    });
    await expectEventually(async () => {
      expect((await fetch(`http://127.0.0.1:${httpPort}/healthz`)).status).toBe(200);
    });
    child.kill('SIGTERM');
    expect(await exited).toBe(1);
    expect(output.stdout).toContain('shutdown took too long; exiting');
  });
});
