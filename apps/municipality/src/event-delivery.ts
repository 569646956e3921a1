// An EventDelivery of the gateway's Receive stream as the resident sync reads events.
import { malformed, type SubscriberEvent } from '@sild/examples-population';
import { dateOf } from '@sild/registry-config';

/** EventDelivery as @grpc/proto-loader hands it over (64-bit integers as strings, enums as names). */
export interface EventDeliveryObject {
  subscriptionId: string;
  messageId: string;
  eventType: string;
  subjectKey: string;
  subjectSequence: string;
  attributes: Record<string, string>;
  payload: Buffer;
  payloadType: string;
  payloadEncoding: string;
  createdAt: unknown;
  redelivery: boolean;
}

const FORMATS: Readonly<Record<string, SubscriberEvent['format']>> = {
  PAYLOAD_ENCODING_PROTOBUF: 'protobuf',
  PAYLOAD_ENCODING_UNSPECIFIED: 'protobuf',
  PAYLOAD_ENCODING_JSON: 'json',
};

export function subscriberEventOf(delivery: EventDeliveryObject): SubscriberEvent {
  const sequence = Number(delivery.subjectSequence);
  if (!Number.isSafeInteger(sequence) || sequence < 1) throw malformed('subject_sequence must be positive');
  if (!delivery.messageId || !delivery.subjectKey) throw malformed('message_id and subject_key are required');
  const format = FORMATS[delivery.payloadEncoding];
  if (format === undefined)
    throw malformed(`payload_encoding ${delivery.payloadEncoding} is not protobuf or JSON`);
  return {
    messageId: delivery.messageId,
    eventType: delivery.eventType,
    subjectKey: delivery.subjectKey,
    subjectSequence: sequence,
    attributes: delivery.attributes,
    payload: delivery.payload,
    format,
    payloadType: delivery.payloadType || undefined,
    createdAt: dateOf(delivery.createdAt) ?? undefined,
    subscriptionId: delivery.subscriptionId,
    redelivery: delivery.redelivery,
  };
}
