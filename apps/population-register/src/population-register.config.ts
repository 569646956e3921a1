import { hostPortSetting, subsystemSetting } from '@sild/examples-population';
import { ConfigErrorCode, ConfigException, env, loadConfig, type ConfigOf } from '@sild/platform-config';
import { serviceConfigSchema } from '@sild/platform-health';

function rateSetting(text: string): number | { error: string } {
  const rate = Number(text);
  return /^\d+(\.\d+)?$/.test(text) && rate <= 10_000 ? rate : { error: 'must be a number from 0 to 10000' };
}

export const populationRegisterConfigSchema = {
  ...serviceConfigSchema(8091),
  population: {
    size: env.integer('POPULATION_SIZE', {
      description: 'number of persons generated at start-up, living and deceased',
      default: 10_000,
      min: 1,
      max: 1_000_000,
    }),
    seed: env.string('POPULATION_SEED', {
      description: 'seed of the generated population: the same seed and size give the same persons',
      default: 'sild-demo',
    }),
  },
  changes: {
    perSecond: env.parsed(
      'POPULATION_CHANGES_PER_SECOND',
      { description: 'changes the generator applies and publishes per second; 0: none', default: 0 },
      rateSetting,
    ),
    total: env.integer('POPULATION_CHANGES_TOTAL', {
      description: 'the generator stops after this many changes; 0: no end',
      default: 0,
      min: 0,
    }),
    seed: env.string('POPULATION_CHANGE_SEED', {
      description: 'seed of the change generator: the same seed and population give the same changes',
      default: 'sild-demo-changes',
    }),
  },
  gateway: {
    address: env.parsed(
      'POPULATION_GATEWAY_ADDRESS',
      {
        description: "host:port of the register's gateway (Events.Publish); empty: changes are off",
        default: '',
      },
      hostPortSetting,
    ),
    token: env.string('POPULATION_GATEWAY_TOKEN', {
      description: 'API token for the gateway, allowed to act as the publisher (secret)',
      default: '',
      secret: true,
    }),
    publisher: env.parsed(
      'POPULATION_PUBLISHER',
      { description: 'the subsystem that owns the person event types', default: 'NL/GOV/00000001/brp' },
      subsystemSetting,
    ),
  },
  grpc: {
    host: env.string('GRPC_HOST', {
      description: 'address the ProviderBackend gRPC API binds',
      default: '0.0.0.0',
    }),
    port: env.port('GRPC_PORT', { description: 'port of the ProviderBackend gRPC API', default: 50061 }),
    token: env.string('GRPC_AUTH_TOKEN', {
      description:
        'bearer token the provider gateway presents, required on gRPC Handle, POST /sild/backend and the /sild/changes and /sild/residents endpoints when set (secret)',
      default: '',
    }),
  },
};

export type PopulationRegisterConfig = ConfigOf<typeof populationRegisterConfigSchema>;

export function loadPopulationRegisterConfig(
  environment: NodeJS.ProcessEnv = process.env,
): PopulationRegisterConfig {
  const config = loadConfig(populationRegisterConfigSchema, environment);
  if (config.changes.perSecond > 0 && config.gateway.address === '') {
    throw new ConfigException([
      {
        variable: 'POPULATION_GATEWAY_ADDRESS',
        code: ConfigErrorCode.MISSING,
        message: 'is required when POPULATION_CHANGES_PER_SECOND is above 0 (every change is published)',
      },
    ]);
  }
  return config;
}
