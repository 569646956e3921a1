// The topics the audit log reads and writes, and its consumer group.
import { platformTopics, topicPart } from '@sild/contracts';
import type { TopicSpec } from '@sild/platform-kafka';

export interface AuditTopics {
  /** Whether the log reads this topic: every envelope topic of the instance and the decisions. */
  readonly audited: (topic: string) => boolean;
  readonly decisions: string;
  readonly checkpoints: string;
  /** The log's consumer group, `sild.<instance>.audit`. */
  readonly group: string;
  /** Topics the log writes (its checkpoints: one partition, so they stay in order). */
  readonly specs: readonly TopicSpec[];
}

export function auditTopics(instance: string): AuditTopics {
  const part = topicPart(instance);
  const platform = platformTopics(instance);
  // request, reply, event and subscription topics, without their dead-letter copies
  const prefixes = ['sild.req', 'sild.reply', 'sild.evt', 'sild.sub'].map((kind) => `${kind}.${part}.`);
  const fixed = new Set([
    platform.registryManagement,
    platform.signerRequests,
    platform.follows,
    platform.decisions,
  ]);
  return {
    audited: (topic) =>
      fixed.has(topic) || (prefixes.some((prefix) => topic.startsWith(prefix)) && !topic.endsWith('.dlq')),
    decisions: platform.decisions,
    checkpoints: platform.auditCheckpoints,
    group: `sild.${part}.audit`,
    specs: [{ name: platform.auditCheckpoints, partitions: 1, config: { 'retention.ms': '-1' } }],
  };
}
