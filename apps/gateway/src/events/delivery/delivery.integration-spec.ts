// Delivery at the subscriber's gateway against the real broker: signed EVENT envelopes on
// subscription topics (as the router writes them) reach a webhook in CloudEvents binary mode or a
// Receive stream with acks; failures retry, dead-letter and redrive; replay re-delivers.
import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deadLetterTopic, subscriptionTopic, topicPart } from '@sild/contracts';
import { GrpcStatus, type ClientStream } from '@sild/platform-grpc';
import { expectEventually } from '@sild/platform-testing';
import { clientObject } from '@sild/registry-config';
import { DeliveryRegistry, SUBSCRIBER } from './testing/delivery-registry';
import { startDelivery, type DeliveryGateway } from './testing/delivery-core';
import { WebhookServer, type WebhookRequest } from './testing/webhook-server';

const id = (name: string) => `${name}-${randomUUID()}`;
const SUB = {
  ok: id('ok'),
  flaky: id('flaky'),
  down: id('down'),
  stream: id('stream'),
  revoked: id('revoked'),
  late: id('late'),
};
const topicOf = (subscription: string) => subscriptionTopic(SUBSCRIBER, subscription);
const groupOf = (subscription: string) => `sild.NL.gateway.MUN.0363.sub.${topicPart(subscription)}`;

const registry = new DeliveryRegistry();
const hooks = { ok: new WebhookServer(), flaky: new WebhookServer(), down: new WebhookServer() };
const revokedHook = new WebhookServer();
const lateHook = new WebhookServer();
let gateway: DeliveryGateway;
/** Stops the gateway once it started (a failed start leaves nothing to stop). */
let stopGateway = (): Promise<void> => Promise.resolve();
const topics = Object.values(SUB).map(topicOf);

const request = (subscriptionId: string, extra: Record<string, unknown> = {}) => ({
  subscriber: clientObject(SUBSCRIBER),
  subscriptionId,
  ...extra,
});

/** Produces events to a subscription topic as the router does: the envelope bytes, keyed by subject. */
async function route(subscription: string, events: { key: string; bytes: Buffer }[]): Promise<void> {
  await gateway.producer.send(
    topicOf(subscription),
    events.map((event) => ({ key: event.key, value: event.bytes })),
  );
}

/** `count` events about each subject, sequences 1..count; returns their message ids per subject. */
async function publish(subscription: string, subjects: string[], count: number, first = 1) {
  const ids = new Map<string, string[]>();
  const events = [];
  for (let sequence = first; sequence < first + count; sequence++) {
    for (const subject of subjects) {
      const event = registry.event(subject, sequence);
      ids.set(subject, [...(ids.get(subject) ?? []), event.messageId]);
      events.push({ key: subject, bytes: event.bytes });
    }
  }
  await route(subscription, events);
  return ids;
}

const header = (request: WebhookRequest, name: string) => String(request.headers[name] ?? '');
const committed = async (subscription: string) =>
  [...(await gateway.admin.committedOffsets(groupOf(subscription), topicOf(subscription))).values()]
    .map(Number)
    .filter((offset) => offset > 0)
    .reduce((sum, offset) => sum + offset, 0);

beforeAll(async () => {
  for (const subscription of [SUB.ok, SUB.flaky, SUB.down, SUB.stream, SUB.revoked])
    registry.subscription(subscription);
  await registry.view.start();
  const urls = {
    ok: await hooks.ok.start(),
    flaky: await hooks.flaky.start(),
    down: await hooks.down.start(),
    revoked: await revokedHook.start(),
    late: await lateHook.start(),
  };
  gateway = await startDelivery(registry, {
    GATEWAY_SUBSCRIPTIONS: [
      `${SUB.ok}=webhook:${urls.ok}`,
      `${SUB.flaky}=webhook:${urls.flaky}`,
      `${SUB.down}=webhook:${urls.down}`,
      `${SUB.stream}=stream`,
      `${SUB.revoked}=webhook:${urls.revoked}`,
      `${SUB.late}=webhook:${urls.late}`,
    ].join(','),
    GATEWAY_DELIVERY_MAX_ATTEMPTS: '3',
    GATEWAY_DELIVERY_BACKOFF_MS: '100',
    GATEWAY_DELIVERY_MAX_BACKOFF_MS: '400',
    GATEWAY_WEBHOOK_TIMEOUT_MS: '1000',
    GATEWAY_WEBHOOK_TOKEN: 'webhook-token-0123456789',
    GATEWAY_STREAM_MAX_IN_FLIGHT: '4',
  });
  stopGateway = () => gateway.stop([...topics, ...topics.map(deadLetterTopic)]);
}, 120_000);

afterAll(async () => {
  await stopGateway();
  await registry.view.stop();
  for (const server of [...Object.values(hooks), revokedHook, lateHook]) await server.stop();
});

describe('delivery by webhook', () => {
  let before: Map<string, string[]>;

  it('delivers verified events as CloudEvents, in order per subject; refuses forgeries, parks garbage', async () => {
    before = await publish(SUB.ok, ['s1', 's2', 's3', 's4', 's5'], 4);
    const forged = registry.event('s1', 99, registry.stranger);
    await route(SUB.ok, [
      { key: 's1', bytes: forged.bytes },
      { key: 'garbage', bytes: Buffer.from('not an envelope') },
    ]);
    await expectEventually(() => {
      expect(hooks.ok.taken()).toHaveLength(20);
    });
    for (const [subject, ids] of before) {
      const seen = hooks.ok.taken().filter((r) => header(r, 'ce-subject') === subject);
      expect(
        seen.map((r) => header(r, 'ce-id')),
        subject,
      ).toEqual(ids);
      expect(
        seen.map((r) => header(r, 'ce-sildsequence')),
        subject,
      ).toEqual(['1', '2', '3', '4']);
    }
    const first = hooks.ok.taken()[0]!;
    expect(first.headers).toMatchObject({
      authorization: 'Bearer webhook-token-0123456789',
      'content-type': 'application/json',
      'ce-specversion': '1.0',
      'ce-source': 'sild:NL/GOV/00000001/brp',
      'ce-type': 'nl.brp.person.relocated.v1',
      'ce-sildsubscription': SUB.ok,
      'ce-sildattempt': '1',
      'ce-municipality': '0363',
      'ce-traceparent': '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01',
    });
    expect(JSON.parse(first.body)).toMatchObject({ sequence: 1 });
    expect(hooks.ok.requests.some((r) => header(r, 'ce-id') === forged.messageId)).toBe(false);
    const listed = await expectEventually(async () => {
      const answer = await gateway.events.call<{
        deadLetters: { error: { reason: string } }[];
        pending: string;
      }>('ListDeadLetters', request(SUB.ok));
      expect(answer.pending).toBe('1');
      return answer;
    });
    expect(listed.deadLetters[0]).toMatchObject({ messageId: '', error: { reason: 'REASON_MALFORMED' } });
    await expectEventually(async () => {
      expect(await committed(SUB.ok)).toBe(22);
    });
  });

  it('replays exactly the events written after a point in time, marked as redeliveries', async () => {
    await sleep(200);
    const from = Date.now();
    await sleep(200);
    const after = await publish(SUB.ok, ['s1', 's6'], 3, 5);
    await expectEventually(() => {
      expect(hooks.ok.taken()).toHaveLength(26);
    });
    const answer = await gateway.events.call(
      'Replay',
      request(SUB.ok, { from: { seconds: Math.floor(from / 1000), nanos: (from % 1000) * 1e6 } }),
    );
    expect(answer).toEqual({ delivered: '6', deadLettered: '0' });
    const replayed = hooks.ok.taken().slice(26);
    expect(replayed.map((r) => header(r, 'ce-id')).sort()).toEqual([...after.values()].flat().sort());
    expect(replayed.every((r) => header(r, 'ce-sildredelivery') === 'true')).toBe(true);
    expect(
      replayed.filter((r) => header(r, 'ce-subject') === 's1').map((r) => header(r, 'ce-sildsequence')),
    ).toEqual(['5', '6', '7']);
    expect(before.size).toBe(5);
  });

  it('retries a webhook that fails for a while and delivers once it recovers', async () => {
    hooks.flaky.answer = () => (hooks.flaky.requests.length < 2 ? 503 : 204);
    const ids = await publish(SUB.flaky, ['f1'], 3);
    await expectEventually(() => {
      expect(hooks.flaky.taken().map((r) => header(r, 'ce-id'))).toEqual(ids.get('f1'));
    });
    expect(hooks.flaky.requests.map((r) => r.status)).toEqual([503, 503, 204, 204, 204]);
    expect(hooks.flaky.taken().map((r) => header(r, 'ce-sildattempt'))).toEqual(['3', '1', '1']);
  });

  it('dead-letters what a webhook never takes, and redrives it once the webhook is back', async () => {
    hooks.down.answer = () => 500;
    const ids = await publish(SUB.down, ['d1', 'd2'], 2);
    const all = [...ids.values()].flat();
    const listed = await expectEventually(async () => {
      const answer = await gateway.events.call<{
        deadLetters: { messageId: string; attempts: number; error: { reason: string; message: string } }[];
        pending: string;
      }>('ListDeadLetters', request(SUB.down));
      expect(answer.pending).toBe('4');
      return answer;
    });
    expect(listed.deadLetters.map((l) => l.messageId).sort()).toEqual([...all].sort());
    expect(listed.deadLetters[0]).toMatchObject({
      attempts: 3,
      error: { reason: 'REASON_DELIVERY_FAILED', message: 'HTTP 500 from the webhook' },
    });
    expect(await gateway.events.call('Redrive', request(SUB.down))).toEqual({ delivered: '0', failed: '4' });

    hooks.down.answer = () => 204;
    expect(await gateway.events.call('Redrive', request(SUB.down))).toEqual({ delivered: '4', failed: '0' });
    const redriven = hooks.down.taken();
    expect(redriven.map((r) => header(r, 'ce-id')).sort()).toEqual([...all].sort());
    expect(redriven.every((r) => header(r, 'ce-sildredelivery') === 'true')).toBe(true);
    expect(redriven.filter((r) => header(r, 'ce-subject') === 'd1').map((r) => header(r, 'ce-id'))).toEqual(
      ids.get('d1'),
    );
    const after = await gateway.events.call<{ pending: string }>('ListDeadLetters', request(SUB.down));
    expect(after.pending).toBe('0');
  });

  it('delivers nothing after the subscription is revoked', async () => {
    await publish(SUB.revoked, ['r1'], 1);
    await expectEventually(() => {
      expect(revokedHook.taken()).toHaveLength(1);
    });
    registry.subscription(SUB.revoked, 'REVOKED');
    await publish(SUB.revoked, ['r1'], 2, 2);
    await expectEventually(async () => {
      expect(await committed(SUB.revoked)).toBe(3);
    });
    expect(revokedHook.requests).toHaveLength(1);
    await expect(
      gateway.events.call('Replay', request(SUB.revoked, { from: { seconds: 1 } })),
    ).rejects.toMatchObject({
      status: GrpcStatus.PERMISSION_DENIED,
    });
  });

  it('starts a subscription the registry view learns of after the gateway started', async () => {
    const [readiness] = gateway.feature.readiness;
    await expect(readiness!.check()).rejects.toThrow(
      `subscription ${SUB.late} is not in the registry view yet`,
    );
    registry.subscription(SUB.late);
    await expectEventually(async () => {
      expect(await readiness!.check()).toEqual({ subscriptions: 6 });
    });
    await publish(SUB.late, ['l1'], 1);
    await expectEventually(() => {
      expect(lateHook.taken()).toHaveLength(1);
    });
  });
});

describe('delivery on a Receive stream', () => {
  interface Delivery {
    messageId: string;
    subjectKey: string;
    subjectSequence: string;
    attempt: number;
    redelivery: boolean;
    envelope: Buffer;
  }
  const open = (maxInFlight = 4): ClientStream => {
    const stream = gateway.events.openStream('Receive');
    void stream.send({ open: request(SUB.stream, { maxInFlight }) });
    return stream;
  };
  const next = async (stream: ClientStream) => (await stream.next()) as Delivery;

  it('keeps events while no stream is open, then delivers with acks; a closed stream delivers its unacknowledged again', async () => {
    const ids = await publish(SUB.stream, ['k1', 'k2'], 3);
    await sleep(4_000);
    expect(await gateway.events.call('ListDeadLetters', request(SUB.stream))).toMatchObject({ pending: '0' });

    const first = open();
    const a = await next(first);
    const b = await next(first);
    expect([a, b].map((d) => d.subjectSequence)).toEqual(['1', '1']);
    expect(a.attempt).toBe(1);
    expect(a.envelope.length).toBeGreaterThan(0);
    await first.send({ ack: { messageIds: [a.messageId] } });
    const c = await next(first);
    expect(c).toMatchObject({ subjectKey: a.subjectKey, subjectSequence: '2', attempt: 1 });
    first.cancel();

    const second = open();
    const received: Delivery[] = [];
    while (new Set(received.map((d) => d.messageId)).size < 5) {
      const delivery = await next(second);
      received.push(delivery);
      await second.send({ ack: { messageIds: [delivery.messageId] } });
    }
    second.end();
    expect(received.find((d) => d.messageId === b.messageId)?.attempt).toBe(2);
    expect(received.find((d) => d.messageId === c.messageId)?.attempt).toBe(2);
    for (const [subject, subjectIds] of ids) {
      const seen = [a, ...received].filter((d) => d.subjectKey === subject).map((d) => d.messageId);
      expect(seen, subject).toEqual(subjectIds);
    }
    await expectEventually(async () => {
      expect(await committed(SUB.stream)).toBe(6);
    });
  });

  it('refuses a Receive without a valid open, for a webhook subscription, or by another subsystem', async () => {
    const webhook = gateway.events.openStream('Receive');
    await webhook.send({ open: request(SUB.ok) });
    await expect(webhook.next()).rejects.toMatchObject({ status: GrpcStatus.FAILED_PRECONDITION });
    const foreign = gateway.events.openStream('Receive');
    await foreign.send({
      open: { ...request(SUB.stream), subscriber: clientObject({ ...SUBSCRIBER, subsystem: 'sociaal' }) },
    });
    await expect(foreign.next()).rejects.toMatchObject({ status: GrpcStatus.PERMISSION_DENIED });
    const ackFirst = gateway.events.openStream('Receive');
    await ackFirst.send({ ack: { messageIds: ['x'] } });
    await expect(ackFirst.next()).rejects.toMatchObject({ status: GrpcStatus.INVALID_ARGUMENT });
    await expect(gateway.events.call('ListDeadLetters', request('unknown'))).rejects.toMatchObject({
      status: GrpcStatus.NOT_FOUND,
    });
    await expect(gateway.events.call('Redrive', request(SUB.stream))).rejects.toMatchObject({
      status: GrpcStatus.FAILED_PRECONDITION,
    });
  });
});
