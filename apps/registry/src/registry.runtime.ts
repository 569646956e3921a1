import type { BeforeApplicationShutdown, OnApplicationBootstrap } from '@nestjs/common';
import type { SqlDatabase } from '@sild/platform-database';
import type { GrpcServer } from '@sild/platform-grpc';
import type { KafkaProducer, TopicAdmin } from '@sild/platform-kafka';
import type { Logger } from '@sild/platform-logging';
import { RegistryErrorCode, RegistryException, type InstanceAnchor } from '@sild/registry-config';
import { OPERATOR, type RegistryService } from '@sild/registry-domain';
import type { ConfigPublisher } from './config-publisher.service';
import type { ManagementKafkaController } from './management.kafka.controller';
import type { RegistryConfig } from './registry.config';
import { platformTopics } from '@sild/contracts';
import { registryTopics } from './registry.topics';

/** Starts the registry's parts in order and stops them in reverse. */
export class RegistryRuntime implements OnApplicationBootstrap, BeforeApplicationShutdown {
  constructor(
    private readonly config: RegistryConfig,
    private readonly anchor: InstanceAnchor,
    private readonly registry: RegistryService,
    private readonly db: SqlDatabase,
    private readonly admin: TopicAdmin,
    private readonly producer: KafkaProducer,
    private readonly publisher: ConfigPublisher,
    private readonly management: ManagementKafkaController,
    private readonly grpc: GrpcServer,
    private readonly logger: Logger,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.admin.ensureTopics(registryTopics(platformTopics(this.anchor.instance)));
    await this.producer.connect();
    await this.trustTheAnchor();
    await this.publisher.start();
    await this.management.start();
    const port = await this.grpc.listen(this.config.grpc.host, this.config.grpc.port);
    this.logger.info(
      { grpc: `${this.config.grpc.host}:${port}`, instance: this.anchor.instance },
      'registry serving',
    );
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.grpc.shutdown(5_000);
    await this.management.stop();
    await this.publisher.stop();
    await this.producer.stop();
    await this.admin.close();
    await this.db.close();
  }

  /** The instance root from the anchor file is the registry's first trust anchor. */
  private async trustTheAnchor(): Promise<void> {
    try {
      await this.registry.addTrustAnchor({ certificateDer: this.anchor.root.x509.raw }, OPERATOR);
      this.logger.info({ instance: this.anchor.instance }, 'instance root added as trust anchor');
    } catch (error) {
      if (!(error instanceof RegistryException && error.code === RegistryErrorCode.ALREADY_EXISTS))
        throw error;
    }
  }
}
