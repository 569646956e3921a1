import { Reason } from '@sild/contracts';
import { reasonOf, TrustException } from '@sild/domain-envelope';

/**
 * Why a call or a request failed, as the wire reason code the caller sees (in a CallResponse or
 * a signed ERROR) and the audit records. The code enum of this module is `sild.v1.Reason`.
 */
export class GatewayException extends Error {
  constructor(
    readonly reason: Reason,
    message: string,
    readonly retryable = false,
    options?: ErrorOptions,
  ) {
    super(message, options);
    this.name = 'GatewayException';
  }
}

const RETRYABLE: ReadonlySet<Reason> = new Set([
  Reason.REASON_PROVIDER_UNAVAILABLE,
  Reason.REASON_TIMEOUT,
  Reason.REASON_RATE_LIMITED,
  Reason.REASON_INTERNAL,
]);

/** Any failure as a GatewayException: trust failures keep their reason, the rest are INTERNAL. */
export function asGatewayException(error: unknown): GatewayException {
  if (error instanceof GatewayException) return error;
  if (error instanceof TrustException) return new GatewayException(reasonOf(error.failure), error.message);
  return new GatewayException(Reason.REASON_INTERNAL, 'internal gateway error', true, { cause: error });
}

export const failure = (reason: Reason, message: string): GatewayException =>
  new GatewayException(reason, message, RETRYABLE.has(reason));

/** The name of a reason code, e.g. `REASON_ACCESS_DENIED`. */
export const reasonName = (reason: Reason): string => Reason[reason];
