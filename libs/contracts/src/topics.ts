// Kafka topic names and header keys shared by every Sild service. A topic name is part of the
// contract: renaming one is a breaking change.
import type { ClientId } from './index';

/** The topics of one instance's platform services. */
export interface PlatformTopics {
  /** Signed configuration records, one key per entity (compacted). Written by the registry only. */
  readonly registryConfig: string;
  /** Signed configuration snapshots under one key (compacted): where a new reader starts. */
  readonly registrySnapshots: string;
  /** Signed MANAGEMENT requests of members to the registry. */
  readonly registryManagement: string;
  /** Management requests nobody can answer (undecodable, unknown signer). */
  readonly registryManagementDeadLetters: string;
  /** Signed certificate requests (CSRs) of members to the signer's CA. */
  readonly signerRequests: string;
  /** Certificate requests that cannot be handled. */
  readonly signerRequestsDeadLetters: string;
  /** Decision records of gateways and services, for the audit. */
  readonly decisions: string;
  /** Signed follow indications of subscribers, one key per subscription and subject (compacted). */
  readonly follows: string;
  /** Signed checkpoints (C2SP signed notes) of the audit log, in order of tree size. */
  readonly auditCheckpoints: string;
}

/**
 * Topic names carry the instance, so several instances (or test runs) can share a Kafka cluster
 * without reading each other's configuration: `sild.<instance>.registry.config`, ...
 */
export function platformTopics(instance: string): PlatformTopics {
  const base = `sild.${topicPart(instance)}`;
  return {
    registryConfig: `${base}.registry.config`,
    registrySnapshots: `${base}.registry.snapshots`,
    registryManagement: `${base}.registry.management`,
    registryManagementDeadLetters: `${base}.registry.management.dlq`,
    signerRequests: `${base}.signer.requests`,
    signerRequestsDeadLetters: `${base}.signer.requests.dlq`,
    decisions: `${base}.decisions`,
    follows: `${base}.follows`,
    auditCheckpoints: `${base}.audit.checkpoints`,
  };
}

/** Kafka header keys. The signed header is authoritative; these let brokers' tools and consumers route. */
export const HEADERS = {
  messageId: 'sild-message-id',
  kind: 'sild-kind',
  traceparent: 'traceparent',
  tracestate: 'tracestate',
  /** For events: the subject's sequence number (decimal), so a publisher restores its counters from headers. */
  subjectSequence: 'sild-subject-sequence',
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
  topicOf('sild.reply', [member.instance, member.memberClass, member.memberCode]);

/** Partitions of a request topic when its provider gateway creates it (consumer-group parallelism). */
export const REQUEST_TOPIC_PARTITIONS = 6;

/**
 * The topic where a provider subsystem's gateways receive service requests:
 * `sild.req.<instance>.<class>.<code>.<subsystem>`. Only that member's gateways read it.
 */
export const requestTopic = (
  subsystem: Pick<ClientId, 'instance' | 'memberClass' | 'memberCode' | 'subsystem'>,
): string =>
  topicOf('sild.req', [subsystem.instance, subsystem.memberClass, subsystem.memberCode, subsystem.subsystem]);

/** `<prefix>.<part>.<part>...`, each part escaped. */
const topicOf = (prefix: string, parts: readonly (string | null | undefined)[]): string =>
  [prefix, ...parts.map((part) => topicPart(part ?? ''))].join('.');

/** Where a provider gateway parks bytes from a request topic that are not an envelope. */
export const deadLetterTopic = (topic: string): string => `${topic}.dlq`;

/** Partitions of an event type's topic (keyed by subject key, so one subject's events stay in order). */
export const EVENT_TOPIC_PARTITIONS = 6;

/** The topic where an event type's owner publishes: `sild.evt.<instance>.<event type>`. Read by the router. */
export const eventTopic = (instance: string, eventType: string): string =>
  topicOf('sild.evt', [instance, eventType]);

/** Partitions of a subscription's topic: as many as an event topic, so the router keeps partition order. */
export const SUBSCRIPTION_TOPIC_PARTITIONS = EVENT_TOPIC_PARTITIONS;

/**
 * The topic where the router puts the events of one subscription, unchanged:
 * `sild.sub.<instance>.<class>.<code>.<subsystem>.<subscription id>`. Only the subscriber's
 * gateways read it; the prefix up to the member lets one ACL cover all of a member's subscriptions.
 */
export const subscriptionTopic = (
  subscriber: Pick<ClientId, 'instance' | 'memberClass' | 'memberCode' | 'subsystem'>,
  subscriptionId: string,
): string =>
  topicOf('sild.sub', [
    subscriber.instance,
    subscriber.memberClass,
    subscriber.memberCode,
    subscriber.subsystem,
    subscriptionId,
  ]);
