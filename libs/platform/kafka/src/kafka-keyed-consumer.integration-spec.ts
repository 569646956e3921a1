// The keyed consumer against the real broker: one key's messages in order while keys run side by
// side, offsets committed for what was handled, and a paused consumer that fetches nothing.
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectEventually, uniqueName } from '@sild/platform-testing';
import { createKafkaClient, KafkaConsumer, KafkaProducer, TopicAdmin, type ConsumedMessage } from './index';
import { testKafkaConfig, testLogger } from './testing';

const logger = testLogger('keyed-consumer');
const kafka = createKafkaClient(testKafkaConfig(), logger);
const admin = new TopicAdmin(kafka, 1);
const producer = new KafkaProducer(kafka);
const topic = uniqueName('keyed-topic');
const KEYS = ['k0', 'k1', 'k2', 'k3', 'k4', 'k5', 'k6', 'k7'];

const consumerOf = (groupId: string, handle: (message: ConsumedMessage) => Promise<void>) =>
  new KafkaConsumer(
    kafka,
    { groupId, topics: [topic], fromBeginning: true, keyed: true, concurrency: 4, handle },
    logger,
  );

beforeAll(async () => {
  await admin.ensureTopics([{ name: topic, partitions: 1 }]);
  await producer.connect();
});

afterAll(async () => {
  await producer.stop();
  await admin.deleteTopics([topic]);
  await admin.close();
});

describe('KafkaConsumer, keyed', () => {
  it("keeps each key's order, runs keys side by side, and commits what it handled", async () => {
    const messages = Array.from({ length: 200 }, (_, i) => ({
      key: KEYS[i % KEYS.length]!,
      value: String(i),
    }));
    await producer.send(topic, messages);
    const groupId = uniqueName('keyed');
    const seen = new Map<string, number[]>();
    let running = 0;
    let widest = 0;
    const consumer = consumerOf(groupId, async (message) => {
      running++;
      widest = Math.max(widest, running);
      await sleep(Math.random() * 3);
      const key = message.key!.toString();
      seen.set(key, [...(seen.get(key) ?? []), Number(message.value!.toString())]);
      running--;
    });
    await consumer.start();
    await expectEventually(() => {
      expect([...seen.values()].flat()).toHaveLength(200);
    });
    await consumer.stop();
    for (const key of KEYS) {
      const values = seen.get(key) ?? [];
      expect(values, key).toEqual([...values].sort((a, b) => a - b));
      expect(values, key).toHaveLength(25);
    }
    expect(widest).toBeGreaterThan(1);
    expect(widest).toBeLessThanOrEqual(4);
    expect(await admin.committedOffsets(groupId, topic)).toEqual(new Map([[0, '200']]));
    await admin.deleteGroups([groupId]);
  });

  it('fetches nothing while paused, and goes on after resume', async () => {
    const groupId = uniqueName('keyed-pause');
    const seen: string[] = [];
    const consumer = consumerOf(groupId, (message) => {
      seen.push(message.value!.toString());
      return Promise.resolve();
    });
    await consumer.start();
    await expectEventually(() => {
      expect(seen.length).toBeGreaterThanOrEqual(200);
    });
    consumer.pause();
    await sleep(500);
    await producer.send(topic, [{ key: 'k0', value: 'after-pause' }]);
    await sleep(1_500);
    expect(seen).not.toContain('after-pause');
    consumer.resume();
    await expectEventually(() => {
      expect(seen).toContain('after-pause');
    });
    await consumer.stop();
    await admin.deleteGroups([groupId]);
  });
});
