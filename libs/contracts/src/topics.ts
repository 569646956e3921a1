// Kafka topic names and header keys shared by every Sild service. A topic name is part of the
// contract: renaming one is a breaking change.
import type { ClientId } from './index';

/** Topics of the platform itself. */
export const TOPICS = {
  /** Signed configuration records, one key per entity (compacted). Written by the registry only. */
  registryConfig: 'sild.registry.config',
  /** Signed configuration snapshots under one key (compacted): where a new reader starts. */
  registrySnapshots: 'sild.registry.snapshots',
  /** Signed MANAGEMENT requests of members to the registry. */
  registryManagement: 'sild.registry.management',
  /** Signed certificate requests (CSRs) of members to the signer's CA. */
  signerRequests: 'sild.signer.requests',
  /** Decision records of gateways and services, for the audit. */
  decisions: 'sild.decisions',
} as const;

/** Kafka header keys. The signed header is authoritative; these let brokers' tools and consumers route. */
export const HEADERS = {
  messageId: 'sild-message-id',
  kind: 'sild-kind',
  traceparent: 'traceparent',
  tracestate: 'tracestate',
} as const;

/**
 * One identifier part in a topic name, escaped so that the mapping is one-to-one: `-` becomes
 * `--` and `.` becomes `-_`, leaving `.` free to separate parts (identifier parts are
 * `[A-Za-z0-9._-]`). Two members never share a topic.
 */
export const topicPart = (value: string): string => value.replace(/-/g, '--').replace(/\./g, '-_');

/** Partitions of every reply topic: whoever creates one first (registry, signer, gateway) uses this. */
export const REPLY_TOPIC_PARTITIONS = 3;

/** The topic where a member's gateways receive answers (responses, errors, management replies). */
export const replyTopic = (member: Pick<ClientId, 'instance' | 'memberClass' | 'memberCode'>): string =>
  `sild.reply.${topicPart(member.instance ?? '')}.${topicPart(member.memberClass ?? '')}.${topicPart(member.memberCode ?? '')}`;
