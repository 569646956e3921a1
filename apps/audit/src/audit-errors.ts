// The audit domain's exceptions at the edges: one gRPC status and one HTTP status per code,
// checked exhaustively.
import { HttpException } from '@nestjs/common';
import { AuditErrorCode, AuditException } from '@sild/audit-domain';
import { AuditProofsException } from '@sild/audit-proofs';
import { GrpcException, GrpcStatus } from '@sild/platform-grpc';

export function statusOf(code: AuditErrorCode): { grpc: GrpcStatus; http: number } {
  switch (code) {
    case AuditErrorCode.INVALID_ARGUMENT:
      return { grpc: GrpcStatus.INVALID_ARGUMENT, http: 400 };
    case AuditErrorCode.NOT_FOUND:
      return { grpc: GrpcStatus.NOT_FOUND, http: 404 };
    case AuditErrorCode.FAILED_PRECONDITION:
      return { grpc: GrpcStatus.FAILED_PRECONDITION, http: 409 };
    case AuditErrorCode.RETRY_LATER:
      return { grpc: GrpcStatus.UNAVAILABLE, http: 503 };
    case AuditErrorCode.LOG_INCONSISTENT:
      return { grpc: GrpcStatus.DATA_LOSS, http: 500 };
    case AuditErrorCode.UNAUTHENTICATED:
      return { grpc: GrpcStatus.UNAUTHENTICATED, http: 401 };
  }
}

/** A proof library refusal on a query (a size or index out of range) is the caller's. */
const asAudit = (error: unknown): AuditException | undefined => {
  if (error instanceof AuditException) return error;
  if (error instanceof AuditProofsException)
    return new AuditException(AuditErrorCode.INVALID_ARGUMENT, error.message);
  return undefined;
};

export function auditGrpcError(error: unknown): GrpcException | undefined {
  const audit = asAudit(error);
  return audit ? new GrpcException(statusOf(audit.code).grpc, audit.message) : undefined;
}

export function auditHttpError(error: unknown): HttpException | undefined {
  const audit = asAudit(error);
  return audit
    ? new HttpException({ error: audit.code, message: audit.message }, statusOf(audit.code).http)
    : undefined;
}
