import { describe, expect, it } from 'vitest';
import { DecisionOutcome, DecisionRole, Reason } from '@sild/contracts';
import { CLIENT } from '../testing';
import type { ChannelOutcome, DeliverableEvent } from './delivery.model';
import type { DeliveryChannel } from './delivery.ports';
import { SubscriptionDelivery } from './subscription-delivery.service';
import {
  DELIVERY_OPTIONS,
  deliveryWorld,
  eventMessage,
  FakeClock,
  FakeDeliveryDirectory,
  RecordingDeadLetters,
  RecordingDecisionLog,
  signEvent,
  SUBSCRIPTION_ID,
  SUBSCRIPTION_TOPIC,
} from './testing';

const world = deliveryWorld();

/** A channel answering with `outcome` and keeping what it was given. */
class FakeChannel implements DeliveryChannel {
  readonly mode = 'webhook';
  readonly events: DeliverableEvent[] = [];
  constructor(public outcome: ChannelOutcome = { delivered: true, attempts: 1 }) {}
  deliver(event: DeliverableEvent): Promise<ChannelOutcome> {
    this.events.push(event);
    return Promise.resolve(this.outcome);
  }
}

function service(outcome?: ChannelOutcome) {
  const channel = new FakeChannel(outcome);
  const deadLetters = new RecordingDeadLetters();
  const decisions = new RecordingDecisionLog();
  const directory = new FakeDeliveryDirectory();
  const delivery = new SubscriptionDelivery(
    { verifier: world.eventVerifier, directory, channel, deadLetters, decisions, clock: new FakeClock() },
    DELIVERY_OPTIONS,
  );
  return { delivery, channel, deadLetters, decisions, directory };
}

const signal = () => new AbortController().signal;

describe('SubscriptionDelivery', () => {
  it('delivers a verified event and records DELIVERED as the subscriber, with subscription and attempt', async () => {
    const { delivery, channel, decisions, deadLetters } = service({ delivered: true, attempts: 2 });
    const message = eventMessage(await signEvent(world));
    expect(await delivery.handle(message, signal())).toBe('delivered');
    expect(channel.events).toHaveLength(1);
    expect(channel.events[0]?.redelivery).toBe(false);
    expect(deadLetters.letters).toEqual([]);
    expect(decisions.records).toEqual([
      expect.objectContaining({
        messageId: channel.events[0]?.messageId,
        outcome: DecisionOutcome.DECISION_OUTCOME_DELIVERED,
        role: DecisionRole.DECISION_ROLE_SUBSCRIBER,
        decidedBy: CLIENT,
        subscriptionId: SUBSCRIPTION_ID,
        attempt: 2,
        eventType: 'nl.brp.person.relocated.v1',
        topic: SUBSCRIPTION_TOPIC,
        offset: Number(message.offset),
      }),
    ]);
  });

  it('refuses an event of a revoked subscription: DENIED, nothing delivered, nothing dead-lettered', async () => {
    const { delivery, channel, decisions, deadLetters, directory } = service();
    directory.subscriptions.set(SUBSCRIPTION_ID, {
      ...directory.subscriptions.get(SUBSCRIPTION_ID)!,
      status: 'REVOKED',
    });
    expect(await delivery.handle(eventMessage(await signEvent(world)), signal())).toBe('refused');
    expect(channel.events).toEqual([]);
    expect(deadLetters.letters).toEqual([]);
    expect(decisions.records).toEqual([
      expect.objectContaining({
        outcome: DecisionOutcome.DECISION_OUTCOME_DENIED,
        reason: Reason.REASON_ACCESS_DENIED,
        detail: 'the subscription is REVOKED',
        subscriptionId: SUBSCRIPTION_ID,
      }),
    ]);
  });

  it('dead-letters bytes that are not an envelope, with a decision', async () => {
    const { delivery, channel, decisions, deadLetters } = service();
    const message = eventMessage(Buffer.from('garbage'));
    expect(await delivery.handle(message, signal())).toBe('dead_lettered');
    expect(channel.events).toEqual([]);
    expect(deadLetters.letters).toEqual([
      expect.objectContaining({
        key: '',
        value: message.value,
        reason: Reason.REASON_MALFORMED,
        attempts: 0,
        source: { topic: SUBSCRIPTION_TOPIC, partition: 0, offset: message.offset },
      }),
    ]);
    expect(decisions.records[0]).toMatchObject({
      messageId: '',
      outcome: DecisionOutcome.DECISION_OUTCOME_DEAD_LETTERED,
      reason: Reason.REASON_MALFORMED,
    });
  });

  it('dead-letters an event the channel gave up on, keyed by subject, with the error and attempts', async () => {
    const { delivery, decisions, deadLetters } = service({
      delivered: false,
      attempts: 3,
      error: 'HTTP 503',
      permanent: false,
    });
    const bytes = await signEvent(world, { subjectKey: 'subject-z' });
    expect(await delivery.handle(eventMessage(bytes), signal())).toBe('dead_lettered');
    expect(deadLetters.letters).toEqual([
      expect.objectContaining({
        subscriptionId: SUBSCRIPTION_ID,
        key: 'subject-z',
        value: bytes,
        reason: Reason.REASON_DELIVERY_FAILED,
        error: 'HTTP 503',
        attempts: 3,
      }),
    ]);
    expect(decisions.records[0]).toMatchObject({
      outcome: DecisionOutcome.DECISION_OUTCOME_DEAD_LETTERED,
      reason: Reason.REASON_DELIVERY_FAILED,
      detail: 'HTTP 503',
      attempt: 3,
    });
  });

  it('re-delivers dead letters: delivered, dropped when refused, kept when refused for good, left when failing', async () => {
    const { delivery, channel, deadLetters, decisions } = service();
    const event = eventMessage(await signEvent(world));
    expect(await delivery.redeliver(event, signal())).toBe('delivered');
    expect(channel.events.at(-1)?.redelivery).toBe(true);
    expect(await delivery.redeliver(eventMessage(Buffer.from('x')), signal())).toBe('refused');
    channel.outcome = { delivered: false, attempts: 1, error: 'HTTP 410', permanent: true };
    expect(await delivery.redeliver(event, signal())).toBe('kept');
    expect(deadLetters.letters).toHaveLength(1);
    channel.outcome = { delivered: false, attempts: 3, error: 'HTTP 503', permanent: false };
    expect(await delivery.redeliver(event, signal())).toBe('failed');
    expect(deadLetters.letters).toHaveLength(1);
    expect(decisions.records.at(-1)).toMatchObject({
      outcome: DecisionOutcome.DECISION_OUTCOME_DEAD_LETTERED,
      detail: 'redrive: HTTP 503',
    });
  });

  it('knows the Kafka time of the oldest event it is delivering and of the last one delivered', async () => {
    let release: (outcome: ChannelOutcome) => void = () => undefined;
    const { delivery, channel } = service();
    channel.deliver = () => new Promise((resolve) => (release = resolve));
    expect(delivery.lagTimes()).toEqual({});
    const handled = delivery.handle(eventMessage(await signEvent(world), 1_000), signal());
    await new Promise((resolve) => setImmediate(resolve));
    expect(delivery.lagTimes()).toEqual({ oldestPendingAt: 1_000 });
    release({ delivered: true, attempts: 1 });
    await handled;
    expect(delivery.lagTimes()).toEqual({ lastDeliveredAt: 1_000 });
  });
});
