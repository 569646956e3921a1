import { describe, expect, it } from 'vitest';
import { decodePersonEvent } from '../events/person-event-payloads';
import { kindOfEventType, type PersonEvent } from '../events/person-events';
import { PopulationRegister } from '../population-register';
import { ChangeFeed } from './change-feed';
import { ChangeGenerator } from './change-generator';
import { ChangeOutbox, type EventSink } from './change-outbox';
import { ChangeSchedule } from './change-schedule';

function setup(capacity = 1_000, hold = false) {
  const register = PopulationRegister.generate({ size: 500, seed: 'feed-spec' });
  const published: PersonEvent[] = [];
  const releases: (() => void)[] = [];
  const sink: EventSink = {
    publish: async (event) => {
      if (hold) await new Promise<void>((resolve) => releases.push(resolve));
      published.push(event);
      return { messageId: String(published.length), subjectSequence: 1 };
    },
  };
  const outbox = new ChangeOutbox(sink, { capacity, retry: { initialMs: 1, maxMs: 1 } });
  const applied: string[] = [];
  const feed = new ChangeFeed(new ChangeGenerator(register, 'feed-spec'), outbox, {
    applied: (c) => applied.push(c.kind),
  });
  return { register, published, outbox, feed, applied, releases };
}

describe('ChangeFeed', () => {
  it('publishes an event for every change it applies, with the register state after the change', async () => {
    const { register, published, feed, applied } = setup();
    const batch = await feed.apply(200);
    await batch.settled();
    expect(batch.total).toBe(200);
    expect(batch.published).toBe(200);
    expect(Object.values(batch.applied).reduce((a, b) => a + b, 0)).toBe(200);
    expect(published.map((e) => e.kind)).toHaveLength(200);
    expect(applied).toHaveLength(200);
    const last = published.at(-1)!;
    const payload = decodePersonEvent(kindOfEventType(last.eventType)!, last.payload);
    const id = payload.kind === 'born' ? payload.person.nationalId : payload.nationalId;
    expect(last.subject).toBe(id);
    expect(last.attributes['revision']).toBe(String(register.revisionOf(id)));
  });

  it('applies no change while the outbox is full', async () => {
    const { feed, outbox, applied, releases } = setup(3, true);
    expect([feed.tryApply(), feed.tryApply(), feed.tryApply(), feed.tryApply()]).toEqual([
      true,
      true,
      true,
      false,
    ]);
    expect(applied).toHaveLength(3);
    const more = feed.apply(1);
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(applied).toHaveLength(3);
    for (const release of releases.splice(0)) release();
    await more;
    expect(applied).toHaveLength(4);
    for (const release of releases.splice(0)) release();
    await new Promise((resolve) => setTimeout(resolve, 5));
    for (const release of releases.splice(0)) release();
    await outbox.drained();
  });
});

describe('ChangeSchedule', () => {
  it('applies changes at the configured rate and stops after the total', () => {
    const { feed, applied } = setup();
    const schedule = new ChangeSchedule(feed, { perSecond: 20, total: 50 });
    expect(schedule.tick(1_000)).toBe(1);
    expect(schedule.tick(1_100)).toBe(2);
    expect(schedule.tick(2_000)).toBe(18);
    expect(schedule.tick(2_000)).toBe(0);
    expect(schedule.tick(10_000)).toBe(29);
    expect(schedule.finished).toBe(true);
    expect(schedule.tick(20_000)).toBe(0);
    expect(applied).toHaveLength(50);
  });

  it('makes nothing at rate 0, and slips instead of bursting after a full outbox', async () => {
    const idle = setup();
    expect(new ChangeSchedule(idle.feed, { perSecond: 0 }).tick(0)).toBe(0);
    const { feed, releases, outbox } = setup(2, true);
    const schedule = new ChangeSchedule(feed, { perSecond: 10 });
    const releaseAll = async () => {
      await new Promise((resolve) => setTimeout(resolve, 2));
      for (const release of releases.splice(0)) release();
      await new Promise((resolve) => setTimeout(resolve, 2));
    };
    expect(schedule.tick(0)).toBe(1);
    expect(schedule.tick(5_000)).toBe(1); // 50 due, room for one: the schedule slips to 4.8 s
    await releaseAll();
    expect(schedule.tick(5_100)).toBe(2); // due at 5.1 s: 3 since 4.8 s, one of them made
    await releaseAll();
    await outbox.drained();
    expect(schedule.count).toBe(4);
  });
});
