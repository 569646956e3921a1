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
 * Field names that may hold personal data or secrets: national ids (BSN) and raw subjects of
 * events, names, birth and death dates, addresses (camelCase as in the code, snake_case as in the
 * protobuf JSON of sild.examples.population.v1), payloads, credentials. Subject keys (keyed
 * pseudonyms) are not personal data and stay readable.
 */
const PERSONAL_DATA_FIELDS = [
  // identifiers of a person
  'nationalId',
  'national_id',
  'nationalIds',
  'parentNationalIds',
  'parent_national_ids',
  'personId',
  'bsn',
  'subject',
  // names
  'name',
  'givenName',
  'givenNames',
  'given_names',
  'familyName',
  'surname',
  'surnamePrefix',
  'surname_prefix',
  'previousName',
  'previous_name',
  'newName',
  'new_name',
  // dates of a life
  'birthDate',
  'birth_date',
  'deathDate',
  'death_date',
  // addresses
  'address',
  'previousAddress',
  'previous_address',
  'newAddress',
  'new_address',
  'street',
  'houseNumber',
  'house_number',
  'postalCode',
  'postal_code',
  // what a message carries, and credentials
  'payload',
  'authorization',
  'passphrase',
  'password',
  'privateKey',
];

/**
 * Field paths whose values are replaced in every log line, at the top level and two levels down
 * (`{ person: { name } }`, `{ persons: [{ nationalId }] }`), so personal data that reaches a log
 * call by accident never reaches the log.
 */
export const PERSONAL_DATA_PATHS = PERSONAL_DATA_FIELDS.flatMap((key) => [key, `*.${key}`, `*.*.${key}`]);

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
