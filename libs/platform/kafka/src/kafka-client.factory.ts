import kafkajs, { type LogEntry, type logLevel as LogLevel } from 'kafkajs';
import { readFileSync } from 'node:fs';
import type { Logger } from '@sild/platform-logging';
import { KafkaErrorCode, KafkaException } from './kafka.exception';
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

/** TLS and SASL options of the client, from the configuration (none by default). */
export function securityOptions(config: KafkaConfig): Pick<kafkajs.KafkaConfig, 'ssl' | 'sasl'> {
  const ssl = config.tls
    ? config.tlsCaFile
      ? { ca: [readFileSync(config.tlsCaFile, 'utf8')] }
      : true
    : undefined;
  const mechanism = config.saslMechanism ?? '';
  if (mechanism !== '' && !config.saslUsername) {
    throw new KafkaException(
      KafkaErrorCode.MISCONFIGURED,
      'KAFKA_SASL_MECHANISM is set but KAFKA_SASL_USERNAME is empty',
    );
  }
  const credentials = { username: config.saslUsername ?? '', password: config.saslPassword ?? '' };
  // the mechanism is one of kafkajs' own names (checked by the configuration schema)
  const sasl = mechanism === '' ? undefined : ({ mechanism, ...credentials } as kafkajs.SASLOptions);
  return { ...(ssl ? { ssl } : {}), ...(sasl ? { sasl } : {}) };
}

/** A kafkajs client whose own log lines go to the service's pino logger. */
export function createKafkaClient(config: KafkaConfig, logger: Logger): kafkajs.Kafka {
  const kafkaLogger = logger.child({ component: 'kafkajs' });
  return new Kafka({
    clientId: config.clientId,
    brokers: [...config.brokers],
    ...securityOptions(config),
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
