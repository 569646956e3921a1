// Issue 6, the router: signed events from their owner fanned out to exactly the approved
// subscriptions whose filters match (within the owner's bound, plus followed subjects), unchanged
// and in per-subject order; refusals and garbage dead-lettered with decisions. The router runs as
// its own process against the real broker; events and follow indications are signed here.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  deadLetterTopic,
  DecisionOutcome,
  DecisionRole,
  eventTopic,
  HEADERS,
  platformTopics,
  Reason,
  subscriptionTopic,
  wire,
  type ClientId,
} from '@sild/contracts';
import type { EnvelopeSigner } from '@sild/domain-envelope';
import { DEAD_LETTER_HEADERS, type ConsumedMessage } from '@sild/platform-kafka';
import { expectEventually, freePort, startService, type ServiceProcess } from '@sild/platform-testing';
import { EventPublisher, keyFileSigner, type TestEvent } from './support/event-publisher';
import { clientRef, operatorApis, registerMember, type OperatorApis } from './support/gateways';
import { createTestInstance, testInstanceCode, type TestInstance } from './support/instance';
import { readTopic, type TopicReader } from './support/topic-reader';

const RELOCATED = 'nl.brp.person.relocated.v1';
const BORN = 'nl.brp.person.born.v1';
const ROUNDS = 15;
/** Subject -> municipality attribute. `followed` is followed by The Hague, `misfollowed` wrongly. */
const SUBJECTS: Record<string, string> = {
  's-0': '0363',
  's-1': '0599',
  's-2': '0518',
  's-3': '1680',
  's-4': '0363',
  's-5': '0599',
  's-6': '0518',
  followed: '1680',
  misfollowed: '1680',
};

const code = testInstanceCode();
const ids = {
  brp: clientRef(`${code}/GOV/00000001/brp`),
  stranger: clientRef(`${code}/GOV/00000002/x`),
  amsterdam: clientRef(`${code}/MUN/0363/burgerzaken`),
  rotterdam: clientRef(`${code}/MUN/0599/burgerzaken`),
  hague: clientRef(`${code}/MUN/0518/burgerzaken`),
  utrecht: clientRef(`${code}/MUN/0344/burgerzaken`),
};
const memberOf = (id: ClientId) => `${id.instance ?? ''}/${id.memberClass ?? ''}/${id.memberCode ?? ''}`;

let instance: TestInstance;
let apis: OperatorApis;
let router: ServiceProcess;
let httpPort: number;
let publisher: EventPublisher;
const signers: Record<string, EnvelopeSigner> = {};
const subscriptions: Record<string, string> = {};
/** Every subscription's topic (removed with the run). */
const subscriptionTopics: string[] = [];
const readers: Record<string, TopicReader> = {};
/** Published events by subject, in order. */
const published = new Map<string, Buffer[]>();

async function subscribe(
  subscriber: ClientId,
  eventType: string,
  filter: string,
  options: { bound?: string; includeFollowed?: boolean; approve?: boolean } = {},
) {
  const requested = await apis.registry.call<{ id: string }>('RequestSubscription', {
    subscriber,
    eventType,
    filterJson: filter,
    purpose: 'residents',
    includeFollowed: options.includeFollowed ?? false,
  });
  subscriptionTopics.push(subscriptionTopic(subscriber, requested.id));
  if (options.approve ?? true) {
    await apis.registry.call('DecideSubscription', {
      id: requested.id,
      decision: 'SUBSCRIPTION_STATUS_APPROVED',
      decidedBy: ids.brp,
      approvedFilterJson: options.bound ?? '',
    });
  }
  return requested.id;
}

/** The value of a router metric whose labels include `labels`. */
async function metric(name: string, labels: Record<string, string> = {}, port = httpPort): Promise<number> {
  const text = await (await fetch(`http://127.0.0.1:${port}/metrics`)).text();
  const wanted = Object.entries(labels).map(([key, value]) => `${key}="${value}"`);
  const line = text
    .split('\n')
    .find((row) =>
      row.startsWith(`${name}{`) || row.startsWith(`${name} `)
        ? wanted.every((label) => row.includes(label))
        : false,
    );
  return line ? Number(line.slice(line.lastIndexOf(' ') + 1)) : 0;
}

async function publishRound(round: number, subjects = Object.keys(SUBJECTS)): Promise<void> {
  await Promise.all(
    subjects.map(async (subjectKey) => {
      const event: TestEvent = {
        eventType: RELOCATED,
        subjectKey,
        sequence: round,
        attributes: { municipality: SUBJECTS[subjectKey] ?? '' },
      };
      const value = await publisher.publish(signers['brp']!, ids.brp, event);
      published.set(subjectKey, [...(published.get(subjectKey) ?? []), value]);
    }),
  );
}

const sequenceOf = (message: ConsumedMessage) => Number(message.headers[HEADERS.subjectSequence]?.toString());
const keyOf = (message: ConsumedMessage) => message.key?.toString() ?? '';

/** A subscription topic's messages: exactly the published events of `subjects`, unchanged, each subject in order. */
function expectExactly(
  messages: readonly ConsumedMessage[],
  subjects: readonly string[],
  rounds = ROUNDS,
): void {
  const bySubject = new Map<string, ConsumedMessage[]>();
  for (const message of messages)
    bySubject.set(keyOf(message), [...(bySubject.get(keyOf(message)) ?? []), message]);
  expect([...bySubject.keys()].sort()).toEqual([...subjects].sort());
  for (const subject of subjects) {
    const received = bySubject.get(subject) ?? [];
    expect(received.map(sequenceOf)).toEqual(Array.from({ length: rounds }, (_, i) => i + 1));
    expect(received.map((m) => m.value)).toEqual(published.get(subject)?.slice(0, rounds));
  }
}

beforeAll(async () => {
  instance = await createTestInstance(code);
  await instance.startRegistry();
  await instance.startSigner();
  apis = operatorApis(instance);
  for (const [name, id] of Object.entries(ids)) {
    const key = await registerMember(instance, apis, memberOf(id), [id.subsystem]);
    signers[name] = keyFileSigner(key, `test-${name}`);
  }
  await apis.registry.call('AddEventType', {
    eventType: {
      name: RELOCATED,
      owner: ids.brp,
      payloadType: 'type.googleapis.com/sild.examples.population.v1.PersonRelocated',
    },
  });
  subscriptions['amsterdam'] = await subscribe(ids.amsterdam, RELOCATED, '{"exact":{"municipality":"0363"}}');
  // asks for every municipality starting with 05; the register allows Rotterdam's own only
  subscriptions['rotterdam'] = await subscribe(ids.rotterdam, RELOCATED, '{"prefix":{"municipality":"05"}}', {
    bound: '{"exact":{"municipality":"0599"}}',
  });
  subscriptions['hague'] = await subscribe(ids.hague, RELOCATED, '', { includeFollowed: true });
  subscriptions['utrecht'] = await subscribe(ids.utrecht, RELOCATED, '', { approve: false });
  httpPort = await freePort();
  router = startService('router', 'apps/router/src/main.ts', {
    SILD_ANCHOR_FILE: instance.anchorFile,
    HTTP_PORT: String(httpPort),
    ROUTER_INSTANCE_ID: 'router-e2e',
  });
  await router.ready();
  publisher = new EventPublisher(instance);
  for (const name of ['amsterdam', 'rotterdam', 'hague'] as const) {
    readers[name] = await readTopic(instance.kafka, subscriptionTopic(ids[name], subscriptions[name] ?? ''));
  }
  const topics = platformTopics(code);
  readers['decisions'] = await readTopic(instance.kafka, topics.decisions);
  readers['dlq'] = await readTopic(instance.kafka, deadLetterTopic(eventTopic(code, RELOCATED)));
}, 240_000);

afterAll(async () => {
  for (const reader of Object.values(readers)) await reader.stop();
  await publisher.stop();
  await router.stop();
  apis.close();
  const routed = [eventTopic(code, RELOCATED), eventTopic(code, BORN)];
  await instance.admin.deleteTopics(
    [...routed, ...subscriptionTopics].flatMap((topic) => [topic, deadLetterTopic(topic)]),
  );
  await instance.close();
});

const decisions = () =>
  (readers['decisions']?.messages ?? []).map((m) => wire.Decision.decode(m.value ?? Buffer.alloc(0)));

describe('router', () => {
  it('fans events out to exactly the matching subscriptions, unchanged and in per-subject order', async () => {
    const hague = subscriptions['hague'] ?? '';
    await publisher.follow(signers['hague']!, ids.hague, ids.brp, {
      subscriptionId: hague,
      subjectKey: 'followed',
      following: true,
    });
    // Rotterdam cannot follow a subject for The Hague's subscription
    await publisher.follow(signers['rotterdam']!, ids.rotterdam, ids.brp, {
      subscriptionId: hague,
      subjectKey: 'misfollowed',
      following: true,
    });
    await expectEventually(async () => {
      expect(await metric('sild_router_follow_indications_total', { outcome: 'followed' })).toBe(1);
      expect(await metric('sild_router_follow_indications_total', { outcome: 'refused' })).toBe(1);
    });

    for (let round = 1; round <= ROUNDS; round++) await publishRound(round);
    await expectEventually(
      () => {
        expect(readers['amsterdam']?.messages).toHaveLength(2 * ROUNDS);
        expect(readers['rotterdam']?.messages).toHaveLength(2 * ROUNDS);
        expect(readers['hague']?.messages).toHaveLength(ROUNDS);
      },
      { timeoutMs: 60_000 },
    );
    expectExactly(readers['amsterdam']?.messages ?? [], ['s-0', 's-4']);
    expectExactly(readers['rotterdam']?.messages ?? [], ['s-1', 's-5']);
    expectExactly(readers['hague']?.messages ?? [], ['followed']);
    // the requested subscription was never approved: no topic, nothing routed
    expect(await instance.admin.listTopics()).not.toContain(
      subscriptionTopic(ids.utrecht, subscriptions['utrecht'] ?? ''),
    );
    await expectEventually(() => {
      const router = decisions().filter((d) => d.role === DecisionRole.DECISION_ROLE_ROUTER);
      const sent = router.filter((d) => d.outcome === DecisionOutcome.DECISION_OUTCOME_SENT);
      expect(sent).toHaveLength(5 * ROUNDS);
      expect(new Set(sent.map((d) => d.subscriptionId))).toEqual(
        new Set([subscriptions['amsterdam'], subscriptions['rotterdam'], hague]),
      );
      expect(router.filter((d) => d.outcome === DecisionOutcome.DECISION_OUTCOME_DENIED)).toMatchObject([
        { reason: Reason.REASON_ACCESS_DENIED, subscriptionId: hague, topic: platformTopics(code).follows },
      ]);
    });
  });

  it('dead-letters garbage and an event signed by a member that does not own the type, with decisions, and goes on', async () => {
    const topic = eventTopic(code, RELOCATED);
    await publisher.raw(topic, Buffer.from('not an envelope'), 's-0');
    const forged = await publisher.publish(signers['stranger']!, ids.stranger, {
      eventType: RELOCATED,
      subjectKey: 's-0',
      sequence: 99,
      attributes: { municipality: '0363' },
    });
    await publishRound(ROUNDS + 1, ['s-0']);
    await expectEventually(() => {
      expect(readers['amsterdam']?.messages).toHaveLength(2 * ROUNDS + 1);
      expect(readers['dlq']?.messages).toHaveLength(2);
    });
    expect(readers['amsterdam']?.messages.at(-1)?.value).toEqual(published.get('s-0')?.at(-1));
    const [garbage, refused] = readers['dlq']?.messages ?? [];
    expect(garbage?.value?.toString()).toBe('not an envelope');
    expect(refused?.value).toEqual(forged);
    expect(refused?.headers[DEAD_LETTER_HEADERS.sourceTopic]?.toString()).toBe(topic);
    expect(refused?.headers[DEAD_LETTER_HEADERS.error]?.toString()).toMatch(/^REASON_ACCESS_DENIED: /);
    await expectEventually(() => {
      const router = decisions().filter(
        (d) => d.role === DecisionRole.DECISION_ROLE_ROUTER && d.topic === topic,
      );
      expect(
        router.filter((d) => d.outcome === DecisionOutcome.DECISION_OUTCOME_DEAD_LETTERED),
      ).toMatchObject([{ reason: Reason.REASON_MALFORMED, messageId: '' }]);
      expect(router.filter((d) => d.outcome === DecisionOutcome.DECISION_OUTCOME_DENIED)).toMatchObject([
        { reason: Reason.REASON_ACCESS_DENIED },
      ]);
    });
  });

  it('sends nothing to a subscription after it is revoked', async () => {
    await apis.registry.call('DecideSubscription', {
      id: subscriptions['amsterdam'],
      decision: 'SUBSCRIPTION_STATUS_REVOKED',
      decidedBy: ids.amsterdam,
      reason: 'moved to another provider',
    });
    await expectEventually(async () => {
      expect(await metric('sild_router_subscriptions_routed', { event_type: RELOCATED })).toBe(2);
    });
    const before = readers['amsterdam']?.messages.length;
    await publishRound(ROUNDS + 2);
    await expectEventually(() => {
      expect(readers['rotterdam']?.messages).toHaveLength(2 * ROUNDS + 2);
      expect(readers['hague']?.messages).toHaveLength(ROUNDS + 1);
    });
    expect(readers['amsterdam']?.messages).toHaveLength(before ?? -1);
  });

  it('routes a newly registered event type (the router subscribes to its topic)', async () => {
    await apis.registry.call('AddEventType', {
      eventType: { name: BORN, owner: ids.brp, payloadType: 'type.googleapis.com/x.Born' },
    });
    subscriptions['amsterdam-born'] = await subscribe(ids.amsterdam, BORN, '');
    await expectEventually(async () => {
      expect(await metric('sild_router_subscriptions_routed', { event_type: BORN })).toBe(1);
    });
    const born = await readTopic(
      instance.kafka,
      subscriptionTopic(ids.amsterdam, subscriptions['amsterdam-born'] ?? ''),
    );
    readers['born'] = born;
    const value = await publisher.publish(signers['brp']!, ids.brp, {
      eventType: BORN,
      subjectKey: 'baby',
      sequence: 1,
      attributes: {},
    });
    await expectEventually(() => {
      expect(born.messages.map((m) => m.value)).toEqual([value]);
    });
  });

  it('shares the event topics between replicas, and one killed mid-stream loses nothing', async () => {
    const secondPort = await freePort();
    const second = startService('router-b', 'apps/router/src/main.ts', {
      SILD_ANCHOR_FILE: instance.anchorFile,
      HTTP_PORT: String(secondPort),
      ROUTER_INSTANCE_ID: 'router-e2e-b',
    });
    await second.ready();
    const rotterdam = readers['rotterdam']!;
    const before = rotterdam.messages.length;
    const subjects = Array.from({ length: 12 }, (_, i) => `k-${i}`);
    const rounds = 60;
    const sent = new Set<string>();
    let killed: Promise<void> | undefined;
    for (let round = 1; round <= rounds; round++) {
      if (round === 20) {
        // the second replica has its share of the partitions, and has routed some events
        const routedBySecond = { subscription: subscriptions['rotterdam'] ?? '' };
        expect(await metric('sild_router_events_routed_total', routedBySecond, secondPort)).toBeGreaterThan(
          0,
        );
        killed = second.kill(); // while this round is being routed
      }
      await Promise.all(
        subjects.map(async (subjectKey) => {
          const event = {
            eventType: RELOCATED,
            subjectKey,
            sequence: round,
            attributes: { municipality: '0599' },
          };
          sent.add((await publisher.publish(signers['brp']!, ids.brp, event)).toString('base64'));
        }),
      );
    }
    await killed;
    const received = () => rotterdam.messages.slice(before);
    await expectEventually(
      () => {
        expect(new Set(received().map((m) => m.value?.toString('base64')))).toEqual(sent);
      },
      { timeoutMs: 90_000 },
    );
    // at least once: a subject's events may come again after a kill, but each first copy in order
    for (const subject of subjects) {
      const firsts: number[] = [];
      for (const message of received().filter((m) => keyOf(m) === subject)) {
        if (!firsts.includes(sequenceOf(message))) firsts.push(sequenceOf(message));
      }
      expect(firsts).toEqual(Array.from({ length: rounds }, (_, i) => i + 1));
    }
    console.log(`replica killed: ${received().length - sent.size} duplicates of ${sent.size} events`);
  });

  it('stops cleanly on SIGTERM', async () => {
    expect(await router.stop()).toBe(0);
    expect(router.output()).toContain('stopped');
  });
});
