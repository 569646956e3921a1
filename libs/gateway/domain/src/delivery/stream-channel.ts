import type { ChannelOutcome, DeliverableEvent, RetryPolicy } from './delivery.model';
import type { DeliveryChannel, DeliveryClock } from './delivery.ports';
import { deliveryMetrics } from './delivery.metrics';
import { ReceiveSession, type PendingDelivery } from './receive-session';
import { retryBudgetMs } from './retry-policy';

export interface StreamChannelOptions {
  readonly subscriptionId: string;
  readonly policy: RetryPolicy;
  readonly clock: DeliveryClock;
  /** Unacknowledged deliveries per stream, at most (GATEWAY_STREAM_MAX_IN_FLIGHT). */
  readonly maxInFlight: number;
  /** Told when the first stream opens (true) and when the last one closes (false). */
  readonly onConnected?: (connected: boolean) => void;
}

/**
 * Delivery through Receive streams with acknowledgements. An event waits until a stream has room
 * for it (no time of the retry budget passes while no stream is open); it is settled by the
 * stream's ack, goes back to the queue when its stream closes (and is delivered again, to the
 * next stream), and fails once it was unacknowledged for the retry budget's time, or was sent on
 * as many streams as the budget has attempts.
 */
export class StreamChannel implements DeliveryChannel {
  readonly mode = 'stream';
  readonly budgetMs: number;
  private readonly waiting: PendingDelivery[] = [];
  private readonly sessions = new Set<ReceiveSession>();
  private sequence = 0;
  private readonly callers = new WeakMap<AbortSignal, Map<PendingDelivery, (reason: Error) => void>>();
  private wasConnected = false;

  constructor(private readonly options: StreamChannelOptions) {
    this.budgetMs = retryBudgetMs(options.policy);
  }

  get connected(): boolean {
    return this.sessions.size > 0;
  }

  /** Events waiting for a stream with room. */
  get queued(): number {
    return this.waiting.length;
  }

  deliver(event: DeliverableEvent, signal: AbortSignal): Promise<ChannelOutcome> {
    if (signal.aborted) return Promise.reject(signal.reason as Error);
    return new Promise<ChannelOutcome>((resolve, reject) => {
      const callers = this.callersOf(signal);
      const pending: PendingDelivery = {
        event,
        sequence: this.sequence++,
        attempts: 0,
        usedMs: 0,
        settle: (outcome) => {
          callers.delete(pending);
          resolve(outcome);
        },
      };
      callers.set(pending, reject);
      this.waiting.push(pending);
      this.wakeAll();
    });
  }

  /** Opens a session for one Receive stream, with at most `maxInFlight` unacknowledged (0: the default). */
  open(maxInFlight: number): ReceiveSession {
    const { options } = this;
    const limit = maxInFlight > 0 ? Math.min(maxInFlight, options.maxInFlight) : options.maxInFlight;
    const session = new ReceiveSession(limit, {
      take: () => this.waiting.shift(),
      requeue: (pendings) => {
        this.waiting.unshift(...[...pendings].sort((a, b) => a.sequence - b.sequence));
        this.wakeAll();
      },
      closed: () => {
        this.sessions.delete(session);
        this.changed();
      },
      clock: options.clock,
      budgetMs: this.budgetMs,
      maxAttempts: options.policy.maxAttempts,
      subscriptionId: options.subscriptionId,
    });
    this.sessions.add(session);
    this.changed();
    return session;
  }

  /**
   * The deliveries waiting on one caller's signal, with one abort listener per signal (not per
   * event): when it aborts, they are forgotten and their callers' promises rejected.
   */
  private callersOf(signal: AbortSignal): Map<PendingDelivery, (reason: Error) => void> {
    const known = this.callers.get(signal);
    if (known) return known;
    const callers = new Map<PendingDelivery, (reason: Error) => void>();
    this.callers.set(signal, callers);
    signal.addEventListener(
      'abort',
      () => {
        for (const [pending, reject] of callers) {
          const at = this.waiting.indexOf(pending);
          if (at >= 0) this.waiting.splice(at, 1);
          pending.session?.drop(pending);
          reject(signal.reason as Error);
        }
        callers.clear();
      },
      { once: true },
    );
    return callers;
  }

  private changed(): void {
    deliveryMetrics.streams.set({ subscription: this.options.subscriptionId }, this.sessions.size);
    if (this.connected === this.wasConnected) return;
    this.wasConnected = this.connected;
    this.options.onConnected?.(this.connected);
  }

  private wakeAll(): void {
    for (const session of this.sessions) session.wake();
  }
}
