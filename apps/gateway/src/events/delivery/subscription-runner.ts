import {
  deadLetterTopic,
  SUBSCRIPTION_TOPIC_PARTITIONS,
  subscriptionTopic,
  topicPart,
} from '@sild/contracts';
import type { EnvelopeVerifier } from '@sild/domain-envelope';
import {
  DeliveryErrorCode,
  DeliveryException,
  StreamChannel,
  SubscriptionDelivery,
  systemClock,
  WebhookChannel,
  type RetryPolicy,
} from '@sild/gateway-domain';
import { KafkaConsumer, TopicReader } from '@sild/platform-kafka';
import type { Logger } from '@sild/platform-logging';
import { clientKey, sameClient, sameMember, type ClientRef, type Subscription } from '@sild/registry-config';
import type { GatewayCore } from '../../gateway-feature';
import { gatewayGroupPrefix } from '../../gateway.topics';
import { sampleLag } from './delivery-lag';
import type { SubscriptionSetting } from './delivery-settings';
import { HttpWebhookEndpoint } from './http-webhook-endpoint';
import { KafkaDeadLetterQueue } from './kafka-dead-letter-queue';
import { KafkaDeadLetterSink } from './kafka-dead-letters';
import { KafkaSubscriptionLog } from './kafka-subscription-log';
import { TopicRanges } from './topic-range';

/** What every subscription's runner shares. */
export interface RunnerContext {
  readonly core: GatewayCore;
  readonly verifier: EnvelopeVerifier;
  readonly policy: RetryPolicy;
  readonly logger: Logger;
}

/** The parts of a subscription that exist once it was found in the registry view. */
export interface RunningSubscription {
  readonly subscriber: ClientRef;
  readonly topic: string;
  readonly delivery: SubscriptionDelivery;
  readonly consumer: KafkaConsumer;
  readonly deadLetters: KafkaDeadLetterQueue;
  readonly log: KafkaSubscriptionLog;
}

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
      this.problem = `subscription ${this.subscriptionId} is not in the registry view yet`;
      this.context.logger.warn({ subscription: this.subscriptionId }, this.problem);
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
    this.running = await this.run(subscription);
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
    if (!running || !sameClient(running.subscriber, subscriber)) {
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

  private async run(subscription: Subscription): Promise<RunningSubscription> {
    const { core, verifier, logger } = this.context;
    const topic = subscriptionTopic(subscription.subscriber, this.subscriptionId);
    const dlq = deadLetterTopic(topic);
    await core.admin.ensureTopics([
      { name: topic, partitions: SUBSCRIPTION_TOPIC_PARTITIONS },
      { name: dlq, partitions: 1 },
    ]);
    const delivery = new SubscriptionDelivery(
      {
        verifier,
        directory: core.view,
        channel: this.channel,
        deadLetters: new KafkaDeadLetterSink(core.batching, dlq),
        decisions: core.decisions,
        clock: systemClock,
      },
      {
        member: core.config.member,
        subscriber: subscription.subscriber,
        subscriptionId: this.subscriptionId,
        instanceId: core.instanceId,
      },
    );
    const consumer = new KafkaConsumer(
      core.kafka,
      {
        groupId: this.group,
        topics: [topic],
        fromBeginning: true,
        keyed: true,
        concurrency: core.config.delivery.concurrency,
        partitionsConsumedConcurrently: SUBSCRIPTION_TOPIC_PARTITIONS,
        isPermanent: () => this.stopping.signal.aborted,
        handle: async (message) => {
          await delivery.handle(message, this.stopping.signal);
        },
      },
      logger.child({ subscription: this.subscriptionId }),
    );
    await consumer.start();
    if (this.channel instanceof StreamChannel && !this.channel.connected) consumer.pause();
    const reader = new TopicReader(core.kafka, core.admin, logger.child({ component: 'delivery-reader' }));
    const ranges = new TopicRanges(core.admin, reader, `${this.group}.read`);
    logger.info({ subscription: this.subscriptionId, topic, mode: this.setting.mode }, 'delivering');
    return {
      subscriber: subscription.subscriber,
      topic,
      delivery,
      consumer,
      deadLetters: new KafkaDeadLetterQueue(core.admin, ranges, dlq, `${this.group}.redrive`),
      log: new KafkaSubscriptionLog(ranges, topic),
    };
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
