// The Audit gRPC API (proto/sild/audit/v1/audit.proto). Requests are untrusted: every field is
// read through a typed accessor and checked by the audit domain.
import { resolve } from 'node:path';
import { loadProtos, type CallContext, type UnaryHandler } from '@sild/platform-grpc';
import { AuditErrorCode, auditError } from '@sild/audit-domain';
import type { AuditApi } from './audit-api';
import { forEdge } from './audit-presenter';

export const AUDIT_SERVICE = 'sild.audit.v1.Audit';

/** The Audit API's .proto files (the same path from the sources and from dist/). */
export const auditPackageDefinition = () =>
  loadProtos(['sild/audit/v1/audit.proto'], [resolve(import.meta.dirname, '../../../proto')]);

type Request = Record<string, unknown>;

const text = (request: Request, field: string): string => {
  const value = request[field] ?? '';
  if (typeof value !== 'string') throw auditError(AuditErrorCode.INVALID_ARGUMENT, `${field} must be text`);
  return value;
};

/** uint64/uint32 fields (64-bit ones arrive as decimal text). */
const count = (request: Request, field: string): number => {
  const value = Number(request[field] ?? 0);
  if (!Number.isSafeInteger(value) || value < 0) {
    throw auditError(AuditErrorCode.INVALID_ARGUMENT, `${field} must be a non-negative integer below 2^53`);
  }
  return value;
};

/** A google.protobuf.Timestamp field as ms since the epoch (0 when unset). */
const time = (request: Request, field: string): number => {
  const value = request[field] as { seconds?: unknown; nanos?: unknown } | null | undefined;
  if (!value) return 0;
  return count({ s: value.seconds }, 's') * 1000 + Math.floor(count({ n: value.nanos }, 'n') / 1_000_000);
};

export function auditHandlers(api: AuditApi): Record<string, UnaryHandler> {
  const handler =
    (call: (request: Request, authorization: string | undefined) => Promise<unknown>): UnaryHandler =>
    async (request, context: CallContext) =>
      forEdge(await call(request as Request, context.metadata('authorization')), 'grpc');
  return {
    GetTrace: handler((r, auth) => api.trace(auth, text(r, 'traceId'))),
    GetMessage: handler((r, auth) => api.message(auth, text(r, 'messageId'))),
    ListEntries: handler((r, auth) =>
      api.list(auth, {
        member: text(r, 'member'),
        service: text(r, 'service'),
        eventType: text(r, 'eventType'),
        fromMs: time(r, 'from'),
        toMs: time(r, 'to'),
        pageSize: count(r, 'pageSize'),
        pageToken: text(r, 'pageToken'),
      }),
    ),
    GetSubjectAccess: handler((r, auth) =>
      api.subject(auth, {
        subjectKey: text(r, 'subjectKey'),
        fromMs: time(r, 'from'),
        toMs: time(r, 'to'),
        pageSize: count(r, 'pageSize'),
        pageToken: text(r, 'pageToken'),
      }),
    ),
    GetInclusionProof: handler((r, auth) => api.inclusion(auth, count(r, 'index'), count(r, 'treeSize'))),
    GetConsistencyProof: handler((r, auth) => api.consistency(auth, count(r, 'size1'), count(r, 'size2'))),
    GetLatestCheckpoint: handler((_, auth) => api.latestCheckpoint(auth)),
    GetCompleteness: handler((r, auth) =>
      api.completeness(auth, count(r, 'graceSeconds'), count(r, 'limit')),
    ),
    ExportTrace: handler((r, auth) => api.exportTrace(auth, text(r, 'traceId'), count(r, 'knownTreeSize'))),
  };
}
