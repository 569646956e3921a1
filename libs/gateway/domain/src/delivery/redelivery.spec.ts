import { describe, expect, it } from 'vitest';
import type { ChannelOutcome, DeliverableEvent, InboundEvent } from './delivery.model';
import type { DeliveryChannel } from './delivery.ports';
import { redrive, replay, type DeadLetterQueue, type SubscriptionLog } from './redelivery';
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
} from './testing';

const world = deliveryWorld();

/** The outcome of each delivery by subject key; keys not listed are delivered. */
class ScriptedChannel implements DeliveryChannel {
  readonly mode = 'webhook';
  readonly delivered: DeliverableEvent[] = [];
  constructor(readonly outcomes: Record<string, ChannelOutcome>) {}
  deliver(event: DeliverableEvent): Promise<ChannelOutcome> {
    const outcome = this.outcomes[event.subjectKey] ?? { delivered: true, attempts: 1 };
    if (outcome.delivered) this.delivered.push(event);
    return Promise.resolve(outcome);
  }
}

/** Dead letters in an array, with a redrive mark. */
class ArrayQueue implements DeadLetterQueue {
  mark = 0;
  constructor(readonly letters: InboundEvent[]) {}
  async drain(visit: (letter: InboundEvent) => Promise<boolean>): Promise<number> {
    const pending = this.letters.length - this.mark;
    for (const letter of this.letters.slice(this.mark)) {
      if (!(await visit(letter))) break;
      this.mark++;
    }
    return pending;
  }
}

function setup(outcomes: Record<string, ChannelOutcome>) {
  const channel = new ScriptedChannel(outcomes);
  const deadLetters = new RecordingDeadLetters();
  const delivery = new SubscriptionDelivery(
    {
      verifier: world.eventVerifier,
      directory: new FakeDeliveryDirectory(),
      channel,
      deadLetters,
      decisions: new RecordingDecisionLog(),
      clock: new FakeClock(),
    },
    DELIVERY_OPTIONS,
  );
  return { channel, deadLetters, delivery };
}

const messages = (...keys: string[]) =>
  Promise.all(keys.map(async (subjectKey) => eventMessage(await signEvent(world, { subjectKey }))));
const signal = new AbortController().signal;

describe('redrive', () => {
  it('delivers pending dead letters, keeps permanent refusals, drops garbage, and stops where the subscriber is down', async () => {
    const { channel, deadLetters, delivery } = setup({
      gone: { delivered: false, attempts: 1, error: 'HTTP 410', permanent: true },
      down: { delivered: false, attempts: 3, error: 'HTTP 503', permanent: false },
    });
    const letters = [
      ...(await messages('a', 'gone')),
      eventMessage(Buffer.from('x')),
      ...(await messages('b', 'down', 'c')),
    ];
    const queue = new ArrayQueue(letters);
    expect(await redrive(queue, delivery, signal)).toEqual({ delivered: 2, failed: 4 });
    expect(channel.delivered.map((e) => e.subjectKey)).toEqual(['a', 'b']);
    expect(channel.delivered.every((e) => e.redelivery)).toBe(true);
    expect(deadLetters.letters.map((l) => l.key)).toEqual(['gone']);
    expect(queue.mark).toBe(4);

    delete channel.outcomes['down'];
    expect(await redrive(queue, delivery, signal)).toEqual({ delivered: 2, failed: 0 });
    expect(channel.delivered.map((e) => e.subjectKey)).toEqual(['a', 'b', 'down', 'c']);
    expect(await redrive(queue, delivery, signal)).toEqual({ delivered: 0, failed: 0 });
  });
});

describe('replay', () => {
  it('delivers the events from the log again as redeliveries and counts what became of them', async () => {
    const { channel, delivery } = setup({
      down: { delivered: false, attempts: 3, error: 'HTTP 503', permanent: false },
    });
    const events = [...(await messages('a', 'down', 'b')), eventMessage(null)];
    const froms: number[] = [];
    const log: SubscriptionLog = {
      readFrom: async (fromMs, visit) => {
        froms.push(fromMs);
        for (const event of events) await visit(event);
      },
    };
    expect(await replay(log, delivery, 1_234, signal)).toEqual({ delivered: 2, deadLettered: 2, refused: 0 });
    expect(froms).toEqual([1_234]);
    expect(channel.delivered.map((e) => [e.subjectKey, e.redelivery])).toEqual([
      ['a', true],
      ['b', true],
    ]);
  });
});
