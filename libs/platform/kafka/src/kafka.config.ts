import { env } from '@sild/platform-config';

/** The Kafka part of every service's configuration schema. */
export const kafkaConfigSchema = {
  brokers: env.hostPorts('KAFKA_BROKERS', {
    description: 'Kafka bootstrap servers, host:port comma-separated',
    default: ['127.0.0.1:9092'],
  }),
  clientId: env.string('KAFKA_CLIENT_ID', {
    description: 'client id sent to Kafka (defaults to the service name)',
    default: 'sild',
  }),
  replicationFactor: env.integer('KAFKA_REPLICATION_FACTOR', {
    description: 'replication factor of topics the services create',
    default: 1,
    min: 1,
    max: 16,
  }),
};

export interface KafkaConfig {
  readonly brokers: readonly string[];
  readonly clientId: string;
  readonly replicationFactor: number;
}
