import { deadLetterTopic, SUBSCRIPTION_TOPIC_PARTITIONS, subscriptionTopic } from '@sild/contracts';
import type { EnvelopeVerifier } from '@sild/domain-envelope';
import {
  StreamChannel,
  SubscriptionDelivery,
  systemClock,
  type DeliveryChannel,
  type RetryPolicy,
} from '@sild/gateway-domain';
import {
  BUSY_COMMIT_INTERVAL_MS,
  KafkaConsumer,
  KafkaErrorCode,
  KafkaException,
  TopicReader,
  type TopicSpec,
} from '@sild/platform-kafka';
import type { Logger } from '@sild/platform-logging';
import type { ClientRef, Subscription } from '@sild/registry-config';
import type { GatewayCore } from '../../gateway-feature';
import type { SubscriptionSetting } from './delivery-settings';
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

/**
 * Starts delivering a subscription the registry view knows: its topics (created when missing),
 * the delivery service over its channel, the keyed consumer of its topic in the gateway's group
 * for it (paused while a stream subscription has no stream), and its dead letters and log.
 */
export async function startSubscription(
  context: RunnerContext,
  subscription: Subscription,
  runner: {
    readonly group: string;
    readonly channel: DeliveryChannel;
    readonly mode: SubscriptionSetting['mode'];
    readonly signal: AbortSignal;
  },
): Promise<RunningSubscription> {
  const { core, verifier, logger } = context;
  const subscriptionId = subscription.id;
  const topic = subscriptionTopic(subscription.subscriber, subscriptionId);
  const dlq = deadLetterTopic(topic);
  await ensureTopics(context, [
    {
      name: topic,
      partitions: SUBSCRIPTION_TOPIC_PARTITIONS,
      config: { 'retention.ms': String(core.config.events.eventTtlMs) },
    },
    { name: dlq, partitions: 1 },
  ]);
  const delivery = new SubscriptionDelivery(
    {
      verifier,
      directory: core.view,
      channel: runner.channel,
      deadLetters: new KafkaDeadLetterSink(core.batching, dlq),
      decisions: core.decisions,
      clock: systemClock,
    },
    {
      member: core.config.member,
      subscriber: subscription.subscriber,
      subscriptionId: subscriptionId,
      instanceId: core.instanceId,
    },
  );
  const consumer = new KafkaConsumer(
    core.kafka,
    {
      groupId: runner.group,
      topics: [topic],
      fromBeginning: true,
      keyed: true,
      // a replica that died is replaced in the group after 10 s, not the default 30 s
      sessionTimeoutMs: 10_000,
      commitIntervalMs: BUSY_COMMIT_INTERVAL_MS,
      concurrency: core.config.delivery.concurrency,
      partitionsConsumedConcurrently: SUBSCRIPTION_TOPIC_PARTITIONS,
      isPermanent: () => runner.signal.aborted,
      handle: async (message) => {
        await delivery.handle(message, runner.signal);
      },
    },
    logger.child({ subscription: subscriptionId }),
  );
  await consumer.start();
  if (runner.channel instanceof StreamChannel && !runner.channel.connected) consumer.pause();
  const reader = new TopicReader(core.kafka, core.admin, logger.child({ component: 'delivery-reader' }));
  const ranges = new TopicRanges(core.admin, reader, `${runner.group}.read`);
  logger.info({ subscription: subscriptionId, topic, mode: runner.mode }, 'delivering');
  return {
    subscriber: subscription.subscriber,
    topic,
    delivery,
    consumer,
    deadLetters: new KafkaDeadLetterQueue(core.admin, ranges, dlq, `${runner.group}.redrive`),
    log: new KafkaSubscriptionLog(ranges, topic),
  };
}

/** The router creates them too: one that exists with other settings is used as it is. */
async function ensureTopics(context: RunnerContext, specs: readonly TopicSpec[]): Promise<void> {
  try {
    await context.core.admin.ensureTopics(specs);
  } catch (error) {
    if (!(error instanceof KafkaException) || error.code !== KafkaErrorCode.TOPIC_MISMATCH) throw error;
    context.logger.warn(
      { err: error, topics: specs.map((spec) => spec.name) },
      'subscription topic has other settings',
    );
  }
}
