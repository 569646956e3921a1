import { describe, expect, it } from 'vitest';
import type { PersonEvent } from '../events/person-events';
import { ChangeOutbox, type EventSink, type PublishReceipt } from './change-outbox';

const event = (subject: string, n: number): PersonEvent => ({
  kind: 'renamed',
  eventType: 'nl.brp.person.renamed.v1',
  subject,
  attributes: { municipality: '0363', revision: String(n) },
  payload: new Uint8Array([n]),
  payloadType: 'type.googleapis.com/sild.examples.population.v1.NameChanged',
});

const tick = (ms = 0) => new Promise((resolve) => setTimeout(resolve, ms));

/** A gateway that takes `latency(event)` ms per publish, may fail, and records what it saw. */
class FakeGateway implements EventSink {
  readonly published: PersonEvent[] = [];
  readonly attempts: PersonEvent[] = [];
  private running = new Map<string, number>();
  maxParallel = 0;
  maxParallelPerSubject = 0;
  private sequences = new Map<string, number>();

  constructor(
    private readonly latency: (event: PersonEvent) => number = () => 1,
    private readonly fails: (event: PersonEvent, attempt: number) => boolean = () => false,
  ) {}

  async publish(e: PersonEvent): Promise<PublishReceipt> {
    this.attempts.push(e);
    const attempt = this.attempts.filter((a) => a === e).length;
    const subjectRunning = (this.running.get(e.subject) ?? 0) + 1;
    this.running.set(e.subject, subjectRunning);
    this.maxParallelPerSubject = Math.max(this.maxParallelPerSubject, subjectRunning);
    this.maxParallel = Math.max(
      this.maxParallel,
      [...this.running.values()].reduce((a, b) => a + b, 0),
    );
    try {
      await tick(this.latency(e));
      if (this.fails(e, attempt)) throw new Error('UNAVAILABLE: gateway down');
      this.published.push(e);
      const sequence = (this.sequences.get(e.subject) ?? 0) + 1;
      this.sequences.set(e.subject, sequence);
      return { messageId: `m-${this.published.length}`, subjectSequence: sequence };
    } finally {
      this.running.set(e.subject, (this.running.get(e.subject) ?? 1) - 1);
    }
  }
}

const retry = { initialMs: 1, maxMs: 4 };

describe('ChangeOutbox', () => {
  it("publishes one subject's events in order, one at a time, and different subjects in parallel", async () => {
    // later events of a subject are faster: without the per-subject queue they would overtake
    const gateway = new FakeGateway((e) => 12 - Number(e.attributes['revision']));
    const outbox = new ChangeOutbox(gateway, { capacity: 100, retry });
    const events = ['a', 'b', 'c'].flatMap((s) => [1, 2, 3, 4, 5].map((n) => event(s, n)));
    const receipts = await Promise.all(events.map((e) => outbox.add(e)));
    for (const subject of ['a', 'b', 'c']) {
      expect(
        gateway.published.filter((e) => e.subject === subject).map((e) => e.attributes['revision']),
      ).toEqual(['1', '2', '3', '4', '5']);
    }
    expect(receipts.filter((_, i) => events[i]!.subject === 'b').map((r) => r.subjectSequence)).toEqual([
      1, 2, 3, 4, 5,
    ]);
    expect(gateway.maxParallelPerSubject).toBe(1);
    expect(gateway.maxParallel).toBe(3);
    expect(outbox.pending).toBe(0);
  });

  it('keeps at most maxInFlight publications under way, across subjects', async () => {
    const gateway = new FakeGateway(() => 3);
    const outbox = new ChangeOutbox(gateway, { capacity: 100, maxInFlight: 4, retry });
    const events = Array.from({ length: 20 }, (_, i) => event(`s${i}`, 1));
    await Promise.all(events.map((e) => outbox.add(e)));
    expect(gateway.published).toHaveLength(20);
    expect(gateway.maxParallel).toBe(4);
  });

  it('retries a failed publication with backoff, never skips it, and holds the subject back meanwhile', async () => {
    const failures: number[] = [];
    const gateway = new FakeGateway(
      () => 1,
      (e, attempt) => e.subject === 'a' && e.attributes['revision'] === '1' && attempt <= 3,
    );
    const outbox = new ChangeOutbox(gateway, {
      capacity: 10,
      retry,
      observer: { failed: (_e, _error, attempt, retryInMs) => failures.push(attempt, retryInMs) },
    });
    const published: string[] = [];
    await Promise.all(
      [event('a', 1), event('a', 2), event('b', 1)].map((e) =>
        outbox.add(e).then(() => published.push(`${e.subject}${e.attributes['revision']}`)),
      ),
    );
    expect(published).toEqual(['b1', 'a1', 'a2']);
    expect(
      gateway.attempts.filter((e) => e.subject === 'a' && e.attributes['revision'] === '1'),
    ).toHaveLength(4);
    expect(failures.filter((_, i) => i % 2 === 0)).toEqual([1, 2, 3]);
    for (const delay of failures.filter((_, i) => i % 2 === 1))
      expect(delay).toBeLessThanOrEqual(retry.maxMs);
  });

  it('holds new changes back when full, and wakes them as publications finish', async () => {
    const outbox = new ChangeOutbox(new FakeGateway(() => 5), { capacity: 2, retry });
    const first = [outbox.add(event('a', 1)), outbox.add(event('b', 1))];
    expect(outbox.hasRoom).toBe(false);
    let roomy = false;
    const room = outbox.waitForRoom().then(() => (roomy = true));
    await tick(1);
    expect(roomy).toBe(false);
    await room;
    expect(outbox.pending).toBeLessThan(2);
    await Promise.all(first);
    await outbox.drained();
    expect(outbox.pending).toBe(0);
  });

  it('stops retrying when closed: what is pending rejects, nothing new is taken', async () => {
    const gateway = new FakeGateway(
      () => 1,
      () => true,
    );
    const outbox = new ChangeOutbox(gateway, { capacity: 10, retry: { initialMs: 50, maxMs: 50 } });
    const pending = outbox.add(event('a', 1));
    await tick(5);
    outbox.close();
    await expect(pending).rejects.toThrow('closed');
    expect(() => outbox.add(event('b', 1))).toThrow('closed');
    expect(gateway.published).toHaveLength(0);
  });
});
