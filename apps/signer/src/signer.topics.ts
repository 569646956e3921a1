import { REPLY_TOPIC_PARTITIONS, type PlatformTopics } from '@sild/contracts';
import type { TopicSpec } from '@sild/platform-kafka';

/** The topics the signer reads and parks refused bytes in. */
export const signerTopics = (topics: PlatformTopics): readonly TopicSpec[] => [
  { name: topics.signerRequests, partitions: 3 },
  { name: topics.signerRequestsDeadLetters, partitions: 1 },
];

/** A member's reply topic, as whoever answers first creates it. */
export const replyTopicSpec = (name: string): TopicSpec => ({ name, partitions: REPLY_TOPIC_PARTITIONS });
