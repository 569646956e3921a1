import { GrpcException, GrpcStatus } from '@sild/platform-grpc';
import { RegistryErrorCode, RegistryException } from '@sild/registry-config';

/** The registry's exceptions at the gRPC edge: one status per code, checked exhaustively. */
export function registryGrpcError(error: unknown): GrpcException | undefined {
  if (!(error instanceof RegistryException)) return undefined;
  return new GrpcException(statusOf(error.code), error.message);
}

export function statusOf(code: RegistryErrorCode): GrpcStatus {
  switch (code) {
    case RegistryErrorCode.INVALID_ARGUMENT:
      return GrpcStatus.INVALID_ARGUMENT;
    case RegistryErrorCode.NOT_FOUND:
      return GrpcStatus.NOT_FOUND;
    case RegistryErrorCode.ALREADY_EXISTS:
      return GrpcStatus.ALREADY_EXISTS;
    case RegistryErrorCode.FAILED_PRECONDITION:
      return GrpcStatus.FAILED_PRECONDITION;
    case RegistryErrorCode.PERMISSION_DENIED:
      return GrpcStatus.PERMISSION_DENIED;
  }
}
