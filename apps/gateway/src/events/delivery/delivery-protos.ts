import { PayloadEncoding, Reason } from '@sild/contracts';
import { DeliveryErrorCode, DeliveryException, type EventDelivery } from '@sild/gateway-domain';
import { GrpcException, GrpcStatus } from '@sild/platform-grpc';
import type { DeadLetterEntry } from './kafka-dead-letters';

/** A google.protobuf.Timestamp as @grpc/proto-loader takes it (64-bit integers as text). */
export const timestampObject = (ms: number) => ({
  seconds: String(Math.floor(ms / 1000)),
  nanos: (ms % 1000) * 1_000_000,
});

/** An EventDelivery message of the Receive stream. */
export const eventDeliveryObject = (event: EventDelivery) => ({
  subscriptionId: event.subscriptionId,
  messageId: event.messageId,
  eventType: event.eventType,
  publisher: { ...event.publisher },
  subjectKey: event.subjectKey,
  subjectSequence: String(event.subjectSequence),
  attributes: { ...event.attributes },
  payload: Buffer.from(event.payload),
  payloadType: event.payloadType,
  payloadEncoding: PayloadEncoding[event.payloadEncoding],
  createdAt: timestampObject(event.createdAtMs),
  traceparent: event.traceparent,
  envelope: Buffer.from(event.envelope),
  attempt: event.attempt,
  redelivery: event.redelivery,
});

/** A DeadLetter message of ListDeadLetters. */
export const deadLetterObject = (letter: DeadLetterEntry) => ({
  messageId: letter.messageId,
  eventType: letter.eventType,
  subjectKey: letter.subjectKey,
  subjectSequence: String(letter.subjectSequence),
  error: { reason: Reason[letter.reason], message: letter.error, retryable: false },
  attempts: letter.attempts,
  deadLetteredAt: timestampObject(letter.deadLetteredAtMs),
});

function statusOf(code: DeliveryErrorCode): GrpcStatus {
  switch (code) {
    case DeliveryErrorCode.NOT_CONFIGURED:
      return GrpcStatus.NOT_FOUND;
    case DeliveryErrorCode.NOT_SUBSCRIBED:
      return GrpcStatus.PERMISSION_DENIED;
    case DeliveryErrorCode.WRONG_MODE:
    case DeliveryErrorCode.NO_STREAM:
      return GrpcStatus.FAILED_PRECONDITION;
    case DeliveryErrorCode.BUSY:
      return GrpcStatus.ABORTED;
    case DeliveryErrorCode.INVALID_ARGUMENT:
      return GrpcStatus.INVALID_ARGUMENT;
  }
}

/** Delivery refusals as gRPC statuses; other errors are left to the server. */
export async function translated<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof DeliveryException) throw new GrpcException(statusOf(error.code), error.message);
    throw error;
  }
}
