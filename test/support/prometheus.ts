// A real Prometheus (Debian's `prometheus` package) for end-to-end tests: scrapes the given
// targets every second into a temporary storage folder, answers queries over its HTTP API, and is
// stopped by its pid.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expectEventually, freePort } from '@sild/platform-testing';

/** Scrape jobs: job name -> `host:port` targets serving /metrics. */
export type ScrapeJobs = Readonly<Record<string, readonly string[]>>;

export interface Sample {
  readonly metric: Record<string, string>;
  readonly value: number;
}

export interface TestPrometheus {
  readonly url: string;
  /** An instant query; the samples of its vector result. */
  query(expression: string): Promise<Sample[]>;
  /** Resolves once every target has been scraped successfully. */
  allTargetsUp(): Promise<void>;
  stop(): Promise<void>;
}

interface ApiAnswer<T> {
  status: string;
  error?: string;
  data: T;
}

export function prometheusConfig(jobs: ScrapeJobs): string {
  const lines = ['global:', '  scrape_interval: 1s', '  scrape_timeout: 1s', 'scrape_configs:'];
  for (const [job, targets] of Object.entries(jobs)) {
    lines.push(`  - job_name: ${JSON.stringify(job)}`, '    static_configs:');
    lines.push(`      - targets: [${targets.map((target) => JSON.stringify(target)).join(', ')}]`);
  }
  return `${lines.join('\n')}\n`;
}

export async function startPrometheus(jobs: ScrapeJobs): Promise<TestPrometheus> {
  const dir = mkdtempSync(join(tmpdir(), 'sild-prometheus-'));
  const configFile = join(dir, 'prometheus.yml');
  writeFileSync(configFile, prometheusConfig(jobs));
  const port = await freePort();
  const child = spawn(
    'prometheus',
    [
      `--config.file=${configFile}`,
      `--storage.tsdb.path=${join(dir, 'data')}`,
      `--web.listen-address=127.0.0.1:${port}`,
      '--log.level=warn',
    ],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  let failed: Error | undefined;
  const exited = new Promise<void>((done) => {
    child.once('exit', () => {
      done();
    });
    child.once('error', (error) => {
      failed = error; // e.g. ENOENT: Debian's `prometheus` package is not installed
      done();
    });
  });
  const url = `http://127.0.0.1:${port}`;
  const api = async <T>(path: string): Promise<T> => {
    if (failed) throw new Error(`prometheus did not start: ${failed.message}`);
    if (child.exitCode !== null) throw new Error(`prometheus exited ${child.exitCode}:\n${output}`);
    const answer = (await (await fetch(`${url}${path}`)).json()) as ApiAnswer<T>;
    if (answer.status !== 'success') throw new Error(`prometheus ${path}: ${answer.error ?? answer.status}`);
    return answer.data;
  };
  const prometheus: TestPrometheus = {
    url,
    async query(expression) {
      const data = await api<{ result: { metric: Record<string, string>; value: [number, string] }[] }>(
        `/api/v1/query?query=${encodeURIComponent(expression)}`,
      );
      return data.result.map((sample) => ({ metric: sample.metric, value: Number(sample.value[1]) }));
    },
    async allTargetsUp() {
      const expected = Object.values(jobs).flat().length;
      await expectEventually(
        async () => {
          const data = await api<{
            activeTargets: { scrapeUrl: string; health: string; lastError: string }[];
          }>('/api/v1/targets');
          const up = data.activeTargets.filter((target) => target.health === 'up');
          if (up.length !== expected) {
            throw new Error(`${up.length} of ${expected} targets up: ${JSON.stringify(data.activeTargets)}`);
          }
        },
        { timeoutMs: 60_000, intervalMs: 500 },
      );
    },
    async stop() {
      if (child.exitCode === null && child.pid !== undefined) process.kill(child.pid, 'SIGTERM');
      await exited;
      rmSync(dir, { recursive: true, force: true });
    },
  };
  return prometheus;
}
