import { EnvelopeVerifier } from '@sild/domain-envelope';
import { readinessCheck } from '@sild/platform-health';
import { readInstanceAnchor } from '@sild/registry-config';
import type { GatewayCore, GatewayFeature } from '../../gateway-feature';
import { deliveryHandlers } from './delivery.grpc.controller';
import { SubscriptionRunner } from './subscription-runner';

/** Events stay acceptable up to GATEWAY_EVENT_TTL_MS (at most 30 days): so long may they live. */
const EVENT_MAX_LIFETIME_MS = 30 * 86_400_000;

/**
 * Delivery of the subscriptions in GATEWAY_SUBSCRIPTIONS to the subscriber systems: a consumer
 * per subscription, webhook or Receive stream channels, dead letters, redrive and replay.
 */
export function deliveryFeature(core: GatewayCore): GatewayFeature {
  const { delivery, anchorFile } = core.config;
  if (delivery.maxBackoffMs < delivery.backoffMs) {
    throw new Error('GATEWAY_DELIVERY_MAX_BACKOFF_MS must be at least GATEWAY_DELIVERY_BACKOFF_MS');
  }
  const verifier = new EnvelopeVerifier({
    trustRoot: readInstanceAnchor(anchorFile).rootPem,
    certificates: core.view.certificates,
    revoked: core.view.revoked,
    maxLifetimeMs: EVENT_MAX_LIFETIME_MS,
  });
  const context = {
    core,
    verifier,
    logger: core.logger.child({ component: 'delivery' }),
    policy: {
      maxAttempts: delivery.maxAttempts,
      initialBackoffMs: delivery.backoffMs,
      maxBackoffMs: delivery.maxBackoffMs,
      attemptTimeoutMs: delivery.webhookTimeoutMs,
    },
  };
  const runners = new Map(
    delivery.subscriptions.map((setting) => [
      setting.subscriptionId,
      new SubscriptionRunner(setting, context),
    ]),
  );
  return {
    name: 'delivery',
    topics: [],
    eventHandlers: deliveryHandlers(runners, core.tokens),
    readiness:
      runners.size === 0
        ? []
        : [
            readinessCheck('deliveries', () => {
              const problems = [...runners.values()].flatMap((runner) => runner.notRunning ?? []);
              return problems.length === 0
                ? Promise.resolve({ subscriptions: runners.size })
                : Promise.reject(new Error(problems.join('; ')));
            }),
          ],
    start: async () => {
      // side by side: each join may wait for the group to rebalance
      await Promise.all([...runners.values()].map((runner) => runner.start()));
    },
    stop: async () => {
      await Promise.all([...runners.values()].map((runner) => runner.stop()));
    },
  };
}
