import { TOPICS } from '@sild/contracts';
import type { TopicSpec } from '@sild/platform-kafka';
import { MANAGEMENT_DEAD_LETTERS } from './management.kafka.controller';

const compacted = {
  'cleanup.policy': 'compact',
  'min.cleanable.dirty.ratio': '0.1',
  'segment.ms': '3600000',
};

/** The topics the registry writes. One partition for configuration: versions stay in order. */
export const REGISTRY_TOPICS: readonly TopicSpec[] = [
  { name: TOPICS.registryConfig, partitions: 1, config: compacted },
  { name: TOPICS.registrySnapshots, partitions: 1, config: compacted },
  { name: TOPICS.registryManagement, partitions: 3 },
  { name: MANAGEMENT_DEAD_LETTERS, partitions: 1 },
];
