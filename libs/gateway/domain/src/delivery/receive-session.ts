import type { ChannelOutcome, DeliverableEvent, EventDelivery } from './delivery.model';
import type { DeliveryClock } from './delivery.ports';
import { deliveryMetrics } from './delivery.metrics';

/** An event handed to the stream channel, until it is settled. */
export interface PendingDelivery {
  readonly event: DeliverableEvent;
  /** Arrival order, kept when events go back to the queue. */
  readonly sequence: number;
  /** Streams it was sent on. */
  attempts: number;
  /** Time it spent sent but unacknowledged, over all streams. */
  usedMs: number;
  sentAt?: number;
  session?: ReceiveSession | undefined;
  /** The acknowledgement deadline. */
  deadline?: { cancel(): void };
  readonly settle: (outcome: ChannelOutcome) => void;
}

/** What a session needs from its channel. */
export interface SessionHost {
  take(): PendingDelivery | undefined;
  requeue(pendings: readonly PendingDelivery[]): void;
  closed(): void;
  readonly clock: DeliveryClock;
  readonly budgetMs: number;
  readonly maxAttempts: number;
  readonly subscriptionId: string;
}

/**
 * One Receive stream: `next()` hands out the deliveries to send (at most `maxInFlight`
 * unacknowledged), `ack()` settles them by message id, `close()` puts the unacknowledged ones
 * back for the next stream.
 */
export class ReceiveSession {
  private readonly inFlight = new Map<string, PendingDelivery[]>();
  private count = 0;
  private closed = false;
  private waiter: (() => void) | undefined;

  constructor(
    readonly maxInFlight: number,
    private readonly host: SessionHost,
  ) {}

  /** Deliveries sent and not acknowledged yet. */
  get unacknowledged(): number {
    return this.count;
  }

  /** The next delivery to send; undefined once the session is closed. */
  async next(): Promise<EventDelivery | undefined> {
    for (;;) {
      if (this.closed) return undefined;
      const pending = this.count < this.maxInFlight ? this.host.take() : undefined;
      if (pending) {
        const delivery = this.send(pending);
        if (delivery) return delivery;
        continue;
      }
      await new Promise<void>((resolve) => (this.waiter = resolve));
    }
  }

  /** Settles the deliveries with these message ids as delivered; returns how many it settled. */
  ack(messageIds: readonly string[]): number {
    let settled = 0;
    for (const id of messageIds) {
      for (const pending of this.inFlight.get(id) ?? []) {
        this.release(pending);
        pending.settle({ delivered: true, attempts: pending.attempts });
        settled++;
      }
    }
    return settled;
  }

  /** Ends the session: what it did not get acknowledged goes back to the channel's queue. */
  close(): void {
    if (this.closed) return;
    this.closed = true;
    const now = this.host.clock.now();
    const unacknowledged = [...this.inFlight.values()].flat();
    for (const pending of unacknowledged) {
      this.release(pending);
      pending.usedMs += now - (pending.sentAt ?? now);
    }
    this.host.closed();
    this.host.requeue(unacknowledged);
    this.wake();
  }

  /** Forgets a delivery whose caller gave up (the gateway is stopping). */
  drop(pending: PendingDelivery): void {
    this.release(pending);
  }

  wake(): void {
    this.waiter?.();
    this.waiter = undefined;
  }

  private send(pending: PendingDelivery): EventDelivery | undefined {
    const { host } = this;
    if (pending.attempts >= host.maxAttempts) {
      pending.settle(failed(pending, `sent on ${pending.attempts} streams and never acknowledged`));
      return undefined;
    }
    pending.attempts++;
    if (pending.attempts > 1) deliveryMetrics.retried.inc({ subscription: host.subscriptionId });
    pending.session = this;
    pending.sentAt = host.clock.now();
    pending.deadline = host.clock.timer(Math.max(0, host.budgetMs - pending.usedMs), () => {
      if (this.release(pending))
        pending.settle(failed(pending, `not acknowledged within ${host.budgetMs} ms`));
    });
    const id = pending.event.messageId;
    this.inFlight.set(id, [...(this.inFlight.get(id) ?? []), pending]);
    this.count++;
    return { ...pending.event, attempt: pending.attempts };
  }

  /** Takes a delivery out of this session; false when it was not in it (any more). */
  private release(pending: PendingDelivery): boolean {
    const id = pending.event.messageId;
    const list = this.inFlight.get(id);
    if (!list?.includes(pending)) return false;
    const rest = list.filter((other) => other !== pending);
    if (rest.length > 0) this.inFlight.set(id, rest);
    else this.inFlight.delete(id);
    this.count--;
    pending.deadline?.cancel();
    pending.session = undefined;
    this.wake();
    return true;
  }
}

const failed = (pending: PendingDelivery, error: string): ChannelOutcome => ({
  delivered: false,
  attempts: pending.attempts,
  error,
  permanent: false,
});
