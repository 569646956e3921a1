// What the processes of a benchmark do meanwhile: CPU time per process and for the whole
// machine (Linux /proc), and Prometheus histograms scraped from the services' /metrics.
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';

/** Linux reports process CPU time in USER_HZ ticks, 100 per second on every mainstream kernel. */
const TICKS_PER_S = 100;

function processTicks(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // fields after the command name (which may hold spaces): state is the first, utime the 12th
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return Number(fields[11] ?? 0) + Number(fields[12] ?? 0);
  } catch {
    return Number.NaN;
  }
}

function machineTicks(): { busy: number; total: number } {
  try {
    const [line = ''] = readFileSync('/proc/stat', 'utf8').split('\n');
    const values = line.trim().split(/\s+/).slice(1, 9).map(Number);
    const total = values.reduce((a, b) => a + b, 0);
    const idle = (values[3] ?? 0) + (values[4] ?? 0);
    return { busy: total - idle, total };
  } catch {
    return { busy: Number.NaN, total: Number.NaN };
  }
}

export interface CpuSample {
  readonly atMs: number;
  readonly ticks: ReadonlyMap<string, number>;
  readonly machine: { busy: number; total: number };
}

/** CPU use of named processes between two samples. */
export class CpuMeter {
  constructor(private readonly pids: Readonly<Record<string, number | undefined>>) {}

  sample(): CpuSample {
    const ticks = new Map<string, number>();
    for (const [name, pid] of Object.entries(this.pids))
      ticks.set(name, pid === undefined ? Number.NaN : processTicks(pid));
    return { atMs: performance.now(), ticks, machine: machineTicks() };
  }

  /**
   * Percent of one core per process; `machine`: percent of all cores busy; `other`: what the
   * processes not watched used, in percent of one core (a busy neighbour skews the figures).
   */
  static usage(from: CpuSample, to: CpuSample): Record<string, number> {
    const seconds = (to.atMs - from.atMs) / 1000;
    const usage: Record<string, number> = {};
    let watched = 0;
    for (const [name, ticks] of to.ticks) {
      const used = (ticks - (from.ticks.get(name) ?? Number.NaN)) / TICKS_PER_S;
      usage[name] = Math.round((used / seconds) * 100);
      if (!Number.isNaN(used)) watched += used / seconds;
    }
    const share = (to.machine.busy - from.machine.busy) / (to.machine.total - from.machine.total);
    usage['machine'] = Math.round(share * 100);
    usage['other'] = Math.max(0, Math.round((share * availableParallelism() - watched) * 100));
    return usage;
  }
}

/** One Prometheus histogram (all series matching a label filter, summed). */
export interface Histogram {
  /** Cumulative counts by upper bound in seconds, ascending; the last is +Inf. */
  readonly buckets: readonly (readonly [number, number])[];
  readonly sum: number;
  readonly count: number;
}

export async function scrapeMetrics(httpPort: number): Promise<string> {
  const response = await fetch(`http://127.0.0.1:${httpPort}/metrics`);
  return response.text();
}

/** Sums the series of histogram `name` whose labels contain `filter` (e.g. `outcome="ok"`). */
export function histogramOf(text: string, name: string, filter = ''): Histogram {
  const buckets = new Map<number, number>();
  let sum = 0;
  let count = 0;
  for (const line of text.split('\n')) {
    const match = /^([a-z_:]+)(?:\{([^}]*)\})? ([0-9.eE+-]+|NaN)$/.exec(line);
    if (!match || !(match[2] ?? '').includes(filter)) continue;
    const [, metric, labels = '', value] = match;
    if (metric === `${name}_bucket`) {
      const le = /le="([^"]+)"/.exec(labels)?.[1] ?? '+Inf';
      const bound = le === '+Inf' ? Number.POSITIVE_INFINITY : Number(le);
      buckets.set(bound, (buckets.get(bound) ?? 0) + Number(value));
    } else if (metric === `${name}_sum`) sum += Number(value);
    else if (metric === `${name}_count`) count += Number(value);
  }
  return { buckets: [...buckets].sort(([a], [b]) => a - b), sum, count };
}

/** What was observed between two scrapes. */
export function histogramDelta(from: Histogram, to: Histogram): Histogram {
  const before = new Map(from.buckets);
  return {
    buckets: to.buckets.map(([le, n]) => [le, n - (before.get(le) ?? 0)] as const),
    sum: to.sum - from.sum,
    count: to.count - from.count,
  };
}

export const histogramMeanMs = (h: Histogram): number =>
  h.count === 0 ? 0 : Math.round((h.sum / h.count) * 1e5) / 100;

/** The upper bound (ms) of the bucket holding quantile q: a ceiling, as coarse as the buckets. */
export function histogramQuantileCeilingMs(h: Histogram, q: number): number {
  const rank = q * h.count;
  const bucket = h.buckets.find(([, n]) => n >= rank);
  return bucket === undefined ? 0 : bucket[0] * 1000;
}
