import { describe, expect, it } from 'vitest';
import type { ChannelOutcome } from './delivery.model';
import { StreamChannel } from './stream-channel';
import { deliverable, FakeClock, POLICY, settle, SUBSCRIPTION_ID } from './testing';

function hub(maxInFlight = 2) {
  const clock = new FakeClock();
  const connected: boolean[] = [];
  const channel = new StreamChannel({
    subscriptionId: SUBSCRIPTION_ID,
    policy: POLICY,
    clock,
    maxInFlight,
    onConnected: (state) => connected.push(state),
  });
  const outcomes = new Map<string, ChannelOutcome>();
  const deliver = (id: string, signal = new AbortController().signal) => {
    const delivery = channel.deliver(deliverable(id), signal);
    void delivery.then((outcome) => outcomes.set(id, outcome)).catch(() => undefined);
    return delivery;
  };
  return { clock, channel, connected, outcomes, deliver };
}

describe('StreamChannel', () => {
  it('keeps events waiting while no stream is open, spending none of the budget', async () => {
    const { clock, channel, connected, outcomes, deliver } = hub();
    void deliver('m-1');
    await clock.advance(60 * 60_000);
    expect(outcomes.size).toBe(0);
    expect(channel.queued).toBe(1);
    const session = channel.open(0);
    expect(connected).toEqual([true]);
    expect(await session.next()).toMatchObject({ messageId: 'm-1', attempt: 1 });
    expect(session.ack(['m-1', 'unknown'])).toBe(1);
    await settle();
    expect(outcomes.get('m-1')).toEqual({ delivered: true, attempts: 1 });
  });

  it('sends at most max-in-flight unacknowledged events on a stream, never more than the gateway allows', async () => {
    const { channel, deliver } = hub(2);
    for (const id of ['m-1', 'm-2', 'm-3']) void deliver(id);
    expect(channel.open(10).maxInFlight).toBe(2);
    const session = channel.open(1);
    expect(session.maxInFlight).toBe(1);
    expect(await session.next()).toMatchObject({ messageId: 'm-1' });
    let third: unknown;
    void session.next().then((delivery) => (third = delivery));
    await settle();
    expect(third).toBeUndefined();
    session.ack(['m-1']);
    await settle();
    expect(third).toMatchObject({ messageId: 'm-2' });
  });

  it('delivers unacknowledged events again, in order, on the next stream when a stream closes', async () => {
    const { clock, channel, connected, outcomes, deliver } = hub(4);
    for (const id of ['m-1', 'm-2', 'm-3']) void deliver(id);
    const first = channel.open(0);
    expect((await first.next())?.messageId).toBe('m-1');
    expect((await first.next())?.messageId).toBe('m-2');
    first.ack(['m-1']);
    await clock.advance(500);
    first.close();
    expect(await first.next()).toBeUndefined();
    expect(connected).toEqual([true, false]);
    await clock.advance(60_000);
    expect(outcomes.has('m-2')).toBe(false);
    const second = channel.open(0);
    expect(await second.next()).toMatchObject({ messageId: 'm-2', attempt: 2 });
    expect(await second.next()).toMatchObject({ messageId: 'm-3', attempt: 1 });
    second.ack(['m-2', 'm-3']);
    await settle();
    expect(outcomes.get('m-2')).toEqual({ delivered: true, attempts: 2 });
  });

  it('fails an event a stream keeps unacknowledged for the retry budget, over all its streams', async () => {
    const { clock, channel, outcomes, deliver } = hub();
    void deliver('m-1');
    const first = channel.open(0);
    await first.next();
    await clock.advance(2_000);
    first.close();
    const second = channel.open(0);
    expect(await second.next()).toMatchObject({ messageId: 'm-1', attempt: 2 });
    await clock.advance(1_299);
    expect(outcomes.has('m-1')).toBe(false);
    await clock.advance(1);
    expect(outcomes.get('m-1')).toEqual({
      delivered: false,
      attempts: 2,
      error: 'not acknowledged within 3300 ms',
      permanent: false,
    });
    expect(second.unacknowledged).toBe(0);
    expect(second.ack(['m-1'])).toBe(0);
  });

  it('fails an event sent on as many streams as the budget has attempts', async () => {
    const { channel, outcomes, deliver } = hub();
    void deliver('poison');
    for (let attempt = 1; attempt <= POLICY.maxAttempts; attempt++) {
      const session = channel.open(0);
      expect(await session.next()).toMatchObject({ attempt });
      session.close();
    }
    const last = channel.open(0);
    let next: unknown = 'none yet';
    void last.next().then((delivery) => (next = delivery));
    await settle();
    expect(next).toBe('none yet');
    expect(outcomes.get('poison')).toMatchObject({ delivered: false, attempts: 3 });
  });

  it('forgets an event whose caller stops', async () => {
    const { channel, deliver } = hub();
    const stop = new AbortController();
    const delivery = deliver('m-1', stop.signal);
    const session = channel.open(0);
    await session.next();
    stop.abort(new Error('stopping'));
    await expect(delivery).rejects.toThrow('stopping');
    expect(session.unacknowledged).toBe(0);
    const waiting = deliver('m-2', stop.signal);
    await expect(waiting).rejects.toThrow('stopping');
    expect(channel.queued).toBe(0);
  });
});
