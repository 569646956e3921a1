import type { MessageSigner } from '@sild/gateway-domain';
import { readinessCheck, type ReadinessCheck } from '@sild/platform-health';
import type { TopicAdmin } from '@sild/platform-kafka';
import { registryViewReadiness, type RegistryView } from '@sild/registry-view';
import type { GatewayConsumers } from './gateway-consumers';
import type { GatewayFeature } from './gateway-feature';

/** Ready when Kafka answers, the registry view is current, the key is valid and both consumers run. */
export function gatewayReadiness(parts: {
  readonly admin: TopicAdmin;
  readonly view: RegistryView;
  readonly consumers: GatewayConsumers;
  readonly signer: MessageSigner;
  readonly maxViewAgeMs: number;
  readonly features: readonly GatewayFeature[];
}): ReadinessCheck[] {
  const { requests, replies } = parts.consumers;
  const running = (name: string, consumer: { isRunning: boolean; assignment: object }) =>
    consumer.isRunning && Object.keys(consumer.assignment).length > 0
      ? Promise.resolve({ consumer: name })
      : Promise.reject(new Error(`${name} consumer has no partitions yet`));
  return [
    readinessCheck('kafka', async () => ({ brokers: await parts.admin.ping() })),
    readinessCheck(
      'registry-view',
      registryViewReadiness(parts.view, parts.maxViewAgeMs > 0 ? { maxAgeMs: parts.maxViewAgeMs } : {}),
    ),
    readinessCheck('signing-key', () => {
      const { certificate } = parts.signer;
      const daysLeft = Math.floor((certificate.notAfterMs - Date.now()) / 86_400_000);
      return daysLeft >= 0
        ? Promise.resolve({ keyId: certificate.keyIdHex, daysLeft })
        : Promise.reject(new Error(`certificate ${certificate.keyIdHex} has expired`));
    }),
    readinessCheck('replies', () => running('replies', replies)),
    ...(requests ? [readinessCheck('requests', () => running('requests', requests))] : []),
    ...parts.features.flatMap((feature) => feature.readiness),
  ];
}
