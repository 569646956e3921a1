// External tools the deploy checks run (promtool from Debian's `prometheus`, kubectl with
// kustomize v5): installed by .ci/run; a missing one fails with what to install.
import { spawnSync } from 'node:child_process';
import { ROOT } from './repo';

export interface ToolRun {
  readonly status: number | null;
  readonly stdout: string;
  /** stdout and stderr together, for failure messages. */
  readonly output: string;
}

const INSTALL_HINTS: Record<string, string> = {
  promtool: 'apt-get install prometheus (Debian), as .ci/run does',
  kubectl: 'kubectl 1.27 or later (kustomize v5); see docs/operations.md#kubernetes',
};

export function runTool(command: string, args: readonly string[]): ToolRun {
  const result = spawnSync(command, args, { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (result.error) {
    const hint = INSTALL_HINTS[command] ?? 'install it';
    throw new Error(`${command} could not run (${result.error.message}): ${hint}`);
  }
  return { status: result.status, stdout: result.stdout, output: `${result.stdout}${result.stderr}` };
}
