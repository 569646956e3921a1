import { env, loadConfig, type ConfigOf } from '@sild/platform-config';
import { serviceConfigSchema } from '@sild/platform-health';

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
  grpc: {
    host: env.string('GRPC_HOST', {
      description: 'address the ProviderBackend gRPC API binds',
      default: '0.0.0.0',
    }),
    port: env.port('GRPC_PORT', { description: 'port of the ProviderBackend gRPC API', default: 50061 }),
    token: env.string('GRPC_AUTH_TOKEN', {
      description:
        'bearer token the provider gateway presents, required on gRPC Handle and POST /sild/backend when set (secret)',
      default: '',
    }),
  },
};

export type PopulationRegisterConfig = ConfigOf<typeof populationRegisterConfigSchema>;

export const loadPopulationRegisterConfig = (
  environment: NodeJS.ProcessEnv = process.env,
): PopulationRegisterConfig => loadConfig(populationRegisterConfigSchema, environment);
