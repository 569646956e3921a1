import type { PlatformTopics } from '@sild/contracts';
import type { TopicSpec } from '@sild/platform-kafka';

const compacted = {
  'cleanup.policy': 'compact',
  'min.cleanable.dirty.ratio': '0.1',
  'segment.ms': '3600000',
};

/** The topics the registry writes. One partition for configuration: versions stay in order. */
export const registryTopics = (topics: PlatformTopics): readonly TopicSpec[] => [
  { name: topics.registryConfig, partitions: 1, config: compacted },
  { name: topics.registrySnapshots, partitions: 1, config: compacted },
  { name: topics.registryManagement, partitions: 3 },
  { name: topics.registryManagementDeadLetters, partitions: 1 },
];
