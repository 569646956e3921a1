// The ports of delivery at the subscriber's gateway: the registry view, the subscriber system's
// webhook, the dead-letter topic and time. Adapters live in apps/gateway/src/events/delivery.
import type { EventType, Subscription } from '@sild/registry-config';
import type { ChannelOutcome, DeliverableEvent, DeliveryMode, EventDelivery } from './delivery.model';

/** The registry questions of delivery (the registry view answers them). */
export interface DeliveryDirectory {
  subscription(id: string): Pick<Subscription, 'id' | 'subscriber' | 'eventType' | 'status'> | undefined;
  eventType(name: string): Pick<EventType, 'name' | 'owner'> | undefined;
}

/** What one webhook attempt came to. */
export type AttemptOutcome =
  | { readonly ok: true }
  | {
      readonly ok: false;
      readonly error: string;
      /** Retrying cannot help (a 4xx other than 408 and 429). */
      readonly permanent: boolean;
      /** The endpoint asked for this pause (Retry-After). */
      readonly retryAfterMs?: number;
    };

/** The subscriber system's HTTP endpoint: one attempt per call, within `signal`. */
export interface WebhookEndpoint {
  post(event: EventDelivery, signal: AbortSignal): Promise<AttemptOutcome>;
}

/**
 * Hands events to the subscriber system (webhook with retries, or Receive streams with acks).
 * Resolves once the subscriber system has the event, or with the failure once the retry budget
 * is spent; rejects only when `signal` aborts (the gateway stops: nothing is decided).
 */
export interface DeliveryChannel {
  readonly mode: DeliveryMode;
  deliver(event: DeliverableEvent, signal: AbortSignal): Promise<ChannelOutcome>;
}

/** An event the subscriber system did not take, for the subscription's dead-letter topic. */
export interface DeadLetter {
  readonly subscriptionId: string;
  /** Kafka key: the subject key (empty when the bytes are not an envelope). */
  readonly key: string;
  /** The bytes as received: a signed envelope, or whatever was not one. */
  readonly value: Uint8Array;
  readonly reason: number;
  readonly error: string;
  readonly attempts: number;
  readonly deadLetteredAtMs: number;
  /** Where the bytes were read. */
  readonly source: { readonly topic: string; readonly partition: number; readonly offset: string };
}

/** The subscription's dead-letter topic. Resolves once Kafka has the letter. */
export interface DeadLetterSink {
  park(letter: DeadLetter): Promise<void>;
}

/** Time for retries, deadlines and latency (a fake one in tests). */
export interface DeliveryClock {
  now(): number;
  /** Resolves after `ms`; rejects with the signal's reason when it aborts first. */
  sleep(ms: number, signal: AbortSignal): Promise<void>;
  /** Calls `fire` after `ms` unless cancelled first (deadlines: cheaper than a sleep and a signal). */
  timer(ms: number, fire: () => void): { cancel(): void };
}
