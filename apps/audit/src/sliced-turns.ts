// Turns of the event loop handed out in slices. A fetched batch brings thousands of records at
// once, and each one's authentication starts with synchronous work (decoding, digests); begun all
// together they would hold the thread for a few hundred milliseconds, while the answers of the
// append transaction's statements wait unread. A record waits for its turn instead: at most
// `perSlice` turns are given per loop iteration, and the loop reads its I/O between slices.
export class SlicedTurns {
  private readonly waiting: (() => void)[] = [];
  private scheduled = false;

  constructor(private readonly perSlice: number) {}

  /** Resolves when it is the caller's turn. */
  next(): Promise<void> {
    return new Promise((resolve) => {
      this.waiting.push(resolve);
      this.schedule();
    });
  }

  private schedule(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    // an immediate queued from an immediate runs in the next iteration, after that one's I/O
    setImmediate(() => {
      this.scheduled = false;
      for (const resolve of this.waiting.splice(0, this.perSlice)) resolve();
      if (this.waiting.length > 0) this.schedule();
    });
  }
}
