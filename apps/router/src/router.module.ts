import { hostname } from 'node:os';
import { randomBytes } from 'node:crypto';
import { Module, type DynamicModule } from '@nestjs/common';
import { EnvelopeVerifier } from '@sild/domain-envelope';
import { HealthModule } from '@sild/platform-health';
import {
  BatchingProducer,
  createKafkaClient,
  KafkaDecisionLog,
  KafkaProducer,
  TopicAdmin,
  TopicReader,
} from '@sild/platform-kafka';
import type { Logger } from '@sild/platform-logging';
import { readInstanceAnchor } from '@sild/registry-config';
import { RegistryView } from '@sild/registry-view';
import {
  EVENT_MAX_LIFETIME_MS,
  EventRouter,
  FOLLOW_MAX_LIFETIME_MS,
  FollowIndex,
  FollowIntakeService,
} from '@sild/router-domain';
import { EventConsumer } from './event-consumer';
import { FollowsReader } from './follows-reader';
import { KafkaRouterBus } from './kafka-router-bus';
import { RouteSync } from './route-sync';
import type { RouterConfig } from './router.config';
import { RouterLag, trackFollows } from './router-gauges';
import { routerReadiness } from './router.readiness';
import { RouterRuntime } from './router.runtime';
import { routerTopics } from './router.topics';

/** Wires one router replica: registry view, routes, follow index, event consumer, decisions. */
@Module({})
export class RouterModule {
  static create(config: RouterConfig, logger: Logger): Promise<DynamicModule> {
    const instanceId = config.instanceId || `${hostname()}-${randomBytes(3).toString('hex')}`;
    const anchor = readInstanceAnchor(config.anchorFile);
    const { instance } = anchor;
    const kafka = createKafkaClient({ ...config.kafka, clientId: `${config.kafka.clientId}-router` }, logger);
    const admin = new TopicAdmin(kafka, config.kafka.replicationFactor);
    const producer = new KafkaProducer(kafka);
    // copies, dead letters and decision records leave in the same produce requests
    const batching = new BatchingProducer(producer);
    const view = new RegistryView({ anchor, kafka, groupPrefix: `sild-view-router-${instanceId}`, logger });
    const topics = routerTopics(instance, config.eventRetentionMs);
    const decisions = new KafkaDecisionLog(
      { send: (topic, messages) => Promise.all(messages.map((message) => batching.send(topic, message))) },
      topics.decisions,
      logger.child({ component: 'decisions' }),
      0,
    );
    const verifier = (maxLifetimeMs: number) =>
      new EnvelopeVerifier({
        trustRoot: anchor.rootPem,
        certificates: view.certificates,
        revoked: view.revoked,
        maxLifetimeMs,
      });
    // the router records decisions as the instance: it is no member's
    const decider = { member: { instance, memberClass: '', memberCode: '', subsystem: '' }, instanceId };
    const routes = new RouteSync(instance, view, admin, topics, logger.child({ component: 'routes' }));
    const index = new FollowIndex();
    const router = new EventRouter(
      verifier(EVENT_MAX_LIFETIME_MS),
      routes.current,
      index,
      new KafkaRouterBus(batching, topics.eventGroup),
      decisions,
      { decider },
    );
    const intake = new FollowIntakeService(
      verifier(FOLLOW_MAX_LIFETIME_MS),
      routes.current,
      index,
      decisions,
      {
        decider,
      },
    );
    const follows = new FollowsReader(
      new TopicReader(kafka, admin, logger.child({ component: 'follows' })),
      topics.follows,
      topics.followsGroupPrefix(instanceId),
      intake,
      logger.child({ component: 'follows' }),
    );
    const events = new EventConsumer(
      kafka,
      {
        groupId: topics.eventGroup,
        handle: (message) => router.handle(message),
        concurrency: config.concurrency,
      },
      logger,
    );
    const lag = new RouterLag(admin, topics.eventGroup, logger);
    trackFollows({ followed: () => index.size, waiting: () => intake.waiting });
    routes.changed = async (table) => {
      lag.track(table.eventTopics);
      // a consumer restart takes seconds: later route changes (revocations) must not wait for it
      events.setTopics(table.eventTopics).catch((error: unknown) => {
        logger.error({ err: error }, 'event consumer not restarted on the new event topics');
      });
      await follows.settle();
    };
    const runtime = new RouterRuntime({
      instanceId,
      topics,
      admin,
      producer,
      view,
      routes,
      follows,
      events,
      decisions,
      lag,
      logger,
    });
    return Promise.resolve({
      module: RouterModule,
      imports: [
        HealthModule.forRoot({
          readiness: {
            useValue: routerReadiness({ admin, view, events, follows, maxViewAgeMs: config.viewMaxAgeMs }),
          },
        }),
      ],
      providers: [{ provide: RouterRuntime, useValue: runtime }],
    });
  }
}
