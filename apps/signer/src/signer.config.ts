import { env, loadConfig, parseTokenList, type ConfigOf, type TokenEntry } from '@sild/platform-config';
import type { MemberIdentity } from '@sild/platform-crypto';
import { memberRef, RegistryException } from '@sild/registry-config';
import { serviceConfigSchema } from '@sild/platform-health';
import { kafkaConfigSchema } from '@sild/platform-kafka';

export const signerConfigSchema = {
  ...serviceConfigSchema(8082),
  kafka: kafkaConfigSchema,
  grpc: {
    host: env.string('GRPC_HOST', { description: 'address the Signer gRPC API binds', default: '0.0.0.0' }),
    port: env.port('GRPC_PORT', { description: 'port of the Signer gRPC API', default: 50052 }),
    token: env.string('GRPC_AUTH_TOKEN', {
      description:
        "the instance operator's bearer token: the whole Signer API, and what the signer presents to the registry (secret; empty: the API is open)",
      default: '',
    }),
    memberTokens: env.parsed(
      'SIGNER_MEMBER_TOKENS',
      {
        description:
          "INSTANCE/CLASS/CODE=token, comma separated: tokens that may sign with, list and make CSRs for that member's keys only (give these to gateways, not GRPC_AUTH_TOKEN; secret)",
        default: [],
        secret: true,
      },
      parseMemberTokens,
    ),
  },
  anchorFile: env.string('SILD_ANCHOR_FILE', {
    description: 'instance anchor (root and registry certificates), written by `sild instance init`',
  }),
  token: {
    dir: env.string('SIGNER_TOKEN_DIR', {
      description: 'software token folder (encrypted keys; holds the instance root CA key)',
    }),
    passphrase: env.string('SIGNER_TOKEN_PASSPHRASE', {
      description:
        'passphrase or key-encryption key of the token, at least 8 characters (secret, never logged)',
    }),
  },
  registryAddress: env.string('REGISTRY_ADDRESS', {
    description: 'host:port of the Registry gRPC API (membership checks, certificate publication)',
    default: '127.0.0.1:50051',
  }),
  dataDir: env.string('SILD_DATA_DIR', {
    description: "folder for the service's local data: the request log (requests.jsonl) of bus decisions",
    default: '.data/signer',
  }),
  certificates: {
    validityDays: env.integer('SIGNER_CERT_VALIDITY_DAYS', {
      description: 'validity of issued member certificates when the request names none',
      default: 365,
      min: 1,
      max: 3650,
    }),
    maxValidityDays: env.integer('SIGNER_CERT_MAX_VALIDITY_DAYS', {
      description: 'longest validity an operator may ask for',
      default: 825,
      min: 1,
      max: 3650,
    }),
  },
};

export type SignerConfig = ConfigOf<typeof signerConfigSchema>;

/** SIGNER_MEMBER_TOKENS: which member each token acts for. */
export function parseMemberTokens(text: string): TokenEntry<MemberIdentity>[] | { error: string } {
  return parseTokenList(text, 'INSTANCE/CLASS/CODE', (grant) => {
    const [instance, memberClass, memberCode, ...rest] = grant.split('/');
    if (rest.length > 0) return undefined;
    try {
      const { subsystem: _member, ...member } = memberRef('member', { instance, memberClass, memberCode });
      return member;
    } catch (error) {
      if (error instanceof RegistryException) return undefined;
      throw error;
    }
  });
}

export const loadSignerConfig = (environment: NodeJS.ProcessEnv = process.env): SignerConfig =>
  loadConfig(signerConfigSchema, environment);
