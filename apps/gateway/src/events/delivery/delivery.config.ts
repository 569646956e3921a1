import { env } from '@sild/platform-config';
import { parseSubscriptions } from './delivery-settings';

/** The `delivery` section of the gateway's configuration (docs/events.md, "Delivery"). */
export const deliveryConfigSchema = {
  subscriptions: env.parsed(
    'GATEWAY_SUBSCRIPTIONS',
    {
      description:
        'subscriptions this gateway delivers: <subscription id>=webhook:<http(s) URL> or <subscription id>=stream, comma separated; empty: none',
      default: [],
    },
    parseSubscriptions,
  ),
  maxAttempts: env.integer('GATEWAY_DELIVERY_MAX_ATTEMPTS', {
    description: 'attempts (webhook) or streams (Receive) per event before it is dead-lettered',
    default: 8,
    min: 1,
    max: 100,
  }),
  backoffMs: env.integer('GATEWAY_DELIVERY_BACKOFF_MS', {
    description: 'pause after the first failed attempt; it doubles with every further one (with jitter)',
    default: 200,
    min: 1,
    max: 600_000,
  }),
  maxBackoffMs: env.integer('GATEWAY_DELIVERY_MAX_BACKOFF_MS', {
    description: 'longest pause between two attempts',
    default: 30_000,
    min: 1,
    max: 3_600_000,
  }),
  concurrency: env.integer('GATEWAY_DELIVERY_CONCURRENCY', {
    description: 'subjects of one fetched batch delivered side by side (one subject stays in order)',
    default: 64,
    min: 1,
    max: 10_000,
  }),
  webhookTimeoutMs: env.integer('GATEWAY_WEBHOOK_TIMEOUT_MS', {
    description: 'longest wait for a webhook to answer one attempt',
    default: 5_000,
    min: 10,
    max: 300_000,
  }),
  webhookToken: env.string('GATEWAY_WEBHOOK_TOKEN', {
    description: 'bearer token the gateway presents to the webhooks (secret)',
    default: '',
    secret: true,
  }),
  streamMaxInFlight: env.integer('GATEWAY_STREAM_MAX_IN_FLIGHT', {
    description: 'unacknowledged events on one Receive stream, at most (a stream may ask for fewer)',
    default: 256,
    min: 1,
    max: 10_000,
  }),
};
