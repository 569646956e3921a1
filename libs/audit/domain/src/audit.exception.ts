/** Why the audit service refused or could not do something. */
export enum AuditErrorCode {
  /** A query or command argument that is missing or malformed. */
  INVALID_ARGUMENT = 'INVALID_ARGUMENT',
  /** The entry, checkpoint or trace asked for does not exist. */
  NOT_FOUND = 'NOT_FOUND',
  /** The log is not in a state to answer yet (e.g. no checkpoint signed so far). */
  FAILED_PRECONDITION = 'FAILED_PRECONDITION',
  /** A record cannot be judged yet (its signer may not be in the registry view yet): retry. */
  RETRY_LATER = 'RETRY_LATER',
  /** The stored log contradicts itself or a signed checkpoint: nothing more is signed. */
  LOG_INCONSISTENT = 'LOG_INCONSISTENT',
  /** The caller presented no valid auditor token. */
  UNAUTHENTICATED = 'UNAUTHENTICATED',
}

/** Raised by the audit domain; translated to a gRPC or HTTP status at the edge. */
export class AuditException extends Error {
  constructor(
    readonly code: AuditErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'AuditException';
  }
}

export const auditError = (code: AuditErrorCode, message: string, cause?: unknown): AuditException =>
  new AuditException(code, message, cause === undefined ? undefined : { cause });
