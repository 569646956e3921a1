// Signed event throughput end to end: a publisher system publishes 1 KiB events through its
// gateway (Events.Publish, many in flight), the router verifies and fans them out, the
// subscriber's gateway verifies each against the publisher's certificate and delivers it on a
// Receive stream that acknowledges everything. Next to it, in the same run on the same broker:
// raw kafkajs (through platform-kafka) producing and consuming the same number of 1 KiB messages.
// Target (issue 6): >= 5,000 events/s delivered on the 2-core machine, and >= 25 % of the raw rate.
// BENCH_EVENTS=<n> sets the number of events (default 20,000), BENCH_PUBLISH_BATCH the events per
// PublishBatch call (default 64; 1 publishes each with Publish).
// The ceiling: what the machine's cores allow at most when an event costs only the work no
// implementation of the issue can skip (one ECDSA signature, two verifications: the router's and
// the subscriber gateway's, and two Kafka hops: event topic, subscription topic), each measured
// in this run (envelope sign/verify rates on one core; CPU of the bench process and the broker
// per raw message). Decision records, gRPC, the systems and everything else count as free: the
// real rate can only be lower.
// Then (unless BENCH_EVENTS_AUDIT=0) the audit service reads everything the run left on the bus and
// appends it: its catch-up rate, in entries and in events per second, against the delivered rate
// (issue 7: the audit must not fall behind the event benchmark's rate).
import { availableParallelism } from 'node:os';
import { randomBytes, randomUUID } from 'node:crypto';
import { KafkaConsumer, KafkaProducer, type OutgoingMessage } from '@sild/platform-kafka';
import { testLogger } from '@sild/platform-kafka/testing';
import type { Scenario } from '../harness';
import {
  BENCH_EVENT_TYPE,
  BENCH_PAYLOAD_TYPE,
  startEventPipeline,
  type EventPipeline,
} from '../support/event-pipeline';
import { SigningAlgorithm } from '@sild/platform-crypto';
import { envelopeCryptoRates } from '../support/envelope-crypto';
import { CpuMeter } from '../support/observe';
import { auditCatchUp } from '../support/audit-follower';

const EVENTS = Number(process.env['BENCH_EVENTS'] ?? 20_000) || 20_000;
const IN_FLIGHT = 256;
/** Events per PublishBatch call (BENCH_PUBLISH_BATCH; 1: one Publish call per event). */
const PUBLISH_BATCH = Math.max(1, Number(process.env['BENCH_PUBLISH_BATCH'] ?? 64) || 64);
const SUBJECTS = 5_000;
/** Published and delivered before the measured events. */
const WARMUP_EVENTS = 5_000;
const PAYLOAD = randomBytes(1024);
const AUDIT = process.env['BENCH_EVENTS_AUDIT'] !== '0';

interface Receiver {
  /** Resolves with the time at which `count` deliveries in all had arrived. */
  received(count: number): Promise<number>;
  close(): void;
}

/** The subscriber system: reads the Receive stream and acknowledges every delivery. */
function receive(pipeline: EventPipeline): Receiver {
  const stream = pipeline.subscriber.api.openStream('Receive');
  const seen = new Set<string>();
  const waiting: { count: number; resolve: (at: number) => void; reject: (error: Error) => void }[] = [];
  void (async () => {
    await stream.send({
      open: {
        subscriber: pipeline.subscriber.id,
        subscriptionId: pipeline.subscriptionId,
        maxInFlight: 1024,
      },
    });
    // acknowledged in the same turn (the gateway holds a subject's next event until this one is
    // acknowledged), all that arrived together in one Ack message, as a subscriber system would
    let acks: string[] = [];
    const flush = () => {
      const messageIds = acks;
      acks = [];
      void stream.send({ ack: { messageIds } });
    };
    for await (const delivery of stream) {
      const { messageId } = delivery as { messageId: string };
      seen.add(messageId);
      if (acks.push(messageId) === 1) setImmediate(flush);
      for (const waiter of waiting.filter((w) => seen.size >= w.count)) {
        waiting.splice(waiting.indexOf(waiter), 1);
        waiter.resolve(performance.now());
      }
    }
    throw new Error(`the Receive stream ended after ${seen.size} events`);
  })().catch((error: unknown) => {
    for (const waiter of waiting.splice(0)) waiter.reject(error as Error);
  });
  return {
    received: (count) =>
      seen.size >= count
        ? Promise.resolve(performance.now())
        : new Promise((resolve, reject) => waiting.push({ count, resolve, reject })),
    close: () => {
      stream.cancel();
    },
  };
}

/**
 * Publishes `count` events, IN_FLIGHT at a time: PublishBatch calls of PUBLISH_BATCH events
 * (Publish per event when it is 1); resolves when all were accepted.
 */
async function publishAll(pipeline: EventPipeline, count: number, prefix: string): Promise<number> {
  const eventAt = (i: number) => ({
    publisher: pipeline.publisher.id,
    eventType: BENCH_EVENT_TYPE,
    subject: `${prefix}-${i % SUBJECTS}`,
    attributes: { municipality: String(i % 10).padStart(4, '0') },
    payload: PAYLOAD,
    payloadType: BENCH_PAYLOAD_TYPE,
    payloadEncoding: 'PAYLOAD_ENCODING_OCTET_STREAM',
  });
  let next = 0;
  const worker = async () => {
    while (next < count) {
      const from = next;
      next = Math.min(count, next + PUBLISH_BATCH);
      if (PUBLISH_BATCH === 1) {
        await pipeline.publisher.api.call('Publish', eventAt(from));
        continue;
      }
      const events = Array.from({ length: next - from }, (_, k) => eventAt(from + k));
      const { results } = await pipeline.publisher.api.call<{ results: { error?: unknown }[] }>(
        'PublishBatch',
        { events },
      );
      const refused = results.find((result) => result.error);
      if (refused) throw new Error(`an event was refused: ${JSON.stringify(refused.error)}`);
    }
  };
  await Promise.all(Array.from({ length: Math.ceil(IN_FLIGHT / PUBLISH_BATCH) }, worker));
  return performance.now();
}

interface RawKafka {
  readonly perS: number;
  /** CPU of the bench process (producer and consumer) and the broker per message, in ms. */
  readonly cpuMsPerMessage: number;
}

/** The same number of 1 KiB messages produced (batches of 500, keyed like the events) and consumed. */
async function rawKafka(pipeline: EventPipeline): Promise<RawKafka> {
  const topic = `bench-raw-${pipeline.instance}`;
  await pipeline.admin.ensureTopics([{ name: topic, partitions: 6 }]);
  const producer = new KafkaProducer(pipeline.kafka);
  await producer.connect();
  let consumed = 0;
  let finished: (at: number) => void = () => undefined;
  const done = new Promise<number>((resolve) => (finished = resolve));
  const consumer = new KafkaConsumer(
    pipeline.kafka,
    {
      groupId: `bench-raw-${randomUUID()}`,
      topics: [topic],
      fromBeginning: true,
      partitionsConsumedConcurrently: 6,
      handle: () => {
        if (++consumed === EVENTS) finished(performance.now());
        return Promise.resolve();
      },
    },
    testLogger('bench-raw'),
  );
  await consumer.start();
  const meter = new CpuMeter({ bench: pipeline.pids.bench, broker: pipeline.pids.broker });
  const before = meter.sample();
  const started = performance.now();
  for (let from = 0; from < EVENTS; from += 500) {
    const batch: OutgoingMessage[] = [];
    for (let i = from; i < Math.min(EVENTS, from + 500); i++)
      batch.push({ key: `subject-${i % SUBJECTS}`, value: PAYLOAD });
    await producer.send(topic, batch);
  }
  const ended = await done;
  const cpu = CpuMeter.usage(before, meter.sample());
  const coreMs = (((cpu['bench'] ?? 0) + (cpu['broker'] ?? 0)) / 100) * (ended - started);
  await consumer.stop();
  await producer.stop();
  await pipeline.admin.deleteTopics([topic]);
  return { perS: (EVENTS * 1000) / (ended - started), cpuMsPerMessage: coreMs / EVENTS };
}

/** Events/s the cores allow when an event costs only its signature, two verifications and two hops. */
async function ceiling(raw: RawKafka): Promise<{ perS: number; signMs: number; verifyMs: number }> {
  const rates = await envelopeCryptoRates(SigningAlgorithm.ECDSA_P256_SHA256);
  const signMs = 1000 / (rates['envelope_sign_per_s'] ?? Number.NaN);
  const verifyMs = 1000 / (rates['envelope_verify_per_s'] ?? Number.NaN);
  const eventMs = signMs + 2 * verifyMs + 2 * raw.cpuMsPerMessage;
  return { perS: (availableParallelism() * 1000) / eventMs, signMs, verifyMs };
}

const round3 = (x: number): number => Math.round(x * 1000) / 1000;

/** The audit over this run's records (events with their decisions and copies, warm-up included). */
async function auditFigures(pipeline: EventPipeline, deliveredPerS: number) {
  const audit = await auditCatchUp(pipeline.anchorFile);
  const perEvent = audit.entries / (WARMUP_EVENTS + EVENTS);
  const eventsPerS = audit.entriesPerS / perEvent;
  return {
    audit_entries: audit.entries,
    audit_entries_per_event: Math.round(perEvent * 100) / 100,
    audit_entries_per_s: Math.round(audit.entriesPerS),
    audit_events_per_s: Math.round(eventsPerS),
    audit_share_of_delivered_pct: Math.round((100 * eventsPerS) / deliveredPerS),
    audit_cpu_pct: audit.auditCpuPct,
    audit_machine_cpu_pct: audit.machineCpuPct,
    audit_append_busy_pct: audit.appendBusyPct,
    audit_entries_per_append: audit.entriesPerAppend,
  };
}

const scenario: Scenario = {
  name: 'events',
  description: `signed events publish (batches of ${PUBLISH_BATCH}) -> router -> verified delivery (${EVENTS} x 1 KiB), next to raw Kafka`,
  async run() {
    const pipeline = await startEventPipeline();
    try {
      const raw = await rawKafka(pipeline);
      const bound = await ceiling(raw);
      const receiver = receive(pipeline);
      // the first publication of an event type creates its topic and restores the subjects'
      // sequence numbers (seconds, once per process), and the JIT warms up: not measured
      await publishAll(pipeline, WARMUP_EVENTS, 'warm-up');
      await receiver.received(WARMUP_EVENTS);
      const meter = new CpuMeter(pipeline.pids);
      const before = meter.sample();
      const started = performance.now();
      const published = await publishAll(pipeline, EVENTS, 'subject');
      const delivered = await receiver.received(WARMUP_EVENTS + EVENTS);
      receiver.close();
      const cpu = CpuMeter.usage(before, meter.sample());
      const endToEnd = (EVENTS * 1000) / (delivered - started);
      const metrics = {
        events: EVENTS,
        raw_kafka_per_s: Math.round(raw.perS),
        published_per_s: Math.round((EVENTS * 1000) / (published - started)),
        delivered_per_s: Math.round(endToEnd),
        share_of_raw_pct: Math.round((100 * endToEnd) / raw.perS),
        raw_kafka_cpu_ms_per_message: round3(raw.cpuMsPerMessage),
        envelope_sign_ms: round3(bound.signMs),
        envelope_verify_ms: round3(bound.verifyMs),
        ceiling_per_s: Math.round(bound.perS),
        ceiling_share_of_raw_pct: Math.round((100 * bound.perS) / raw.perS),
        ...Object.fromEntries(Object.entries(cpu).map(([name, pct]) => [`cpu_${name}_pct`, pct])),
      };
      return { metrics: AUDIT ? { ...metrics, ...(await auditFigures(pipeline, endToEnd)) } : metrics };
    } finally {
      await pipeline.stop();
    }
  },
};

export default scenario;
