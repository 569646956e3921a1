import { beforeEach, describe, expect, it } from 'vitest';
import { DecisionRole, MessageKind, platformTopics, Reason, wire } from '@sild/contracts';
import {
  FakeBus,
  gatewayWorld,
  RecordingDecisionLog,
  BRP,
  CLIENT,
  CLIENT_MEMBER,
  type GatewayWorld,
} from '../testing';
import { GatewayException } from '../gateway.exception';
import type { EventDirectory, SubscriptionEntry } from './events.ports';
import { FollowIndicationsService, followKey, type FollowInput } from './follow-indications.service';
import { subjectKeyOf } from './subject-key';

const RELOCATED = 'nl.brp.person.relocated.v1';
const SECRET = Buffer.from('an instance secret of 32+ bytes!!');
const NOW = Date.now();

const subscriptions: Record<string, SubscriptionEntry> = {
  s1: { subscriber: CLIENT, eventType: RELOCATED, status: 'APPROVED' },
  revoked: { subscriber: CLIENT, eventType: RELOCATED, status: 'REVOKED' },
  foreign: { subscriber: { ...CLIENT, memberCode: '0599' }, eventType: RELOCATED, status: 'APPROVED' },
};
const directory: EventDirectory = {
  eventType: (name) => (name === RELOCATED ? { owner: BRP, payloadType: '' } : undefined),
  subscription: (id) => subscriptions[id],
};

const input = (overrides: Partial<FollowInput> = {}): FollowInput => ({
  subscriber: CLIENT,
  subscriptionId: 's1',
  subject: '999990019',
  following: true,
  ...overrides,
});

/** Events and follow indications live longer than calls. */
const LONG_LIVED = { maxLifetimeMs: 11 * 365 * 86_400_000 };

describe('FollowIndicationsService', () => {
  let world: GatewayWorld;
  let bus: FakeBus;
  let follows: FollowIndicationsService;

  beforeEach(() => {
    world = gatewayWorld();
    bus = new FakeBus();
    follows = new FollowIndicationsService(
      world.clientSigner,
      bus,
      directory,
      new RecordingDecisionLog(),
      { member: CLIENT_MEMBER, maxPayloadBytes: 1024, subjectSecret: SECRET, eventTtlMs: 1 },
      () => NOW,
    );
  });

  it('signs the indication as the subscriber onto the follows topic, one key per subscription and subject', async () => {
    const until = NOW + 86_400_000;
    const outcome = await follows.follow(input({ untilMs: until }));
    const subjectKey = subjectKeyOf(SECRET, '999990019');
    expect(outcome.subjectKey).toBe(subjectKey);
    const [sent] = bus.sent;
    expect(sent?.topic).toBe(platformTopics('NL').follows);
    expect(sent?.message.key).toBe(followKey('s1', subjectKey));
    const verified = world.verifier(LONG_LIVED).authenticate(sent?.message.value ?? new Uint8Array());
    expect(verified.header).toMatchObject({
      kind: MessageKind.MESSAGE_KIND_MANAGEMENT,
      sender: CLIENT,
      recipientClient: BRP,
    });
    const indication = wire.FollowIndication.decode(verified.payload);
    expect(indication).toMatchObject({ subscriptionId: 's1', subjectKey, following: true });
    expect(Number(indication.until?.seconds)).toBe(Math.floor(until / 1000));

    await follows.follow(input({ following: false }));
    const withdrawn = world.verifier(LONG_LIVED).authenticate(bus.sent[1]?.message.value ?? new Uint8Array());
    expect(wire.FollowIndication.decode(withdrawn.payload)).toMatchObject({ following: false, until: null });
  });

  it('refuses unknown, foreign and closed subscriptions, and a past end', async () => {
    const cases: [Partial<FollowInput>, Reason][] = [
      [{ subscriptionId: 'nope' }, Reason.REASON_NOT_FOUND],
      [{ subscriptionId: 'foreign' }, Reason.REASON_ACCESS_DENIED],
      [{ subscriptionId: 'revoked' }, Reason.REASON_FAILED_PRECONDITION],
      [{ untilMs: NOW - 1 }, Reason.REASON_INVALID_ARGUMENT],
      [{ subscriber: BRP }, Reason.REASON_ACCESS_DENIED],
    ];
    for (const [overrides, reason] of cases) {
      const error: unknown = await follows.follow(input(overrides)).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(GatewayException);
      expect((error as GatewayException).reason, JSON.stringify(overrides)).toBe(reason);
    }
    expect(bus.sent).toEqual([]);
    expect(DecisionRole.DECISION_ROLE_SUBSCRIBER).toBe(5);
  });
});
