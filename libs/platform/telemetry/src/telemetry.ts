import { NodeSDK, type NodeSDKConfiguration } from '@opentelemetry/sdk-node';
import { collectProcessMetrics } from './metrics';
import { exportsTraces, namedByEnvironment } from './telemetry-env';

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

/** How long shutdownTelemetry waits for the last spans to reach the collector. */
const FLUSH_BOUND_MS = 5_000;

let started: Telemetry | undefined;

/**
 * Starts the OpenTelemetry Node SDK. Call it in a module that main.ts imports first, so the SDK
 * is up before anything else loads. Exporters follow the standard OTEL_* variables (e.g.
 * OTEL_EXPORTER_OTLP_ENDPOINT, OTEL_EXPORTER_OTLP_TRACES_PROTOCOL, OTEL_BSP_SCHEDULE_DELAY); with
 * none configured (or OTEL_TRACES_EXPORTER=none), spans are still created and propagated (trace
 * ids in logs and envelope headers) but not exported. `serviceName` is the default of the
 * service.name resource attribute: OTEL_SERVICE_NAME or OTEL_RESOURCE_ATTRIBUTES override it (one
 * name per organisation's gateway, say). Metrics stay with Prometheus (/metrics, with the process
 * and Node.js defaults) unless OTEL_METRICS_EXPORTER says otherwise.
 */
export function startTelemetry(serviceName: string, env: NodeJS.ProcessEnv = process.env): Telemetry {
  env['OTEL_METRICS_EXPORTER'] ??= 'none';
  env['OTEL_LOGS_EXPORTER'] ??= 'none';
  const naming = namedByEnvironment(env) ? {} : { serviceName };
  const sdk = exportsTraces(env)
    ? new NodeSDK(naming)
    : new NodeSDK({ ...naming, spanProcessors: [keepInProcess] });
  sdk.start();
  collectProcessMetrics();
  const telemetry: Telemetry = {
    shutdown: () => {
      if (started === telemetry) started = undefined;
      return sdk.shutdown();
    },
  };
  started = telemetry;
  return telemetry;
}

/**
 * Exports the spans still queued and stops the SDK started by startTelemetry (if any), waiting at
 * most `boundMs`: a service calls it last before it exits, so the spans of its final work reach
 * the collector. Never throws: an unreachable collector must not turn a clean exit into a failure.
 */
export async function shutdownTelemetry(boundMs = FLUSH_BOUND_MS): Promise<void> {
  const telemetry = started;
  if (telemetry === undefined) return;
  let timer: NodeJS.Timeout | undefined;
  const bound = new Promise<void>((resolve) => {
    timer = setTimeout(resolve, boundMs);
  });
  try {
    await Promise.race([telemetry.shutdown().catch(() => undefined), bound]);
  } finally {
    clearTimeout(timer);
  }
}
