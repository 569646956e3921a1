/** Remembers accepted message ids for as long as the messages could still be accepted. */
export interface ReplayRepository {
  /**
   * Records `key` (sender and message id) until `expiresAtMs`. Resolves false when the key was
   * already recorded, or when the store can no longer prove that it was not (after evictions).
   */
  rememberIfNew(key: string, expiresAtMs: number, nowMs: number): Promise<boolean>;
}

/**
 * In-memory replay store with bounded memory. Expired keys are dropped; when full with live keys,
 * the oldest is evicted and every message expiring at or before it is refused from then on
 * (fail closed: the store cannot prove such a message new). One process only.
 */
export class InMemoryReplayRepository implements ReplayRepository {
  private readonly entries = new Map<string, number>();
  private floorMs = Number.NEGATIVE_INFINITY;
  private inserts = 0;

  constructor(private readonly maxEntries = 1_000_000) {}

  get size(): number {
    return this.entries.size;
  }

  rememberIfNew(key: string, expiresAtMs: number, nowMs: number): Promise<boolean> {
    return Promise.resolve(this.remember(key, expiresAtMs, nowMs));
  }

  private remember(key: string, expiresAtMs: number, nowMs: number): boolean {
    if (this.entries.has(key) || expiresAtMs <= this.floorMs) return false;
    if (++this.inserts % 64 === 0) this.dropExpired(nowMs, 64);
    if (this.entries.size >= this.maxEntries) {
      this.dropExpired(nowMs, Number.POSITIVE_INFINITY);
      while (this.entries.size >= this.maxEntries) {
        const oldest = this.entries.entries().next().value;
        if (!oldest) break;
        this.entries.delete(oldest[0]);
        this.floorMs = Math.max(this.floorMs, oldest[1]);
      }
      if (expiresAtMs <= this.floorMs) return false;
    }
    this.entries.set(key, expiresAtMs);
    return true;
  }

  /** Drops expired keys, oldest first, looking at no more than `budget` keys. */
  private dropExpired(nowMs: number, budget: number): void {
    let looked = 0;
    for (const [key, expiresAtMs] of this.entries) {
      if (looked++ >= budget) return;
      if (expiresAtMs < nowMs) this.entries.delete(key);
    }
  }
}
