import { env, loadConfig, type ConfigOf } from '@sild/platform-config';
import { databaseConfigSchema } from '@sild/platform-database';
import { serviceConfigSchema } from '@sild/platform-health';
import { kafkaConfigSchema } from '@sild/platform-kafka';

export const registryConfigSchema = {
  ...serviceConfigSchema(8081),
  kafka: kafkaConfigSchema,
  database: databaseConfigSchema('registry'),
  grpc: {
    host: env.string('GRPC_HOST', { description: 'address the Registry gRPC API binds', default: '0.0.0.0' }),
    port: env.port('GRPC_PORT', { description: 'port of the Registry gRPC API', default: 50051 }),
    token: env.string('GRPC_AUTH_TOKEN', {
      description: 'bearer token the operator API requires (secret); empty: open, with a warning',
      default: '',
    }),
  },
  anchorFile: env.string('SILD_ANCHOR_FILE', {
    description: 'instance anchor (root and registry certificates), written by `sild instance init`',
  }),
  signing: {
    keyFile: env.string('REGISTRY_KEY_FILE', {
      description: "the registry's signing key (encrypted PKCS#8 PEM), written by `sild instance init`",
    }),
    passphrase: env.string('REGISTRY_KEY_PASSPHRASE', {
      description: 'passphrase of REGISTRY_KEY_FILE (secret)',
    }),
  },
  publishing: {
    heartbeatMs: env.integer('REGISTRY_HEARTBEAT_MS', {
      description: 'interval of signed heartbeat records (how fresh readers can know their view is)',
      default: 5_000,
      min: 100,
    }),
    snapshotEvery: env.integer('REGISTRY_SNAPSHOT_EVERY', {
      description: 'publish a signed snapshot after this many changes',
      default: 1_000,
      min: 1,
    }),
    pollMs: env.integer('REGISTRY_OUTBOX_POLL_MS', {
      description: 'how often the outbox is checked for unpublished changes',
      default: 500,
      min: 10,
    }),
  },
};

export type RegistryConfig = ConfigOf<typeof registryConfigSchema>;

export const loadRegistryConfig = (environment: NodeJS.ProcessEnv = process.env): RegistryConfig =>
  loadConfig(registryConfigSchema, environment);
