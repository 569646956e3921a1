import { REPLY_TOPIC_PARTITIONS, TOPICS } from '@sild/contracts';
import type { TopicSpec } from '@sild/platform-kafka';

/** Where undecodable messages of the request topic are parked (with the reason in a header). */
export const SIGNER_DEAD_LETTER_TOPIC = `${TOPICS.signerRequests}.dlq`;

/** The topics the signer reads or parks messages in. */
export const SIGNER_TOPICS: readonly TopicSpec[] = [
  { name: TOPICS.signerRequests, partitions: 3 },
  { name: SIGNER_DEAD_LETTER_TOPIC, partitions: 1 },
];

/** A member's reply topic, created on first use (any existing partition count of 1 or more is fine). */
export const replyTopicSpec = (name: string): TopicSpec => ({ name, partitions: REPLY_TOPIC_PARTITIONS });
