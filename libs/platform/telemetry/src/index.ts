export { startTelemetry, type Telemetry } from './telemetry';
export { contextFrom, currentTraceContext, traceIdOf, withSpan, type TraceContext } from './trace-context';
export { counter, gauge, histogram, LATENCY_BUCKETS } from './metrics';
