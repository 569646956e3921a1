// The audit operations behind both edges (gRPC and REST): authenticate the caller, run the query
// (which records it in the query log), present the answer.
import {
  AuditErrorCode,
  auditError,
  type AuditQueries,
  type CompletenessQueries,
  type EvidenceExporter,
  type ListInput,
  type ProofQueries,
  type SubjectInput,
} from '@sild/audit-domain';
import { bundleText } from '@sild/audit-evidence';
import { auditMetrics } from './audit.metrics';
import {
  checkpointObject,
  completenessObject,
  consistencyObject,
  inclusionObject,
  pageObject,
} from './audit-presenter';
import type { AuditorTokens } from './auditor-tokens';

export interface AuditServices {
  readonly queries: AuditQueries;
  readonly proofs: ProofQueries;
  readonly completeness: CompletenessQueries;
  readonly exporter: EvidenceExporter;
  readonly tokens: AuditorTokens;
  readonly origin: string;
  readonly verifierKey: string;
}

/** A time of a request: RFC 3339 text or ms since the epoch; '' or 0 for none. */
export function timeOf(value: string | number | undefined, field: string): number {
  if (value === undefined || value === '' || value === 0) return 0;
  const ms = typeof value === 'number' ? value : /^\d+$/.test(value) ? Number(value) : Date.parse(value);
  if (!Number.isSafeInteger(ms) || ms < 0)
    throw auditError(AuditErrorCode.INVALID_ARGUMENT, `${field} is not a time`);
  return ms;
}

export class AuditApi {
  constructor(private readonly services: AuditServices) {}

  async trace(authorization: string | undefined, traceId: string) {
    return pageObject(await this.services.queries.trace(this.principal(authorization, 'GetTrace'), traceId));
  }

  async message(authorization: string | undefined, messageId: string) {
    return pageObject(
      await this.services.queries.message(this.principal(authorization, 'GetMessage'), messageId),
    );
  }

  async list(authorization: string | undefined, input: ListInput) {
    return pageObject(await this.services.queries.list(this.principal(authorization, 'ListEntries'), input));
  }

  async subject(authorization: string | undefined, input: SubjectInput) {
    return pageObject(
      await this.services.queries.subject(this.principal(authorization, 'GetSubjectAccess'), input),
    );
  }

  async inclusion(authorization: string | undefined, index: number, treeSize: number) {
    const principal = this.principal(authorization, 'GetInclusionProof');
    return inclusionObject(await this.services.proofs.inclusion(principal, index, treeSize));
  }

  async consistency(authorization: string | undefined, size1: number, size2: number) {
    const principal = this.principal(authorization, 'GetConsistencyProof');
    return consistencyObject(await this.services.proofs.consistency(principal, size1, size2));
  }

  async latestCheckpoint(authorization: string | undefined) {
    const checkpoint = await this.services.proofs.latest(
      this.principal(authorization, 'GetLatestCheckpoint'),
    );
    return checkpointObject(checkpoint, this.services.origin, this.services.verifierKey);
  }

  async completeness(authorization: string | undefined, graceSeconds: number, limit: number) {
    const principal = this.principal(authorization, 'GetCompleteness');
    return completenessObject(await this.services.completeness.report(principal, { graceSeconds, limit }));
  }

  async exportTrace(authorization: string | undefined, traceId: string, knownTreeSize: number) {
    const principal = this.principal(authorization, 'ExportTrace');
    const { bundle, uncovered } = await this.services.exporter.export(principal, traceId, knownTreeSize);
    return { bundleJson: bundleText(bundle), uncoveredEntries: uncovered };
  }

  private principal(authorization: string | undefined, operation: string) {
    const principal = this.services.tokens.principalOf(authorization);
    auditMetrics.queries.inc({ operation });
    return principal;
  }
}
