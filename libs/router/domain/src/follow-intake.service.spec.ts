import { beforeAll, describe, expect, it } from 'vitest';
import { DecisionOutcome, DecisionRole, platformTopics, Reason } from '@sild/contracts';
import { FOLLOW_MAX_LIFETIME_MS, FollowIndex, FollowIntakeService } from './index';
import {
  AMSTERDAM,
  DECIDER,
  INSTANCE,
  RecordingDecisionLog,
  ROTTERDAM,
  inbound,
  routerWorld,
  signedFollow,
  subscriptionEntity,
  tableOf,
  type FollowOptions,
  type RouterWorld,
} from './testing';

const TOPIC = platformTopics(INSTANCE).follows;
const FOREVER = 10 ** 15;

describe('FollowIntakeService', () => {
  let world: RouterWorld;
  beforeAll(() => {
    world = routerWorld();
  });

  function intake(graceMs = 1_000) {
    const index = new FollowIndex();
    const decisions = new RecordingDecisionLog();
    const state = {
      table: tableOf([subscriptionEntity({ id: 'ams', includeFollowed: true })]),
      now: Date.now(),
    };
    const service = new FollowIntakeService(
      world.verifier(FOLLOW_MAX_LIFETIME_MS),
      () => state.table,
      index,
      decisions,
      {
        decider: DECIDER,
        graceMs,
        clock: () => state.now,
      },
    );
    const follow = (options: FollowOptions, member = world.amsterdam) =>
      service.handle(
        inbound(
          TOPIC,
          signedFollow(world, options, member),
          `${options.subscriptionId}/${options.subjectKey}`,
        ),
      );
    return { index, decisions, state, service, follow };
  }

  it('applies the subscriber’s indications: follow, follow until a date, withdraw, tombstone', async () => {
    const { index, decisions, service, follow } = intake();
    await follow({ subscriptionId: 'ams', subjectKey: 'p-1' });
    await follow({ subscriptionId: 'ams', subjectKey: 'p-2', untilMs: Date.now() + 60_000 });
    await follow({ subscriptionId: 'ams', subjectKey: 'p-3', untilMs: Date.now() - 60_000 });
    expect(index.isFollowed('ams', 'p-1', FOREVER)).toBe(true);
    expect(index.isFollowed('ams', 'p-2', Date.now())).toBe(true);
    expect(index.isFollowed('ams', 'p-2', Date.now() + 120_000)).toBe(false);
    expect(index.isFollowed('ams', 'p-3', Date.now())).toBe(false);

    await follow({ subscriptionId: 'ams', subjectKey: 'p-1', following: false });
    expect(index.isFollowed('ams', 'p-1', Date.now())).toBe(false);
    await service.handle(inbound(TOPIC, null, 'ams/p-2'));
    expect(index.isFollowed('ams', 'p-2', Date.now())).toBe(false);
    expect(decisions.records).toEqual([]);
  });

  it('refuses an indication not signed as the subscription’s subscriber', async () => {
    const { index, decisions, follow } = intake();
    await follow({ subscriptionId: 'ams', subjectKey: 'p-1', sender: ROTTERDAM }, world.rotterdam);
    await follow({
      subscriptionId: 'ams',
      subjectKey: 'p-2',
      sender: { ...AMSTERDAM, subsystem: 'sociaal' },
    });
    expect(index.isFollowed('ams', 'p-1', Date.now())).toBe(false);
    expect(index.isFollowed('ams', 'p-2', Date.now())).toBe(false);
    expect(decisions.records.map((r) => [r.outcome, r.reason, r.subscriptionId, r.role])).toEqual([
      [
        DecisionOutcome.DECISION_OUTCOME_DENIED,
        Reason.REASON_ACCESS_DENIED,
        'ams',
        DecisionRole.DECISION_ROLE_ROUTER,
      ],
      [
        DecisionOutcome.DECISION_OUTCOME_DENIED,
        Reason.REASON_ACCESS_DENIED,
        'ams',
        DecisionRole.DECISION_ROLE_ROUTER,
      ],
    ]);
  });

  it('waits for a subscription the view does not know yet, then applies it or refuses it after the grace period', async () => {
    const { index, decisions, state, service, follow } = intake();
    await follow({ subscriptionId: 'late', subjectKey: 'p-1' });
    await follow({ subscriptionId: 'never', subjectKey: 'p-1' });
    expect(service.waiting).toBe(2);
    await service.settle();
    expect(service.waiting).toBe(2);

    state.table = tableOf([subscriptionEntity({ id: 'late', includeFollowed: true, status: 'REQUESTED' })]);
    await service.settle();
    expect(index.isFollowed('late', 'p-1', Date.now())).toBe(true);
    expect(service.waiting).toBe(1);
    expect(decisions.records).toEqual([]);

    state.now += 1_000;
    await service.settle();
    expect(service.waiting).toBe(0);
    expect(decisions.records.map((r) => [r.outcome, r.reason, r.subscriptionId])).toEqual([
      [DecisionOutcome.DECISION_OUTCOME_DENIED, Reason.REASON_NOT_FOUND, 'never'],
    ]);
  });

  it('lets a later record of the same pair replace one still waiting', async () => {
    const { service, follow } = intake();
    await follow({ subscriptionId: 'later', subjectKey: 'p-1' });
    await service.handle(inbound(TOPIC, null, 'later/p-1'));
    expect(service.waiting).toBe(0);
  });

  it('refuses what is not a verified follow indication for the pair its key names', async () => {
    const { index, decisions, service } = intake();
    const valid = signedFollow(world, { subscriptionId: 'ams', subjectKey: 'p-1' });
    await service.handle(inbound(TOPIC, valid, 'ams/p-other'));
    await service.handle(inbound(TOPIC, valid, 'no-separator'));
    await service.handle(inbound(TOPIC, Buffer.from('garbage'), 'ams/p-1'));
    await service.handle(
      inbound(
        TOPIC,
        signedFollow(world, { subscriptionId: 'ams', subjectKey: 'p-1', payloadType: 'x' }),
        'ams/p-1',
      ),
    );
    world.revoked.add(world.amsterdam.certificate.keyIdHex);
    try {
      await service.handle(inbound(TOPIC, valid, 'ams/p-1'));
    } finally {
      world.revoked.clear();
    }
    expect(index.isFollowed('ams', 'p-1', Date.now())).toBe(false);
    expect(decisions.records.map((r) => r.reason)).toEqual([
      Reason.REASON_MALFORMED,
      Reason.REASON_MALFORMED,
      Reason.REASON_MALFORMED,
      Reason.REASON_MALFORMED,
      Reason.REASON_CERT_REVOKED,
    ]);
    expect(decisions.records[0]?.topic).toBe(TOPIC);
  });

  it('verifies an indication as of when it was written, so an ended interest is simply not followed', async () => {
    const { index, decisions, service } = intake();
    const untilMs = Date.now() + 50;
    const value = signedFollow(world, { subscriptionId: 'ams', subjectKey: 'p-1', untilMs, ttlMs: 50 });
    const written = { ...inbound(TOPIC, value, 'ams/p-1'), timestamp: Date.now() };
    await new Promise((resolve) => setTimeout(resolve, 80));
    await service.handle(written);
    expect(decisions.records).toEqual([]);
    expect(index.isFollowed('ams', 'p-1', untilMs - 1)).toBe(true);
    expect(index.isFollowed('ams', 'p-1', Date.now())).toBe(false);
  });
});
