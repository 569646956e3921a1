import { describe, expect, it } from 'vitest';
import { ConfigException } from '@sild/platform-config';
import type { GatewayCore } from '../../gateway-feature';
import { loadGatewayConfig } from '../../gateway.config';
import { deliveryFeature } from './delivery.feature';

const REQUIRED = { SILD_ANCHOR_FILE: '/etc/sild/anchor.json', GATEWAY_MEMBER: 'NL/MUN/0363' };
const SUBSCRIPTION = '0b7e3c2a-4f1d-4e8a-9c6b-2d5f8a1e7c30';

const problemOf = (environment: NodeJS.ProcessEnv): string => {
  try {
    loadGatewayConfig({ ...REQUIRED, ...environment });
  } catch (error) {
    if (error instanceof ConfigException) return error.message;
    throw error;
  }
  return 'accepted';
};

describe('gateway delivery configuration', () => {
  it('has the documented defaults: no subscriptions', () => {
    expect(loadGatewayConfig(REQUIRED).delivery).toEqual({
      subscriptions: [],
      maxAttempts: 8,
      backoffMs: 200,
      maxBackoffMs: 30_000,
      concurrency: 64,
      webhookTimeoutMs: 5_000,
      webhookToken: '',
      streamMaxInFlight: 256,
    });
  });

  it('reads webhook and stream subscriptions and the delivery settings', () => {
    const config = loadGatewayConfig({
      ...REQUIRED,
      GATEWAY_SUBSCRIPTIONS: `${SUBSCRIPTION}=webhook:https://residents.example:8443/sild/events?x=1, sub-2=stream`,
      GATEWAY_DELIVERY_MAX_ATTEMPTS: '3',
      GATEWAY_DELIVERY_BACKOFF_MS: '50',
      GATEWAY_DELIVERY_MAX_BACKOFF_MS: '1000',
      GATEWAY_WEBHOOK_TIMEOUT_MS: '2000',
      GATEWAY_WEBHOOK_TOKEN: 'webhook-secret-0123456789',
      GATEWAY_STREAM_MAX_IN_FLIGHT: '16',
    });
    expect(config.delivery).toMatchObject({
      subscriptions: [
        {
          subscriptionId: SUBSCRIPTION,
          mode: 'webhook',
          url: 'https://residents.example:8443/sild/events?x=1',
        },
        { subscriptionId: 'sub-2', mode: 'stream' },
      ],
      maxAttempts: 3,
      backoffMs: 50,
      maxBackoffMs: 1000,
      webhookTimeoutMs: 2000,
      webhookToken: 'webhook-secret-0123456789',
      streamMaxInFlight: 16,
    });
  });

  it.each([
    ['no delivery', 'sub-1'],
    ['an unknown mode', 'sub-1=queue:x'],
    ['not a URL', 'sub-1=webhook:nowhere'],
    ['another scheme', 'sub-1=webhook:ftp://files.example/x'],
    ['credentials in the URL', 'sub-1=webhook:https://user:pw@hook.example/'],
    ['a bad id', 'sub 1=stream'],
    ['a subscription twice', 'sub-1=stream,sub-1=webhook:http://127.0.0.1:1/'],
  ])('names GATEWAY_SUBSCRIPTIONS with %s', (_case, value) => {
    expect(problemOf({ GATEWAY_SUBSCRIPTIONS: value })).toContain('GATEWAY_SUBSCRIPTIONS');
  });

  it.each([
    ['GATEWAY_DELIVERY_MAX_ATTEMPTS', '0'],
    ['GATEWAY_DELIVERY_BACKOFF_MS', 'soon'],
    ['GATEWAY_WEBHOOK_TIMEOUT_MS', '1'],
    ['GATEWAY_STREAM_MAX_IN_FLIGHT', '0'],
  ])('names a bad %s', (variable, value) => {
    expect(problemOf({ [variable]: value })).toContain(variable);
  });

  it('refuses a longest backoff below the first one when the gateway starts', () => {
    const config = loadGatewayConfig({
      ...REQUIRED,
      GATEWAY_DELIVERY_BACKOFF_MS: '500',
      GATEWAY_DELIVERY_MAX_BACKOFF_MS: '100',
    });
    expect(() => deliveryFeature({ config } as GatewayCore)).toThrow(
      'GATEWAY_DELIVERY_MAX_BACKOFF_MS must be at least GATEWAY_DELIVERY_BACKOFF_MS',
    );
  });
});
