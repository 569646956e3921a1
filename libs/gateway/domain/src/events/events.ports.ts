import type { ClientRef } from '@sild/registry-config';

/** An event type as the publishing side needs it. */
export interface EventTypeEntry {
  readonly owner: ClientRef;
  /** The registered payload type URL; empty when the registry does not fix one. */
  readonly payloadType: string;
}

/** A subscription as the subscriber's gateway needs it. */
export interface SubscriptionEntry {
  readonly subscriber: ClientRef;
  readonly eventType: string;
  readonly status: 'REQUESTED' | 'APPROVED' | 'REJECTED' | 'REVOKED';
}

/** The registry questions of publishing and following (the registry view answers them). */
export interface EventDirectory {
  eventType(name: string): EventTypeEntry | undefined;
  subscription(id: string): SubscriptionEntry | undefined;
}

/** What publishing and following need to know about the gateway and the instance. */
export interface EventSettings {
  /** The organisation this gateway serves (its subsystems may publish and follow). */
  readonly member: ClientRef;
  readonly maxPayloadBytes: number;
  /** The instance secret of subject keys; empty: publishing and following are off. */
  readonly subjectSecret: Uint8Array;
  /** How long an event stays acceptable (its topic's retention). */
  readonly eventTtlMs: number;
}
