import type { ResidentTable, SubscriberEvent, SyncObserver, SyncStats } from '@sild/examples-population';
import type { Logger } from '@sild/platform-logging';
import { counter, gauge } from '@sild/platform-telemetry';

const metrics = {
  applied: counter(
    'sild_municipality_events_applied_total',
    'Events applied to the resident table, by type',
    ['event_type'],
  ),
  duplicates: counter('sild_municipality_event_duplicates_total', 'Deliveries of events applied before', [
    'event_type',
  ]),
  gaps: counter('sild_municipality_event_gaps_total', 'Sequence jumps: events of a subject not received', [
    'event_type',
  ]),
  foreign: counter('sild_municipality_events_foreign_total', 'Events about persons who never lived here', [
    'event_type',
  ]),
  rejected: counter('sild_municipality_events_rejected_total', 'Events refused as malformed, by transport', [
    'transport',
  ]),
};

let sampled: { table?: ResidentTable; stats?: SyncStats } = {};
gauge('sild_municipality_residents', 'Residents in the table', [], function () {
  this.set(sampled.table?.count ?? 0);
});
gauge(
  'sild_municipality_event_lag_seconds',
  'Now minus the creation time of the last applied event',
  [],
  function () {
    this.set(sampled.stats?.lagSeconds() ?? 0);
  },
);

/** Counts what the resident sync does on the Prometheus registry (served at /metrics); logs gaps. */
export class MunicipalityMetrics implements SyncObserver {
  constructor(
    table: ResidentTable,
    stats: SyncStats,
    private readonly logger: Logger,
  ) {
    sampled = { table, stats };
  }

  applied(event: SubscriberEvent): void {
    metrics.applied.inc({ event_type: event.eventType });
  }

  duplicate(event: SubscriberEvent): void {
    metrics.duplicates.inc({ event_type: event.eventType });
  }

  gap(event: SubscriberEvent, missing: number): void {
    metrics.gaps.inc({ event_type: event.eventType });
    this.logger.warn(
      { eventType: event.eventType, messageId: event.messageId, sequence: event.subjectSequence, missing },
      'sequence gap: events of this subject were not received',
    );
  }

  foreign(event: SubscriberEvent): void {
    metrics.foreign.inc({ event_type: event.eventType });
  }

  rejected(transport: 'webhook' | 'stream'): void {
    metrics.rejected.inc({ transport });
  }
}
