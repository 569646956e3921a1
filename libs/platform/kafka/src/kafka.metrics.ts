import { counter } from '@sild/platform-telemetry';

/** Kafka traffic of this process, on the default Prometheus registry (served at /metrics). */
export const kafkaMetrics = {
  produced: counter('sild_kafka_messages_produced_total', 'Messages produced, per topic', ['topic']),
  consumed: counter('sild_kafka_messages_consumed_total', 'Messages handled and committed, per topic', [
    'topic',
    'group',
  ]),
  failed: counter('sild_kafka_handler_failures_total', 'Failed attempts to handle a message, per topic', [
    'topic',
    'group',
  ]),
  deadLettered: counter('sild_kafka_dead_lettered_total', 'Messages parked in a dead-letter topic', [
    'topic',
    'group',
  ]),
};
