// The benchmark harness: scenarios, timing and the results file.
// A scenario is one file `bench/scenarios/<name>.scenario.ts` whose default export is a
// {@link Scenario}; `npm run bench` runs them all, `npm run bench -- <name> ...` runs some.
import { cpus, totalmem } from 'node:os';

/** Figures of one scenario: metric name -> number (rates in operations per second). */
export type Metrics = Record<string, number>;

export interface Table {
  readonly columns: readonly string[];
  readonly rows: readonly (readonly (string | number)[])[];
}

export interface ScenarioResult {
  readonly metrics: Metrics;
  /** How to show the figures; default one row per metric. */
  readonly table?: Table;
}

export interface Scenario {
  readonly name: string;
  readonly description: string;
  run(): Promise<ScenarioResult>;
}

/** Operations per second of `op` (sync or async) over one run of about `ms` milliseconds. */
export async function rateOnce(op: (i: number) => unknown, ms: number): Promise<number> {
  const start = process.hrtime.bigint();
  const deadline = start + BigInt(ms) * 1_000_000n;
  let count = 0;
  let now = start;
  while (now < deadline) {
    for (let batch = 0; batch < 16; batch++, count++) {
      const result = op(count);
      if (result instanceof Promise) await result;
    }
    now = process.hrtime.bigint();
  }
  return (count * 1e9) / Number(now - start);
}

/** Operations per second of running `op` exactly `count` times. */
export async function rateOfCount(op: (i: number) => unknown, count: number): Promise<number> {
  const start = process.hrtime.bigint();
  for (let i = 0; i < count; i++) {
    const result = op(i);
    if (result instanceof Promise) await result;
  }
  return (count * 1e9) / Number(process.hrtime.bigint() - start);
}

export const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length / 2;
  return sorted.length % 2 === 1
    ? (sorted[Math.floor(mid)] ?? 0)
    : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
};

/**
 * Time-boxed rate of `op`, median of `runs` runs after a warm-up. On a shared machine prefer
 * interleaving the runs of the things compared (see the crypto scenario) over calling this twice.
 */
export async function rate(
  op: (i: number) => unknown,
  options: { ms?: number; runs?: number } = {},
): Promise<number> {
  await rateOnce(op, 200);
  const runs: number[] = [];
  for (let run = 0; run < (options.runs ?? 3); run++) runs.push(await rateOnce(op, options.ms ?? 700));
  return Math.round(median(runs));
}

export function machine(): Record<string, string | number> {
  const cpu = cpus();
  return {
    cpu: cpu[0]?.model ?? 'unknown',
    cores: cpu.length,
    memory_gib: Math.round((totalmem() / 2 ** 30) * 10) / 10,
    node: process.version,
    platform: `${process.platform}-${process.arch}`,
    measured_at: new Date().toISOString(),
  };
}

export function formatTable(table: Table): string {
  const cell = (value: string | number): string =>
    typeof value === 'number'
      ? Number.isInteger(value)
        ? value.toLocaleString('en-US')
        : value.toFixed(2)
      : value;
  const cells = [table.columns.map(cell), ...table.rows.map((row) => row.map(cell))];
  const widths = table.columns.map((_, c) => Math.max(...cells.map((row) => (row[c] ?? '').length)));
  const line = (row: string[]): string =>
    row
      .map((value, c) => (c === 0 ? value.padEnd(widths[c] ?? 0) : value.padStart(widths[c] ?? 0)))
      .join('  ');
  const [head, ...body] = cells;
  return [line(head ?? []), widths.map((w) => '-'.repeat(w)).join('  '), ...body.map(line)].join('\n');
}
