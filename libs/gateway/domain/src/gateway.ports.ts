// The gateway domain's ports: what it needs from Kafka, the signing key, the provider system,
// the registry view and the decisions topic. Adapters live in apps/gateway.
import type { PayloadEncoding, Reason } from '@sild/contracts';
import type { BusPosition, DecisionLog, EnvelopeDraft, SignedEnvelope } from '@sild/domain-envelope';
import type { MemberCertificate } from '@sild/platform-crypto';

/** Signs envelopes as the organisation (a local key file, or keys held by the signer). */
export interface MessageSigner {
  readonly certificate: MemberCertificate;
  /** The id of this gateway process as a sender instance. */
  readonly instanceId: string;
  sign(draft: EnvelopeDraft, payload: Uint8Array): Promise<SignedEnvelope>;
}

/** A message for the bus: the envelope bytes, its key and routing headers. */
export interface BusMessage {
  readonly key: string;
  readonly value: Uint8Array;
  readonly headers: Readonly<Record<string, string>>;
}

export type { BusPosition, DecisionLog };

export interface EnvelopeBus {
  /** Resolves once Kafka has the message durably. */
  send(topic: string, message: BusMessage): Promise<BusPosition>;
  /** Whether the topic exists (a provider gateway creates its request topics). */
  topicExists(topic: string): Promise<boolean>;
}

/** A request that passed every check, as the provider system sees it. */
export interface BackendCall {
  readonly client: { instance: string; memberClass: string; memberCode: string; subsystem: string };
  readonly service: {
    provider: { instance: string; memberClass: string; memberCode: string; subsystem: string };
    serviceCode: string;
    serviceVersion: string;
  };
  readonly messageId: string;
  readonly correlationId: string;
  readonly payload: Uint8Array;
  readonly payloadType: string;
  readonly payloadEncoding: PayloadEncoding;
  readonly onBehalfOf: string;
  readonly purpose: string;
  readonly grantId: string;
  /** W3C trace context of the provider gateway's span, for the backend call. */
  readonly traceparent: string;
}

/** What the provider system answered. */
export type BackendAnswer =
  | {
      readonly payload: Uint8Array;
      readonly payloadType: string;
      readonly payloadEncoding: PayloadEncoding;
    }
  | { readonly error: { readonly reason: Reason; readonly message: string } };

/** A provider system (gRPC ProviderBackend or HTTP endpoint). Rejects when it cannot answer. */
export interface ProviderBackend {
  handle(call: BackendCall, signal: AbortSignal): Promise<BackendAnswer>;
}

/** The registry questions a gateway asks on every request (the registry view answers them). */
export interface GatewayDirectory {
  hasService(service: BackendCall['service']): boolean;
  /** Id of the active grant letting `client` call `service` now, if any. */
  activeGrantId(client: BackendCall['client'], service: BackendCall['service']): string | undefined;
}
