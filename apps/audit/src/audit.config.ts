import { ConfigErrorCode, ConfigException, env, loadConfig, type ConfigOf } from '@sild/platform-config';
import { databaseConfigSchema } from '@sild/platform-database';
import { serviceConfigSchema } from '@sild/platform-health';
import { kafkaConfigSchema } from '@sild/platform-kafka';
import { parseAuditorTokens, parsePayloadKey, parsePayloadServices } from './audit-settings';

export const auditConfigSchema = {
  ...serviceConfigSchema(8086),
  kafka: kafkaConfigSchema,
  database: databaseConfigSchema('audit'),
  anchorFile: env.string('SILD_ANCHOR_FILE', {
    description: 'instance anchor (root and registry certificates), written by `sild instance init`',
  }),
  grpc: {
    host: env.string('GRPC_HOST', { description: 'address the Audit gRPC API binds', default: '0.0.0.0' }),
    port: env.port('GRPC_PORT', { description: 'port of the Audit gRPC API', default: 50056 }),
    token: env.string('GRPC_AUTH_TOKEN', {
      description:
        'bearer token of the operator (secret); with AUDIT_AUDITOR_TOKENS empty too: open, with a warning',
      default: '',
      secret: true,
    }),
  },
  auditorTokens: env.parsed(
    'AUDIT_AUDITOR_TOKENS',
    {
      description:
        'auditors allowed to query, name=token comma separated (secret); the name goes to the query log',
      default: [],
      secret: true,
    },
    parseAuditorTokens,
  ),
  log: {
    keyFile: env.string('AUDIT_LOG_KEY_FILE', {
      description:
        "the log's Ed25519 signing key (PKCS#8 PEM); created on first start when missing; default <SILD_DATA_DIR>/audit-log.key.pem",
      default: '',
    }),
    origin: env.string('AUDIT_ORIGIN', {
      description: 'origin line of the checkpoints (and name of the log key); default sild.<instance>.audit',
      default: '',
    }),
    checkpointEvery: env.integer('AUDIT_CHECKPOINT_EVERY', {
      description: 'sign a checkpoint after this many new entries',
      default: 1_000,
      min: 1,
    }),
    checkpointIntervalMs: env.integer('AUDIT_CHECKPOINT_INTERVAL_MS', {
      description: 'sign a checkpoint of new entries after this long at the latest',
      default: 5_000,
      min: 100,
    }),
  },
  payloads: {
    services: env.parsed(
      'AUDIT_STORE_PAYLOADS',
      {
        description:
          'services and event types whose whole envelopes (payload included) are kept, encrypted; comma separated, * suffix for prefixes; default none',
        default: [],
      },
      parsePayloadServices,
    ),
    key: env.parsed(
      'AUDIT_PAYLOAD_KEY',
      {
        description:
          'AES-256-GCM key of stored payloads, 32 bytes in base64 (secret); needed with AUDIT_STORE_PAYLOADS',
        default: Buffer.alloc(0),
        secret: true,
      },
      parsePayloadKey,
    ),
  },
  consumer: {
    topicRefreshMs: env.integer('AUDIT_TOPIC_REFRESH_MS', {
      description: 'how often the topic list is read to find new envelope topics',
      default: 10_000,
      min: 100,
    }),
    unknownSignerGraceMs: env.integer('AUDIT_UNKNOWN_SIGNER_GRACE_MS', {
      description:
        'how long an envelope of a signer not yet in the registry view is retried before it is logged invalid',
      default: 20_000,
      min: 0,
      max: 25_000,
    }),
  },
  viewMaxAgeMs: env.integer('AUDIT_VIEW_MAX_AGE_MS', {
    description: 'readiness fails when the registry view is older than this (0: never)',
    default: 0,
    min: 0,
  }),
};

export type AuditConfig = ConfigOf<typeof auditConfigSchema>;

/** Loads and checks the configuration; AUDIT_STORE_PAYLOADS needs AUDIT_PAYLOAD_KEY. */
export function loadAuditConfig(environment: NodeJS.ProcessEnv = process.env): AuditConfig {
  const config = loadConfig(auditConfigSchema, environment);
  if (config.payloads.services.length > 0 && config.payloads.key.length === 0) {
    throw new ConfigException([
      {
        variable: 'AUDIT_PAYLOAD_KEY',
        code: ConfigErrorCode.MISSING,
        message: 'is required when AUDIT_STORE_PAYLOADS names services',
      },
    ]);
  }
  return config;
}
