import type { SyncObserver } from './resident-sync.service';
import type { SubscriberEvent } from './subscriber-event';

export interface SyncStatsView {
  /** Events applied, by event type. */
  readonly applied: Readonly<Record<string, number>>;
  /** Deliveries recognised as already applied. */
  readonly duplicates: number;
  /** Sequence jumps seen, and the events they skipped in total. */
  readonly gaps: number;
  readonly missing: number;
  /** Events about persons who neither live nor lived here. */
  readonly foreign: number;
  /** Events refused as malformed. */
  readonly rejected: number;
  /** When the last event was applied, and when its publisher created it. */
  readonly lastEventAt: string | null;
  readonly lastEventCreatedAt: string | null;
  /** Seconds from the last applied event's creation to now (null before the first). */
  readonly lagSeconds: number | null;
}

/** Counters of a subscriber's event handling, for GET /stats. */
export class SyncStats implements SyncObserver {
  private readonly byType: Record<string, number> = {};
  private duplicates = 0;
  private gaps = 0;
  private missing = 0;
  private foreignCount = 0;
  private rejectedCount = 0;
  private lastAt: Date | undefined;
  private lastCreatedAt: Date | undefined;

  constructor(private readonly now: () => Date = () => new Date()) {}

  applied(event: SubscriberEvent): void {
    this.byType[event.eventType] = (this.byType[event.eventType] ?? 0) + 1;
    this.lastAt = this.now();
    if (event.createdAt) this.lastCreatedAt = event.createdAt;
  }

  duplicate(): void {
    this.duplicates += 1;
  }

  gap(_event: SubscriberEvent, missing: number): void {
    this.gaps += 1;
    this.missing += missing;
  }

  foreign(): void {
    this.foreignCount += 1;
  }

  rejected(): void {
    this.rejectedCount += 1;
  }

  /** Seconds between the last applied event's creation and now, if known. */
  lagSeconds(): number | null {
    if (this.lastCreatedAt === undefined) return null;
    return Math.max(0, (this.now().getTime() - this.lastCreatedAt.getTime()) / 1000);
  }

  view(): SyncStatsView {
    return {
      applied: { ...this.byType },
      duplicates: this.duplicates,
      gaps: this.gaps,
      missing: this.missing,
      foreign: this.foreignCount,
      rejected: this.rejectedCount,
      lastEventAt: this.lastAt?.toISOString() ?? null,
      lastEventCreatedAt: this.lastCreatedAt?.toISOString() ?? null,
      lagSeconds: this.lagSeconds(),
    };
  }
}
