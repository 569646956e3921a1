/** Why evidence was refused. */
export enum EvidenceErrorCode {
  /** A bundle document that is not JSON of the documented shape. */
  BUNDLE_MALFORMED = 'BUNDLE_MALFORMED',
  /** Log rows that cannot be read as the documented tables. */
  LOG_MALFORMED = 'LOG_MALFORMED',
}

export class EvidenceException extends Error {
  constructor(
    readonly code: EvidenceErrorCode,
    message: string,
  ) {
    super(`${code}: ${message}`);
    this.name = 'EvidenceException';
  }
}
