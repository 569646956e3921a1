import { platformTopics } from '@sild/contracts';
import { EventPublisherService, FollowIndicationsService, SubjectSequences } from '@sild/gateway-domain';
import { TopicReader } from '@sild/platform-kafka';
import { sameMember, type EventType } from '@sild/registry-config';
import type { GatewayCore, GatewayFeature } from '../../gateway-feature';
import { KafkaEnvelopeBus } from '../../kafka-envelope-bus';
import { gatewayGroupPrefix } from '../../gateway.topics';
import { KafkaSequenceSource } from './kafka-sequence-source';
import { publishingHandlers } from './publishing.grpc.controller';
import { ViewEventDirectory } from './view-event-directory';

/**
 * Publishing events of the event types the organisation's subsystems own, and following
 * subjects of its subscriptions. The subject sequences of every event type the organisation
 * owns are restored in the background (creating the topic when missing) as soon as the registry
 * view shows it, at start or later, so that the first publication does not wait for that read
 * (one that comes sooner waits for it). The follows topic is compacted.
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
  // restores an owned event type's counters once, in the background (prepare() caches)
  const preparing = new Map<string, Promise<void>>();
  const prepare = (eventType: EventType): void => {
    if (settings.subjectSecret.length === 0) return; // publishing is off
    if (preparing.has(eventType.name) || !sameMember(eventType.owner, config.member)) return;
    preparing.set(
      eventType.name,
      sequences.prepare(eventType.name).catch((error: unknown) => {
        preparing.delete(eventType.name);
        logger.warn(
          { err: error, eventType: eventType.name },
          'publisher: subject sequences not restored ahead; the first publication tries again',
        );
      }),
    );
  };
  let unsubscribe = (): unknown => undefined;
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
    start: () => {
      for (const eventType of core.view.state().eventTypes) prepare(eventType);
      unsubscribe = core.view.onChange(({ entity }) => {
        if (entity.kind === 'eventType') prepare(entity.value);
      });
      return Promise.resolve();
    },
    // a restore still reading has its own consumer group, deleted when the read ends
    stop: async () => {
      unsubscribe();
      await Promise.all(preparing.values());
    },
  };
}
