import { wire, type DecisionFields } from '@sild/contracts';
import type { OutgoingMessage } from './kafka-message';

/** Where the records go: resolves once Kafka has them (KafkaProducer, or a batching adapter). */
export interface RecordSink {
  send(topic: string, messages: readonly OutgoingMessage[]): Promise<unknown>;
}
import type { Logger } from '@sild/platform-logging';

interface Queued {
  readonly key: string;
  readonly value: Buffer;
  readonly done: () => void;
}

/**
 * Decision records onto the decisions topic, batched: records arriving within a few
 * milliseconds go in one produce request. A failed batch is retried until it lands (record()
 * resolves only then); close() waits for everything queued.
 */
export class KafkaDecisionLog {
  private queue: Queued[] = [];
  private flushing: Promise<void> | undefined;
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly producer: RecordSink,
    private readonly topic: string,
    private readonly logger: Logger,
    private readonly lingerMs = 5,
    private readonly maxBatch = 500,
  ) {}

  record(decision: DecisionFields): Promise<void> {
    const value = Buffer.from(wire.Decision.encode(decision).finish());
    return new Promise<void>((resolve) => {
      this.queue.push({ key: decision.messageId ?? '', value, done: resolve });
      if (this.queue.length >= this.maxBatch) this.flushSoon(0);
      else this.flushSoon(this.lingerMs);
    });
  }

  get queued(): number {
    return this.queue.length;
  }

  async close(): Promise<void> {
    while (this.queue.length > 0 || this.flushing) await this.flush();
  }

  private flushSoon(delayMs: number): void {
    if (this.timer && delayMs > 0) return;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.flush();
    }, delayMs);
  }

  private async flush(): Promise<void> {
    if (this.flushing) return this.flushing;
    const batch = this.queue.splice(0, this.maxBatch);
    if (batch.length === 0) return;
    this.flushing = this.produce(batch).finally(() => {
      this.flushing = undefined;
      if (this.queue.length > 0) this.flushSoon(0);
    });
    return this.flushing;
  }

  private async produce(batch: readonly Queued[]): Promise<void> {
    for (let attempt = 1; ; attempt++) {
      try {
        await this.producer.send(
          this.topic,
          batch.map(({ key, value }) => ({ key, value })),
        );
        for (const item of batch) item.done();
        return;
      } catch (error) {
        this.logger.warn(
          { err: error, records: batch.length, attempt },
          'decision records not written; retrying',
        );
        await new Promise((resolve) => setTimeout(resolve, Math.min(100 * 2 ** attempt, 5_000)));
      }
    }
  }
}
