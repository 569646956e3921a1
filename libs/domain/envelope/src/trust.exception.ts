import { Reason } from '@sild/contracts';

/** Why an envelope is refused. Each maps to a stable wire reason code ({@link reasonOf}). */
export enum TrustFailure {
  MALFORMED = 'MALFORMED',
  TOO_LARGE = 'TOO_LARGE',
  INVALID_SIGNATURE = 'INVALID_SIGNATURE',
  CERT_UNTRUSTED = 'CERT_UNTRUSTED',
  CERT_EXPIRED = 'CERT_EXPIRED',
  CERT_REVOKED = 'CERT_REVOKED',
  SENDER_MISMATCH = 'SENDER_MISMATCH',
  EXPIRED = 'EXPIRED',
  REPLAYED = 'REPLAYED',
  DIGEST_MISMATCH = 'DIGEST_MISMATCH',
}

/** Raised when envelope bytes cannot be decoded or the envelope is not acceptable. */
export class TrustException extends Error {
  constructor(
    readonly failure: TrustFailure,
    message: string,
  ) {
    super(`${failure}: ${message}`);
    this.name = 'TrustException';
  }
}

/** The `sild.v1.Reason` sent on the wire (ERROR payloads, audit records) for a failure. */
export function reasonOf(failure: TrustFailure): Reason {
  switch (failure) {
    case TrustFailure.MALFORMED:
      return Reason.REASON_MALFORMED;
    case TrustFailure.TOO_LARGE:
      return Reason.REASON_TOO_LARGE;
    case TrustFailure.INVALID_SIGNATURE:
      return Reason.REASON_INVALID_SIGNATURE;
    case TrustFailure.CERT_UNTRUSTED:
      return Reason.REASON_CERT_UNTRUSTED;
    case TrustFailure.CERT_EXPIRED:
      return Reason.REASON_CERT_EXPIRED;
    case TrustFailure.CERT_REVOKED:
      return Reason.REASON_CERT_REVOKED;
    case TrustFailure.SENDER_MISMATCH:
      return Reason.REASON_SENDER_MISMATCH;
    case TrustFailure.EXPIRED:
      return Reason.REASON_EXPIRED;
    case TrustFailure.REPLAYED:
      return Reason.REASON_REPLAYED;
    case TrustFailure.DIGEST_MISMATCH:
      return Reason.REASON_DIGEST_MISMATCH;
  }
}
