import { describe, expect, it } from 'vitest';
import { ConfigErrorCode, ConfigException, describeConfig, env, loadConfig } from '../src';

const schema = {
  database: {
    url: env.url('DATABASE_URL', { description: 'PostgreSQL URL', protocols: ['postgres', 'postgresql'] }),
  },
  kafka: {
    brokers: env.hostPorts('KAFKA_BROKERS', {
      description: 'Kafka bootstrap servers',
      default: ['127.0.0.1:9092'],
    }),
    clientId: env.string('KAFKA_CLIENT_ID', { description: 'client id', default: 'sild' }),
  },
  http: { port: env.port('HTTP_PORT', { description: 'HTTP port', default: 8080 }) },
  logLevel: env.oneOf('LOG_LEVEL', ['debug', 'info', 'warn'] as const, {
    description: 'log level',
    default: 'info',
  }),
  tracing: env.boolean('TRACING', { description: 'tracing on', default: false }),
  batch: env.integer('BATCH', { description: 'batch size', default: 10, min: 1, max: 100 }),
};

describe('loadConfig', () => {
  it('builds a typed, nested object from the environment with defaults', () => {
    const config = loadConfig(schema, {
      DATABASE_URL: 'postgres://u@h:5432/db',
      TRACING: 'yes',
      BATCH: '42',
    });
    expect(config).toEqual({
      database: { url: 'postgres://u@h:5432/db' },
      kafka: { brokers: ['127.0.0.1:9092'], clientId: 'sild' },
      http: { port: 8080 },
      logLevel: 'info',
      tracing: true,
      batch: 42,
    });
  });

  it('names a missing required variable in a one-line message', () => {
    let caught: unknown;
    try {
      loadConfig(schema, {});
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ConfigException);
    const exception = caught as ConfigException;
    expect(exception.message).toBe('invalid configuration: DATABASE_URL is required (PostgreSQL URL)');
    expect(exception.message).not.toContain('\n');
    expect(exception.problems).toEqual([
      { variable: 'DATABASE_URL', code: ConfigErrorCode.MISSING, message: 'is required (PostgreSQL URL)' },
    ]);
  });

  it('reports every bad value at once, each with the variable and what was wrong', () => {
    expect(() =>
      loadConfig(schema, {
        DATABASE_URL: 'mysql://x',
        KAFKA_BROKERS: 'a:1,b',
        HTTP_PORT: '70000',
        LOG_LEVEL: 'loud',
        TRACING: 'maybe',
        BATCH: '1.5',
      }),
    ).toThrow(
      'invalid configuration: DATABASE_URL must be a postgres or postgresql URL (got "mysql://x"); ' +
        'KAFKA_BROKERS must be host:port[,host:port...], "b" is not (got "a:1,b"); ' +
        'HTTP_PORT must be an integer from 0 to 65535 (got "70000"); ' +
        'LOG_LEVEL must be one of debug, info, warn (got "loud"); ' +
        'TRACING must be true or false (got "maybe"); BATCH must be an integer (got "1.5")',
    );
  });

  it('treats an empty value as unset and rejects integers out of range', () => {
    expect(() => loadConfig(schema, { DATABASE_URL: '  ', BATCH: '0' })).toThrow(
      /DATABASE_URL is required .*BATCH must be an integer from 1 to 100/,
    );
  });

  it('lists every variable for documentation', () => {
    expect(describeConfig(schema).map((v) => [v.name, v.defaultText])).toEqual([
      ['DATABASE_URL', undefined],
      ['KAFKA_BROKERS', '["127.0.0.1:9092"]'],
      ['KAFKA_CLIENT_ID', '"sild"'],
      ['HTTP_PORT', '8080'],
      ['LOG_LEVEL', '"info"'],
      ['TRACING', 'false'],
      ['BATCH', '10'],
    ]);
  });
});
