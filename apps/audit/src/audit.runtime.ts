import type { BeforeApplicationShutdown, OnApplicationBootstrap } from '@nestjs/common';
import type { SqlDatabase } from '@sild/platform-database';
import type { GrpcServer } from '@sild/platform-grpc';
import type { KafkaProducer, TopicAdmin } from '@sild/platform-kafka';
import type { Logger } from '@sild/platform-logging';
import type { RegistryView } from '@sild/registry-view';
import type { AuditConfig } from './audit.config';
import type { AuditTopics } from './audit.topics';
import type { AuditWriter } from './audit-writer';

export interface AuditParts {
  readonly topics: AuditTopics;
  readonly db: SqlDatabase;
  readonly admin: TopicAdmin;
  readonly producer: KafkaProducer;
  readonly view: RegistryView;
  readonly writer: AuditWriter;
  readonly grpc: GrpcServer;
  readonly origin: string;
  readonly verifierKey: string;
  readonly logger: Logger;
}

/**
 * Starts the audit service's parts in order (topics, producer, registry view, query API, then
 * the writer role, which waits for the lock in the background) and stops them in reverse.
 */
export class AuditRuntime implements OnApplicationBootstrap, BeforeApplicationShutdown {
  constructor(
    private readonly config: AuditConfig,
    private readonly parts: AuditParts,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const { admin, producer, view, grpc, writer, topics, logger } = this.parts;
    await admin.ensureTopics(topics.specs);
    await producer.connect();
    await view.start();
    const port = await grpc.listen(this.config.grpc.host, this.config.grpc.port);
    writer.start();
    logger.info(
      {
        grpc: `${this.config.grpc.host}:${port}`,
        origin: this.parts.origin,
        verifierKey: this.parts.verifierKey,
      },
      'audit serving',
    );
  }

  async beforeApplicationShutdown(): Promise<void> {
    const { grpc, writer, view, producer, admin, db } = this.parts;
    await grpc.shutdown(5_000);
    await writer.stop();
    await view.stop();
    await producer.stop();
    await admin.close();
    await db.close();
  }
}
