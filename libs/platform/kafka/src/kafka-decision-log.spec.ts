import { afterEach, describe, expect, it, vi } from 'vitest';
import { DecisionOutcome, wire } from '@sild/contracts';
import type { OutgoingMessage, RecordPosition } from './kafka-message';
import type { Logger } from '@sild/platform-logging';
import { KafkaDecisionLog } from './kafka-decision-log';

const TOPIC = 'sild.NL.decisions';

/** A producer that keeps what it is asked to send, fails `failures` times, and waits for `gate`. */
class FakeProducer {
  readonly sends: { topic: string; messages: readonly OutgoingMessage[] }[] = [];
  failures = 0;
  gate: Promise<void> = Promise.resolve();

  async send(topic: string, messages: readonly OutgoingMessage[]): Promise<RecordPosition[]> {
    this.sends.push({ topic, messages });
    await this.gate;
    if (this.failures > 0) {
      this.failures -= 1;
      throw new Error('broker down');
    }
    return [];
  }

  get keys(): unknown[][] {
    return this.sends.map(({ messages }) => messages.map((message) => message.key));
  }
}

function decisionLog(options: { maxBatch?: number } = {}) {
  const producer = new FakeProducer();
  const warn = vi.fn();
  const logger = { warn } as unknown as Logger;
  const log = new KafkaDecisionLog(producer, TOPIC, logger, 5, options.maxBatch);
  return { producer, warn, log };
}

const decision = (messageId: string) => ({
  messageId,
  outcome: DecisionOutcome.DECISION_OUTCOME_ACCEPTED,
  detail: 'grant grant-7',
});

describe('KafkaDecisionLog', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('writes records arriving together in one send, keyed by message id', async () => {
    const { producer, log } = decisionLog();
    await Promise.all(['m1', 'm2', 'm3'].map((id) => log.record(decision(id))));

    expect(producer.sends).toHaveLength(1);
    expect(producer.sends[0]?.topic).toBe(TOPIC);
    expect(producer.keys).toEqual([['m1', 'm2', 'm3']]);
    const written = wire.Decision.decode(producer.sends[0]!.messages[1]!.value as Uint8Array);
    expect(written).toMatchObject(decision('m2'));
    expect(log.queued).toBe(0);
  });

  it('splits the queue into batches of at most maxBatch records', async () => {
    const { producer, log } = decisionLog({ maxBatch: 2 });
    await Promise.all(['m1', 'm2', 'm3'].map((id) => log.record(decision(id))));
    expect(producer.keys).toEqual([['m1', 'm2'], ['m3']]);
  });

  it('retries a failed batch until it lands; record() resolves only then', async () => {
    vi.useFakeTimers();
    const { producer, warn, log } = decisionLog();
    producer.failures = 2;
    let landed = false;
    const recorded = log.record(decision('m1')).then(() => {
      landed = true;
    });

    await vi.advanceTimersByTimeAsync(5); // the linger: first attempt, fails
    expect(producer.sends).toHaveLength(1);
    expect(landed).toBe(false);
    await vi.advanceTimersByTimeAsync(200); // back-off 200 ms: second attempt, fails
    expect(producer.sends).toHaveLength(2);
    expect(landed).toBe(false);
    await vi.advanceTimersByTimeAsync(400); // back-off 400 ms: third attempt lands
    await recorded;

    expect(producer.keys).toEqual([['m1'], ['m1'], ['m1']]);
    expect(warn).toHaveBeenCalledTimes(2);
    expect(warn).toHaveBeenLastCalledWith(
      expect.objectContaining({ records: 1, attempt: 2 }),
      'decision records not written; retrying',
    );
  });

  it('close() waits for the batch in flight and what was queued behind it', async () => {
    const { producer, log } = decisionLog();
    let open = (): void => undefined;
    producer.gate = new Promise((resolve) => {
      open = resolve;
    });
    const first = log.record(decision('m1'));
    await vi.waitFor(() => {
      expect(producer.sends).toHaveLength(1); // m1 is in flight
    });
    const second = log.record(decision('m2'));
    let closed = false;
    const closing = log.close().then(() => {
      closed = true;
    });

    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(closed).toBe(false);
    open();
    await closing;

    await Promise.all([first, second]);
    expect(producer.keys).toEqual([['m1'], ['m2']]);
    expect(log.queued).toBe(0);
  });

  it('close() returns at once when nothing is queued', async () => {
    const { producer, log } = decisionLog();
    await log.close();
    expect(producer.sends).toHaveLength(0);
  });
});
