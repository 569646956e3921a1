import type { EnvelopeVerifier } from '@sild/domain-envelope';
import type { MessageSigner } from '@sild/gateway-domain';
import type { ReadinessCheck } from '@sild/platform-health';
import type {
  BatchingProducer,
  KafkaClient,
  KafkaDecisionLog,
  KafkaProducer,
  TopicAdmin,
  TopicSpec,
} from '@sild/platform-kafka';
import type { Logger } from '@sild/platform-logging';
import type { RegistryView } from '@sild/registry-view';
import type { ApiTokens } from './api-tokens';
import type { GatewayConfig } from './gateway.config';

/** What every part of a gateway shares: its identity, key, Kafka, registry view and decision log. */
export interface GatewayCore {
  readonly config: GatewayConfig;
  readonly instanceId: string;
  readonly signer: MessageSigner;
  readonly kafka: KafkaClient;
  readonly admin: TopicAdmin;
  readonly producer: KafkaProducer;
  /** Concurrent sends leave in one produce request (envelopes and decisions). */
  readonly batching: BatchingProducer;
  readonly view: RegistryView;
  readonly verifier: EnvelopeVerifier;
  readonly decisions: KafkaDecisionLog;
  readonly tokens: ApiTokens;
  readonly logger: Logger;
}

/**
 * One capability of the gateway beyond service calls (publishing events, delivering them, ...):
 * the topics it needs, its handlers of the gRPC Events API, its readiness checks, and a
 * lifecycle. The runtime starts features after the registry view and stops them before the
 * decision log closes, so everything they decide is written.
 */
export interface GatewayFeature {
  readonly name: string;
  readonly topics: readonly TopicSpec[];
  /** Handlers of sild.gateway.v1.Events methods, by method name. */
  readonly eventHandlers: Readonly<Record<string, unknown>>;
  readonly readiness: readonly ReadinessCheck[];
  start(): Promise<void>;
  /** Drains in-flight work; resolves when nothing of the feature runs any more. */
  stop(): Promise<void>;
}
