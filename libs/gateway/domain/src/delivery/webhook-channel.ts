import type { ChannelOutcome, DeliverableEvent, EventDelivery, RetryPolicy } from './delivery.model';
import type { AttemptOutcome, DeliveryChannel, DeliveryClock, WebhookEndpoint } from './delivery.ports';
import { deliveryMetrics } from './delivery.metrics';
import { backoffMs } from './retry-policy';

/**
 * Delivery by webhook: attempts until the endpoint takes the event (2xx), a permanent refusal, or
 * the retry budget is spent, with exponential backoff and jitter between attempts.
 */
export class WebhookChannel implements DeliveryChannel {
  readonly mode = 'webhook';

  constructor(
    private readonly endpoint: WebhookEndpoint,
    private readonly policy: RetryPolicy,
    private readonly clock: DeliveryClock,
    private readonly random: () => number = Math.random,
  ) {}

  async deliver(event: DeliverableEvent, signal: AbortSignal): Promise<ChannelOutcome> {
    for (let attempt = 1; ; attempt++) {
      signal.throwIfAborted();
      const outcome = await this.attempt({ ...event, attempt }, signal);
      if (outcome.ok) return { delivered: true, attempts: attempt };
      if (outcome.permanent || attempt >= this.policy.maxAttempts) {
        return { delivered: false, attempts: attempt, error: outcome.error, permanent: outcome.permanent };
      }
      deliveryMetrics.retried.inc({ subscription: event.subscriptionId });
      const pause = Math.max(backoffMs(this.policy, attempt, this.random), outcome.retryAfterMs ?? 0);
      await this.clock.sleep(Math.min(pause, this.policy.maxBackoffMs), signal);
    }
  }

  /** One attempt within the attempt timeout; a thrown error is a failure worth retrying. */
  private async attempt(event: EventDelivery, signal: AbortSignal): Promise<AttemptOutcome> {
    const { attemptTimeoutMs } = this.policy;
    const timedOut = new AbortController();
    const timer = this.clock.timer(attemptTimeoutMs, () => {
      timedOut.abort(new Error(`no answer within ${attemptTimeoutMs} ms`));
    });
    try {
      return await this.endpoint.post(event, AbortSignal.any([signal, timedOut.signal]));
    } catch (error) {
      signal.throwIfAborted();
      return { ok: false, permanent: false, error: errorText(error) };
    } finally {
      timer.cancel();
    }
  }
}

const errorText = (error: unknown): string => (error instanceof Error ? error.message : String(error));
