import { GrpcException, GrpcStatus } from '@sild/platform-grpc';
import { SignerErrorCode, SignerException } from '@sild/signer-domain';

/** The signer's exceptions at the gRPC edge: one status per code, checked exhaustively. */
export function signerGrpcError(error: unknown): GrpcException | undefined {
  if (!(error instanceof SignerException)) return undefined;
  return new GrpcException(statusOf(error.code), error.message);
}

export function statusOf(code: SignerErrorCode): GrpcStatus {
  switch (code) {
    case SignerErrorCode.INVALID_ARGUMENT:
    case SignerErrorCode.BAD_CSR:
    case SignerErrorCode.UNDECODABLE:
    case SignerErrorCode.NOT_A_CERTIFICATE_REQUEST:
      return GrpcStatus.INVALID_ARGUMENT;
    case SignerErrorCode.KEY_NOT_FOUND:
      return GrpcStatus.NOT_FOUND;
    case SignerErrorCode.KEY_RESERVED:
    case SignerErrorCode.OTHER_MEMBER:
    case SignerErrorCode.CSR_MEMBER_MISMATCH:
      return GrpcStatus.PERMISSION_DENIED;
    case SignerErrorCode.MEMBER_NOT_APPROVED:
    case SignerErrorCode.REGISTRY_REFUSED:
      return GrpcStatus.FAILED_PRECONDITION;
    case SignerErrorCode.REGISTRY_UNAVAILABLE:
      return GrpcStatus.UNAVAILABLE;
  }
}
