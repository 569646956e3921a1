// TopicReader against the real broker: a whole topic up to its end at the start, the part after
// a point in time, and following new messages; its consumer group is gone after stop().
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectEventually, uniqueName } from '@sild/platform-testing';
import { createKafkaClient, KafkaProducer, TopicAdmin, TopicReader } from './index';
import { testKafkaConfig, testLogger } from './testing';

const logger = testLogger('topic-reader');
const kafka = createKafkaClient(testKafkaConfig(), logger);
const admin = new TopicAdmin(kafka, 1);
const producer = new KafkaProducer(kafka);
const reader = new TopicReader(kafka, admin, logger);
const topic = uniqueName('reader-topic');
const groupPrefix = uniqueName('reader');

const values = (key: string, from: number, to: number) =>
  Array.from({ length: to - from }, (_, i) => ({ key, value: `${key}-${from + i}` }));

beforeAll(async () => {
  await admin.ensureTopics([{ name: topic, partitions: 3 }]);
  await producer.connect();
});

afterAll(async () => {
  await producer.stop();
  await admin.deleteTopics([topic]);
  await admin.close();
});

describe('TopicReader', () => {
  it('reads to the end taken at the start, from a point in time, and follows', async () => {
    await producer.send(topic, [...values('a', 0, 20), ...values('b', 0, 20)]);
    await sleep(50);
    const middle = Date.now();
    await sleep(50);
    await producer.send(topic, [...values('a', 20, 30), ...values('c', 0, 5)]);

    const all: string[] = [];
    const whole = await reader.read(topic, { groupPrefix }, (m) => {
      all.push(m.value?.toString() ?? '');
    });
    await whole.caughtUp;
    await whole.stop();
    expect(all).toHaveLength(55);
    // per key (one partition each) in order
    expect(all.filter((v) => v.startsWith('a-'))).toEqual(values('a', 0, 30).map((m) => m.value));

    const later: string[] = [];
    const since = await reader.read(topic, { groupPrefix, from: { timestampMs: middle } }, (m) => {
      later.push(m.value?.toString() ?? '');
    });
    await since.caughtUp;
    await since.stop();
    expect(later.sort()).toEqual([...values('a', 20, 30), ...values('c', 0, 5)].map((m) => m.value).sort());

    const followed: string[] = [];
    const follow = await reader.read(
      topic,
      { groupPrefix, from: { timestampMs: Date.now() }, mode: 'follow' },
      (m) => {
        followed.push(m.value?.toString() ?? '');
      },
    );
    await follow.caughtUp;
    await producer.send(topic, values('d', 0, 3));
    await expectEventually(() => {
      expect(followed).toEqual(values('d', 0, 3).map((m) => m.value));
    });
    expect(follow.handled()).toBe(3);
    await follow.stop();
    const kafkaAdmin = kafka.admin();
    await kafkaAdmin.connect();
    const { groups } = await kafkaAdmin.listGroups();
    await kafkaAdmin.disconnect();
    expect(groups.filter((g) => g.groupId.startsWith(groupPrefix))).toEqual([]);
  });

  it("reads from given offsets, e.g. a group's committed ones, which an idle group can be given", async () => {
    const single = uniqueName('reader-offsets');
    await admin.ensureTopics([{ name: single, partitions: 1 }]);
    await producer.send(single, values('e', 0, 6));
    const bookmark = uniqueName('reader-bookmark');
    expect(await admin.committedOffsets(bookmark, single)).toEqual(new Map([[0, '-1']]));
    await admin.setCommittedOffsets(bookmark, single, new Map([[0, '4']]));
    const committed = await admin.committedOffsets(bookmark, single);
    expect(committed).toEqual(new Map([[0, '4']]));
    const read: string[] = [];
    const rest = await reader.read(single, { groupPrefix, from: { offsets: committed } }, (m) => {
      read.push(m.value?.toString() ?? '');
    });
    await rest.caughtUp;
    await Promise.all([rest.stop(), rest.stop()]);
    expect(read).toEqual(['e-4', 'e-5']);
    const none = await reader.read(single, { groupPrefix, from: { offsets: new Map() } }, () => undefined);
    await none.caughtUp;
    expect(none.handled()).toBe(6);
    await none.stop();
    await admin.deleteGroups([bookmark]);
    await admin.deleteTopics([single]);
  });
});
