import {
  hostPortSetting,
  listSetting,
  municipalityCodeSetting,
  serviceSetting,
  subsystemSetting,
} from '@sild/examples-population';
import { ConfigErrorCode, ConfigException, env, loadConfig, type ConfigOf } from '@sild/platform-config';
import { serviceConfigSchema } from '@sild/platform-health';

export const municipalityConfigSchema = {
  ...serviceConfigSchema(8100),
  code: env.parsed(
    'MUNICIPALITY_CODE',
    { description: 'the municipality whose resident table this process keeps, e.g. 0363' },
    municipalityCodeSetting,
  ),
  gateway: {
    address: env.parsed(
      'MUNICIPALITY_GATEWAY_ADDRESS',
      { description: "host:port of the municipality's gateway (Gateway.Call, Events.Receive)" },
      hostPortSetting,
    ),
    token: env.string('MUNICIPALITY_GATEWAY_TOKEN', {
      description: 'API token for the gateway, allowed to act as the subscriber (secret)',
      default: '',
      secret: true,
    }),
  },
  subscriber: env.parsed(
    'MUNICIPALITY_SUBSCRIBER',
    { description: 'the subsystem that subscribes and calls, e.g. NL/MUN/0363/burgerzaken' },
    subsystemSetting,
  ),
  subscriptionIds: env.parsed(
    'MUNICIPALITY_SUBSCRIPTION_IDS',
    {
      description:
        'the subscriptions (one per event type), comma separated; stream: received, webhook: the only ones accepted (empty: any)',
      default: [],
    },
    listSetting,
  ),
  delivery: env.oneOf('MUNICIPALITY_DELIVERY', ['webhook', 'stream'], {
    description: 'webhook: the gateway POSTs CloudEvents to /events; stream: Events.Receive with acks',
    default: 'webhook',
  }),
  providerService: env.parsed(
    'MUNICIPALITY_PROVIDER_SERVICE',
    {
      description: 'the persons service for the initial load and the names of persons moving in',
      default: 'NL/GOV/00000001/brp/persons/v1',
    },
    serviceSetting,
  ),
  httpToken: env.string('MUNICIPALITY_HTTP_TOKEN', {
    description:
      'bearer token required on POST /events and GET /residents (the gateway: GATEWAY_WEBHOOK_TOKEN)',
    default: '',
    secret: true,
  }),
};

export type MunicipalityConfig = ConfigOf<typeof municipalityConfigSchema>;

export function loadMunicipalityConfig(environment: NodeJS.ProcessEnv = process.env): MunicipalityConfig {
  const config = loadConfig(municipalityConfigSchema, environment);
  if (config.delivery === 'stream' && config.subscriptionIds.length === 0) {
    throw new ConfigException([
      {
        variable: 'MUNICIPALITY_SUBSCRIPTION_IDS',
        code: ConfigErrorCode.MISSING,
        message: 'is required when MUNICIPALITY_DELIVERY is stream',
      },
    ]);
  }
  return config;
}
