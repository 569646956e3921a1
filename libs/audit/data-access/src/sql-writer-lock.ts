// One writer per log: the replica holding this advisory lock appends and signs; the others wait
// as hot standbys and take over when its session ends.
import { createHash } from 'node:crypto';
import type { AdvisoryLock, SqlDatabase } from '@sild/platform-database';

/** The lock key of a log: the first 8 bytes of SHA-256("sild-audit-writer\n" || origin), as an int8. */
export function writerLockKey(origin: string): string {
  return createHash('sha256').update(`sild-audit-writer\n${origin}`).digest().readBigInt64BE(0).toString();
}

export class SqlWriterLock {
  private lock: AdvisoryLock | undefined;

  constructor(
    private readonly db: SqlDatabase,
    readonly key: string,
    private readonly pollMs = 1_000,
  ) {}

  get held(): boolean {
    return this.lock !== undefined;
  }

  /** Waits until this process holds the lock (or `signal` aborts: resolves undefined). */
  async acquire(signal?: AbortSignal): Promise<AdvisoryLock | undefined> {
    while (!signal?.aborted) {
      const lock = await this.db.tryAdvisoryLock(this.key);
      if (lock) {
        this.lock = lock;
        void lock.lost.then(() => {
          if (this.lock === lock) this.lock = undefined;
        });
        return lock;
      }
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, this.pollMs);
        signal?.addEventListener('abort', () => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
    return undefined;
  }

  async release(): Promise<void> {
    const lock = this.lock;
    this.lock = undefined;
    await lock?.release();
  }
}
