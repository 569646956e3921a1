// A consumer whose handler outlives the session (CPU starvation, a stuck call) is thrown out of
// its group; kafkajs then crashes with an error it does not retry ("the coordinator is not aware
// of this member"). The consumer must join again and go on from its last commit.
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectEventually, uniqueName } from '@sild/platform-testing';
import { createKafkaClient, KafkaConsumer, KafkaProducer, TopicAdmin } from './index';
import { testKafkaConfig, testLogger } from './testing';

const logger = testLogger('kafka-rejoin');
const kafka = createKafkaClient(testKafkaConfig(), logger);
const admin = new TopicAdmin(kafka, 1);
const producer = new KafkaProducer(kafka);
const topic = uniqueName('rejoin-topic');

beforeAll(async () => {
  await admin.ensureTopics([{ name: topic, partitions: 1 }]);
  await producer.connect();
});

afterAll(async () => {
  await producer.stop();
  await admin.deleteTopics([topic]);
  await admin.close();
});

describe('KafkaConsumer after a session timeout', () => {
  it('joins the group again and handles every message', async () => {
    const handled: string[] = [];
    let stalled = false;
    const consumer = new KafkaConsumer(
      kafka,
      {
        groupId: uniqueName('rejoin-group'),
        topics: [topic],
        fromBeginning: true,
        sessionTimeoutMs: 6_000,
        heartbeatIntervalMs: 1_000,
        handle: async (message) => {
          const value = message.value?.toString() ?? '';
          if (value === 'slow' && !stalled) {
            stalled = true;
            await sleep(15_000); // longer than the session: the broker drops the member
          }
          handled.push(value);
        },
      },
      logger,
    );
    await consumer.start();
    await producer.send(topic, [{ value: 'slow' }]);
    await expectEventually(() => {
      expect(stalled).toBe(true);
    });
    await producer.send(topic, [{ value: 'a' }, { value: 'b' }]);
    await expectEventually(
      () => {
        expect(handled).toEqual(expect.arrayContaining(['slow', 'a', 'b']));
      },
      { timeoutMs: 90_000, intervalMs: 500 },
    );
    await producer.send(topic, [{ value: 'c' }]);
    await expectEventually(() => {
      expect(handled).toContain('c');
    });
    await consumer.stop();
  }, 150_000);
});
