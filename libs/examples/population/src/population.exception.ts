/** Why the population register refuses a request or a change. Translated at each edge. */
export enum PopulationErrorCode {
  /** A field is missing or malformed, or the payload cannot be read; the message says which. */
  INVALID_ARGUMENT = 'INVALID_ARGUMENT',
  /** No person with that national id. */
  NOT_FOUND = 'NOT_FOUND',
  /** The person exists already (a birth registered with a national id in use). */
  ALREADY_EXISTS = 'ALREADY_EXISTS',
  /** The change is illegal in the person's current state (e.g. relocating a deceased person). */
  FAILED_PRECONDITION = 'FAILED_PRECONDITION',
}

/**
 * Raised by the population register; `code` says what went wrong. Messages never contain
 * personal data (no national ids, names or addresses).
 */
export class PopulationException extends Error {
  constructor(
    readonly code: PopulationErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'PopulationException';
  }
}

export const invalidArgument = (field: string, why: string, cause?: unknown): PopulationException =>
  new PopulationException(PopulationErrorCode.INVALID_ARGUMENT, `${field}: ${why}`, { cause });
