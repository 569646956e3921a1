import { context, propagation, SpanStatusCode, trace, type Context, type Span } from '@opentelemetry/api';

/** W3C trace context as carried in a signed header and in Kafka headers. */
export interface TraceContext {
  readonly traceparent: string;
  readonly tracestate: string;
}

/** The trace context of the active span (or of `ctx`), empty strings when there is none. */
export function currentTraceContext(ctx: Context = context.active()): TraceContext {
  const carrier: Record<string, string> = {};
  propagation.inject(ctx, carrier);
  return { traceparent: carrier['traceparent'] ?? '', tracestate: carrier['tracestate'] ?? '' };
}

/** A context whose parent is the given W3C trace context (from a received header). */
export function contextFrom(traceContext: Partial<TraceContext>, base: Context = context.active()): Context {
  const carrier: Record<string, string> = {};
  if (traceContext.traceparent) carrier['traceparent'] = traceContext.traceparent;
  if (traceContext.tracestate) carrier['tracestate'] = traceContext.tracestate;
  return propagation.extract(base, carrier);
}

/** The 32-hex trace id of a traceparent, or '' if it is not one. */
export function traceIdOf(traceparent: string): string {
  const match = /^[0-9a-f]{2}-([0-9a-f]{32})-[0-9a-f]{16}-[0-9a-f]{2}$/.exec(traceparent);
  return match?.[1] ?? '';
}

/** Runs fn in a new active span, ending it (and recording a failure) when fn settles. */
export function withSpan<T>(name: string, fn: (span: Span) => Promise<T>, parent?: Context): Promise<T> {
  const tracer = trace.getTracer('sild');
  return tracer.startActiveSpan(name, {}, parent ?? context.active(), async (span) => {
    try {
      return await fn(span);
    } catch (error) {
      span.recordException(error instanceof Error ? error : String(error));
      span.setStatus({
        code: SpanStatusCode.ERROR,
        message: error instanceof Error ? error.message : String(error),
      });
      throw error;
    } finally {
      span.end();
    }
  });
}
