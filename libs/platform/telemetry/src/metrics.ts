// Prometheus metrics on the default registry (served at /metrics by the health module). A metric
// is created once per process: modules loaded twice (tests, several services in one process)
// get the existing one back instead of a "metric already registered" error.
import {
  collectDefaultMetrics,
  Counter,
  Gauge,
  Histogram,
  register,
  type GaugeConfiguration,
} from 'prom-client';

/** Latency buckets in seconds, from 1 ms to 30 s. */
export const LATENCY_BUCKETS = [0.001, 0.0025, 0.005, 0.01, 0.02, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];

export function counter(name: string, help: string, labelNames: readonly string[]): Counter {
  const existing = register.getSingleMetric(name);
  return existing instanceof Counter ? existing : new Counter({ name, help, labelNames });
}

export function histogram(
  name: string,
  help: string,
  labelNames: readonly string[],
  buckets: readonly number[] = LATENCY_BUCKETS,
): Histogram {
  const existing = register.getSingleMetric(name);
  return existing instanceof Histogram
    ? existing
    : new Histogram({ name, help, labelNames, buckets: [...buckets] });
}

/** A gauge; `collect` (if given) samples it on every scrape. */
export function gauge(
  name: string,
  help: string,
  labelNames: readonly string[],
  collect?: GaugeConfiguration<string>['collect'],
): Gauge {
  const existing = register.getSingleMetric(name);
  if (existing instanceof Gauge) return existing;
  return new Gauge({ name, help, labelNames, ...(collect ? { collect } : {}) });
}

/** The process and Node.js runtime metrics (CPU, memory, event loop lag, GC, handles), once. */
export function collectProcessMetrics(): void {
  if (register.getSingleMetric('process_cpu_user_seconds_total') === undefined) collectDefaultMetrics();
}
