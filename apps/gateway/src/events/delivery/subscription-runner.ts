import { topicPart } from '@sild/contracts';
import {
  DeliveryErrorCode,
  DeliveryException,
  StreamChannel,
  systemClock,
  WebhookChannel,
} from '@sild/gateway-domain';
import { clientKey, sameClient, sameMember, type ClientRef } from '@sild/registry-config';
import { gatewayGroupPrefix } from '../../gateway.topics';
import { sampleLag } from './delivery-lag';
import type { SubscriptionSetting } from './delivery-settings';
import { HttpWebhookEndpoint } from './http-webhook-endpoint';
import { startSubscription, type RunnerContext, type RunningSubscription } from './subscription-parts';

export type { RunnerContext, RunningSubscription };

const RETRY_LOOKUP_MS = 5_000;
const LAG_INTERVAL_MS = 5_000;

/**
 * One configured subscription: finds it in the registry view, then consumes its topic with the
 * gateway's group for it (shared by replicas, keyed: one subject's events in order) and delivers
 * through its channel. Until the view knows the subscription, it looks again every 5 s.
 */
export class SubscriptionRunner {
  readonly channel: WebhookChannel | StreamChannel;
  readonly group: string;
  private readonly stopping = new AbortController();
  private running: RunningSubscription | undefined;
  private problem = 'not started';
  private timer: NodeJS.Timeout | undefined;
  private busy: string | undefined;

  constructor(
    readonly setting: SubscriptionSetting,
    private readonly context: RunnerContext,
  ) {
    const { core, policy } = context;
    const { delivery } = core.config;
    this.group = `${gatewayGroupPrefix(core.config.member)}.sub.${topicPart(setting.subscriptionId)}`;
    this.channel =
      setting.mode === 'webhook'
        ? new WebhookChannel(new HttpWebhookEndpoint(setting.url, delivery.webhookToken), policy, systemClock)
        : new StreamChannel({
            subscriptionId: setting.subscriptionId,
            policy,
            clock: systemClock,
            maxInFlight: delivery.streamMaxInFlight,
            onConnected: (connected) => {
              if (connected) this.running?.consumer.resume();
              else this.running?.consumer.pause();
            },
          });
  }

  get subscriptionId(): string {
    return this.setting.subscriptionId;
  }

  /** Why the runner does not deliver, or undefined while it does. */
  get notRunning(): string | undefined {
    return this.running?.consumer.isRunning ? undefined : this.problem;
  }

  async start(): Promise<void> {
    if (this.stopping.signal.aborted) return;
    const subscription = this.context.core.view.subscription(this.subscriptionId);
    if (!subscription) {
      const problem = `subscription ${this.subscriptionId} is not in the registry view yet`;
      if (this.problem !== problem) this.context.logger.warn({ subscription: this.subscriptionId }, problem);
      this.problem = problem;
      this.timer = setTimeout(() => {
        this.start().catch((error: unknown) => {
          this.failed(error);
        });
      }, RETRY_LOOKUP_MS);
      this.timer.unref();
      return;
    }
    const { member } = this.context.core.config;
    if (!sameMember(subscription.subscriber, member)) {
      throw new Error(
        `GATEWAY_SUBSCRIPTIONS: subscription ${this.subscriptionId} is ${clientKey(subscription.subscriber)}'s, not of ${clientKey(member)}`,
      );
    }
    this.running = await startSubscription(this.context, subscription, {
      group: this.group,
      channel: this.channel,
      mode: this.setting.mode,
      signal: this.stopping.signal,
    });
    // stopped while starting: the consumer must not outlive the gateway
    if (this.stopped) await this.running.consumer.stop();
    this.timer = setInterval(() => void this.sampleLag(), LAG_INTERVAL_MS);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    clearTimeout(this.timer);
    clearInterval(this.timer);
    this.stopping.abort(new Error('the gateway is stopping'));
    await this.running?.consumer.stop();
  }

  /** The running subscription if `subscriber` is its subscriber (and, with `approved`, it is approved). */
  subscriberView(subscriber: ClientRef, approved = false): RunningSubscription {
    const { running } = this;
    if (!running) throw new DeliveryException(DeliveryErrorCode.NOT_SUBSCRIBED, this.problem);
    if (!sameClient(running.subscriber, subscriber)) {
      throw new DeliveryException(
        DeliveryErrorCode.NOT_SUBSCRIBED,
        `subscription ${this.subscriptionId} is not delivered here for ${clientKey(subscriber)}`,
      );
    }
    const status = this.context.core.view.subscription(this.subscriptionId)?.status ?? 'unknown';
    if (approved && status !== 'APPROVED') {
      throw new DeliveryException(DeliveryErrorCode.NOT_SUBSCRIBED, `the subscription is ${status}`);
    }
    return running;
  }

  private get stopped(): boolean {
    return this.stopping.signal.aborted;
  }

  /** Aborted when the gateway stops: redrives and replays end with it. */
  get signal(): AbortSignal {
    return this.stopping.signal;
  }

  /**
   * Runs one redrive or replay at a time (in this process); a stream subscription needs an
   * open Receive stream to deliver to.
   */
  async exclusive<T>(what: string, run: () => Promise<T>): Promise<T> {
    if (this.busy) {
      throw new DeliveryException(
        DeliveryErrorCode.BUSY,
        `a ${this.busy} of ${this.subscriptionId} is running`,
      );
    }
    if (this.channel instanceof StreamChannel && !this.channel.connected) {
      throw new DeliveryException(
        DeliveryErrorCode.NO_STREAM,
        `open a Receive stream for ${this.subscriptionId} first: its ${what} is delivered there`,
      );
    }
    this.busy = what;
    try {
      return await run();
    } finally {
      this.busy = undefined;
    }
  }

  private async sampleLag(): Promise<void> {
    const { running } = this;
    if (!running) return;
    await sampleLag(this.context.core.admin, this.group, running).catch((error: unknown) => {
      this.context.logger.warn({ err: error, subscription: this.subscriptionId }, 'delivery lag not sampled');
    });
  }

  private failed(error: unknown): void {
    this.problem = error instanceof Error ? error.message : String(error);
    this.context.logger.error(
      { err: error, subscription: this.subscriptionId },
      'subscription not delivered',
    );
  }
}
