import type { ChangeFeed } from './change-feed';

export interface ScheduleOptions {
  /** Changes per second; 0 makes none. */
  readonly perSecond: number;
  /** Stop after this many changes; unset for no end. */
  readonly total?: number | undefined;
}

/**
 * Paces the change generator: every `tick(now)` applies the changes due since the first tick. When
 * the outbox is full the schedule slips instead of catching up later in a burst.
 */
export class ChangeSchedule {
  private start: number | undefined;
  private made = 0;

  constructor(
    private readonly feed: ChangeFeed,
    private readonly options: ScheduleOptions,
  ) {}

  get perSecond(): number {
    return this.options.perSecond;
  }

  /** Changes this schedule has applied. */
  get count(): number {
    return this.made;
  }

  get finished(): boolean {
    return this.options.total !== undefined && this.made >= this.options.total;
  }

  /** Applies the changes due at `now` (ms); returns how many it applied. */
  tick(now: number): number {
    const { perSecond, total } = this.options;
    if (perSecond <= 0 || this.finished) return 0;
    this.start ??= now;
    const due = Math.floor(((now - this.start) / 1000) * perSecond) + 1 - this.made;
    const wanted = Math.min(due, (total ?? Infinity) - this.made);
    let applied = 0;
    while (applied < wanted) {
      if (!this.feed.tryApply()) {
        this.start = now - ((this.made + applied) / perSecond) * 1000;
        break;
      }
      applied += 1;
    }
    this.made += applied;
    return applied;
  }
}
