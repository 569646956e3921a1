import { beforeAll, describe, expect, it } from 'vitest';
import {
  DecisionOutcome,
  DecisionRole,
  HEADERS,
  MessageKind,
  Reason,
  subscriptionTopic,
} from '@sild/contracts';
import { EventRouter, FollowIndex } from './index';
import {
  AMSTERDAM,
  DECIDER,
  EVENT_TOPIC,
  FakeBus,
  RecordingDecisionLog,
  ROTTERDAM,
  STRANGER,
  eventTypeEntity,
  inbound,
  routerWorld,
  signedEvent,
  subscriptionEntity,
  tableOf,
  type RouterWorld,
} from './testing';

const AMSTERDAM_TOPIC = subscriptionTopic(AMSTERDAM, 'ams');
const ROTTERDAM_TOPIC = subscriptionTopic(ROTTERDAM, 'rdam');
const { DECISION_OUTCOME_DEAD_LETTERED, DECISION_OUTCOME_DENIED, DECISION_OUTCOME_SENT } = DecisionOutcome;

describe('EventRouter', () => {
  let world: RouterWorld;
  beforeAll(() => {
    world = routerWorld();
  });

  function router(
    subscriptions = [
      subscriptionEntity({ id: 'ams', filterJson: '{"exact":{"municipality":"0363"}}' }),
      subscriptionEntity({
        id: 'rdam',
        subscriber: ROTTERDAM,
        filterJson: '{"exact":{"municipality":"0599"}}',
        includeFollowed: true,
      }),
    ],
  ) {
    const bus = new FakeBus();
    const decisions = new RecordingDecisionLog();
    const follows = new FollowIndex();
    const state = { table: tableOf(subscriptions) };
    const service = new EventRouter(world.verifier(), () => state.table, follows, bus, decisions, {
      decider: DECIDER,
    });
    return { world, bus, decisions, follows, state, service };
  }

  /** Handles a message that must be parked; returns why it was, and its decision. */
  async function parked(setup: ReturnType<typeof router>, message: ReturnType<typeof inbound>) {
    const { bus, decisions, service } = setup;
    const before = { deadLetters: bus.deadLetters.length, records: decisions.records.length };
    await service.handle(message);
    expect(bus.deadLetters).toHaveLength(before.deadLetters + 1);
    expect(bus.deadLetters.at(-1)?.message).toBe(message);
    expect(decisions.records).toHaveLength(before.records + 1);
    return { why: bus.deadLetters.at(-1)?.why ?? '', decision: decisions.records.at(-1) };
  }

  it('puts the unchanged bytes, key and Kafka headers on each matching subscription topic, with a SENT decision each', async () => {
    const { bus, decisions, service } = router();
    const value = signedEvent(world);
    const headers = { [HEADERS.subjectSequence]: Buffer.from('1'), [HEADERS.messageId]: Buffer.from('m') };
    await service.handle(inbound(EVENT_TOPIC, value, 'subject-1', headers));

    expect(bus.sent).toHaveLength(1);
    expect(bus.sent[0]?.topic).toBe(AMSTERDAM_TOPIC);
    expect(bus.sent[0]?.message.value).toBe(value);
    expect(bus.sent[0]?.message.key?.toString()).toBe('subject-1');
    expect(bus.sent[0]?.message.headers).toEqual(headers);
    expect(decisions.records).toHaveLength(1);
    expect(decisions.records[0]).toMatchObject({
      outcome: DECISION_OUTCOME_SENT,
      role: DecisionRole.DECISION_ROLE_ROUTER,
      subscriptionId: 'ams',
      kind: MessageKind.MESSAGE_KIND_EVENT,
      eventType: 'nl.brp.person.relocated.v1',
      topic: EVENT_TOPIC,
      traceId: '4bf92f3577b34da6a3ce929d0e0e4736',
    });
  });

  it('sends an event nobody matches nowhere, and records nothing', async () => {
    const { bus, decisions, service } = router();
    await service.handle(
      inbound(EVENT_TOPIC, signedEvent(world, { attributes: { municipality: '1680' } }), 'k'),
    );
    expect(bus.sent).toEqual([]);
    expect(decisions.records).toEqual([]);
  });

  it('adds the subjects a subscription follows, within its bound', async () => {
    const { bus, follows, service } = router();
    follows.apply({
      subscriptionId: 'rdam',
      subjectKey: 'p-9',
      following: true,
      untilMs: null,
      createdAtMs: 1,
    });
    const value = signedEvent(world, { subjectKey: 'p-9' });
    await service.handle(inbound(EVENT_TOPIC, value, 'p-9'));
    expect(bus.topicsOf(value)).toEqual([AMSTERDAM_TOPIC, ROTTERDAM_TOPIC]);
  });

  it('sends nothing to a subscription once it is revoked', async () => {
    const { bus, state, service } = router();
    state.table = tableOf([
      subscriptionEntity({ id: 'ams', status: 'REVOKED' }),
      subscriptionEntity({ id: 'rdam', subscriber: ROTTERDAM }),
    ]);
    const value = signedEvent(world);
    await service.handle(inbound(EVENT_TOPIC, value, 'subject-1'));
    expect(bus.topicsOf(value)).toEqual([ROTTERDAM_TOPIC]);
  });

  it('keeps the order of messages handled concurrently on every subscription topic', async () => {
    const { bus, service } = router([subscriptionEntity({ id: 'ams' })]);
    const values = Array.from({ length: 40 }, (_, i) => signedEvent(world, { subjectSequence: i + 1 }));
    const handled = values.map((value) => service.handle(inbound(EVENT_TOPIC, value, 'subject-1')));
    // every copy is queued before handle() first waits: the order cannot depend on timing
    expect(bus.sent.map((s) => s.message.value)).toEqual(values);
    await Promise.all(handled);
  });

  it('dead-letters bytes that are not an envelope, with a DEAD_LETTERED decision, and goes on', async () => {
    const setup = router();
    for (const value of [Buffer.from('garbage'), Buffer.alloc(0), null]) {
      const { why, decision } = await parked(setup, inbound(EVENT_TOPIC, value, null));
      expect(why).toMatch(/^REASON_MALFORMED: /);
      expect(decision).toMatchObject({
        outcome: DECISION_OUTCOME_DEAD_LETTERED,
        reason: Reason.REASON_MALFORMED,
        messageId: '',
        topic: EVENT_TOPIC,
      });
    }
    const value = signedEvent(setup.world);
    await setup.service.handle(inbound(EVENT_TOPIC, value, 'subject-1'));
    expect(setup.bus.topicsOf(value)).toEqual([AMSTERDAM_TOPIC]);
  });

  it.each([
    [
      'a member that does not own the event type',
      () => ({ signedBy: world.stranger, sender: STRANGER }),
      Reason.REASON_ACCESS_DENIED,
    ],
    [
      'another subsystem of the owner',
      () => ({ sender: { ...eventTypeEntity().owner, subsystem: 'other' } }),
      Reason.REASON_ACCESS_DENIED,
    ],
    [
      'another event type than the topic',
      () => ({ eventType: { name: 'nl.brp.person.born.v1' } }),
      Reason.REASON_UNKNOWN_EVENT_TYPE,
    ],
    [
      'a REQUEST',
      () => ({
        kind: MessageKind.MESSAGE_KIND_REQUEST,
        recipientService: { provider: eventTypeEntity().owner, serviceCode: 's', serviceVersion: 'v1' },
        service: { provider: eventTypeEntity().owner, serviceCode: 's', serviceVersion: 'v1' },
      }),
      Reason.REASON_MALFORMED,
    ],
    ['a sender claiming another member', () => ({ signedBy: world.stranger }), Reason.REASON_SENDER_MISMATCH],
  ])('refuses an event from %s: DENIED, dead-lettered, nothing routed', async (_what, options, reason) => {
    const setup = router();
    const { why, decision } = await parked(setup, inbound(EVENT_TOPIC, signedEvent(world, options()), 'k'));
    expect(why.startsWith(`${Reason[reason]}: `)).toBe(true);
    expect(setup.bus.sent).toEqual([]);
    expect(decision).toMatchObject({ outcome: DECISION_OUTCOME_DENIED, reason, topic: EVENT_TOPIC });
    expect(decision?.messageId).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('refuses events on a topic of no registered event type, and events signed with a revoked key', async () => {
    const setup = router();
    const unknownTopic = await parked(setup, inbound('sild.evt.NL.nl-_x-_v1', signedEvent(world), 'k'));
    expect(unknownTopic.decision?.reason).toBe(Reason.REASON_UNKNOWN_EVENT_TYPE);
    world.revoked.add(world.brp.certificate.keyIdHex);
    try {
      const revoked = await parked(setup, inbound(EVENT_TOPIC, signedEvent(world), 'k'));
      expect(revoked.decision?.reason).toBe(Reason.REASON_CERT_REVOKED);
    } finally {
      world.revoked.clear();
    }
    expect(setup.decisions.outcomes).toEqual([DECISION_OUTCOME_DENIED, DECISION_OUTCOME_DENIED]);
  });

  it('fails (to be retried) without a decision when the copies or the dead letter cannot be produced', async () => {
    const { bus, decisions, service } = router();
    bus.failure = new Error('broker down');
    await expect(service.handle(inbound(EVENT_TOPIC, signedEvent(world), 'subject-1'))).rejects.toThrow(
      'broker down',
    );
    expect(decisions.records).toEqual([]);
    await expect(service.handle(inbound(EVENT_TOPIC, Buffer.from('garbage'), null))).rejects.toThrow(
      'broker down',
    );
  });
});
