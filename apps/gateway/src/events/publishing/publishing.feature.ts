import { platformTopics } from '@sild/contracts';
import { EventPublisherService, FollowIndicationsService, SubjectSequences } from '@sild/gateway-domain';
import { TopicReader } from '@sild/platform-kafka';
import type { GatewayCore, GatewayFeature } from '../../gateway-feature';
import { KafkaEnvelopeBus } from '../../kafka-envelope-bus';
import { gatewayGroupPrefix } from '../../gateway.topics';
import { KafkaSequenceSource } from './kafka-sequence-source';
import { publishingHandlers } from './publishing.grpc.controller';
import { ViewEventDirectory } from './view-event-directory';

/**
 * Publishing events of the event types the organisation's subsystems own, and following
 * subjects of its subscriptions. Event topics are created on first publication (the registry
 * may register an event type at any time); the follows topic is compacted.
 */
export function publishingFeature(core: GatewayCore): GatewayFeature {
  const { config, admin, kafka, logger } = core;
  const settings = {
    member: config.member,
    maxPayloadBytes: config.limits.maxPayloadBytes,
    subjectSecret: config.events.subjectKeySecret,
    eventTtlMs: config.events.eventTtlMs,
  };
  const bus = new KafkaEnvelopeBus(core.batching, admin);
  const directory = new ViewEventDirectory(core.view);
  const sequences = new SubjectSequences(
    new KafkaSequenceSource(
      { instance: config.member.instance, retentionMs: config.events.eventTtlMs },
      admin,
      new TopicReader(kafka, admin, logger.child({ component: 'sequences' })),
      `${gatewayGroupPrefix(config.member)}.sequences.${core.instanceId}`,
      logger.child({ component: 'publisher' }),
    ),
  );
  const publisher = new EventPublisherService(
    core.signer,
    bus,
    directory,
    sequences,
    core.decisions,
    settings,
  );
  const follows = new FollowIndicationsService(core.signer, bus, directory, core.decisions, settings);
  return {
    name: 'publishing',
    topics: [
      {
        name: platformTopics(config.member.instance).follows,
        partitions: 3,
        config: { 'cleanup.policy': 'compact' },
      },
    ],
    eventHandlers: publishingHandlers(publisher, follows, core.tokens),
    readiness: [],
    start: () => Promise.resolve(),
    stop: () => Promise.resolve(),
  };
}
