import { describe, expect, it } from 'vitest';
import { register } from 'prom-client';
import type { AttemptOutcome } from './delivery.ports';
import { backoffMs, retryBudgetMs } from './retry-policy';
import { deliverable, FakeClock, FakeWebhook, POLICY, settle, SUBSCRIPTION_ID } from './testing';
import { WebhookChannel } from './webhook-channel';

const failing = (error = 'HTTP 503'): AttemptOutcome => ({ ok: false, permanent: false, error });

/** Answers in order; the last answer repeats. */
const script = (...answers: AttemptOutcome[]) => {
  let call = 0;
  return () => Promise.resolve(answers[Math.min(call++, answers.length - 1)]!);
};

const retries = async () =>
  (await register.getSingleMetric('sild_gateway_delivery_retries_total')?.get())?.values.find(
    (v) => v.labels['subscription'] === SUBSCRIPTION_ID,
  )?.value ?? 0;

function channel(webhook: FakeWebhook, random = () => 0.5) {
  const clock = new FakeClock();
  return { clock, channel: new WebhookChannel(webhook, POLICY, clock, random) };
}

describe('retry policy', () => {
  it('backs off exponentially up to the longest backoff, with jitter between half and all of it', () => {
    expect([1, 2, 3, 4].map((attempt) => backoffMs(POLICY, attempt, () => 1))).toEqual([100, 200, 400, 400]);
    expect([1, 2, 3, 4].map((attempt) => backoffMs(POLICY, attempt, () => 0))).toEqual([50, 100, 200, 200]);
  });

  it('budgets every attempt timeout and every pause', () => {
    expect(retryBudgetMs(POLICY)).toBe(3 * 1_000 + 100 + 200);
    expect(
      retryBudgetMs({ maxAttempts: 8, initialBackoffMs: 200, maxBackoffMs: 30_000, attemptTimeoutMs: 5_000 }),
    ).toBe(8 * 5_000 + 200 + 400 + 800 + 1_600 + 3_200 + 6_400 + 12_800);
  });
});

describe('WebhookChannel', () => {
  it('delivers at the first attempt when the endpoint takes the event', async () => {
    const webhook = new FakeWebhook();
    const { channel: webhookChannel, clock } = channel(webhook);
    await expect(webhookChannel.deliver(deliverable('m-1'), new AbortController().signal)).resolves.toEqual({
      delivered: true,
      attempts: 1,
    });
    expect(webhook.received.map((e) => e.attempt)).toEqual([1]);
    expect(clock.sleeping).toBe(0);
  });

  it('retries a failing endpoint with backoff until it recovers', async () => {
    const before = await retries();
    const webhook = new FakeWebhook(script(failing(), failing(), { ok: true }));
    const { channel: webhookChannel, clock } = channel(webhook);
    const delivery = webhookChannel.deliver(deliverable('m-2'), new AbortController().signal);
    await settle();
    expect(webhook.received).toHaveLength(1);
    await clock.advance(74);
    expect(webhook.received).toHaveLength(1);
    await clock.advance(1);
    expect(webhook.received).toHaveLength(2);
    await clock.advance(150);
    await expect(delivery).resolves.toEqual({ delivered: true, attempts: 3 });
    expect(webhook.received.map((e) => e.attempt)).toEqual([1, 2, 3]);
    expect(clock.sleeps).toEqual([75, 150]);
    expect((await retries()) - before).toBe(2);
  });

  it('gives up after the last attempt of the budget', async () => {
    const webhook = new FakeWebhook(script(failing('HTTP 500')));
    const { channel: webhookChannel, clock } = channel(webhook);
    const delivery = webhookChannel.deliver(deliverable('m-3'), new AbortController().signal);
    await clock.advance(10_000);
    await expect(delivery).resolves.toEqual({
      delivered: false,
      attempts: 3,
      error: 'HTTP 500',
      permanent: false,
    });
  });

  it('does not retry a permanent refusal', async () => {
    const webhook = new FakeWebhook(script({ ok: false, permanent: true, error: 'HTTP 400' }));
    const { channel: webhookChannel } = channel(webhook);
    await expect(webhookChannel.deliver(deliverable('m-4'), new AbortController().signal)).resolves.toEqual({
      delivered: false,
      attempts: 1,
      error: 'HTTP 400',
      permanent: true,
    });
  });

  it('ends an attempt at its timeout and counts it failed; a thrown error is a failure too', async () => {
    let calls = 0;
    const webhook = new FakeWebhook(
      (_event, signal) =>
        new Promise((resolve, reject) => {
          calls++;
          if (calls === 2) reject(new Error('connection refused'));
          else if (calls === 3) resolve({ ok: true });
          else
            signal.addEventListener('abort', () => {
              reject(signal.reason as Error);
            });
        }),
    );
    const { channel: webhookChannel, clock } = channel(webhook);
    const delivery = webhookChannel.deliver(deliverable('m-5'), new AbortController().signal);
    await clock.advance(POLICY.attemptTimeoutMs);
    expect(calls).toBe(1);
    await clock.advance(75);
    expect(calls).toBe(2);
    await clock.advance(150);
    await expect(delivery).resolves.toEqual({ delivered: true, attempts: 3 });
    expect(clock.sleeping).toBe(0);
  });

  it('waits as long as Retry-After asks, up to the longest backoff', async () => {
    const webhook = new FakeWebhook(
      script({ ok: false, permanent: false, error: 'HTTP 429', retryAfterMs: 60_000 }, { ok: true }),
    );
    const { channel: webhookChannel, clock } = channel(webhook);
    const delivery = webhookChannel.deliver(deliverable('m-6'), new AbortController().signal);
    await clock.advance(400);
    await expect(delivery).resolves.toEqual({ delivered: true, attempts: 2 });
    expect(clock.sleeps).toContain(400);
  });

  it('stops when its signal aborts, deciding nothing', async () => {
    const webhook = new FakeWebhook(script(failing()));
    const { channel: webhookChannel } = channel(webhook);
    const stop = new AbortController();
    const delivery = webhookChannel.deliver(deliverable('m-7'), stop.signal);
    await settle();
    stop.abort(new Error('stopping'));
    await expect(delivery).rejects.toThrow('stopping');
  });
});
