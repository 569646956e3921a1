// Events.PublishBatch through a real publisher gateway process on the real broker: each event of a
// batch is published or refused on its own, a subject's events are numbered in batch order and
// reach the event topic in that order, and Publish goes on from the same counters. The gateway
// restores the counters of its event types at start, not on the first publication.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventTopic } from '@sild/contracts';
import { peekHeader } from '@sild/domain-envelope';
import type { GrpcClient } from '@sild/platform-grpc';
import { expectEventually } from '@sild/platform-testing';
import {
  clientRef,
  eventsApi,
  operatorApis,
  registerMember,
  startGateway,
  type OperatorApis,
  type TestGateway,
} from './support/gateways';
import { createTestInstance, testInstanceCode, type TestInstance } from './support/instance';
import { readTopic, type TopicReader } from './support/topic-reader';

const TOKEN = 'publish batch register token';
const EVENT_TYPE = 'nl.brp.batch.relocated.v1';
const PAYLOAD_TYPE = 'type.googleapis.com/test.Relocated';

let instance: TestInstance | undefined;
let apis: OperatorApis | undefined;
let gateway: TestGateway | undefined;
let events: GrpcClient;
let topic: TopicReader | undefined;
let publisher: ReturnType<typeof clientRef>;

beforeAll(async () => {
  const code = testInstanceCode();
  instance = await createTestInstance(code);
  await instance.startRegistry();
  await instance.startSigner();
  apis = operatorApis(instance);
  publisher = clientRef(`${code}/GOV/00000001/brp`);
  const key = await registerMember(instance, apis, `${code}/GOV/00000001`, ['brp']);
  await apis.registry.call('AddEventType', {
    eventType: { name: EVENT_TYPE, owner: publisher, payloadType: PAYLOAD_TYPE, description: 'batch test' },
  });
  gateway = await startGateway(instance, {
    member: `${code}/GOV/00000001`,
    key,
    apiTokens: `brp=${TOKEN}`,
    env: { GATEWAY_SUBJECT_KEY_SECRET: 'publish batch subject key secret, 32+ chars' },
  });
  await gateway.process.ready();
  events = eventsApi(gateway.address, TOKEN);
}, 300_000);

afterAll(async () => {
  (events as GrpcClient | undefined)?.close();
  await topic?.stop();
  await gateway?.process.stop();
  apis?.close();
  await instance?.close();
}, 120_000);

const eventAbout = (subject: string, eventType = EVENT_TYPE) => ({
  publisher,
  eventType,
  subject,
  attributes: { municipality: '0363' },
  payload: Buffer.from(`moved: ${subject}`),
  payloadType: PAYLOAD_TYPE,
  payloadEncoding: 'PAYLOAD_ENCODING_OCTET_STREAM',
});

interface BatchResult {
  published?: { messageId: string; subjectKey: string; subjectSequence: string };
  error?: { reason: string; message: string };
}

describe('Events.PublishBatch', () => {
  it('has the subject sequences of its own event types restored at start, before any publication', async () => {
    await expectEventually(() => {
      const restored = (gateway?.process.output() ?? '')
        .split('\n')
        .filter((line) => line.includes('subject sequences restored'));
      expect(restored.join('\n')).toContain(EVENT_TYPE);
    });
  });

  it('publishes or refuses each event on its own, numbering a subject in batch order', async () => {
    // the gateway may still be reading the event type from the registry
    let results: BatchResult[] = [];
    await expectEventually(
      async () => {
        ({ results } = await events.call<{ results: BatchResult[] }>('PublishBatch', {
          events: [
            eventAbout('999990001'),
            eventAbout('999990001', 'nl.brp.not.registered.v1'),
            eventAbout('999990001'),
            eventAbout('999990002'),
          ],
        }));
        expect(results[0]?.published).toBeDefined();
      },
      { timeoutMs: 60_000 },
    );
    expect(results.map((r) => r.published?.subjectSequence ?? r.error?.reason)).toEqual([
      '1',
      'REASON_UNKNOWN_EVENT_TYPE',
      '2',
      '1',
    ]);
    expect(results[1]?.error?.message).toContain('not registered');
    const [first, , second, other] = results.map((r) => r.published);
    expect(second?.subjectKey).toBe(first?.subjectKey);
    expect(other?.subjectKey).not.toBe(first?.subjectKey);

    // Publish goes on from the same counters
    const next = await events.call<{ subjectSequence: string }>('Publish', eventAbout('999990001'));
    expect(next.subjectSequence).toBe('3');

    // on the event type's topic: the subject's events in sequence order, keyed by its pseudonym
    const { kafka, anchor } = instance ?? {};
    if (!kafka || !anchor) throw new Error('no test instance');
    const reader = await readTopic(kafka, eventTopic(anchor.instance, EVENT_TYPE));
    topic = reader;
    await expectEventually(() => {
      expect(reader.messages).toHaveLength(4);
    });
    const ofFirst = reader.messages
      .filter((message) => message.key?.toString() === first?.subjectKey)
      .map((message) => peekHeader(message.value)?.header);
    expect(ofFirst.map((header) => Number(header?.subjectSequence))).toEqual([1, 2, 3]);
    expect(ofFirst.map((header) => header?.messageId).slice(0, 2)).toEqual([
      first?.messageId,
      second?.messageId,
    ]);
    // the national id is nowhere in a Kafka key or header
    for (const message of reader.messages) {
      expect(message.key?.toString()).not.toContain('99999000');
      for (const value of Object.values(message.headers)) expect(value?.toString()).not.toContain('99999000');
    }
  });

  it('refuses a whole batch with a publisher the token may not act as', async () => {
    await expect(
      events.call('PublishBatch', {
        events: [
          eventAbout('999990003'),
          { ...eventAbout('999990003'), publisher: { ...publisher, subsystem: 'other' } },
        ],
      }),
    ).rejects.toThrow(/PERMISSION_DENIED|may not act as subsystem/);
  });
});
