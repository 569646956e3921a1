// The register's outbox: every change's event waits here until its gateway has published it.
// Nothing is ever skipped: a failed publication is retried with backoff until it succeeds (or the
// outbox is closed at shutdown), and a person's next event waits for their previous one.
import { backoffDelay, sleep, type BackoffOptions } from '../backoff';
import type { PersonEvent } from '../events/person-events';
import { KeyedQueue } from '../keyed-queue';
import { PopulationErrorCode, PopulationException } from '../population.exception';

/** What the gateway answered for a published event. */
export interface PublishReceipt {
  readonly messageId: string;
  readonly subjectSequence: number;
}

/** Where events are published (the gateway's Events.Publish); rejects when it did not publish. */
export interface EventSink {
  publish(event: PersonEvent): Promise<PublishReceipt>;
}

export interface OutboxObserver {
  published?(event: PersonEvent, receipt: PublishReceipt, attempts: number): void;
  failed?(event: PersonEvent, error: unknown, attempt: number, retryInMs: number): void;
}

export interface OutboxOptions {
  /** Events waiting at most; `waitForRoom` holds new changes back beyond it. */
  readonly capacity: number;
  /**
   * Publications in flight at most (default 64): thousands of concurrent calls overwhelm the
   * gateway's HTTP/2 session, and their retries would keep it overwhelmed.
   */
  readonly maxInFlight?: number;
  readonly retry: BackoffOptions;
  readonly observer?: OutboxObserver;
}

function wakeAll(waiters: (() => void)[]): void {
  for (const wake of waiters.splice(0)) wake();
}

/** Publishes events in order per subject, in parallel across subjects, retrying each until done. */
export class ChangeOutbox {
  private readonly queues = new KeyedQueue();
  private readonly closing = new AbortController();
  private waiting = 0;
  private readonly roomWaiters: (() => void)[] = [];
  private readonly idleWaiters: (() => void)[] = [];
  private inFlight = 0;
  private readonly slotWaiters: (() => void)[] = [];

  constructor(
    private readonly sink: EventSink,
    private readonly options: OutboxOptions,
  ) {}

  /** Events added and not yet published. */
  get pending(): number {
    return this.waiting;
  }

  get hasRoom(): boolean {
    return this.waiting < this.options.capacity;
  }

  /** Resolves once there is room for one more event. */
  async waitForRoom(): Promise<void> {
    while (!this.hasRoom) {
      this.checkOpen();
      await new Promise<void>((resolve) => this.roomWaiters.push(resolve));
    }
  }

  /**
   * Takes an event, synchronously: it is pending from this moment. Resolves once published;
   * rejects only when the outbox is closed first.
   */
  add(event: PersonEvent): Promise<PublishReceipt> {
    this.checkOpen();
    this.waiting += 1;
    const done = this.queues.run(event.subject, () => this.publish(event));
    const settled = () => {
      this.waiting -= 1;
      wakeAll(this.roomWaiters);
      if (this.waiting === 0) wakeAll(this.idleWaiters);
    };
    done.then(settled, settled);
    return done;
  }

  /** Resolves when nothing is pending. */
  async drained(): Promise<void> {
    while (this.waiting > 0) await new Promise<void>((resolve) => this.idleWaiters.push(resolve));
  }

  /** Stops retrying: pending publications reject, waiters wake up. */
  close(): void {
    this.closing.abort(
      new PopulationException(PopulationErrorCode.FAILED_PRECONDITION, 'the outbox is closed'),
    );
    wakeAll(this.roomWaiters);
    wakeAll(this.slotWaiters);
  }

  /** Runs `call` once fewer than maxInFlight publications are under way. */
  private async inSlot<T>(call: () => Promise<T>): Promise<T> {
    while (this.inFlight >= (this.options.maxInFlight ?? 64)) {
      this.checkOpen();
      await new Promise<void>((resolve) => this.slotWaiters.push(resolve));
    }
    this.inFlight += 1;
    try {
      return await call();
    } finally {
      this.inFlight -= 1;
      this.slotWaiters.shift()?.();
    }
  }

  private checkOpen(): void {
    if (this.closing.signal.aborted) throw this.closing.signal.reason as Error;
  }

  private async publish(event: PersonEvent): Promise<PublishReceipt> {
    const { signal } = this.closing;
    for (let attempt = 1; ; attempt += 1) {
      this.checkOpen();
      try {
        const receipt = await this.inSlot(() => this.sink.publish(event));
        this.options.observer?.published?.(event, receipt, attempt);
        return receipt;
      } catch (error) {
        const delay = backoffDelay(attempt, this.options.retry);
        this.options.observer?.failed?.(event, error, attempt, delay);
        await sleep(delay, signal);
      }
    }
  }
}
