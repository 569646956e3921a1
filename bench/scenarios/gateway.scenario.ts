// Issue 5: request/response latency through two gateway processes over the real broker, 1 KiB
// payloads. Open loop at 100 and 500 calls/s (p50/p90/p99/max), a closed loop with many calls
// in flight for the throughput ceiling, then an open-loop ramp for the highest rate sustained
// (no errors, answers keep pace with arrivals, p99 under a second). Needs the broker (started if
// missing) and PostgreSQL on 127.0.0.1:5432 (or TEST_DATABASE_URL). BENCH_GATEWAY_SCALE=0.2 runs
// every phase 5x shorter (for trying things out; not for reported figures); BENCH_GATEWAY_ENV
// (a JSON object) adds environment to both gateway processes, e.g. '{"NODE_OPTIONS":"--cpu-prof"}'.
// Then, with the gateways stopped, the baseline: the same load at 100 and 500 calls/s carried by
// the gateways' Kafka layer alone (bench/support/kafka-request-reply.ts), so that every run shows
// how much of the latency and of the machine Kafka and kafkajs take before any gateway work.
import type { Metrics, Scenario, Table } from '../harness';
import { startGatewayPair, type GatewayPair } from '../support/gateway-pair';
import { startKafkaRequestReply } from '../support/kafka-request-reply';
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
const OPEN_RATES = [100, 500] as const;
/** Name prefix of the baseline's phases (Kafka alone, no gateway). */
const BASELINE = 'kafka only';

interface Phase {
  readonly name: string;
  readonly load: LoadResult;
  readonly sustained: boolean;
  /** Mean ms inside the client gateway's Call and inside the provider system (gateway metrics; NaN in the baseline). */
  readonly gatewayMeanMs: number;
  readonly backendMeanMs: number;
  readonly cpu: Record<string, number>;
}

const sustained = (load: LoadResult): boolean =>
  load.errors === 0 &&
  load.offeredPerS !== undefined &&
  load.achievedPerS >= 0.95 * load.offeredPerS &&
  load.latencyMs.p99 < 1000;

/** The gateways' call and backend histograms, for the mean time spent inside them. */
const gatewayHistograms = async (pair: GatewayPair): Promise<[Histogram, Histogram]> => [
  histogramOf(await scrapeMetrics(pair.client.httpPort), 'sild_gateway_call_duration_seconds'),
  histogramOf(await scrapeMetrics(pair.provider.httpPort), 'sild_gateway_backend_duration_seconds'),
];

/** Runs one phase, with the CPU of `pids` and, for the gateways, their mean call and backend times. */
async function observed(
  pids: Readonly<Record<string, number | undefined>>,
  name: string,
  run: () => Promise<LoadResult>,
  pair?: GatewayPair,
): Promise<Phase> {
  const meter = new CpuMeter(pids);
  const before = pair && (await gatewayHistograms(pair));
  const cpuBefore = meter.sample();
  const load = await run();
  const cpu = CpuMeter.usage(cpuBefore, meter.sample());
  const after = pair && (await gatewayHistograms(pair));
  const meanMs = (i: 0 | 1) =>
    before && after ? histogramMeanMs(histogramDelta(before[i], after[i])) : Number.NaN;
  const phase = {
    name,
    load,
    sustained: sustained(load),
    gatewayMeanMs: meanMs(0),
    backendMeanMs: meanMs(1),
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
  const { pids } = pair;
  const phases: Phase[] = [await observed(pids, 'sequential', () => closedLoop(1, window(2, 5), call), pair)];
  for (const rate of OPEN_RATES) {
    phases.push(await observed(pids, `open ${rate}/s`, () => openLoop(rate, window(10, 20), call), pair));
  }
  const closed = await observed(
    pids,
    `closed ${IN_FLIGHT} in flight`,
    () => closedLoop(IN_FLIGHT, window(5, 15), call),
    pair,
  );
  phases.push(closed);
  const ceiling = closed.load.achievedPerS;
  for (const rate of RAMP.filter((r) => r <= Math.max(1.25 * ceiling, RAMP[0] ?? 0))) {
    const step = await observed(pids, `ramp ${rate}/s`, () => openLoop(rate, window(3, 10), call), pair);
    phases.push(step);
    if (!step.sustained) break;
  }
  return phases;
}

/** The same open-loop load carried by the gateways' Kafka layer alone (no gateway runs meanwhile). */
async function baseline(): Promise<Phase[]> {
  const kafkaOnly = await startKafkaRequestReply();
  try {
    const call = kafkaOnly.call(PAYLOAD);
    await firstAnswer(call);
    const warmup = await closedLoop(IN_FLIGHT, window(0, JIT_WARMUP_S), call);
    console.log(`${BASELINE}, JIT warm-up: ${warmup.succeeded} calls, ${warmup.errors} errors`);
    const phases: Phase[] = [];
    for (const rate of OPEN_RATES) {
      phases.push(
        await observed(kafkaOnly.pids, `${BASELINE} ${rate}/s`, () => openLoop(rate, window(10, 20), call)),
      );
    }
    return phases;
  } finally {
    await kafkaOnly.stop();
  }
}

function report(phases: readonly Phase[]): { metrics: Metrics; table: Table } {
  const metrics: Metrics = {};
  for (const rate of OPEN_RATES) {
    const kafkaOnly = phases.find((p) => p.name === `${BASELINE} ${rate}/s`);
    if (kafkaOnly) {
      const { latencyMs: l } = kafkaOnly.load;
      Object.assign(metrics, {
        [`kafka_only_p50_ms_at_${rate}`]: l.p50,
        [`kafka_only_p99_ms_at_${rate}`]: l.p99,
        [`kafka_only_machine_cpu_pct_at_${rate}`]: kafkaOnly.cpu['machine'] ?? 0,
      });
    }
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
        'kafka echo',
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
        Number.isNaN(p.gatewayMeanMs) ? '-' : p.gatewayMeanMs,
        Number.isNaN(p.backendMeanMs) ? '-' : p.backendMeanMs,
        cpuOf(p, 'client_gw'),
        cpuOf(p, 'provider_gw'),
        cpuOf(p, 'broker'),
        cpuOf(p, 'provider_system'),
        cpuOf(p, 'kafka_echo'),
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
    let phases: Phase[];
    try {
      phases = await measure(pair);
    } finally {
      await pair.stop();
    }
    return report([...phases, ...(await baseline())]);
  },
};

export default scenario;
