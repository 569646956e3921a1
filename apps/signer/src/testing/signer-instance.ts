// A whole instance for the signer's integration tests: initInstance into a temp folder, the real
// registry (embedded PGlite) and the real signer as processes, gRPC clients for both, and a
// collector for Kafka topics.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPLY_TOPIC_PARTITIONS } from '@sild/contracts';
import { GrpcClient } from '@sild/platform-grpc';
import { createKafkaClient, KafkaConsumer, TopicAdmin, type ConsumedMessage } from '@sild/platform-kafka';
import { testKafkaConfig, testLogger } from '@sild/platform-kafka/testing';
import { freePort, startService, uniqueName, type ServiceProcess } from '@sild/platform-testing';
import { initInstance, type InstanceAnchor } from '@sild/registry-config';
import { REGISTRY_SERVICE, registryPackageDefinition } from '../grpc-registry.repository';
import { SIGNER_SERVICE, signerPackageDefinition } from '../signer.grpc.controller';

export interface SignerTestInstance {
  readonly instance: string;
  readonly anchor: InstanceAnchor;
  readonly dir: string;
  readonly tokenPassphrase: string;
  readonly signerDataDir: string;
  readonly registry: ServiceProcess;
  readonly signer: ServiceProcess;
  readonly registryApi: GrpcClient;
  /** The Signer API as the instance operator (GRPC_AUTH_TOKEN). */
  readonly signerApi: GrpcClient;
  /** The Signer API with the member token of `${instance}/GOV/00000001` (SIGNER_MEMBER_TOKENS). */
  readonly memberSignerApi: GrpcClient;
  /** The Signer API with no token at all. */
  readonly anonymousSignerApi: GrpcClient;
  readonly signerEnv: Record<string, string>;
  stop(): Promise<void>;
}

/** An instance code no earlier run used, so reply topics of runs never mix. */
const uniqueInstance = (): string => `T${randomBytes(4).toString('hex').toUpperCase()}`;

export async function startSignerInstance(): Promise<SignerTestInstance> {
  const dir = mkdtempSync(join(tmpdir(), 'sild-signer-it-'));
  const instance = uniqueInstance();
  const tokenPassphrase = `token-secret-${randomBytes(12).toString('hex')}`;
  const registryPassphrase = `registry-secret-${randomBytes(12).toString('hex')}`;
  const files = {
    tokenDir: join(dir, 'token'),
    registryKeyFile: join(dir, 'registry.key.pem'),
    anchorFile: join(dir, 'anchor.json'),
  };
  const { anchor } = initInstance({ instance, ...files, tokenPassphrase, registryPassphrase });
  const kafka = testKafkaConfig().brokers.join(',');
  const [registryGrpc, registryHttp, signerGrpc, signerHttp] = [
    await freePort(),
    await freePort(),
    await freePort(),
    await freePort(),
  ];
  const registry = startService('registry', 'apps/registry/src/main.ts', {
    SILD_ANCHOR_FILE: files.anchorFile,
    REGISTRY_KEY_FILE: files.registryKeyFile,
    REGISTRY_KEY_PASSPHRASE: registryPassphrase,
    SILD_DATA_DIR: join(dir, 'registry'),
    GRPC_PORT: String(registryGrpc),
    HTTP_PORT: String(registryHttp),
    KAFKA_BROKERS: kafka,
  });
  await registry.ready();
  const signerDataDir = join(dir, 'signer');
  const operatorToken = `operator-${randomBytes(12).toString('hex')}`;
  const memberToken = `member-${randomBytes(12).toString('hex')}`;
  const signerEnv = {
    // debug: the log test shows the passphrase stays out of even the most detailed logs
    LOG_LEVEL: 'debug',
    SILD_ANCHOR_FILE: files.anchorFile,
    SIGNER_TOKEN_DIR: files.tokenDir,
    SIGNER_TOKEN_PASSPHRASE: tokenPassphrase,
    SILD_DATA_DIR: signerDataDir,
    REGISTRY_ADDRESS: `127.0.0.1:${registryGrpc}`,
    GRPC_PORT: String(signerGrpc),
    HTTP_PORT: String(signerHttp),
    KAFKA_BROKERS: kafka,
    GRPC_AUTH_TOKEN: operatorToken,
    SIGNER_MEMBER_TOKENS: `${instance}/GOV/00000001=${memberToken}`,
  };
  const signer = startService('signer', 'apps/signer/src/main.ts', signerEnv);
  try {
    await signer.ready();
  } catch (error) {
    await Promise.all([signer.stop(), registry.stop()]);
    throw error;
  }
  const registryApi = new GrpcClient(
    registryPackageDefinition(),
    REGISTRY_SERVICE,
    `127.0.0.1:${registryGrpc}`,
  );
  const signerClient = (bearerToken?: string) =>
    new GrpcClient(signerPackageDefinition(), SIGNER_SERVICE, `127.0.0.1:${signerGrpc}`, { bearerToken });
  const signerApi = signerClient(operatorToken);
  const memberSignerApi = signerClient(memberToken);
  const anonymousSignerApi = signerClient();
  return {
    instance,
    anchor,
    dir,
    tokenPassphrase,
    signerDataDir,
    registry,
    signer,
    registryApi,
    signerApi,
    memberSignerApi,
    anonymousSignerApi,
    signerEnv,
    stop: async () => {
      registryApi.close();
      for (const api of [signerApi, memberSignerApi, anonymousSignerApi]) api.close();
      await signer.stop();
      await registry.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Reads a topic from its beginning into memory (as a member's gateway reads its reply topic). */
export class TopicCollector {
  readonly messages: ConsumedMessage[] = [];
  private readonly kafka = createKafkaClient(testKafkaConfig('signer-it'), testLogger());
  private readonly admin = new TopicAdmin(this.kafka, 1);
  private consumer: KafkaConsumer | undefined;

  /** `partitions` must be what the topic's owner declares (a reply topic's by default). */
  async start(topic: string, partitions = REPLY_TOPIC_PARTITIONS): Promise<void> {
    await this.admin.ensureTopics([{ name: topic, partitions }]);
    this.consumer = new KafkaConsumer(
      this.kafka,
      {
        groupId: uniqueName('signer-it'),
        topics: [topic],
        fromBeginning: true,
        handle: (message) => {
          this.messages.push(message);
          return Promise.resolve();
        },
      },
      testLogger(),
    );
    await this.consumer.start();
  }

  async stop(): Promise<void> {
    await this.consumer?.stop();
    await this.admin.close();
  }
}
