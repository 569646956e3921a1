import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { shutdownTelemetry, startTelemetry, withSpan } from '@sild/platform-telemetry';
import { createLogger, PinoNestLogger } from '../src';

beforeAll(() => {
  startTelemetry('logging-test', {});
});

afterAll(async () => {
  await shutdownTelemetry();
});

function capture() {
  const lines: Record<string, unknown>[] = [];
  const destination = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      lines.push(JSON.parse(chunk.toString()) as Record<string, unknown>);
      callback();
    },
  });
  return { lines, destination };
}

describe('createLogger', () => {
  it('writes JSON lines with service, level and time', () => {
    const { lines, destination } = capture();
    createLogger({ service: 'registry', destination }).info({ topic: 't' }, 'hello');
    expect(lines[0]).toMatchObject({ service: 'registry', level: 'info', topic: 't', msg: 'hello' });
    expect(typeof lines[0]?.['time']).toBe('string');
  });

  it('masks personal data fields at the top level and one level down', () => {
    const { lines, destination } = capture();
    createLogger({ service: 's', destination }).info(
      { nationalId: '123456789', person: { name: 'Mari Maasikas', municipality: '0363' } },
      'person seen',
    );
    expect(lines[0]).toMatchObject({
      nationalId: '[masked]',
      person: { name: '[masked]', municipality: '0363' },
    });
  });

  it('masks the personal data of the examples two levels down, in arrays and in protobuf JSON', () => {
    const { lines, destination } = capture();
    createLogger({ service: 's', destination }).info(
      {
        subject: '999993653',
        subjectKey: 'k:3f1c',
        event: {
          person: { nationalId: '999993653', givenNames: 'Jan', surname: 'Jansen', municipalityCode: '0363' },
          parent_national_ids: ['111222333'],
          new_address: { street: 'Dam', house_number: '1', postal_code: '1012 JS', city: 'Amsterdam' },
        },
        persons: [{ bsn: '123456782', birthDate: { year: 1980, month: 1, day: 2 } }],
        count: 2,
      },
      'event handled',
    );
    expect(lines[0]).toMatchObject({
      subject: '[masked]',
      subjectKey: 'k:3f1c',
      event: {
        person: {
          nationalId: '[masked]',
          givenNames: '[masked]',
          surname: '[masked]',
          municipalityCode: '0363',
        },
        parent_national_ids: '[masked]',
        new_address: '[masked]',
      },
      persons: [{ bsn: '[masked]', birthDate: '[masked]' }],
      count: 2,
    });
    expect(JSON.stringify(lines[0])).not.toMatch(/999993653|111222333|123456782|Jansen|Dam|1012 JS/);
  });

  it('adds the trace and span ids of the span it is logged in, and none outside', async () => {
    const { lines, destination } = capture();
    const logger = createLogger({ service: 's', destination });
    const inside = await withSpan('work', (span) => {
      logger.info('inside');
      return Promise.resolve(span.spanContext());
    });
    logger.info('outside');
    expect(inside.traceId).toMatch(/^[0-9a-f]{32}$/);
    expect(lines[0]).toMatchObject({ msg: 'inside', trace_id: inside.traceId, span_id: inside.spanId });
    expect(lines[1]).toMatchObject({ msg: 'outside' });
    expect(lines[1]).not.toHaveProperty('trace_id');
  });

  it('routes NestJS log calls with their context', () => {
    const { lines, destination } = capture();
    const nest = new PinoNestLogger(createLogger({ service: 's', level: 'trace', destination }));
    nest.log('Nest application successfully started', 'NestApplication');
    nest.error(new Error('boom'), 'Bootstrap');
    nest.verbose({ a: 1 });
    expect(lines.map((l) => [l['level'], l['context'], l['msg']])).toEqual([
      ['info', 'NestApplication', 'Nest application successfully started'],
      ['error', 'Bootstrap', 'boom'],
      ['trace', undefined, undefined],
    ]);
  });
});
