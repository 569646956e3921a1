/**
 * Offsets of one partition handed to handlers that finish in any order. The committable offset
 * is the first one not yet finished (or the one after the last started, when all finished):
 * committing it never skips a message whose handling has not ended.
 */
export class PartitionInFlight {
  /** Started and not finished, in start (= offset) order; finished ones are dropped from the front. */
  private readonly started: bigint[] = [];
  private readonly finished = new Set<bigint>();
  private next: bigint | undefined;

  start(offset: string): void {
    const value = BigInt(offset);
    if (this.next !== undefined && value < this.next) {
      throw new RangeError(`offset ${offset} started after ${(this.next - 1n).toString()}`);
    }
    this.started.push(value);
    this.next = value + 1n;
  }

  /** Whether `offset` may start next (it is above every offset started so far). */
  accepts(offset: string): boolean {
    return this.next === undefined || BigInt(offset) >= this.next;
  }

  finish(offset: string): void {
    this.finished.add(BigInt(offset));
    for (
      let first = this.started[0];
      first !== undefined && this.finished.delete(first);
      first = this.started[0]
    )
      this.started.shift();
  }

  /** Messages started and not finished. */
  get size(): number {
    return this.started.length;
  }

  /** The offset to commit (the next message to handle after a restart), if anything started. */
  get committable(): string | undefined {
    const first = this.started[0] ?? this.next;
    return first?.toString();
  }
}

/** Waits while `limit` handlers run; a finished one lets the longest waiter in. */
export class Slots {
  private running = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(private readonly limit: number) {}

  get inUse(): number {
    return this.running;
  }

  async acquire(): Promise<void> {
    if (this.running < this.limit) {
      this.running++;
      return;
    }
    await new Promise<void>((resolve) => this.waiting.push(resolve));
  }

  /** Hands the slot to the next waiter, or frees it. */
  release(): void {
    const next = this.waiting.shift();
    if (next) next();
    else this.running--;
  }

  /** Resolves once no handler runs. */
  async drained(pollMs = 10): Promise<void> {
    while (this.running > 0) await new Promise((resolve) => setTimeout(resolve, pollMs));
  }
}
