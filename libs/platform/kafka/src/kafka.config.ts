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
  tls: env.boolean('KAFKA_TLS', {
    description: 'connect to the brokers over TLS',
    default: false,
  }),
  tlsCaFile: env.string('KAFKA_TLS_CA_FILE', {
    description: "PEM file of the CA that signed the brokers' certificates (default: the system's CAs)",
    default: '',
  }),
  saslMechanism: env.oneOf('KAFKA_SASL_MECHANISM', ['', 'plain', 'scram-sha-256', 'scram-sha-512'] as const, {
    description: "SASL authentication with the brokers (each organisation's gateway as its own Kafka user)",
    default: '',
  }),
  saslUsername: env.string('KAFKA_SASL_USERNAME', { description: 'SASL user name', default: '' }),
  saslPassword: env.string('KAFKA_SASL_PASSWORD', {
    description: 'SASL password (secret)',
    default: '',
    secret: true,
  }),
};

export interface KafkaConfig {
  readonly brokers: readonly string[];
  readonly clientId: string;
  readonly replicationFactor: number;
  readonly tls?: boolean;
  readonly tlsCaFile?: string;
  readonly saslMechanism?: '' | 'plain' | 'scram-sha-256' | 'scram-sha-512';
  readonly saslUsername?: string;
  readonly saslPassword?: string;
}
