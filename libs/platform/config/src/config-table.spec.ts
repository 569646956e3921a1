import { describe, expect, it } from 'vitest';
import { configTable, defaultOf } from './config-table';
import { env } from './env-var';

const schema = {
  http: { port: env.port('HTTP_PORT', { description: 'port of the health endpoint', default: 8081 }) },
  anchor: env.string('SILD_ANCHOR_FILE', { description: 'instance anchor' }),
  brokers: env.hostPorts('KAFKA_BROKERS', {
    description: 'bootstrap servers',
    default: ['10.0.0.1:9092', '10.0.0.2:9092'],
  }),
  token: env.string('API_TOKEN', { description: 'token of the API', default: '', secret: true }),
  passphrase: env.string('KEY_PASSPHRASE', { description: 'passphrase (secret)', default: '', secret: true }),
  again: { port: env.port('HTTP_PORT', { description: 'declared twice', default: 1 }) },
  modes: env.oneOf('MODE', ['a', 'b'] as const, { description: 'mode a|b', default: 'a' }),
  tls: env.boolean('TLS', { description: 'use TLS', default: false }),
};

describe('configTable', () => {
  it('lists every variable once, in schema order, with default and meaning; secrets are marked', () => {
    expect(configTable(schema).split('\n')).toEqual([
      '| variable | default | meaning |',
      '| --- | --- | --- |',
      '| `HTTP_PORT` | `8081` | port of the health endpoint |',
      '| `SILD_ANCHOR_FILE` | required | instance anchor |',
      '| `KAFKA_BROKERS` | `10.0.0.1:9092,10.0.0.2:9092` | bootstrap servers |',
      '| `API_TOKEN` | empty | token of the API (secret) |',
      '| `KEY_PASSPHRASE` | empty | passphrase (secret) |',
      '| `MODE` | `a` | mode a\\|b |',
      '| `TLS` | `false` | use TLS |',
    ]);
  });
});

describe('defaultOf', () => {
  it('shows empty strings, lists and buffers as empty', () => {
    expect(defaultOf(env.string('A', { description: 'a', default: '' }))).toBe('empty');
    expect(defaultOf(env.hostPorts('B', { description: 'b', default: [] }))).toBe('empty');
    expect(
      defaultOf(env.parsed('C', { description: 'c', default: Buffer.alloc(0) }, () => Buffer.alloc(1))),
    ).toBe('empty');
    expect(defaultOf(env.integer('D', { description: 'd', default: 0 }))).toBe('`0`');
  });
});
