import type { PlatformTopics } from '@sild/contracts';
import type { BeforeApplicationShutdown, OnApplicationBootstrap } from '@nestjs/common';
import type { GrpcServer } from '@sild/platform-grpc';
import type { KafkaProducer, TopicAdmin } from '@sild/platform-kafka';
import type { Logger } from '@sild/platform-logging';
import type { SignerIdentity } from '@sild/signer-domain';
import type { CertificateRequestsKafkaController } from './certificate-requests.kafka.controller';
import type { FileRequestLogRepository } from './file-request-log.repository';
import type { GrpcRegistryRepository } from './grpc-registry.repository';
import type { SignerConfig } from './signer.config';
import { signerTopics } from './signer.topics';

/** Starts the signer's parts in order and stops them in reverse. */
export class SignerRuntime implements OnApplicationBootstrap, BeforeApplicationShutdown {
  constructor(
    private readonly config: SignerConfig,
    private readonly topics: PlatformTopics,
    private readonly identity: SignerIdentity,
    private readonly registry: GrpcRegistryRepository,
    private readonly requestLog: FileRequestLogRepository,
    private readonly admin: TopicAdmin,
    private readonly producer: KafkaProducer,
    private readonly requests: CertificateRequestsKafkaController,
    private readonly grpc: GrpcServer,
    private readonly logger: Logger,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    // the signer's answers are verified with its certificate: the registry publishes it
    await this.registry.registerIdentity(this.identity.member, this.identity.certificate.der);
    this.logger.info(
      { keyId: this.identity.certificate.keyIdHex, renewed: this.identity.renewed },
      'signer identity registered',
    );
    await this.admin.ensureTopics(signerTopics(this.topics));
    await this.producer.connect();
    await this.requests.start();
    const port = await this.grpc.listen(this.config.grpc.host, this.config.grpc.port);
    this.logger.info(
      { grpc: `${this.config.grpc.host}:${port}`, instance: this.identity.member.instance },
      'signer serving',
    );
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.grpc.shutdown(5_000);
    await this.requests.stop();
    await this.producer.stop();
    await this.admin.close();
    await this.requestLog.close();
    this.registry.close();
  }
}
