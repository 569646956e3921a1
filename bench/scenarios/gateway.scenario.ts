// Issue 5: request/response latency through two gateway processes over the real broker, 1 KiB
// payloads. Open loop at 100 and 500 calls/s (p50/p90/p99/max), a closed loop with many calls
// in flight for the throughput ceiling, then an open-loop ramp for the highest rate sustained
// (no errors, answers keep pace with arrivals, p99 under a second). Needs the broker (started if
// missing) and PostgreSQL on 127.0.0.1:5432 (or TEST_DATABASE_URL). BENCH_GATEWAY_SCALE=0.2 runs
// every phase 5x shorter (for trying things out; not for reported figures); BENCH_GATEWAY_ENV
// (a JSON object) adds environment to both gateway processes, e.g. '{"NODE_OPTIONS":"--cpu-prof"}'.
import type { Metrics, Scenario, Table } from '../harness';
import { startGatewayPair, type GatewayPair } from '../support/gateway-pair';
import { closedLoop, openLoop, type Call, type LoadResult, type Window } from '../support/load';
import {
  CpuMeter,
  histogramDelta,
  histogramMeanMs,
  histogramOf,
  scrapeMetrics,
  type Histogram,
} from '../support/observe';

const scale = Number(process.env['BENCH_GATEWAY_SCALE'] ?? 1) || 1;
const window = (warmupS: number, measureS: number): Window => ({
  warmupMs: warmupS * 1000 * scale,
  measureMs: measureS * 1000 * scale,
});
/** Echoed with "answer to " in front: a 1 KiB request, a 1 KiB (+10 bytes) answer. */
const PAYLOAD = Buffer.alloc(1024, 'x');
const IN_FLIGHT = 256;
/** Offered rates of the ramp, up to 1.25x what the closed loop achieved; stops at the first failure. */
const RAMP = [600, 700, 850, 1000, 1200, 1400, 1700, 2000, 2500, 3000, 4000];
const TARGET_P99_MS = 20;
/** Closed-loop calls before anything is measured: past the JIT's tier-up (about 10,000 calls). */
const JIT_WARMUP_S = 15;

interface Phase {
  readonly name: string;
  readonly load: LoadResult;
  readonly sustained: boolean;
  /** Mean ms inside the client gateway's Call and inside the provider system (gateway metrics). */
  readonly gatewayMeanMs: number;
  readonly backendMeanMs: number;
  readonly cpu: Record<string, number>;
}

const sustained = (load: LoadResult): boolean =>
  load.errors === 0 &&
  load.offeredPerS !== undefined &&
  load.achievedPerS >= 0.95 * load.offeredPerS &&
  load.latencyMs.p99 < 1000;

async function observed(pair: GatewayPair, name: string, run: () => Promise<LoadResult>): Promise<Phase> {
  const meter = new CpuMeter(pair.pids);
  const histograms = async (): Promise<[Histogram, Histogram]> => [
    histogramOf(await scrapeMetrics(pair.client.httpPort), 'sild_gateway_call_duration_seconds'),
    histogramOf(await scrapeMetrics(pair.provider.httpPort), 'sild_gateway_backend_duration_seconds'),
  ];
  const [callsBefore, backendBefore] = await histograms();
  const cpuBefore = meter.sample();
  const load = await run();
  const cpu = CpuMeter.usage(cpuBefore, meter.sample());
  const [callsAfter, backendAfter] = await histograms();
  const phase = {
    name,
    load,
    sustained: sustained(load),
    gatewayMeanMs: histogramMeanMs(histogramDelta(callsBefore, callsAfter)),
    backendMeanMs: histogramMeanMs(histogramDelta(backendBefore, backendAfter)),
    cpu,
  };
  const { latencyMs: l } = load;
  console.log(
    `${name}: ${load.achievedPerS}/s p50 ${l.p50} p99 ${l.p99} max ${l.max} ms, errors ${load.errors}` +
      (load.errors > 0 ? ` ${JSON.stringify(load.errorKinds)}` : '') +
      `, cpu ${JSON.stringify(cpu)}`,
  );
  return phase;
}

/** Calls until one succeeds: the gateways may still be reading the grant from the registry. */
async function firstAnswer(call: Call): Promise<void> {
  const deadline = Date.now() + 60_000;
  for (;;) {
    const error = await call();
    if (error === undefined) return;
    if (Date.now() > deadline) throw new Error(`no successful call within 60 s: ${error}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

async function measure(pair: GatewayPair): Promise<Phase[]> {
  console.log(`processes: ${JSON.stringify(pair.pids)}`);
  const call = pair.call(PAYLOAD);
  await firstAnswer(call);
  // V8 optimises the hot paths of all four Node.js processes after about 10,000 calls, at the
  // same moment (each has seen the same calls): on two cores that compile work stalls every
  // call in flight for 200-300 ms, once. Cross it before measuring, as with any JIT warm-up.
  const warmup = await closedLoop(IN_FLIGHT, window(0, JIT_WARMUP_S), call);
  console.log(`JIT warm-up: ${warmup.succeeded} calls, ${warmup.errors} errors`);
  // one call at a time: the round trip without any queueing
  const phases: Phase[] = [await observed(pair, 'sequential', () => closedLoop(1, window(2, 5), call))];
  for (const rate of [100, 500]) {
    phases.push(await observed(pair, `open ${rate}/s`, () => openLoop(rate, window(10, 20), call)));
  }
  const closed = await observed(pair, `closed ${IN_FLIGHT} in flight`, () =>
    closedLoop(IN_FLIGHT, window(5, 15), call),
  );
  phases.push(closed);
  const ceiling = closed.load.achievedPerS;
  for (const rate of RAMP.filter((r) => r <= Math.max(1.25 * ceiling, RAMP[0] ?? 0))) {
    const step = await observed(pair, `ramp ${rate}/s`, () => openLoop(rate, window(3, 10), call));
    phases.push(step);
    if (!step.sustained) break;
  }
  return phases;
}

function report(phases: readonly Phase[]): { metrics: Metrics; table: Table } {
  const metrics: Metrics = {};
  for (const rate of [100, 500]) {
    const phase = phases.find((p) => p.name === `open ${rate}/s`);
    if (!phase) continue;
    const { latencyMs: l } = phase.load;
    Object.assign(metrics, {
      [`p50_ms_at_${rate}`]: l.p50,
      [`p90_ms_at_${rate}`]: l.p90,
      [`p99_ms_at_${rate}`]: l.p99,
      [`max_ms_at_${rate}`]: l.max,
      [`errors_at_${rate}`]: phase.load.errors,
      [`gateway_call_mean_ms_at_${rate}`]: phase.gatewayMeanMs,
      [`backend_mean_ms_at_${rate}`]: phase.backendMeanMs,
    });
  }
  const sequential = phases.find((p) => p.name === 'sequential');
  metrics['sequential_p50_ms'] = sequential?.load.latencyMs.p50 ?? 0;
  metrics['sequential_p99_ms'] = sequential?.load.latencyMs.p99 ?? 0;
  const closed = phases.find((p) => p.name.startsWith('closed'));
  metrics['closed_loop_calls_per_s'] = closed?.load.achievedPerS ?? 0;
  metrics['closed_loop_p99_ms'] = closed?.load.latencyMs.p99 ?? 0;
  metrics['saturation_calls_per_s'] = Math.max(
    0,
    ...phases.filter((p) => p.sustained).map((p) => p.load.offeredPerS ?? 0),
  );
  // errors where the system is not overloaded on purpose (the ramp's last step may fail)
  metrics['errors'] = phases
    .filter((p) => !p.name.startsWith('ramp'))
    .reduce((sum, p) => sum + p.load.errors, 0);
  metrics['p99_at_500_within_target'] = (metrics['p99_ms_at_500'] ?? Infinity) <= TARGET_P99_MS ? 1 : 0;
  const cpuOf = (p: Phase, name: string) => p.cpu[name] ?? 0;
  return {
    metrics,
    table: {
      columns: [
        'phase',
        'calls/s',
        'p50 ms',
        'p90 ms',
        'p99 ms',
        'max ms',
        'errors',
        'late p99',
        'gw call',
        'backend',
        'cpu% client gw',
        'provider gw',
        'broker',
        'provider system',
        'bench',
        'machine',
        'other',
      ],
      rows: phases.map((p) => [
        `${p.name}${p.load.offeredPerS === undefined || p.sustained ? '' : ' (not sustained)'}`,
        p.load.achievedPerS,
        p.load.latencyMs.p50,
        p.load.latencyMs.p90,
        p.load.latencyMs.p99,
        p.load.latencyMs.max,
        p.load.errors,
        p.load.lateP99Ms,
        p.gatewayMeanMs,
        p.backendMeanMs,
        cpuOf(p, 'client_gw'),
        cpuOf(p, 'provider_gw'),
        cpuOf(p, 'broker'),
        cpuOf(p, 'provider_system'),
        cpuOf(p, 'bench'),
        cpuOf(p, 'machine'),
        cpuOf(p, 'other'),
      ]),
    },
  };
}

const scenario: Scenario = {
  name: 'gateway',
  description:
    'client system -> client gateway -> Kafka -> provider gateway -> provider system and back, 1 KiB payloads',
  async run() {
    const pair = await startGatewayPair({
      gatewayEnv: JSON.parse(process.env['BENCH_GATEWAY_ENV'] ?? '{}') as Record<string, string>,
    });
    try {
      return report(await measure(pair));
    } finally {
      await pair.stop();
    }
  },
};

export default scenario;
