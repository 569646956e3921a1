import kafkajs, { type LogEntry, type logLevel as LogLevel } from 'kafkajs';
import type { Logger } from '@sild/platform-logging';
import type { KafkaConfig } from './kafka.config';

// kafkajs is CommonJS without static named exports: take them from the default export
const { Kafka, logLevel } = kafkajs;

const levels: Record<LogLevel, 'error' | 'warn' | 'info' | 'debug' | undefined> = {
  [logLevel.NOTHING]: undefined,
  [logLevel.ERROR]: 'error',
  [logLevel.WARN]: 'warn',
  [logLevel.INFO]: 'info',
  [logLevel.DEBUG]: 'debug',
};

/** A kafkajs client whose own log lines go to the service's pino logger. */
export function createKafkaClient(config: KafkaConfig, logger: Logger): kafkajs.Kafka {
  const kafkaLogger = logger.child({ component: 'kafkajs' });
  return new Kafka({
    clientId: config.clientId,
    brokers: [...config.brokers],
    connectionTimeout: 3_000,
    requestTimeout: 30_000,
    retry: { initialRetryTime: 100, maxRetryTime: 5_000, retries: 8 },
    logLevel: logLevel.WARN,
    logCreator:
      () =>
      ({ namespace, level, log }: LogEntry) => {
        const method = levels[level];
        if (method === undefined) return;
        const { message, ...extra } = log;
        kafkaLogger[method]({ namespace, ...extra }, message);
      },
  });
}
