import { Reason } from '@sild/contracts';
import { reasonOf as trustReason, TrustException } from '@sild/domain-envelope';
import { RegistryErrorCode, RegistryException } from '@sild/registry-config';

/** The wire reason of a registry refusal, checked exhaustively. */
export function registryReason(code: RegistryErrorCode): Reason {
  switch (code) {
    case RegistryErrorCode.INVALID_ARGUMENT:
      return Reason.REASON_INVALID_ARGUMENT;
    case RegistryErrorCode.NOT_FOUND:
      return Reason.REASON_NOT_FOUND;
    case RegistryErrorCode.ALREADY_EXISTS:
      return Reason.REASON_ALREADY_EXISTS;
    case RegistryErrorCode.FAILED_PRECONDITION:
      return Reason.REASON_FAILED_PRECONDITION;
    case RegistryErrorCode.PERMISSION_DENIED:
      return Reason.REASON_ACCESS_DENIED;
  }
}

/** A refusal as reason + message, or undefined for an unexpected error (which is rethrown). */
export function refusalOf(error: unknown): { reason: Reason; message: string } | undefined {
  if (error instanceof RegistryException)
    return { reason: registryReason(error.code), message: error.message };
  if (error instanceof TrustException) return { reason: trustReason(error.failure), message: error.message };
  return undefined;
}

export const reasonName = (reason: Reason): string => Reason[reason].replace(/^REASON_/, '');
