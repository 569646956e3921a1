import { describe, expect, it } from 'vitest';
import { AuditErrorCode, AuditException } from '@sild/audit-domain';
import { AuditProofsErrorCode, AuditProofsException } from '@sild/audit-proofs';
import { GrpcStatus } from '@sild/platform-grpc';
import { auditGrpcError, auditHttpError, statusOf } from './audit-errors';

describe('audit errors at the edges', () => {
  it('map every code to a gRPC and an HTTP status', () => {
    for (const code of Object.values(AuditErrorCode)) {
      const { grpc, http } = statusOf(code);
      expect(GrpcStatus[grpc]).toBeDefined();
      expect(http).toBeGreaterThanOrEqual(400);
    }
    expect(statusOf(AuditErrorCode.NOT_FOUND)).toEqual({ grpc: GrpcStatus.NOT_FOUND, http: 404 });
  });

  it('translate audit and proof exceptions, and nothing else', () => {
    const refused = new AuditException(AuditErrorCode.UNAUTHENTICATED, 'an auditor token is required');
    expect(auditGrpcError(refused)?.status).toBe(GrpcStatus.UNAUTHENTICATED);
    expect(auditHttpError(refused)?.getStatus()).toBe(401);
    const proof = new AuditProofsException(AuditProofsErrorCode.INDEX_OUT_OF_RANGE, 'leaf 9 of 8');
    expect(auditGrpcError(proof)?.status).toBe(GrpcStatus.INVALID_ARGUMENT);
    expect(auditGrpcError(new Error('boom'))).toBeUndefined();
  });
});
