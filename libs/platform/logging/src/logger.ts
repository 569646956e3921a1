import { trace } from '@opentelemetry/api';
import pino, { type DestinationStream, type Logger, type LoggerOptions } from 'pino';
import { env } from '@sild/platform-config';

export type { Logger } from 'pino';

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

/** The logging part of every service's configuration schema. */
export const loggingConfigSchema = {
  level: env.oneOf('LOG_LEVEL', LOG_LEVELS, { description: 'minimum log level', default: 'info' }),
};

/**
 * Field paths that may hold personal data. Their values are replaced in every log line, so a
 * national id or a name that reaches a log call by accident never reaches the log.
 */
export const PERSONAL_DATA_PATHS = [
  'nationalId',
  'personId',
  'bsn',
  'name',
  'givenName',
  'familyName',
  'birthDate',
  'address',
  'payload',
  'authorization',
  'passphrase',
  'privateKey',
].flatMap((key) => [key, `*.${key}`]);

export interface CreateLoggerOptions {
  /** Service name, written as `service` on every line. */
  service: string;
  level?: LogLevel;
  /** Where lines go; standard output by default. */
  destination?: DestinationStream;
}

/**
 * A JSON (pino) logger. Every line carries the service name and, when a span is active, the
 * W3C trace id and span id, so log lines join the trace they belong to.
 */
export function createLogger(options: CreateLoggerOptions): Logger {
  const pinoOptions: LoggerOptions = {
    level: options.level ?? 'info',
    base: { service: options.service },
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: { level: (label) => ({ level: label }) },
    redact: { paths: PERSONAL_DATA_PATHS, censor: '[masked]' },
    mixin() {
      const context = trace.getActiveSpan()?.spanContext();
      return context ? { trace_id: context.traceId, span_id: context.spanId } : {};
    },
  };
  return options.destination ? pino(pinoOptions, options.destination) : pino(pinoOptions);
}
