import { ConfigErrorCode, ConfigException, env, loadConfig, type ConfigOf } from '@sild/platform-config';
import { serviceConfigSchema } from '@sild/platform-health';
import { kafkaConfigSchema } from '@sild/platform-kafka';
import { deliveryConfigSchema } from './events/delivery/delivery.config';
import { parseApiTokens, parseBackends, parseMemberSetting, parseSubjectSecret } from './gateway-settings';

export const gatewayConfigSchema = {
  ...serviceConfigSchema(8083),
  kafka: kafkaConfigSchema,
  grpc: {
    host: env.string('GRPC_HOST', { description: 'address the Gateway gRPC API binds', default: '0.0.0.0' }),
    port: env.port('GRPC_PORT', { description: 'port of the Gateway gRPC API', default: 50053 }),
  },
  anchorFile: env.string('SILD_ANCHOR_FILE', {
    description: 'instance anchor (root and registry certificates), written by `sild instance init`',
  }),
  member: env.parsed(
    'GATEWAY_MEMBER',
    { description: 'the organisation this gateway serves: INSTANCE/CLASS/CODE' },
    parseMemberSetting,
  ),
  instanceId: env.string('GATEWAY_INSTANCE_ID', {
    description:
      'id of this gateway process in signed headers and decisions; default: host name and a random suffix',
    default: '',
  }),
  key: {
    file: env.string('GATEWAY_KEY_FILE', {
      description:
        "encrypted PEM file of the member's signing key (`sild key generate`); or use GATEWAY_SIGNER_ADDRESS",
      default: '',
    }),
    passphrase: env.string('GATEWAY_KEY_PASSPHRASE', {
      description: 'passphrase of the key file (secret, never logged)',
      default: '',
    }),
    certificateFile: env.string('GATEWAY_CERTIFICATE_FILE', {
      description: 'PEM certificate of the key file, issued by the instance CA (`sild cert issue --csr`)',
      default: '',
    }),
    signerAddress: env.string('GATEWAY_SIGNER_ADDRESS', {
      description: "host:port of the signer service holding the member's key (instead of a key file)",
      default: '',
    }),
    signerToken: env.string('GATEWAY_SIGNER_TOKEN', {
      description:
        "bearer token presented to the signer service: the member's token of SIGNER_MEMBER_TOKENS (secret)",
      default: '',
    }),
    signerKeyHandle: env.string('GATEWAY_SIGNER_KEY_HANDLE', {
      description: "which of the member's keys in the signer to use; default: the newest certified one",
      default: '',
    }),
  },
  backends: env.parsed(
    'GATEWAY_PROVIDERS',
    {
      description:
        'provider systems by subsystem: subsystem=grpc://host:port or subsystem=http://host:port/path, comma separated; empty: client only',
      default: [],
    },
    parseBackends,
  ),
  backendToken: env.string('GATEWAY_BACKEND_TOKEN', {
    description: 'bearer token the gateway presents to its provider systems (secret)',
    default: '',
  }),
  apiTokens: env.parsed(
    'GATEWAY_API_TOKENS',
    {
      description:
        'callers of the Gateway API: subsystem[+subsystem]=token, comma separated (secret); a token acts only as its subsystems',
      default: [],
      secret: true,
    },
    parseApiTokens,
  ),
  events: {
    subjectKeySecret: env.parsed(
      'GATEWAY_SUBJECT_KEY_SECRET',
      {
        description:
          'instance secret of subject keys (HMAC of a subject id), the same in every gateway of the instance, at least 32 characters (secret); empty: no Publish or Follow',
        default: Buffer.alloc(0),
        secret: true,
      },
      parseSubjectSecret,
    ),
    eventTtlMs: env.integer('GATEWAY_EVENT_TTL_MS', {
      description:
        'how long a published event stays acceptable to subscribers (keep it within topic retention)',
      default: 7 * 86_400_000,
      min: 60_000,
      max: 30 * 86_400_000,
    }),
  },
  delivery: deliveryConfigSchema,
  limits: {
    callTimeoutMs: env.integer('GATEWAY_CALL_TIMEOUT_MS', {
      description: 'deadline of a call that names none (at most GATEWAY_MAX_CALL_TIMEOUT_MS)',
      default: 10_000,
      min: 100,
      max: 300_000,
    }),
    maxCallTimeoutMs: env.integer('GATEWAY_MAX_CALL_TIMEOUT_MS', {
      description: 'longest deadline a caller may ask for',
      default: 60_000,
      min: 100,
      max: 3_600_000,
    }),
    backendTimeoutMs: env.integer('GATEWAY_BACKEND_TIMEOUT_MS', {
      description: 'longest wait for a provider system',
      default: 5_000,
      min: 10,
      max: 300_000,
    }),
    maxPayloadBytes: env.integer('GATEWAY_MAX_PAYLOAD_BYTES', {
      description: 'largest request or response payload',
      default: 512 * 1024,
      min: 1,
      max: 900 * 1024,
    }),
    requestConcurrency: env.integer('GATEWAY_REQUEST_CONCURRENCY', {
      description: 'requests of one partition handled in parallel',
      default: 64,
      min: 1,
      max: 1_000,
    }),
    viewMaxAgeMs: env.integer('GATEWAY_VIEW_MAX_AGE_MS', {
      description: 'readiness fails when the registry view is older than this (0: never)',
      default: 0,
      min: 0,
    }),
  },
};

export type GatewayConfig = ConfigOf<typeof gatewayConfigSchema>;

/** Loads and checks the configuration; a call's default deadline may not exceed the longest allowed. */
export function loadGatewayConfig(environment: NodeJS.ProcessEnv = process.env): GatewayConfig {
  const config = loadConfig(gatewayConfigSchema, environment);
  const { callTimeoutMs, maxCallTimeoutMs } = config.limits;
  if (callTimeoutMs > maxCallTimeoutMs) {
    throw new ConfigException([
      {
        variable: 'GATEWAY_CALL_TIMEOUT_MS',
        code: ConfigErrorCode.INVALID,
        message: `is ${callTimeoutMs}, more than GATEWAY_MAX_CALL_TIMEOUT_MS (${maxCallTimeoutMs})`,
      },
    ]);
  }
  return config;
}
