import { Reason } from '@sild/contracts';
import { SignerErrorCode } from './signer.exception';

/** The wire reason of an ERROR answer for a signer refusal (exhaustive: a new code must be mapped). */
export function reasonOfSignerError(code: SignerErrorCode): Reason {
  switch (code) {
    case SignerErrorCode.INVALID_ARGUMENT:
    case SignerErrorCode.KEY_NOT_FOUND:
    case SignerErrorCode.BAD_CSR:
    case SignerErrorCode.NOT_A_CERTIFICATE_REQUEST:
    case SignerErrorCode.REGISTRY_REFUSED:
      return Reason.REASON_INVALID_ARGUMENT;
    case SignerErrorCode.KEY_RESERVED:
    case SignerErrorCode.OTHER_MEMBER:
    case SignerErrorCode.MEMBER_NOT_APPROVED:
    case SignerErrorCode.CSR_MEMBER_MISMATCH:
      return Reason.REASON_ACCESS_DENIED;
    case SignerErrorCode.UNDECODABLE:
      return Reason.REASON_MALFORMED;
    case SignerErrorCode.REGISTRY_UNAVAILABLE:
      return Reason.REASON_PROVIDER_UNAVAILABLE;
  }
}
