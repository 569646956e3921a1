/** Why a subscriber system did not apply an event. Translated at each edge (HTTP status, ack). */
export enum SubscriberErrorCode {
  /** The event cannot be read (CloudEvents headers, attributes, payload): it never will be. */
  MALFORMED_EVENT = 'MALFORMED_EVENT',
  /** The event's content type is not one of the payload formats the subscriber reads. */
  UNSUPPORTED_MEDIA_TYPE = 'UNSUPPORTED_MEDIA_TYPE',
  /** The event was delivered for a subscription this system does not hold. */
  WRONG_SUBSCRIPTION = 'WRONG_SUBSCRIPTION',
  /** Something the subscriber needs (its gateway, the provider) failed: try again later. */
  UNAVAILABLE = 'UNAVAILABLE',
}

/** Raised by the subscriber side of the examples; messages never contain personal data. */
export class SubscriberException extends Error {
  constructor(
    readonly code: SubscriberErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'SubscriberException';
  }
}

export const malformed = (why: string, cause?: unknown): SubscriberException =>
  new SubscriberException(SubscriberErrorCode.MALFORMED_EVENT, why, { cause });
