// A whole Sild instance for end-to-end tests: bootstrapped with the CLI, its registry running
// against real PostgreSQL (a schema of its own) and the real Kafka broker.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { platformTopics } from '@sild/contracts';
import { createTestSchema, type TestSchema } from '@sild/platform-database/testing';
import { createKafkaClient, TopicAdmin, type KafkaClient } from '@sild/platform-kafka';
import { testKafkaConfig, testLogger } from '@sild/platform-kafka/testing';
import { readInstanceAnchor, type InstanceAnchor } from '@sild/registry-config';
import { freePort, startService, type ServiceProcess } from '@sild/platform-testing';
import { sildJson } from './processes';

/** The instance operator's bearer token for the registry and signer APIs. */
export const OPERATOR_TOKEN = 'e2e operator token';

export const PASSPHRASES = {
  SIGNER_TOKEN_PASSPHRASE: 'signer token passphrase',
  REGISTRY_KEY_PASSPHRASE: 'registry key passphrase',
};

/** An instance code no other run uses (e.g. `T1A2B3C`): its platform topics are its own. */
export const testInstanceCode = (): string => `T${randomBytes(3).toString('hex').toUpperCase()}`;

export interface TestInstance {
  readonly dir: string;
  readonly anchorFile: string;
  readonly anchor: InstanceAnchor;
  readonly kafka: KafkaClient;
  readonly admin: TopicAdmin;
  readonly registryEnv: Record<string, string>;
  /** KAFKA_BROKERS for the instance's services when it runs on a broker of its own, else empty. */
  readonly kafkaEnv: Record<string, string>;
  /** Environment for `sild` pointing at this instance's services. */
  cliEnv(): Record<string, string>;
  startRegistry(extra?: Record<string, string>): Promise<ServiceProcess>;
  registry(): ServiceProcess;
  /** The signer started by startSigner(). */
  signer(): ServiceProcess;
  /** The signer, with the token `sild instance init` filled (needs the registry running). */
  startSigner(): Promise<ServiceProcess>;
  registryAddress(): string;
  schema: TestSchema;
  close(): Promise<void>;
}

export interface TestInstanceOptions {
  /** Bootstrap servers of a broker of the test's own (default: the shared test broker). */
  readonly kafkaBrokers?: string;
}

export async function createTestInstance(
  code = testInstanceCode(),
  options: TestInstanceOptions = {},
): Promise<TestInstance> {
  const dir = mkdtempSync(join(tmpdir(), 'sild-instance-'));
  const kafkaEnv: Record<string, string> = options.kafkaBrokers
    ? { KAFKA_BROKERS: options.kafkaBrokers }
    : {};
  const kafkaConfig = testKafkaConfig('sild-e2e');
  const kafka = createKafkaClient(
    options.kafkaBrokers ? { ...kafkaConfig, brokers: options.kafkaBrokers.split(',') } : kafkaConfig,
    testLogger('e2e'),
  );
  const admin = new TopicAdmin(kafka, 1);
  await sildJson(['instance', 'init', '--instance', code, '--dir', dir], PASSPHRASES);
  const anchorFile = join(dir, 'anchor.json');
  const schema = await createTestSchema('registry_e2e');
  const grpcPort = await freePort();
  const signerPort = await freePort();
  const registryEnv = {
    ...kafkaEnv,
    SILD_ANCHOR_FILE: anchorFile,
    REGISTRY_KEY_FILE: join(dir, 'registry.key.pem'),
    REGISTRY_KEY_PASSPHRASE: PASSPHRASES.REGISTRY_KEY_PASSPHRASE,
    DATABASE_URL: schema.url,
    GRPC_HOST: '127.0.0.1',
    GRPC_PORT: String(grpcPort),
    GRPC_AUTH_TOKEN: OPERATOR_TOKEN,
    REGISTRY_HEARTBEAT_MS: '500',
    REGISTRY_OUTBOX_POLL_MS: '100',
    REGISTRY_SNAPSHOT_EVERY: '10',
  };
  let registry: ServiceProcess | undefined;
  let signer: ServiceProcess | undefined;
  const running: ServiceProcess[] = [];
  let closed = false;
  return {
    dir,
    anchorFile,
    anchor: readInstanceAnchor(anchorFile),
    kafka,
    admin,
    schema,
    registryEnv,
    kafkaEnv,
    cliEnv: () => ({
      SILD_REGISTRY: `127.0.0.1:${grpcPort}`,
      SILD_SIGNER: `127.0.0.1:${signerPort}`,
      SILD_ANCHOR_FILE: anchorFile,
      SILD_OPERATOR_TOKEN: OPERATOR_TOKEN,
    }),
    registryAddress: () => `127.0.0.1:${grpcPort}`,
    async startRegistry(extra = {}) {
      registry = startService('registry', 'apps/registry/src/main.ts', {
        ...registryEnv,
        HTTP_PORT: String(await freePort()),
        ...extra,
      });
      running.push(registry);
      await registry.ready();
      return registry;
    },
    registry() {
      if (!registry) throw new Error('registry not started');
      return registry;
    },
    signer() {
      if (!signer) throw new Error('signer not started');
      return signer;
    },
    async startSigner() {
      const started = startService('signer', 'apps/signer/src/main.ts', {
        ...kafkaEnv,
        HTTP_PORT: String(await freePort()),
        SILD_ANCHOR_FILE: anchorFile,
        SIGNER_TOKEN_DIR: join(dir, 'signer-token'),
        SIGNER_TOKEN_PASSPHRASE: PASSPHRASES.SIGNER_TOKEN_PASSPHRASE,
        REGISTRY_ADDRESS: `127.0.0.1:${grpcPort}`,
        SILD_DATA_DIR: join(dir, 'signer'),
        GRPC_HOST: '127.0.0.1',
        GRPC_PORT: String(signerPort),
        GRPC_AUTH_TOKEN: OPERATOR_TOKEN,
      });
      signer = started;
      running.push(started);
      await started.ready();
      return started;
    },
    async close() {
      if (closed) return;
      closed = true;
      for (const service of running) await service.stop();
      // the run's platform topics go with it (reply topics are shared by members' codes)
      await admin.deleteTopics(Object.values(platformTopics(code)));
      await admin.close();
      await schema.drop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
