/** Why a delivery request of a subscriber (Receive, ListDeadLetters, Redrive, Replay) is refused. */
export enum DeliveryErrorCode {
  /** The subscription is not configured for delivery on this gateway (GATEWAY_SUBSCRIPTIONS). */
  NOT_CONFIGURED = 'NOT_CONFIGURED',
  /** The subscription is not in the registry, not this subscriber's, or not approved. */
  NOT_SUBSCRIBED = 'NOT_SUBSCRIBED',
  /** The request does not fit the subscription's delivery mode (Receive on a webhook). */
  WRONG_MODE = 'WRONG_MODE',
  /** A stream subscription has no Receive stream open on this gateway to deliver through. */
  NO_STREAM = 'NO_STREAM',
  /** Another redrive or replay of the subscription is running. */
  BUSY = 'BUSY',
  /** A field of the request is missing or malformed. */
  INVALID_ARGUMENT = 'INVALID_ARGUMENT',
}

export class DeliveryException extends Error {
  constructor(
    readonly code: DeliveryErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'DeliveryException';
  }
}
