export { startTelemetry, type Telemetry } from './telemetry';
export { contextFrom, currentTraceContext, traceIdOf, withSpan, type TraceContext } from './trace-context';
