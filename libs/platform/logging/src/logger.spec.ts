import { context, trace, TraceFlags } from '@opentelemetry/api';
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLogger, PinoNestLogger } from '../src';

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

  it('adds the active trace and span ids', () => {
    const { lines, destination } = capture();
    const logger = createLogger({ service: 's', destination });
    const spanContext = {
      traceId: '4bf92f3577b34da6a3ce929d0e0e4736',
      spanId: '00f067aa0ba902b7',
      traceFlags: TraceFlags.SAMPLED,
    };
    // the API's no-op context manager does not propagate: read the span from an explicit context
    const span = trace.wrapSpanContext(spanContext);
    const getActiveSpan = trace.getActiveSpan;
    trace.getActiveSpan = () => trace.getSpan(trace.setSpan(context.active(), span));
    try {
      logger.info('in a span');
    } finally {
      trace.getActiveSpan = getActiveSpan;
    }
    expect(lines[0]).toMatchObject({ trace_id: spanContext.traceId, span_id: spanContext.spanId });
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
