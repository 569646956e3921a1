import type { OutgoingMessage } from './kafka-message';
import type { KafkaProducer } from './kafka-producer.service';

interface Queued {
  readonly topic: string;
  readonly message: OutgoingMessage;
  readonly resolve: () => void;
  readonly reject: (error: unknown) => void;
}

/**
 * Coalesces concurrent sends into one produce request: messages queued while a request is in
 * flight (or within the same event-loop turn) leave together when it returns. No linger: a lone
 * message goes at once; under load, batches grow by themselves and the broker round trip is
 * paid per batch, not per message. Each send resolves once Kafka has its message durably
 * (the idempotent producer's guarantees hold per batch).
 */
export class BatchingProducer {
  private queue: Queued[] = [];
  private sending = false;
  private scheduled = false;

  constructor(
    private readonly producer: KafkaProducer,
    private readonly maxBatch = 500,
  ) {}

  send(topic: string, message: OutgoingMessage): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      this.queue.push({ topic, message, resolve, reject });
      this.schedule();
    });
  }

  /** Messages waiting for the next request. */
  get queued(): number {
    return this.queue.length;
  }

  private schedule(): void {
    if (this.sending || this.scheduled) return;
    this.scheduled = true;
    setImmediate(() => {
      this.scheduled = false;
      void this.flush();
    });
  }

  private async flush(): Promise<void> {
    if (this.sending || this.queue.length === 0) return;
    this.sending = true;
    const batch = this.queue.splice(0, this.maxBatch);
    try {
      await this.producer.sendMany(batch.map(({ topic, message }) => ({ topic, message })));
      for (const item of batch) item.resolve();
    } catch (error) {
      for (const item of batch) item.reject(error);
    } finally {
      this.sending = false;
      if (this.queue.length > 0) this.schedule();
    }
  }
}
