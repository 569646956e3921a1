// Starts a Sild service (its main.ts) from the sources as its own process, as in production,
// for integration and end-to-end tests.
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { resolve } from 'node:path';
import { expectEventually } from './expect-eventually';

const root = resolve(import.meta.dirname, '../../../..');

export interface ServiceProcess {
  readonly name: string;
  readonly child: ChildProcess;
  /** Base URL of its health/metrics endpoint (`http://127.0.0.1:<HTTP_PORT>`). */
  readonly httpUrl: string;
  /** Everything written to stdout and stderr so far. */
  output(): string;
  /** Resolves with the exit code once the process has exited by itself or was stopped. */
  readonly exited: Promise<number | null>;
  /** Resolves once /readyz answers 200. */
  ready(): Promise<void>;
  /** SIGTERM, then waits for the exit code. */
  stop(): Promise<number | null>;
  /** SIGKILL: the process dies wherever it is. */
  kill(): Promise<void>;
}

/** A port nothing listens on right now. */
export async function freePort(): Promise<number> {
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

/** The repository root (services run with it as working directory). */
export const REPO_ROOT = root;

/**
 * Runs `entry` (a main.ts, relative to the repository root) with the given environment, which
 * must set HTTP_PORT (readiness is polled there). DATABASE_URL is not inherited.
 */
export function startService(name: string, entry: string, env: Record<string, string>): ServiceProcess {
  const { DATABASE_URL: _unused, ...inherited } = process.env;
  const child = spawn(
    process.execPath,
    [
      '--disable-warning=TimeoutNegativeWarning',
      '--import',
      '@swc-node/register/esm-register',
      resolve(root, entry),
    ],
    {
      cwd: root,
      env: { ...inherited, HTTP_HOST: '127.0.0.1', GRPC_HOST: '127.0.0.1', LOG_LEVEL: 'info', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  const httpUrl = `http://127.0.0.1:${env['HTTP_PORT'] ?? ''}`;
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((done) =>
    child.on('exit', (code) => {
      done(code);
    }),
  );
  return {
    name,
    child,
    httpUrl,
    exited,
    output: () => output,
    ready: async () => {
      await expectEventually(
        async () => {
          if (child.exitCode !== null) throw new Error(`${name} exited ${child.exitCode}:\n${output}`);
          const response = await fetch(`${httpUrl}/readyz`);
          if (response.status !== 200) throw new Error(`${name} not ready: ${await response.text()}`);
        },
        { timeoutMs: 120_000, intervalMs: 250 },
      );
    },
    stop: async () => {
      if (child.exitCode === null) child.kill('SIGTERM');
      return exited;
    },
    kill: async () => {
      if (child.exitCode === null) child.kill('SIGKILL');
      await exited;
    },
  };
}
