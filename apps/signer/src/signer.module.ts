import { platformTopics } from '@sild/contracts';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { Module, type DynamicModule } from '@nestjs/common';
import { EnvelopeSigner } from '@sild/domain-envelope';
import { GrpcServer } from '@sild/platform-grpc';
import { HealthModule, readinessCheck } from '@sild/platform-health';
import { createKafkaClient, KafkaProducer, TopicAdmin } from '@sild/platform-kafka';
import type { Logger } from '@sild/platform-logging';
import { exposeCertificateExpiry } from '@sild/platform-telemetry';
import { readInstanceAnchor } from '@sild/registry-config';
import {
  CertificateRequestsService,
  ensureSignerIdentity,
  instanceAuthority,
  InstanceCaService,
  ReplyWriter,
  SignerKeysService,
  SoftwareKeyStore,
} from '@sild/signer-domain';
import { CertificateRequestsKafkaController } from './certificate-requests.kafka.controller';
import { FileRequestLogRepository } from './file-request-log.repository';
import { GrpcRegistryRepository } from './grpc-registry.repository';
import type { SignerConfig } from './signer.config';
import { SignerCallers } from './signer-callers';
import { signerGrpcError } from './signer-errors';
import { SIGNER_SERVICE, signerHandlers, signerPackageDefinition } from './signer.grpc.controller';
import { SignerRuntime } from './signer.runtime';

/** Wires the signer: token, instance CA, identity, registry client, Kafka, gRPC API, health. */
@Module({})
export class SignerModule {
  static async create(config: SignerConfig, logger: Logger): Promise<DynamicModule> {
    const anchor = readInstanceAnchor(config.anchorFile);
    const keys = SoftwareKeyStore.open(config.token.dir, config.token.passphrase);
    const authority = instanceAuthority(keys);
    if (!authority.certificate.raw.equals(anchor.root.x509.raw)) {
      throw new Error(`the root CA in ${config.token.dir} is not the instance root of ${config.anchorFile}`);
    }
    const registry = GrpcRegistryRepository.connect(config.registryAddress, config.grpc.token);
    const ca = new InstanceCaService(authority, keys, registry, {
      defaultValidityDays: config.certificates.validityDays,
      maxValidityDays: config.certificates.maxValidityDays,
    });
    const identity = ensureSignerIdentity(keys, ca, {
      validityDays: config.certificates.validityDays,
      renewBeforeDays: Math.min(30, Math.floor(config.certificates.validityDays / 4)),
    });
    exposeCertificateExpiry('signing', () => identity.certificate);
    const signerId = { ...identity.member, subsystem: '' };
    const envelopeSigner = new EnvelopeSigner({
      privateKey: identity.privateKey,
      certificate: identity.certificate,
      senderInstanceId: `signer-${randomUUID()}`,
    });
    const requestLog = await FileRequestLogRepository.open(join(config.dataDir, 'requests.jsonl'));
    const requests = new CertificateRequestsService(
      ca,
      registry,
      requestLog,
      new ReplyWriter(envelopeSigner, signerId),
      { trustRoot: anchor.rootPem, signer: signerId, validityDays: config.certificates.validityDays },
    );

    const kafka = createKafkaClient({ ...config.kafka, clientId: `${config.kafka.clientId}-signer` }, logger);
    const admin = new TopicAdmin(kafka, config.kafka.replicationFactor);
    const producer = new KafkaProducer(kafka);
    const topics = platformTopics(anchor.instance);
    const consumer = new CertificateRequestsKafkaController(
      kafka,
      topics,
      producer,
      admin,
      requests,
      logger.child({ component: 'certificate-requests' }),
    );
    const callers = new SignerCallers(config.grpc.token, config.grpc.memberTokens);
    if (callers.open) logger.warn('Signer API open to anyone who reaches it: set GRPC_AUTH_TOKEN');
    const grpc = new GrpcServer({
      packageDefinition: signerPackageDefinition(),
      logger,
      translateError: signerGrpcError,
      authenticatedByHandlers: true,
    });
    grpc.addService(SIGNER_SERVICE, signerHandlers(new SignerKeysService(keys), ca, callers));

    const runtime = new SignerRuntime(
      config,
      topics,
      identity,
      registry,
      requestLog,
      admin,
      producer,
      consumer,
      grpc,
      logger,
    );
    return {
      module: SignerModule,
      imports: [
        HealthModule.forRoot({
          readiness: {
            useValue: [
              readinessCheck('kafka', async () => ({ brokers: await admin.ping() })),
              readinessCheck('registry', async () => {
                await registry.snapshot();
                return { address: config.registryAddress };
              }),
              readinessCheck('token', () => Promise.resolve({ keys: keys.list().length })),
              readinessCheck('certificate-requests', () =>
                consumer.isRunning
                  ? Promise.resolve({ topic: 'sild.signer.requests' })
                  : Promise.reject(new Error('consumer is not running')),
              ),
            ],
          },
        }),
      ],
      providers: [{ provide: SignerRuntime, useValue: runtime }],
    };
  }
}
