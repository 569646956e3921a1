// Offsets against the pinned broker: offset ranges (log start, high watermark), a running
// consumer moved to an offset, and an idle consumer group deleted. Real broker, as in
// kafka-compat.integration-spec.ts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectEventually, uniqueName } from '@sild/platform-testing';
import { createKafkaClient, KafkaConsumer, KafkaErrorCode, KafkaProducer, TopicAdmin } from '../src';
import { testKafkaConfig, testLogger } from '../src/testing';

const logger = testLogger('kafka-offsets');
const kafka = createKafkaClient(testKafkaConfig(), logger);
const admin = new TopicAdmin(kafka, 1);
const producer = new KafkaProducer(kafka);
const topic = uniqueName('offsets-topic');
const single = uniqueName('offsets-single');
const interval = uniqueName('offsets-interval');
const pipelined = uniqueName('offsets-pipelined');

beforeAll(async () => {
  await admin.ensureTopics([
    { name: topic, partitions: 2 },
    { name: single, partitions: 1 },
    { name: interval, partitions: 3 },
    { name: pipelined, partitions: 2 },
  ]);
});

afterAll(async () => {
  await producer.stop();
  await admin.deleteTopics([topic, single, interval, pipelined]);
  await admin.close();
});

describe('offsets', () => {
  it('reports the offset range and high watermark of every partition', async () => {
    expect(await admin.offsetRanges(single)).toEqual(new Map([[0, { low: '0', high: '0' }]]));
    await producer.send(topic, [
      { value: 'a', partition: 0 },
      { value: 'b', partition: 0 },
      { value: 'c', partition: 0 },
      { value: 'd', partition: 1 },
    ]);
    expect(await admin.endOffsets(topic)).toEqual(
      new Map([
        [0, '3'],
        [1, '1'],
      ]),
    );
    expect((await admin.offsetRanges(topic)).get(0)).toEqual({ low: '0', high: '3' });
  });

  it('moves a running consumer to an offset, then deletes its group once it has left', async () => {
    const groupId = uniqueName('offsets-seek');
    const seen: string[] = [];
    const consumer = new KafkaConsumer(
      kafka,
      {
        groupId,
        topics: [single],
        fromBeginning: true,
        handle: (m) => {
          seen.push(`${m.offset}:${m.value!.toString()}`);
          return Promise.resolve();
        },
      },
      logger,
    );
    expect(() => {
      consumer.seek(single, 0, '0');
    }).toThrow(expect.objectContaining({ code: KafkaErrorCode.STOPPED }) as Error);
    await producer.send(
      single,
      ['m0', 'm1', 'm2', 'm3'].map((value) => ({ value })),
    );
    await consumer.start();
    consumer.seek(single, 0, '2');
    await expectEventually(() => {
      expect(seen).toEqual(['2:m2', '3:m3']);
    });
    await producer.send(single, [{ value: 'm4' }]);
    await expectEventually(() => {
      expect(seen).toEqual(['2:m2', '3:m3', '4:m4']);
    });
    await consumer.stop();

    expect((await admin.committedOffsets(groupId, single)).get(0)).toBe('5');
    await admin.deleteGroups([groupId]);
    expect((await admin.committedOffsets(groupId, single)).get(0)).toBe('-1');
  });

  it('commits within the interval while idle and at stop; never when told not to', async () => {
    const handled: string[] = [];
    const consumerOf = (groupId: string, commitIntervalMs: number | false) =>
      new KafkaConsumer(
        kafka,
        {
          groupId,
          topics: [interval],
          fromBeginning: true,
          commitIntervalMs,
          concurrency: 8,
          partitionsConsumedConcurrently: 3,
          handle: (m) => {
            handled.push(m.value!.toString());
            return Promise.resolve();
          },
        },
        logger,
      );
    const send = (from: number, count: number) =>
      producer.send(
        interval,
        Array.from({ length: count }, (_, i) => ({ value: String(from + i), partition: (from + i) % 3 })),
      );
    const committed = async (groupId: string) => [
      ...(await admin.committedOffsets(groupId, interval)).values(),
    ];

    const groupId = uniqueName('offsets-interval');
    const consumer = consumerOf(groupId, 60_000);
    await consumer.start();
    await send(0, 30);
    await expectEventually(() => {
      expect(handled).toHaveLength(30);
    });
    // a minute's interval: nothing committed yet, all of it once stopped
    expect(await committed(groupId)).toEqual(['-1', '-1', '-1']);
    await consumer.stop();
    expect(await committed(groupId)).toEqual(['10', '10', '10']);

    const again = consumerOf(groupId, 50);
    await again.start();
    await send(30, 6);
    await expectEventually(async () => {
      expect(handled).toHaveLength(36); // resumed after what was committed: nothing twice
      expect(await committed(groupId)).toEqual(['12', '12', '12']);
    });
    await again.stop();

    const forgetful = uniqueName('offsets-never');
    const never = consumerOf(forgetful, false);
    await never.start();
    await expectEventually(() => {
      expect(handled).toHaveLength(72);
    });
    await never.stop();
    expect(await committed(forgetful)).toEqual(['-1', '-1', '-1']);
    await admin.deleteGroups([groupId, forgetful]);
  });

  it('pipelined: a slow message holds neither the others nor later fetches, only the commit', async () => {
    const groupId = uniqueName('offsets-pipelined');
    const handled: string[] = [];
    let release: () => void = () => undefined;
    const slow = new Promise<void>((resolve) => (release = resolve));
    const consumer = new KafkaConsumer(
      kafka,
      {
        groupId,
        topics: [pipelined],
        fromBeginning: true,
        pipelined: true,
        commitIntervalMs: 50,
        concurrency: 16,
        partitionsConsumedConcurrently: 2,
        handle: async (m) => {
          if (m.value!.toString() === 'slow') await slow;
          handled.push(m.value!.toString());
        },
      },
      logger,
    );
    expect(() => {
      consumer.seek(pipelined, 0, '0');
    }).toThrow(expect.objectContaining({ code: KafkaErrorCode.MISCONFIGURED }) as Error);
    await consumer.start();
    await producer.send(pipelined, [
      { value: 'a', partition: 0 },
      { value: 'slow', partition: 0 },
      { value: 'b', partition: 0 },
      { value: 'c', partition: 1 },
    ]);
    await expectEventually(() => {
      expect(handled).toEqual(expect.arrayContaining(['a', 'b', 'c']));
    });
    // fetched after the slow message was handed out, while it still runs
    await producer.send(pipelined, [
      { value: 'd', partition: 0 },
      { value: 'e', partition: 1 },
    ]);
    await expectEventually(async () => {
      expect(handled).toHaveLength(5);
      expect(await admin.committedOffsets(groupId, pipelined)).toEqual(
        new Map([
          [0, '1'], // up to the slow message, not past it
          [1, '2'],
        ]),
      );
    });
    release();
    await consumer.stop(); // waits for the slow one, then commits
    expect(handled).toHaveLength(6);
    expect(await admin.committedOffsets(groupId, pipelined)).toEqual(
      new Map([
        [0, '4'],
        [1, '2'],
      ]),
    );
    await admin.deleteGroups([groupId]);
  });
});
