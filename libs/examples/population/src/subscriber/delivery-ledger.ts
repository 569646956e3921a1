// What a subscriber has applied: enough to recognise a duplicate delivery and a gap, with memory
// bounded by the number of subjects (not of events).
import type { SubscriberEvent } from './subscriber-event';

/** A delivery seen before, or a new one with the number of events it skipped (0: none seen missing). */
export type Admission =
  { readonly duplicate: true } | { readonly duplicate: false; readonly missing: number };

interface Tracker {
  /** Highest subject sequence applied for the event type. */
  sequence: number;
  /** The subject left the subscriber's view since: the next jump is not a gap. */
  interrupted: boolean;
}

/**
 * Per subject and event type the highest sequence applied (a lower or equal one is a duplicate,
 * a jump is a gap), and the most recent message ids (a quick check, and the only one for an
 * event whose subject the ledger has not seen yet).
 */
export class DeliveryLedger {
  private readonly recent = new Set<string>();
  private readonly subjects = new Map<string, Map<string, Tracker>>();

  constructor(private readonly recentLimit = 10_000) {}

  /** Subjects tracked. */
  get subjectCount(): number {
    return this.subjects.size;
  }

  admit(event: SubscriberEvent): Admission {
    if (this.recent.has(event.messageId)) return { duplicate: true };
    const tracker = this.subjects.get(event.subjectKey)?.get(event.eventType);
    if (tracker === undefined) return { duplicate: false, missing: 0 };
    if (event.subjectSequence <= tracker.sequence) return { duplicate: true };
    const missing = tracker.interrupted ? 0 : event.subjectSequence - tracker.sequence - 1;
    return { duplicate: false, missing };
  }

  /** Records an applied event. */
  record(event: SubscriberEvent): void {
    this.recent.add(event.messageId);
    if (this.recent.size > this.recentLimit) {
      const oldest = this.recent.values().next();
      if (!oldest.done) this.recent.delete(oldest.value);
    }
    let trackers = this.subjects.get(event.subjectKey);
    if (trackers === undefined) {
      trackers = new Map();
      this.subjects.set(event.subjectKey, trackers);
    }
    const tracker = trackers.get(event.eventType);
    if (tracker === undefined || event.subjectSequence > tracker.sequence) {
      trackers.set(event.eventType, { sequence: event.subjectSequence, interrupted: false });
    }
  }

  /**
   * The subject left the subscriber's view (e.g. moved to another municipality): its events in
   * between go to others, so the next sequence jump of each type is expected, not a gap.
   */
  interrupt(subjectKey: string): void {
    for (const tracker of this.subjects.get(subjectKey)?.values() ?? []) tracker.interrupted = true;
  }
}
