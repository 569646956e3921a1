import type { FollowLookup } from './subscription-route';

/** A verified follow indication, as the index keeps it. */
export interface FollowEntry {
  readonly subscriptionId: string;
  readonly subjectKey: string;
  /** False: the indication was withdrawn. */
  readonly following: boolean;
  /** When the interest ends (milliseconds); null: until withdrawn. */
  readonly untilMs: number | null;
  /** When the subscriber signed it: an older indication never replaces a newer one. */
  readonly createdAtMs: number;
}

export type FollowChange = 'followed' | 'withdrawn' | 'stale';

interface Interest {
  readonly untilMs: number;
  readonly createdAtMs: number;
}

/**
 * Which subjects each subscription follows, from the verified indications of the follows topic
 * (the latest per subscription and subject wins). A withdrawn interest is kept as "not followed"
 * with its signing time, so that an older indication written again cannot revive it; a Kafka
 * tombstone forgets the pair entirely.
 */
export class FollowIndex implements FollowLookup {
  private readonly bySubscription = new Map<string, Map<string, Interest>>();
  private followedCount = 0;

  apply(entry: FollowEntry): FollowChange {
    const subjects = this.bySubscription.get(entry.subscriptionId) ?? new Map<string, Interest>();
    const known = subjects.get(entry.subjectKey);
    if (known && known.createdAtMs > entry.createdAtMs) return 'stale';
    const untilMs = entry.following ? (entry.untilMs ?? Number.POSITIVE_INFINITY) : Number.NEGATIVE_INFINITY;
    this.count(known, -1);
    const interest = { untilMs, createdAtMs: entry.createdAtMs };
    subjects.set(entry.subjectKey, interest);
    this.count(interest, 1);
    this.bySubscription.set(entry.subscriptionId, subjects);
    return entry.following ? 'followed' : 'withdrawn';
  }

  /** Forgets a pair (a tombstone on the compacted topic). */
  forget(subscriptionId: string, subjectKey: string): void {
    const subjects = this.bySubscription.get(subscriptionId);
    this.count(subjects?.get(subjectKey), -1);
    subjects?.delete(subjectKey);
    if (subjects?.size === 0) this.bySubscription.delete(subscriptionId);
  }

  isFollowed(subscriptionId: string, subjectKey: string, now: number): boolean {
    const interest = this.bySubscription.get(subscriptionId)?.get(subjectKey);
    return interest !== undefined && interest.untilMs > now;
  }

  /** Pairs with a follow indication in force or ended by its date (withdrawn ones not counted). */
  get size(): number {
    return this.followedCount;
  }

  private count(interest: Interest | undefined, delta: number): void {
    if (interest && interest.untilMs !== Number.NEGATIVE_INFINITY) this.followedCount += delta;
  }
}
