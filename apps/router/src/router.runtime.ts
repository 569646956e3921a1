import type { BeforeApplicationShutdown, OnApplicationBootstrap } from '@nestjs/common';
import type { KafkaDecisionLog, KafkaProducer, TopicAdmin } from '@sild/platform-kafka';
import type { Logger } from '@sild/platform-logging';
import type { RegistryView } from '@sild/registry-view';
import type { EventConsumer } from './event-consumer';
import type { FollowsReader } from './follows-reader';
import type { RouteSync } from './route-sync';
import type { RouterLag } from './router-gauges';
import type { RouterTopics } from './router.topics';

export interface RouterParts {
  readonly instanceId: string;
  readonly topics: RouterTopics;
  readonly admin: TopicAdmin;
  readonly producer: KafkaProducer;
  readonly view: RegistryView;
  readonly routes: RouteSync;
  readonly follows: FollowsReader;
  readonly events: EventConsumer;
  readonly decisions: KafkaDecisionLog;
  readonly lag: RouterLag;
  readonly logger: Logger;
}

/**
 * Starts the router's parts in dependency order: topics, registry view, routes (creating the
 * event and subscription topics), the whole follows topic (so no followed subject is missed),
 * then the event consumer. SIGTERM stops them in reverse: the event consumer finishes its batch
 * (copies and decisions on Kafka) and commits, queued decisions are written, the replica's
 * follows group is deleted.
 */
export class RouterRuntime implements OnApplicationBootstrap, BeforeApplicationShutdown {
  constructor(private readonly parts: RouterParts) {}

  async onApplicationBootstrap(): Promise<void> {
    const { admin, producer, view, routes, follows, events, lag, topics, logger } = this.parts;
    await admin.ensureTopics(topics.specs);
    await producer.connect();
    await view.start();
    await routes.start();
    await follows.start();
    await events.start();
    lag.start();
    logger.info(
      { instanceId: this.parts.instanceId, group: topics.eventGroup, eventTopics: events.topics.length },
      'router routing',
    );
  }

  async beforeApplicationShutdown(): Promise<void> {
    const { routes, events, follows, view, lag, decisions, producer, admin } = this.parts;
    await routes.stop();
    lag.stop();
    // the follow index and the view keep answering while the last batch is routed
    await Promise.all([events.stop(), follows.stop(), view.stop()]);
    await decisions.close();
    await producer.stop();
    await admin.close();
  }
}
