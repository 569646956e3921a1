// The router domain's ports: what it needs from Kafka (messages in, copies out), the registry
// view (event types and subscriptions) and the decisions topic. Adapters live in apps/router.
import type { DecisionLog } from '@sild/domain-envelope';
import type { EventType, Subscription } from '@sild/registry-config';

export type { DecisionLog };

/** A message as a consumer hands it over (structurally the Kafka lib's ConsumedMessage). */
export interface InboundMessage {
  readonly topic: string;
  readonly partition: number;
  /** Kafka offsets are 64-bit: decimal strings. */
  readonly offset: string;
  readonly key: Buffer | null;
  readonly value: Buffer | null;
  readonly headers: Readonly<Record<string, Buffer | undefined>>;
  /** Kafka record timestamp, milliseconds since the epoch. */
  readonly timestamp: number;
}

/** A copy of an event for a subscription's topic: the received key, bytes and Kafka headers. */
export interface RoutedMessage {
  readonly key: Buffer | null;
  readonly value: Buffer;
  readonly headers: Readonly<Record<string, Buffer>>;
}

/**
 * Produces copies. Sends are queued in call order and resolve once Kafka has the message
 * durably; messages of one topic and key must reach Kafka in the order send() was called.
 */
export interface RouterBus {
  send(topic: string, message: RoutedMessage): Promise<void>;
  /**
   * Parks a message of an event topic on that topic's dead-letter topic, unchanged, with where
   * it came from and why; resolves once Kafka has it.
   */
  deadLetter(message: InboundMessage, why: string): Promise<void>;
}

/** The part of the registry's configuration the router routes by. */
export interface RoutingSource {
  readonly version: string;
  readonly eventTypes: readonly EventType[];
  readonly subscriptions: readonly Subscription[];
}
