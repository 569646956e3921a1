import { describe, expect, it } from 'vitest';
import { register } from 'prom-client';
import type { SubscriptionDelivery } from '@sild/gateway-domain';
import type { TopicAdmin } from '@sild/platform-kafka';
import { sampleLag } from './delivery-lag';

const admin = (committed: Record<number, string>) =>
  ({
    offsetRanges: () =>
      Promise.resolve(
        new Map([
          [0, { low: '0', high: '10' }],
          [1, { low: '20', high: '25' }],
        ]),
      ),
    committedOffsets: () =>
      Promise.resolve(new Map(Object.entries(committed).map(([p, o]) => [Number(p), o]))),
  }) as unknown as TopicAdmin;

const delivery = (times: ReturnType<SubscriptionDelivery['lagTimes']>) =>
  ({ subscriptionId: 'sub-lag', lagTimes: () => times }) as unknown as SubscriptionDelivery;

const gauge = async (name: string) =>
  (await register.getSingleMetric(name)?.get())?.values.find((v) => v.labels['subscription'] === 'sub-lag')
    ?.value;

describe('delivery lag', () => {
  it('counts the messages after the committed offsets (from the oldest kept where nothing was committed)', async () => {
    const lag = await sampleLag(
      admin({ 0: '7', 1: '-1' }),
      'group',
      { topic: 't', delivery: delivery({}) },
      50_000,
    );
    expect(lag).toEqual({ messages: 8, seconds: undefined });
    expect(await gauge('sild_gateway_delivery_lag_messages')).toBe(8);
  });

  it('measures seconds from the oldest event being delivered, else from the last one delivered', async () => {
    const running = (times: ReturnType<SubscriptionDelivery['lagTimes']>) => ({
      topic: 't',
      delivery: delivery(times),
    });
    const behind = admin({ 0: '9', 1: '25' });
    expect(
      await sampleLag(behind, 'g', running({ oldestPendingAt: 40_000, lastDeliveredAt: 45_000 }), 50_000),
    ).toEqual({
      messages: 1,
      seconds: 10,
    });
    expect(await sampleLag(behind, 'g', running({ lastDeliveredAt: 45_000 }), 50_000)).toEqual({
      messages: 1,
      seconds: 5,
    });
    expect(await gauge('sild_gateway_delivery_lag_seconds')).toBe(5);
    const caughtUp = admin({ 0: '10', 1: '25' });
    expect(await sampleLag(caughtUp, 'g', running({ lastDeliveredAt: 1 }), 50_000)).toEqual({
      messages: 0,
      seconds: 0,
    });
  });
});
