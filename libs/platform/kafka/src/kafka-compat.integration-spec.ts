// kafkajs 2.2.4 against the pinned broker (scripts/kafka/pom.xml): the behaviours every Sild
// service relies on. Runs against the real broker started by the integration global setup.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectEventually, uniqueName } from '@sild/platform-testing';
import {
  createKafkaClient,
  DEAD_LETTER_HEADERS,
  KafkaConsumer,
  KafkaErrorCode,
  KafkaProducer,
  TopicAdmin,
  type ConsumedMessage,
  type ConsumerOptions,
  type OutgoingMessage,
} from '../src';
import { testKafkaConfig, testLogger } from '../src/testing';

const PARTITIONS = 6;
const KEYS = 100;
const logger = testLogger('kafka-compat');
const kafka = createKafkaClient(testKafkaConfig(), logger);
const admin = new TopicAdmin(kafka, 1);
const producer = new KafkaProducer(kafka);
const topic = uniqueName('compat-events');
const compacted = uniqueName('compat-config');
const deadLetters = uniqueName('compat-dlq');
const poisonTopic = uniqueName('compat-poison');
const consumers: KafkaConsumer[] = [];

/** Messages `from`..`to`-1, keyed round-robin over KEYS keys; value = "key:seq". */
function keyedMessages(from: number, to: number): OutgoingMessage[] {
  return Array.from({ length: to - from }, (_, i) => {
    const n = from + i;
    const key = `k${n % KEYS}`;
    return { key, value: `${key}:${n}` };
  });
}

function recordingConsumer(groupId: string, into: ConsumedMessage[], extra: Partial<ConsumerOptions> = {}) {
  const consumer = new KafkaConsumer(
    kafka,
    {
      groupId,
      topics: [topic],
      fromBeginning: true,
      handle: (message) => {
        into.push(message);
        return Promise.resolve();
      },
      ...extra,
    },
    logger,
  );
  consumers.push(consumer);
  return consumer;
}

const seqOf = (m: ConsumedMessage) => Number(m.value!.toString().split(':')[1]);

/** Asserts each key's messages arrived in increasing order (per-key order). */
function expectPerKeyOrder(messages: readonly ConsumedMessage[]) {
  const last = new Map<string, number>();
  for (const message of messages) {
    const key = message.key!.toString();
    const seq = seqOf(message);
    expect(seq, `order of key ${key}`).toBeGreaterThan(last.get(key) ?? -1);
    last.set(key, seq);
  }
}

beforeAll(async () => {
  await admin.ensureTopics([
    { name: topic, partitions: PARTITIONS },
    {
      name: compacted,
      partitions: 1,
      config: { 'cleanup.policy': 'compact', 'min.cleanable.dirty.ratio': '0.01' },
    },
    { name: deadLetters, partitions: 1 },
    { name: poisonTopic, partitions: 1 },
  ]);
});

afterAll(async () => {
  await Promise.all(consumers.map((c) => c.stop()));
  await producer.stop();
  // deleted only at the end: a kafkajs producer keeps refreshing metadata of every topic it has
  // sent to, and fails all sends once one of them is gone
  await admin.deleteTopics([topic, compacted, deadLetters, poisonTopic]);
  await admin.close();
});

describe('kafkajs against the pinned broker', () => {
  it('creates topics, also a compacted one, and describes their configs', async () => {
    expect(await admin.partitionCount(topic)).toBe(PARTITIONS);
    const config = await admin.describeTopicConfig(compacted);
    expect(config['cleanup.policy']).toBe('compact');
    expect(config['min.cleanable.dirty.ratio']).toBe('0.01');
    expect((await admin.describeTopicConfig(topic))['cleanup.policy']).toBe('delete');
    // declaring the same topics again changes nothing; a conflicting declaration is refused
    await admin.ensureTopics([{ name: compacted, partitions: 1, config: { 'cleanup.policy': 'compact' } }]);
    await expect(
      admin.ensureTopics([{ name: compacted, partitions: 1, config: { 'cleanup.policy': 'delete' } }]),
    ).rejects.toMatchObject({ code: KafkaErrorCode.TOPIC_MISMATCH });
    await expect(admin.ensureTopics([{ name: topic, partitions: PARTITIONS + 1 }])).rejects.toThrow(
      `topic ${topic} has ${PARTITIONS} partitions, ${PARTITIONS + 1} declared`,
    );
  });

  it('a group of two splits the partitions and gets 10,000 idempotently produced keyed messages exactly once, in key order', async () => {
    const groupId = uniqueName('compat-group');
    const receivedA: ConsumedMessage[] = [];
    const receivedB: ConsumedMessage[] = [];
    const a = recordingConsumer(groupId, receivedA);
    const b = recordingConsumer(groupId, receivedB);
    await a.start();
    await b.start();
    const partitionsOf = (c: KafkaConsumer) => [...(c.assignment[topic] ?? [])];
    await expectEventually(() => {
      expect(partitionsOf(a).length).toBeGreaterThan(0);
      expect(partitionsOf(b).length).toBeGreaterThan(0);
      expect([...partitionsOf(a), ...partitionsOf(b)].sort()).toEqual([0, 1, 2, 3, 4, 5]);
    });

    const positions = await producer.send(topic, keyedMessages(0, 10_000));
    expect(positions.length).toBe(PARTITIONS);

    await expectEventually(() => {
      expect(receivedA.length + receivedB.length).toBe(10_000);
    });
    const all = [...receivedA, ...receivedB];
    expect(new Set(all.map(seqOf)).size).toBe(10_000);
    // each member saw only its own partitions, each key in one partition, in order
    expect(new Set(receivedA.map((m) => m.partition))).toEqual(new Set(partitionsOf(a)));
    expect(new Set(receivedB.map((m) => m.partition))).toEqual(new Set(partitionsOf(b)));
    const partitionOfKey = new Map<string, number>();
    for (const m of all) {
      const key = m.key!.toString();
      expect(partitionOfKey.get(key) ?? m.partition).toBe(m.partition);
      partitionOfKey.set(key, m.partition);
    }
    expectPerKeyOrder(receivedA);
    expectPerKeyOrder(receivedB);

    // committed offsets reach the end of every partition once everything is handled
    await expectEventually(async () => {
      const committed = await admin.committedOffsets(groupId, topic);
      const total = [...committed.values()].reduce((sum, offset) => sum + Number(offset), 0);
      expect(total).toBe(10_000);
    });

    // a member leaves while messages flow: the other takes over its partitions, nothing is lost
    const sending = (async () => {
      for (let from = 10_000; from < 15_000; from += 500)
        await producer.send(topic, keyedMessages(from, from + 500));
    })();
    await expectEventually(() => {
      expect(receivedB.length + receivedA.length).toBeGreaterThan(10_500);
    });
    await b.stop();
    await sending;
    await expectEventually(() => {
      expect(partitionsOf(a).sort()).toEqual([0, 1, 2, 3, 4, 5]);
    });
    await expectEventually(() => {
      expect(new Set([...receivedA, ...receivedB].map(seqOf)).size).toBe(15_000);
    });
    expectPerKeyOrder(receivedA.filter((m) => seqOf(m) >= 10_000));

    // committed offsets survive a restart: a new member resumes after the last commit
    await a.stop();
    await producer.send(topic, keyedMessages(15_000, 16_000));
    const resumed: ConsumedMessage[] = [];
    const c = recordingConsumer(groupId, resumed);
    await c.start();
    await expectEventually(() => {
      expect(new Set(resumed.map(seqOf)).size).toBe(1_000);
    });
    expect(Math.min(...resumed.map(seqOf))).toBe(15_000);
    expectPerKeyOrder(resumed);
    await c.stop();
  });

  it('parks a message that keeps failing in the dead-letter topic, commits it, and goes on', async () => {
    const groupId = uniqueName('compat-dlq-group');
    const handled: string[] = [];
    const attempts = new Map<string, number>();
    const consumer = new KafkaConsumer(
      kafka,
      {
        groupId,
        topics: [poisonTopic],
        fromBeginning: true,
        maxAttempts: 3,
        retryBackoffMs: 10,
        deadLetter: { producer, topicFor: () => deadLetters },
        handle: (message) => {
          const value = message.value!.toString();
          attempts.set(value, (attempts.get(value) ?? 0) + 1);
          if (value === 'poison') return Promise.reject(new Error('cannot decode'));
          if (value === 'flaky' && attempts.get(value) === 1) return Promise.reject(new Error('try again'));
          handled.push(value);
          return Promise.resolve();
        },
      },
      logger,
    );
    consumers.push(consumer);
    await consumer.start();
    await producer.send(poisonTopic, [
      { key: 'a', value: 'first' },
      { key: 'a', value: 'poison', headers: { 'x-trace': 't1' } },
      { key: 'a', value: 'flaky' },
      { key: 'a', value: 'last' },
    ]);
    await expectEventually(() => {
      expect(handled).toEqual(['first', 'flaky', 'last']);
    });
    expect(attempts.get('poison')).toBe(3);

    const parked: ConsumedMessage[] = [];
    const dlqReader = new KafkaConsumer(
      kafka,
      {
        groupId: uniqueName('compat-dlq-reader'),
        topics: [deadLetters],
        fromBeginning: true,
        handle: (m) => {
          parked.push(m);
          return Promise.resolve();
        },
      },
      logger,
    );
    consumers.push(dlqReader);
    await dlqReader.start();
    await expectEventually(() => {
      expect(parked).toHaveLength(1);
    });
    const dead = parked[0]!;
    expect(dead.value!.toString()).toBe('poison');
    expect(dead.key!.toString()).toBe('a');
    expect(dead.headers['x-trace']!.toString()).toBe('t1');
    expect(dead.headers[DEAD_LETTER_HEADERS.sourceTopic]!.toString()).toBe(poisonTopic);
    expect(dead.headers[DEAD_LETTER_HEADERS.sourceOffset]!.toString()).toBe('1');
    expect(dead.headers[DEAD_LETTER_HEADERS.error]!.toString()).toBe('cannot decode');
    expect(dead.headers[DEAD_LETTER_HEADERS.attempts]!.toString()).toBe('3');
    await expectEventually(async () => {
      expect((await admin.committedOffsets(groupId, poisonTopic)).get(0)).toBe('4');
    });
    await consumer.stop();
    await dlqReader.stop();
  });

  it('a reader from the start of a compacted topic ends with the latest value per key', async () => {
    await producer.send(compacted, [
      { key: 'member/1', value: 'v1' },
      { key: 'member/2', value: 'v1' },
      { key: 'member/1', value: 'v2' },
    ]);
    const seen = new Map<string, string>();
    const reader = new KafkaConsumer(
      kafka,
      {
        groupId: uniqueName('compat-compacted'),
        topics: [compacted],
        fromBeginning: true,
        handle: (m) => {
          seen.set(m.key!.toString(), m.value!.toString());
          return Promise.resolve();
        },
      },
      logger,
    );
    consumers.push(reader);
    await reader.start();
    await expectEventually(() => {
      expect(Object.fromEntries(seen)).toEqual({ 'member/1': 'v2', 'member/2': 'v1' });
    });
    await reader.stop();
  });
});
