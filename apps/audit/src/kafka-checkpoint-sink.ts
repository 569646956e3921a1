import type { CheckpointSink, StoredCheckpoint } from '@sild/audit-domain';
import type { KafkaProducer } from '@sild/platform-kafka';

/** Publishes signed checkpoint notes on the checkpoints topic, keyed by the log's origin. */
export class KafkaCheckpointSink implements CheckpointSink {
  constructor(
    private readonly producer: KafkaProducer,
    private readonly topic: string,
    private readonly origin: string,
  ) {}

  async publish(checkpoint: StoredCheckpoint): Promise<void> {
    await this.producer.send(this.topic, [
      { key: this.origin, value: checkpoint.note, headers: { 'sild-tree-size': String(checkpoint.size) } },
    ]);
  }
}
