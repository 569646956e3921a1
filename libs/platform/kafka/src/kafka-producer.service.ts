import type { Kafka, Message, Producer } from 'kafkajs';
import kafkajs from 'kafkajs';
import { KafkaErrorCode, KafkaException } from './kafka.exception';
import type { OutgoingMessage, RecordPosition } from './kafka-message';
import { kafkaMetrics } from './kafka.metrics';

// kafkajs is CommonJS without static named exports: take them from the default export
const { CompressionTypes, Partitioners } = kafkajs;

const toKafkaMessage = (message: OutgoingMessage): Message => ({
  key: message.key ?? null,
  value: message.value,
  ...(message.headers === undefined ? {} : { headers: { ...message.headers } }),
  ...(message.partition === undefined ? {} : { partition: message.partition }),
});

/**
 * An idempotent producer (acks from all in-sync replicas, broker-side de-duplication of retries,
 * one request in flight per broker so retries cannot reorder a partition). A send resolves only
 * when the broker has the messages durably.
 */
export class KafkaProducer {
  private readonly producer: Producer;
  private connection: Promise<void> | undefined;
  private stopped = false;

  constructor(kafka: Kafka) {
    this.producer = kafka.producer({
      idempotent: true,
      maxInFlightRequests: 1,
      // an idempotent producer retries until the broker has the batch (kafkajs's EoS rule);
      // callers that must answer in time bound their own wait
      retry: { retries: Number.MAX_SAFE_INTEGER, initialRetryTime: 100, maxRetryTime: 5_000 },
      allowAutoTopicCreation: false,
      createPartitioner: Partitioners.DefaultPartitioner,
    });
  }

  async connect(): Promise<void> {
    if (this.stopped) throw new KafkaException(KafkaErrorCode.STOPPED, 'producer is stopped');
    this.connection ??= this.producer.connect().catch((error: unknown) => {
      this.connection = undefined;
      throw new KafkaException(KafkaErrorCode.UNAVAILABLE, 'producer cannot connect to Kafka', {
        cause: error,
      });
    });
    return this.connection;
  }

  /** Produces messages to one topic; resolves with the base offset of each partition's batch. */
  async send(topic: string, messages: readonly OutgoingMessage[]): Promise<RecordPosition[]> {
    return this.sendMany(messages.map((message) => ({ topic, message })));
  }

  /** Produces to several topics in one request per broker. */
  async sendMany(items: readonly { topic: string; message: OutgoingMessage }[]): Promise<RecordPosition[]> {
    if (items.length === 0) return [];
    await this.connect();
    const byTopic = new Map<string, Message[]>();
    for (const { topic, message } of items) {
      const list = byTopic.get(topic) ?? [];
      list.push(toKafkaMessage(message));
      byTopic.set(topic, list);
    }
    const metadata = await this.producer.sendBatch({
      acks: -1,
      compression: CompressionTypes.None,
      topicMessages: [...byTopic].map(([topic, messages]) => ({ topic, messages })),
    });
    for (const [topic, messages] of byTopic) kafkaMetrics.produced.inc({ topic }, messages.length);
    return metadata.map((m) => ({
      topic: m.topicName,
      partition: m.partition,
      offset: m.baseOffset ?? '-1',
    }));
  }

  get isConnected(): boolean {
    return this.connection !== undefined && !this.stopped;
  }

  async stop(): Promise<void> {
    if (this.stopped) return;
    this.stopped = true;
    if (this.connection !== undefined) await this.producer.disconnect();
  }
}
