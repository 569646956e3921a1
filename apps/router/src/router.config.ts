import { env, loadConfig, type ConfigOf } from '@sild/platform-config';
import { serviceConfigSchema } from '@sild/platform-health';
import { kafkaConfigSchema } from '@sild/platform-kafka';

export const routerConfigSchema = {
  ...serviceConfigSchema(8085),
  kafka: kafkaConfigSchema,
  anchorFile: env.string('SILD_ANCHOR_FILE', {
    description: 'instance anchor (root and registry certificates), written by `sild instance init`',
  }),
  instanceId: env.string('ROUTER_INSTANCE_ID', {
    description:
      'id of this router process in decisions and its follows reader group; default: host name and a random suffix',
    default: '',
  }),
  concurrency: env.integer('ROUTER_CONCURRENCY', {
    description: 'events of one fetched batch verified and routed at a time (their order is kept)',
    default: 256,
    min: 1,
    max: 5_000,
  }),
  eventRetentionMs: env.integer('ROUTER_EVENT_RETENTION_MS', {
    description:
      'retention of the event and subscription topics the router creates (keep it equal to the gateways GATEWAY_EVENT_TTL_MS)',
    default: 7 * 86_400_000,
    min: 3_600_000,
  }),
  viewMaxAgeMs: env.integer('ROUTER_VIEW_MAX_AGE_MS', {
    description: 'readiness fails when the registry view is older than this (0: never)',
    default: 0,
    min: 0,
  }),
};

export type RouterConfig = ConfigOf<typeof routerConfigSchema>;

export const loadRouterConfig = (environment: NodeJS.ProcessEnv = process.env): RouterConfig =>
  loadConfig(routerConfigSchema, environment);
