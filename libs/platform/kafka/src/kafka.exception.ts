export enum KafkaErrorCode {
  /** The broker did not answer within the allowed time. */
  UNAVAILABLE = 'UNAVAILABLE',
  /** A topic exists with settings other than those declared. */
  TOPIC_MISMATCH = 'TOPIC_MISMATCH',
  /** A message could not be handled and there is no dead-letter topic to park it in. */
  HANDLER_FAILED = 'HANDLER_FAILED',
  /** The client settings cannot work (e.g. SASL without a user name). */
  MISCONFIGURED = 'MISCONFIGURED',
  /** The client was used after it was stopped. */
  STOPPED = 'STOPPED',
}

export class KafkaException extends Error {
  constructor(
    readonly code: KafkaErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'KafkaException';
  }
}
