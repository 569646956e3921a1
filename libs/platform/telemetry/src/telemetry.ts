import { NodeSDK, type NodeSDKConfiguration } from '@opentelemetry/sdk-node';

type SpanProcessor = NonNullable<NodeSDKConfiguration['spanProcessors']>[number];

/** Keeps spans recording (ids, context propagation) where nothing exports them. */
const keepInProcess: SpanProcessor = {
  onStart: () => undefined,
  onEnd: () => undefined,
  forceFlush: () => Promise.resolve(),
  shutdown: () => Promise.resolve(),
};

export interface Telemetry {
  shutdown(): Promise<void>;
}

const configuredExporter = (env: NodeJS.ProcessEnv): boolean =>
  Boolean(
    env['OTEL_TRACES_EXPORTER'] ??
    env['OTEL_EXPORTER_OTLP_ENDPOINT'] ??
    env['OTEL_EXPORTER_OTLP_TRACES_ENDPOINT'],
  );

/**
 * Starts the OpenTelemetry Node SDK. Call it in a module that main.ts imports first, so the SDK
 * is up before anything else loads. Exporters follow the standard OTEL_* variables (e.g.
 * OTEL_EXPORTER_OTLP_ENDPOINT); with none configured, spans are still created and propagated
 * (trace ids in logs and envelope headers) but not exported. Metrics stay with Prometheus
 * (/metrics) unless OTEL_METRICS_EXPORTER says otherwise.
 */
export function startTelemetry(serviceName: string, env: NodeJS.ProcessEnv = process.env): Telemetry {
  env['OTEL_METRICS_EXPORTER'] ??= 'none';
  env['OTEL_LOGS_EXPORTER'] ??= 'none';
  const sdk = configuredExporter(env)
    ? new NodeSDK({ serviceName })
    : new NodeSDK({ serviceName, spanProcessors: [keepInProcess] });
  sdk.start();
  return { shutdown: () => sdk.shutdown() };
}
