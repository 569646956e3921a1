// Running the `sild` CLI as a real process, the way an operator does.
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { REPO_ROOT as ROOT } from '@sild/platform-testing';

export interface CliResult {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs `bin/sild <args>`, from the repository or from `cwd`. */
export function sild(
  args: readonly string[],
  env: Record<string, string> = {},
  cwd: string = ROOT,
): Promise<CliResult> {
  return new Promise((done) => {
    const child = spawn(resolve(ROOT, 'bin/sild'), args, { cwd, env: { ...process.env, ...env } });
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
