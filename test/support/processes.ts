// Starting Sild services and the CLI as real processes, the way an operator runs them.
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { resolve } from 'node:path';
import { expectEventually } from '@sild/platform-testing';

export const ROOT = resolve(import.meta.dirname, '../..');

/** A free TCP port on 127.0.0.1. */
export function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => {
        done(typeof address === 'object' && address ? address.port : 0);
      });
    });
  });
}

export interface ServiceProcess {
  readonly name: string;
  readonly child: ChildProcess;
  readonly httpPort: number;
  /** Everything it printed so far. */
  output(): string;
  /** Waits until /readyz says 200. */
  ready(timeoutMs?: number): Promise<void>;
  /** SIGTERM and wait for the exit code. */
  stop(): Promise<number | null>;
  /** SIGKILL: the process dies wherever it is. */
  kill(): Promise<void>;
}

/** Runs `apps/<app>/src/main.ts` from the sources with the given environment. */
export function startService(app: string, env: Record<string, string>, httpPort: number): ServiceProcess {
  const { DATABASE_URL: _database, ...inherited } = process.env;
  const child = spawn(
    process.execPath,
    ['--import', '@swc-node/register/esm-register', `apps/${app}/src/main.ts`],
    {
      cwd: ROOT,
      env: { ...inherited, LOG_LEVEL: 'info', HTTP_HOST: '127.0.0.1', HTTP_PORT: String(httpPort), ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((done) =>
    child.once('exit', (code) => {
      done(code);
    }),
  );
  return {
    name: app,
    child,
    httpPort,
    output: () => output,
    async ready(timeoutMs = 120_000) {
      await expectEventually(
        async () => {
          if (child.exitCode !== null)
            throw new Error(`${app} exited with ${child.exitCode}:\n${output.slice(-3000)}`);
          const response = await fetch(`http://127.0.0.1:${httpPort}/readyz`);
          if (response.status !== 200) throw new Error(`${app} not ready: ${await response.text()}`);
        },
        { timeoutMs, intervalMs: 250 },
      );
    },
    async stop() {
      if (child.exitCode !== null) return child.exitCode;
      child.kill('SIGTERM');
      return exited;
    },
    async kill() {
      if (child.exitCode !== null) return;
      child.kill('SIGKILL');
      await exited;
    },
  };
}

export interface CliResult {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs `bin/sild <args>`. */
export function sild(args: readonly string[], env: Record<string, string> = {}): Promise<CliResult> {
  return new Promise((done) => {
    const child = spawn(resolve(ROOT, 'bin/sild'), args, { cwd: ROOT, env: { ...process.env, ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.once('exit', (code) => {
      done({ code, stdout, stderr });
    });
  });
}

/** Runs `sild --json <args>`, expects success, and parses its output. */
export async function sildJson<T = Record<string, unknown>>(
  args: readonly string[],
  env: Record<string, string> = {},
): Promise<T> {
  const result = await sild(['--json', ...args], env);
  if (result.code !== 0) throw new Error(`sild ${args.join(' ')} failed (${result.code}): ${result.stderr}`);
  return JSON.parse(result.stdout) as T;
}
