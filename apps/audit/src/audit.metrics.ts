// The audit service's metrics (deploy/prometheus/sild.rules.yaml alerts on the checkpoint age).
import { counter, gauge, histogram } from '@sild/platform-telemetry';

export const auditMetrics = {
  appended: counter('sild_audit_appended_total', 'Entries appended to the audit log', []),
  skipped: counter('sild_audit_redelivered_total', 'Records skipped because the log holds them already', []),
  appendSeconds: histogram('sild_audit_append_batch_seconds', 'Time of one append transaction', []),
  refused: counter(
    'sild_audit_envelopes_invalid_total',
    'Envelopes logged as invalid, by the reason their verification failed',
    ['reason'],
  ),
  queries: counter('sild_audit_queries_total', 'Auditor queries answered', ['operation']),
};

/** Gauges sampled at scrape time from the running service. */
export function trackAuditState(source: {
  readonly size: () => number | undefined;
  readonly lastCheckpointAt: () => Date | undefined;
  readonly writer: () => boolean;
}): void {
  gauge('sild_audit_log_size_leaves', 'Leaves in the Merkle log', [], function () {
    const size = source.size();
    if (size !== undefined) this.set(size);
  });
  gauge('sild_audit_checkpoint_age_seconds', 'Seconds since the newest signed checkpoint', [], function () {
    const at = source.lastCheckpointAt();
    if (at) this.set((Date.now() - at.getTime()) / 1000);
  });
  gauge('sild_audit_writer', '1 while this replica holds the writer lock and appends', [], function () {
    this.set(source.writer() ? 1 : 0);
  });
}
