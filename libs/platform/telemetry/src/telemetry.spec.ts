import { register } from 'prom-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  contextFrom,
  currentTraceContext,
  shutdownTelemetry,
  startTelemetry,
  traceIdOf,
  withSpan,
} from '../src';

beforeAll(() => {
  startTelemetry('telemetry-test', {});
});

afterAll(async () => {
  await shutdownTelemetry();
});

describe('telemetry without an exporter', () => {
  it('still creates spans with trace ids and propagates W3C trace context', async () => {
    const outer = await withSpan('outer', () => Promise.resolve(currentTraceContext()));
    expect(outer.traceparent).toMatch(/^00-[0-9a-f]{32}-[0-9a-f]{16}-01$/);
    expect(traceIdOf(outer.traceparent)).toHaveLength(32);

    // a span started under a received traceparent continues that trace
    const continued = await withSpan('hop', () => Promise.resolve(currentTraceContext()), contextFrom(outer));
    expect(traceIdOf(continued.traceparent)).toBe(traceIdOf(outer.traceparent));
    expect(continued.traceparent).not.toBe(outer.traceparent);
  });

  it('records a failure and rethrows it', async () => {
    await expect(withSpan('fails', () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
  });

  it('has no trace context outside a span', () => {
    expect(currentTraceContext()).toEqual({ traceparent: '', tracestate: '' });
    expect(traceIdOf('garbage')).toBe('');
  });
});

describe('the process metrics', () => {
  it('are collected once telemetry has started', async () => {
    const metrics = await register.metrics();
    expect(metrics).toMatch(/^process_cpu_user_seconds_total /m);
    expect(metrics).toMatch(/^nodejs_eventloop_lag_seconds /m);
  });
});
