// Load generators for request/response benchmarks. Open loop: calls start at a fixed arrival
// rate, scheduled by the clock and never by the previous answer (a closed loop slows down with
// the system and hides its latency). Closed loop: a fixed number of calls in flight, for the
// throughput ceiling. Latency is per call, from send to response, on the monotonic clock.

/** One call; resolves with undefined on success or with a short error label. Never rejects. */
export type Call = () => Promise<string | undefined>;

export interface LatencySummary {
  readonly p50: number;
  readonly p90: number;
  readonly p99: number;
  readonly max: number;
  readonly mean: number;
}

export interface LoadResult {
  /** Arrival rate asked for (open loop); undefined for a closed loop. */
  readonly offeredPerS: number | undefined;
  /** Length of the measured window. */
  readonly seconds: number;
  /** Calls started in the measured window. */
  readonly sent: number;
  readonly succeeded: number;
  readonly errors: number;
  readonly errorKinds: Readonly<Record<string, number>>;
  /** Successful answers received inside the measured window, per second. */
  readonly achievedPerS: number;
  /** Send-to-response latency of the successful calls started in the window, in ms. */
  readonly latencyMs: LatencySummary;
  /** How late the generator started calls against their schedule (open loop), p99 in ms. */
  readonly lateP99Ms: number;
}

export interface Window {
  /** Load before the measured window, not recorded (JIT, connections, consumer fetch sizes). */
  readonly warmupMs: number;
  readonly measureMs: number;
}

const nowMs = (origin: bigint): number => Number(process.hrtime.bigint() - origin) / 1e6;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Nearest-rank percentile of ascending-sorted values. */
export function percentile(sorted: Float64Array, q: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] ?? 0;
}

function summarise(latencies: readonly number[]): LatencySummary {
  const sorted = Float64Array.from(latencies).sort();
  const round = (x: number) => Math.round(x * 100) / 100;
  const sum = latencies.reduce((a, b) => a + b, 0);
  return {
    p50: round(percentile(sorted, 0.5)),
    p90: round(percentile(sorted, 0.9)),
    p99: round(percentile(sorted, 0.99)),
    max: round(sorted.at(-1) ?? 0),
    mean: round(latencies.length === 0 ? 0 : sum / latencies.length),
  };
}

/** Records the calls of one run; `measured(t)` says whether a call sent at t (ms) counts. */
class Recorder {
  private readonly inflight = new Set<Promise<void>>();
  private readonly latencies: number[] = [];
  private readonly late: number[] = [];
  private readonly errorKinds: Record<string, number> = {};
  private sent = 0;
  private errors = 0;
  private answeredInWindow = 0;

  constructor(
    private readonly origin: bigint,
    private readonly window: Window,
  ) {}

  get inFlight(): number {
    return this.inflight.size;
  }

  /** Starts one call now; `scheduledMs` is when it should have started (open loop). */
  start(call: Call, scheduledMs?: number): Promise<void> {
    const sentAt = nowMs(this.origin);
    const measured = sentAt >= this.window.warmupMs;
    if (measured) {
      this.sent += 1;
      if (scheduledMs !== undefined) this.late.push(sentAt - scheduledMs);
    }
    const done = call().then(
      (error) => {
        this.finish(measured, sentAt, error);
      },
      (error: unknown) => {
        this.finish(measured, sentAt, error instanceof Error ? error.name : 'rejected');
      },
    );
    this.inflight.add(done);
    void done.then(() => this.inflight.delete(done));
    return done;
  }

  private finish(measured: boolean, sentAt: number, error: string | undefined): void {
    const at = nowMs(this.origin);
    if (!measured) return;
    if (error !== undefined) {
      this.errors += 1;
      this.errorKinds[error] = (this.errorKinds[error] ?? 0) + 1;
      return;
    }
    this.latencies.push(at - sentAt);
    if (at <= this.window.warmupMs + this.window.measureMs) this.answeredInWindow += 1;
  }

  /** Waits for every call still running (each ends by its own deadline). */
  async drain(): Promise<void> {
    while (this.inflight.size > 0) await Promise.all([...this.inflight]);
  }

  result(offeredPerS: number | undefined): LoadResult {
    const seconds = this.window.measureMs / 1000;
    return {
      offeredPerS,
      seconds,
      sent: this.sent,
      succeeded: this.latencies.length,
      errors: this.errors,
      errorKinds: { ...this.errorKinds },
      achievedPerS: Math.round(this.answeredInWindow / seconds),
      latencyMs: summarise(this.latencies),
      lateP99Ms: Math.round(percentile(Float64Array.from(this.late).sort(), 0.99) * 100) / 100,
    };
  }
}

/**
 * Open loop: call i starts at i / rate seconds, whether or not earlier calls were answered.
 * The generator wakes at least every millisecond and starts every call that is due.
 */
export async function openLoop(ratePerS: number, window: Window, call: Call): Promise<LoadResult> {
  const origin = process.hrtime.bigint();
  const recorder = new Recorder(origin, window);
  const intervalMs = 1000 / ratePerS;
  const total = Math.round((ratePerS * (window.warmupMs + window.measureMs)) / 1000);
  let next = 0;
  while (next < total) {
    const now = nowMs(origin);
    for (; next < total && next * intervalMs <= now; next++) void recorder.start(call, next * intervalMs);
    if (next < total) await sleep(Math.max(1, next * intervalMs - nowMs(origin)));
  }
  await recorder.drain();
  return recorder.result(ratePerS);
}

/** Closed loop: `concurrency` callers, each starting its next call when the previous one ends. */
export async function closedLoop(concurrency: number, window: Window, call: Call): Promise<LoadResult> {
  const origin = process.hrtime.bigint();
  const recorder = new Recorder(origin, window);
  const end = window.warmupMs + window.measureMs;
  const caller = async () => {
    while (nowMs(origin) < end) await recorder.start(call);
  };
  await Promise.all(Array.from({ length: concurrency }, caller));
  await recorder.drain();
  return recorder.result(undefined);
}
