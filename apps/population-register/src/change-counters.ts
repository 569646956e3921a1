// What the register's changes did, for GET /sild/changes and /metrics. Never personal data: the
// counters are by event type, the log names the event type and the failure, not the person.
import {
  PERSON_EVENT_TYPES,
  type ChangeKind,
  type ChangeObserver,
  type OutboxObserver,
  type RegisterChange,
} from '@sild/examples-population';
import { GrpcException } from '@sild/platform-grpc';
import type { Logger } from '@sild/platform-logging';
import { counter } from '@sild/platform-telemetry';

const metrics = {
  applied: counter(
    'sild_population_changes_applied_total',
    'Changes applied to the register, by event type',
    ['event_type'],
  ),
  published: counter('sild_population_events_published_total', 'Change events published, by event type', [
    'event_type',
  ]),
  failures: counter(
    'sild_population_publish_failures_total',
    'Failed publication attempts (each is retried), by event type and gRPC status',
    ['event_type', 'code'],
  ),
};

const zero = (): Record<ChangeKind, number> => ({ born: 0, died: 0, relocated: 0, renamed: 0 });

export class ChangeCounters implements ChangeObserver, OutboxObserver {
  readonly appliedByKind = zero();
  readonly publishedByKind = zero();
  failures = 0;
  lastFailure: string | undefined;

  constructor(private readonly logger: Logger) {}

  applied(change: RegisterChange): void {
    this.appliedByKind[change.kind] += 1;
    metrics.applied.inc({ event_type: PERSON_EVENT_TYPES[change.kind] });
  }

  published(event: { kind: ChangeKind; eventType: string }, _receipt: unknown, attempts: number): void {
    this.publishedByKind[event.kind] += 1;
    metrics.published.inc({ event_type: event.eventType });
    if (attempts > 1)
      this.logger.info({ eventType: event.eventType, attempts }, 'event published after retries');
  }

  failed(event: { eventType: string }, error: unknown, attempt: number, retryInMs: number): void {
    const code = error instanceof GrpcException ? error.statusName : 'UNKNOWN';
    this.failures += 1;
    this.lastFailure = `${code}: ${error instanceof Error ? error.message : String(error)}`;
    metrics.failures.inc({ event_type: event.eventType, code });
    const log = attempt === 1 || attempt % 10 === 0 ? this.logger.warn : this.logger.debug;
    log.call(
      this.logger,
      { eventType: event.eventType, attempt, retryInMs, code, err: error },
      'publish failed; retrying',
    );
  }
}
