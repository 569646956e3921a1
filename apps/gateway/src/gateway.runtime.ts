import type { BeforeApplicationShutdown, OnApplicationBootstrap } from '@nestjs/common';
import { failure, type PendingReplies, type ProviderBackend } from '@sild/gateway-domain';
import { Reason } from '@sild/contracts';
import type { GrpcServer } from '@sild/platform-grpc';
import type { KafkaDecisionLog, KafkaProducer, TopicAdmin } from '@sild/platform-kafka';
import type { Logger } from '@sild/platform-logging';
import type { RegistryView } from '@sild/registry-view';
import type { GatewayConsumers } from './gateway-consumers';
import type { GatewayFeature } from './gateway-feature';
import type { GatewayConfig } from './gateway.config';
import type { GatewayTopics } from './gateway.topics';

export interface GatewayParts {
  readonly instanceId: string;
  readonly topics: GatewayTopics;
  readonly admin: TopicAdmin;
  readonly producer: KafkaProducer;
  readonly view: RegistryView;
  readonly consumers: GatewayConsumers;
  readonly decisions: KafkaDecisionLog;
  readonly pending: PendingReplies;
  readonly grpc: GrpcServer;
  readonly backends: ReadonlyMap<string, ProviderBackend & { close?: () => void }>;
  readonly features: readonly GatewayFeature[];
  readonly logger: Logger;
}

/**
 * Starts the gateway's parts in dependency order (topics, registry view, answer intake, request
 * intake, then the API) and stops them in reverse: running calls get their answers while the
 * API drains, consumers commit what they handled, queued decisions are written before exit.
 */
export class GatewayRuntime implements OnApplicationBootstrap, BeforeApplicationShutdown {
  constructor(
    private readonly config: GatewayConfig,
    private readonly parts: GatewayParts,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const { admin, producer, view, consumers, grpc, topics, features, logger } = this.parts;
    await admin.ensureTopics([...topics.specs, ...features.flatMap((feature) => feature.topics)]);
    await producer.connect();
    await view.start();
    await consumers.replies.start();
    await consumers.requests?.start();
    for (const feature of features) await feature.start();
    const port = await grpc.listen(this.config.grpc.host, this.config.grpc.port);
    logger.info(
      {
        grpc: `${this.config.grpc.host}:${port}`,
        instanceId: this.parts.instanceId,
        provides: this.config.backends.map((backend) => `${backend.subsystem}=${backend.kind}`),
        requestTopics: topics.requests,
        replyTopic: topics.replies,
      },
      'gateway serving',
    );
  }

  async beforeApplicationShutdown(): Promise<void> {
    const { consumers, pending, decisions, producer, view, admin, grpc, topics, logger } = this.parts;
    await grpc.shutdown(Math.min(10_000, this.config.shutdownTimeoutMs / 2));
    // no call is running any more: what is left to wait for are the consumers' last fetches
    pending.rejectAll(failure(Reason.REASON_TIMEOUT, 'the gateway is shutting down'));
    await Promise.all([
      consumers.requests?.stop(),
      consumers.replies.stop(),
      ...this.parts.features.map((feature) => feature.stop()),
    ]);
    await view.stop();
    await decisions.close();
    await admin.deleteGroups([topics.replyGroup(this.parts.instanceId)]).catch((error: unknown) => {
      logger.warn({ err: error }, 'could not delete the reply consumer group');
    });
    await producer.stop();
    await admin.close();
    for (const backend of this.parts.backends.values()) backend.close?.();
  }
}
