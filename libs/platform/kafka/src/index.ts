export { BatchingProducer } from './batching-producer';
export { createKafkaClient } from './kafka-client.factory';
export { kafkaConfigSchema, type KafkaConfig } from './kafka.config';
export {
  BUSY_COMMIT_INTERVAL_MS,
  DEAD_LETTER_HEADERS,
  KafkaConsumer,
  type ConsumerOptions,
  type DeadLetterPolicy,
} from './kafka-consumer.service';
export { KafkaErrorCode, KafkaException } from './kafka.exception';
export type { ConsumedMessage, OutgoingMessage, RecordPosition } from './kafka-message';
export { KafkaProducer } from './kafka-producer.service';
export { TopicAdmin, type TopicSpec } from './topic-admin.service';
export type { Kafka as KafkaClient } from 'kafkajs';
export { KafkaDecisionLog, type RecordSink } from './kafka-decision-log';
export { TopicReader, type TopicRead, type TopicReadOptions } from './topic-reader';
