import {
  deadLetterTopic,
  platformTopics,
  REPLY_TOPIC_PARTITIONS,
  replyTopic,
  REQUEST_TOPIC_PARTITIONS,
  requestTopic,
  topicPart,
} from '@sild/contracts';
import type { TopicSpec } from '@sild/platform-kafka';
import type { MemberSetting } from './gateway-settings';

/** Answers are worth nothing after their call's deadline: keep them a day for forensics only. */
const REPLY_RETENTION = { 'retention.ms': String(24 * 3_600_000) };

/** Prefix of the consumer groups of one organisation's gateways: `sild.<inst>.gateway.<class>.<code>`. */
export const gatewayGroupPrefix = (member: MemberSetting): string =>
  `sild.${topicPart(member.instance)}.gateway.${topicPart(member.memberClass)}.${topicPart(member.memberCode)}`;

/** The topics one organisation's gateway reads and writes. */
export function gatewayTopics(member: MemberSetting, subsystems: readonly string[]) {
  const requests = subsystems.map((subsystem) => requestTopic({ ...member, subsystem }));
  const group = gatewayGroupPrefix(member);
  return {
    requests,
    replies: replyTopic(member),
    decisions: platformTopics(member.instance).decisions,
    requestGroup: `${group}.requests`,
    replyGroup: (instanceId: string) => `${group}.replies.${instanceId}`,
    /** What the gateway creates when missing (the registry owns the platform topics but may be older). */
    specs: [
      ...requests.map((name): TopicSpec => ({ name, partitions: REQUEST_TOPIC_PARTITIONS })),
      ...requests.map((name): TopicSpec => ({ name: deadLetterTopic(name), partitions: 1 })),
      { name: replyTopic(member), partitions: REPLY_TOPIC_PARTITIONS, config: REPLY_RETENTION },
      { name: platformTopics(member.instance).decisions, partitions: 3 },
    ] satisfies TopicSpec[],
  };
}

export type GatewayTopics = ReturnType<typeof gatewayTopics>;
