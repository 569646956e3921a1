export { shutdownTelemetry, startTelemetry, type Telemetry } from './telemetry';
export { contextFrom, currentTraceContext, traceIdOf, withSpan, type TraceContext } from './trace-context';
export { collectProcessMetrics, counter, gauge, histogram, LATENCY_BUCKETS } from './metrics';
export { exposeCertificateExpiry, type ExpiringCertificate } from './certificate-expiry';
