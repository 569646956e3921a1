// Group commit: the records handed over while a transaction runs (all messages of the batches
// being handled, across partitions) are appended together in the next one. A record's promise
// resolves only when its transaction committed, so Kafka offsets are committed after it.
import type { AppendResult, AuditAppender, PreparedRecord } from '@sild/audit-domain';

interface Waiting {
  readonly item: PreparedRecord;
  readonly resolve: () => void;
  readonly reject: (error: unknown) => void;
}

export class AppendBatcher {
  private queue: Waiting[] = [];
  private scheduled = false;
  private running: Promise<void> = Promise.resolve();

  constructor(
    private readonly appender: AuditAppender,
    private readonly appended: (result: AppendResult, ms: number) => void,
    private readonly maxBatch = 10_000,
  ) {}

  add(item: PreparedRecord): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      this.queue.push({ item, resolve, reject });
      if (this.scheduled) return;
      this.scheduled = true;
      // everything handed over in this turn of the event loop goes in the same transaction
      setImmediate(() => {
        this.scheduled = false;
        this.running = this.running.then(() => this.flush());
      });
    });
  }

  /** Resolves when everything handed over so far is committed or failed. */
  async drained(): Promise<void> {
    while (this.queue.length > 0 || this.scheduled) {
      await this.running;
      await new Promise((resolve) => setImmediate(resolve));
    }
    await this.running;
  }

  private async flush(): Promise<void> {
    while (this.queue.length > 0) {
      const batch = this.queue.splice(0, this.maxBatch);
      const started = performance.now();
      try {
        const result = await this.appender.appendPrepared(batch.map((waiting) => waiting.item));
        for (const waiting of batch) waiting.resolve();
        this.appended(result, performance.now() - started);
      } catch (error) {
        for (const waiting of batch) waiting.reject(error);
      }
    }
  }
}
