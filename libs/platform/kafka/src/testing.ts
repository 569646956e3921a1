import { createLogger, LOG_LEVELS, type Logger } from '@sild/platform-logging';
import type { KafkaConfig } from './kafka.config';

/** The broker the integration tests use: KAFKA_BROKERS, or the project's local broker. */
export function testKafkaConfig(clientId = 'sild-test'): KafkaConfig {
  const brokers = process.env['KAFKA_BROKERS']?.split(',').map((b) => b.trim()) ?? ['127.0.0.1:9092'];
  return { brokers, clientId, replicationFactor: 1 };
}

/** A silent logger for tests; TEST_LOG_LEVEL=debug (or info, warn...) makes it talk. */
export function testLogger(service = 'test'): Logger {
  const level = LOG_LEVELS.find((l) => l === process.env['TEST_LOG_LEVEL']) ?? 'silent';
  return createLogger({ service, level });
}
