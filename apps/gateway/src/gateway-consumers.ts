import { deadLetterTopic } from '@sild/contracts';
import {
  UndeliverableMessageException,
  type ProviderRequestsService,
  type ReplyIntakeService,
} from '@sild/gateway-domain';
import {
  BUSY_COMMIT_INTERVAL_MS,
  KafkaConsumer,
  type KafkaClient,
  type KafkaProducer,
} from '@sild/platform-kafka';
import type { Logger } from '@sild/platform-logging';
import type { GatewayTopics } from './gateway.topics';

/**
 * The gateway's two consumers. Requests: one consumer group per organisation, so replicas share
 * the request topics. Replies: a group per replica, so every replica reads all of the member's
 * answers and takes those of its own pending calls.
 */
export function gatewayConsumers(
  kafka: KafkaClient,
  topics: GatewayTopics,
  instanceId: string,
  parts: {
    readonly provider: ProviderRequestsService;
    readonly intake: ReplyIntakeService;
    readonly producer: KafkaProducer;
    readonly concurrency: number;
    readonly logger: Logger;
  },
) {
  const requests =
    topics.requests.length === 0
      ? undefined
      : new KafkaConsumer(
          kafka,
          {
            groupId: topics.requestGroup,
            topics: topics.requests,
            fromBeginning: true,
            handle: (message) => parts.provider.handle(message),
            concurrency: parts.concurrency,
            partitionsConsumedConcurrently: 6,
            sessionTimeoutMs: 10_000,
            commitIntervalMs: BUSY_COMMIT_INTERVAL_MS,
            // a call waiting for its provider system must not hold the calls fetched after it
            pipelined: true,
            isPermanent: (error) => error instanceof UndeliverableMessageException,
            deadLetter: { producer: parts.producer, topicFor: deadLetterTopic },
          },
          parts.logger.child({ component: 'requests' }),
        );
  const replies = new KafkaConsumer(
    kafka,
    {
      groupId: topics.replyGroup(instanceId),
      topics: [topics.replies],
      fromBeginning: false,
      // a replica's own group, deleted when it stops: where it was is of no use to anyone
      commitIntervalMs: false,
      handle: (message) => parts.intake.handle(message),
      concurrency: 256,
      partitionsConsumedConcurrently: 3,
    },
    parts.logger.child({ component: 'replies' }),
  );
  return { requests, replies };
}

export type GatewayConsumers = ReturnType<typeof gatewayConsumers>;
