// The completeness report: per sending gateway instance, the sequence numbers the log is missing
// (a dropped message shows as a gap); decisions about message ids no logged envelope has; valid
// requests and events nobody decided about. Recent entries get a grace period (their partner may
// still be on its way through Kafka).
import type { AuditQueryRepository, EntryRecord, GapRow, SenderRow } from './audit-query.repository';
import type { Principal } from './principal';
import { AuditErrorCode, auditError } from './audit.exception';

export interface SequenceGap {
  readonly first: number;
  readonly last: number;
}

export interface SenderReport extends SenderRow {
  readonly gaps: readonly SequenceGap[];
}

export interface CompletenessReport {
  readonly logSize: number;
  readonly senders: readonly SenderReport[];
  readonly decisionsWithoutEnvelope: readonly EntryRecord[];
  readonly envelopesWithoutDecision: readonly EntryRecord[];
}

export interface CompletenessInput {
  /** 0: 60 s. */
  readonly graceSeconds: number;
  /** 0: 100; at most 1000 per list. */
  readonly limit: number;
}

function sendersWithGaps(senders: readonly SenderRow[], gaps: readonly GapRow[]): SenderReport[] {
  return senders.map((sender) => {
    const leading = sender.firstSequence > 1 ? [{ first: 1, last: sender.firstSequence - 1 }] : [];
    const inner = gaps
      .filter((gap) => gap.instanceId === sender.instanceId)
      .map(({ first, last }) => ({ first, last }))
      .sort((a, b) => a.first - b.first);
    return { ...sender, gaps: [...leading, ...inner] };
  });
}

export class CompletenessQueries {
  constructor(
    private readonly repository: AuditQueryRepository,
    /** Members whose sequences cover records the log does not read (the registry's configuration). */
    private readonly excludedMembers: readonly string[],
    private readonly clock: () => number = Date.now,
  ) {}

  async report(principal: Principal, input: CompletenessInput): Promise<CompletenessReport> {
    if (!Number.isSafeInteger(input.graceSeconds) || input.graceSeconds < 0) {
      throw auditError(AuditErrorCode.INVALID_ARGUMENT, 'grace_seconds must be a non-negative integer');
    }
    if (!Number.isSafeInteger(input.limit) || input.limit < 0 || input.limit > 1_000) {
      throw auditError(AuditErrorCode.INVALID_ARGUMENT, 'limit must be 0 (default 100) to 1000');
    }
    const limit = input.limit || 100;
    const before = this.clock() - (input.graceSeconds || 60) * 1_000;
    const [state, senders, gaps, decisions, envelopes] = await Promise.all([
      this.repository.state(),
      this.repository.senders(this.excludedMembers),
      this.repository.gaps(this.excludedMembers, 10_000),
      this.repository.decisionsWithoutEnvelope(before, limit),
      this.repository.envelopesWithoutDecision(before, limit),
    ]);
    const report = {
      logSize: state.size,
      senders: sendersWithGaps(senders, gaps),
      decisionsWithoutEnvelope: decisions,
      envelopesWithoutDecision: envelopes,
    };
    const findings =
      report.senders.reduce((sum, sender) => sum + sender.gaps.length, 0) +
      decisions.length +
      envelopes.length;
    await this.repository.recordQuery({
      principal: principal.name,
      operation: 'GetCompleteness',
      parameters: { graceSeconds: input.graceSeconds, limit },
      results: findings,
    });
    return report;
  }
}
