// Applying a change and queueing its event are one synchronous step, so no change exists in the
// register without its event in the outbox (the register lives in memory: a crash loses both).
import { personEventOf } from '../events/person-events';
import type { ChangeKind, RegisterChange } from '../register-changes';
import type { ChangeGenerator } from './change-generator';
import type { ChangeOutbox } from './change-outbox';

export interface ChangeObserver {
  applied?(change: RegisterChange): void;
}

/** Changes applied together (e.g. by one request), and how far their publication got. */
export class ChangeBatch {
  readonly applied: Record<ChangeKind, number> = { born: 0, died: 0, relocated: 0, renamed: 0 };
  private publishedCount = 0;
  private readonly publications: Promise<unknown>[] = [];

  get total(): number {
    return this.publications.length;
  }

  get published(): number {
    return this.publishedCount;
  }

  /** Resolves when every event of the batch is published (or the outbox closed). */
  settled(): Promise<void> {
    return Promise.allSettled(this.publications).then(() => undefined);
  }

  track(kind: ChangeKind, publication: Promise<unknown>): void {
    this.applied[kind] += 1;
    this.publications.push(
      publication.then(() => {
        this.publishedCount += 1;
      }),
    );
  }
}

/** Draws changes from the generator and hands their events to the outbox. */
export class ChangeFeed {
  constructor(
    private readonly generator: ChangeGenerator,
    private readonly outbox: ChangeOutbox,
    private readonly observer: ChangeObserver = {},
  ) {}

  /** Applies `count` changes as the outbox makes room for their events. */
  async apply(count: number): Promise<ChangeBatch> {
    const batch = new ChangeBatch();
    for (let i = 0; i < count; i += 1) {
      await this.outbox.waitForRoom();
      this.step(batch);
    }
    return batch;
  }

  /** Applies one change if the outbox has room; false when it has none. */
  tryApply(): boolean {
    if (!this.outbox.hasRoom) return false;
    this.step();
    return true;
  }

  private step(batch?: ChangeBatch): void {
    const change = this.generator.next();
    const publication = this.outbox.add(personEventOf(change));
    this.observer.applied?.(change);
    // a publication fails only when the outbox closes; the outbox's observer reports retries
    publication.catch(() => undefined);
    batch?.track(change.kind, publication);
  }
}
