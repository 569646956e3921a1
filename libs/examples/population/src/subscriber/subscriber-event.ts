import type { PayloadFormat } from '../events/person-event-payloads';

/** One delivered event, whichever way it came (webhook or Receive stream). */
export interface SubscriberEvent {
  /** Message id of the EVENT envelope: the deduplication key. */
  readonly messageId: string;
  readonly eventType: string;
  /** The subject's keyed pseudonym (the gateway never hands out the national id). */
  readonly subjectKey: string;
  /** 1-based number among the publisher's events of this type about the subject. */
  readonly subjectSequence: number;
  readonly attributes: Readonly<Record<string, string>>;
  readonly payload: Uint8Array;
  readonly format: PayloadFormat;
  /** Type URL of the payload, if the delivery says; it must be the event type's. */
  readonly payloadType?: string | undefined;
  /** When the publisher created the event, if the delivery says. */
  readonly createdAt?: Date | undefined;
  readonly subscriptionId?: string | undefined;
  /** Part of a replay or redrive. */
  readonly redelivery: boolean;
}
