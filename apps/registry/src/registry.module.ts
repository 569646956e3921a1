import { randomUUID } from 'node:crypto';
import { Module, type DynamicModule } from '@nestjs/common';
import { platformTopics } from '@sild/contracts';
import { EnvelopeSigner } from '@sild/domain-envelope';
import { readKeyFile } from '@sild/platform-crypto';
import { openDatabase, runMigrations, type SqlDatabase } from '@sild/platform-database';
import { GrpcServer } from '@sild/platform-grpc';
import { HealthModule, readinessCheck } from '@sild/platform-health';
import { createKafkaClient, KafkaProducer, TopicAdmin } from '@sild/platform-kafka';
import type { Logger } from '@sild/platform-logging';
import { readInstanceAnchor } from '@sild/registry-config';
import {
  REGISTRY_MIGRATIONS,
  SqlConfigOutboxRepository,
  SqlRegistryRepository,
} from '@sild/registry-data-access';
import { ManagementService, RegistryService } from '@sild/registry-domain';
import { ConfigPublisher } from './config-publisher.service';
import { ManagementKafkaController } from './management.kafka.controller';
import type { RegistryConfig } from './registry.config';
import { registryGrpcError } from './registry-errors';
import { REGISTRY_SERVICE, registryHandlers, registryPackageDefinition } from './registry.grpc.controller';
import { RegistryRuntime } from './registry.runtime';

/** Wires the registry: database, Kafka, signing key, publisher, gRPC API, health. */
@Module({})
export class RegistryModule {
  static async create(config: RegistryConfig, logger: Logger): Promise<DynamicModule> {
    const anchor = readInstanceAnchor(config.anchorFile);
    const privateKey = readKeyFile(config.signing.keyFile, config.signing.passphrase);
    const instanceId = `registry-${randomUUID()}`;
    const signer = new EnvelopeSigner({
      privateKey,
      certificate: anchor.registry,
      senderInstanceId: instanceId,
    });

    const db: SqlDatabase = await openDatabase(config.database, logger);
    const report = await runMigrations(db, { component: 'registry', directory: REGISTRY_MIGRATIONS, logger });
    logger.info({ applied: report.applied.length }, 'registry schema ready');

    const kafka = createKafkaClient(
      { ...config.kafka, clientId: `${config.kafka.clientId}-registry` },
      logger,
    );
    const admin = new TopicAdmin(kafka, config.kafka.replicationFactor);
    const producer = new KafkaProducer(kafka);
    const outbox = new SqlConfigOutboxRepository(db);
    const repository = new SqlRegistryRepository(db);
    const registry = new RegistryService(repository);
    const topics = platformTopics(anchor.instance);
    const publisher = new ConfigPublisher(
      topics,
      outbox,
      producer,
      signer,
      { ...anchor.registry.identity, subsystem: '' },
      { ...config.publishing, instanceId },
      logger.child({ component: 'config-publisher' }),
    );
    const packageDefinition = registryPackageDefinition();
    const grpc = new GrpcServer({
      packageDefinition,
      logger,
      translateError: registryGrpcError,
      bearerToken: config.grpc.token,
    });
    grpc.addService(
      REGISTRY_SERVICE,
      registryHandlers(registry, () => {
        publisher.nudge();
      }),
    );

    const management = new ManagementKafkaController(
      kafka,
      topics,
      new ManagementService(registry, repository, anchor),
      producer,
      admin,
      signer,
      { ...anchor.registry.identity, subsystem: '' },
      () => {
        publisher.nudge();
      },
      logger.child({ component: 'management' }),
    );
    const runtime = new RegistryRuntime(
      config,
      anchor,
      registry,
      db,
      admin,
      producer,
      publisher,
      management,
      grpc,
      logger,
    );
    return {
      module: RegistryModule,
      imports: [
        HealthModule.forRoot({
          readiness: {
            useValue: [
              readinessCheck('database', async () => {
                await db.ping();
                return { kind: db.kind };
              }),
              readinessCheck('kafka', async () => ({ brokers: await admin.ping() })),
              readinessCheck('configuration', async () => ({
                publishedVersion: publisher.publishedVersion,
                pending: await outbox.pendingCount(),
              })),
            ],
          },
        }),
      ],
      providers: [
        { provide: RegistryRuntime, useValue: runtime },
        { provide: RegistryService, useValue: registry },
      ],
      exports: [RegistryService],
    };
  }
}
