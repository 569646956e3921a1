import {
  deadLetterTopic,
  EVENT_TOPIC_PARTITIONS,
  platformTopics,
  SUBSCRIPTION_TOPIC_PARTITIONS,
  topicPart,
} from '@sild/contracts';
import type { TopicSpec } from '@sild/platform-kafka';

/** The topics and consumer groups of one instance's routers. */
export function routerTopics(instance: string, eventRetentionMs: number) {
  const platform = platformTopics(instance);
  const group = `sild.${topicPart(instance)}.router`;
  const retention = { 'retention.ms': String(eventRetentionMs) };
  return {
    decisions: platform.decisions,
    follows: platform.follows,
    /** The one group of all router replicas over the event topics. */
    eventGroup: group,
    /** Each replica reads the whole follows topic with a group of its own, deleted at shutdown. */
    followsGroupPrefix: (instanceId: string) => `${group}.follows.${instanceId}`,
    /** The platform topics the router needs (created when missing, like the gateways do). */
    specs: [
      { name: platform.decisions, partitions: 3 },
      { name: platform.follows, partitions: 3, config: { 'cleanup.policy': 'compact' } },
    ] satisfies TopicSpec[],
    /** An event type's topic and its dead-letter topic. */
    eventTopicSpecs: (topic: string): TopicSpec[] => [
      { name: topic, partitions: EVENT_TOPIC_PARTITIONS, config: retention },
      { name: deadLetterTopic(topic), partitions: 1 },
    ],
    /** A subscription's topic and its dead-letter topic (the subscriber gateway's). */
    subscriptionTopicSpecs: (topic: string): TopicSpec[] => [
      { name: topic, partitions: SUBSCRIPTION_TOPIC_PARTITIONS, config: retention },
      { name: deadLetterTopic(topic), partitions: 1 },
    ],
  };
}

export type RouterTopics = ReturnType<typeof routerTopics>;
