import type { PayloadEncoding } from '@sild/contracts';
import type { ClientRef } from '@sild/registry-config';

/** How a subscription's events reach the subscriber system. */
export type DeliveryMode = 'webhook' | 'stream';

/** One verified event as the subscriber system receives it (`EventDelivery` of the Events API). */
export interface EventDelivery {
  readonly subscriptionId: string;
  /** The envelope's message id: the subscriber deduplicates by it. */
  readonly messageId: string;
  readonly eventType: string;
  /** The publisher subsystem, as verified against its certificate. */
  readonly publisher: ClientRef;
  readonly subjectKey: string;
  /** The event's number among the publisher's events about the subject: a jump is a gap. */
  readonly subjectSequence: number;
  readonly attributes: Readonly<Record<string, string>>;
  readonly payload: Uint8Array;
  readonly payloadType: string;
  readonly payloadEncoding: PayloadEncoding;
  readonly createdAtMs: number;
  /** W3C traceparent of the publication. */
  readonly traceparent: string;
  /** The signed envelope bytes as received. */
  readonly envelope: Uint8Array;
  /** 1 for the first attempt, higher for every further one (retry, reconnect). */
  readonly attempt: number;
  /** Part of a replay or a redrive. */
  readonly redelivery: boolean;
}

/** An event ready to be delivered: everything but the attempt, which the channel counts. */
export type DeliverableEvent = Omit<EventDelivery, 'attempt'>;

/** How a delivery through a channel ended. */
export type ChannelOutcome =
  | { readonly delivered: true; readonly attempts: number }
  | {
      readonly delivered: false;
      readonly attempts: number;
      readonly error: string;
      /** Retrying cannot help (e.g. the webhook answered 400): no budget was spent. */
      readonly permanent: boolean;
    };

/** The retry budget of a subscription (GATEWAY_DELIVERY_* settings). */
export interface RetryPolicy {
  readonly maxAttempts: number;
  readonly initialBackoffMs: number;
  readonly maxBackoffMs: number;
  /** Longest wait for one webhook answer. */
  readonly attemptTimeoutMs: number;
}

/** A message of a subscription topic (or of its dead-letter topic), as a consumer hands it over. */
export interface InboundEvent {
  readonly value: Uint8Array | null;
  readonly topic: string;
  readonly partition: number;
  readonly offset: string;
  /** Kafka timestamp (when the router wrote it), milliseconds since the epoch. */
  readonly timestamp: number;
}
