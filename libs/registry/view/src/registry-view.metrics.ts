import { Gauge, register } from 'prom-client';
import { counter } from '@sild/platform-telemetry';
import type { Freshness } from './registry-view.options';

/** A view as the metrics see it. */
interface ViewMetricSource {
  readonly name: string;
  readonly freshness: () => Freshness;
}

// Shared by every copy of this module in the process (the metrics are registered once).
const SOURCES = Symbol.for('sild.registry-view.metric-sources');
const holder = globalThis as { [SOURCES]?: Set<ViewMetricSource> };
const sources: Set<ViewMetricSource> = (holder[SOURCES] ??= new Set());

function sampledGauge(name: string, help: string, read: (freshness: Freshness) => number | null): Gauge {
  const existing = register.getSingleMetric(name);
  if (existing instanceof Gauge) return existing;
  return new Gauge({
    name,
    help,
    labelNames: ['view'],
    collect(this: Gauge) {
      this.reset();
      for (const source of sources) {
        const value = read(source.freshness());
        if (value !== null) this.set({ view: source.name }, value);
      }
    },
  });
}

/** Registry views of this process, on the default Prometheus registry (served at /metrics). */
export const viewMetrics = {
  version: sampledGauge(
    'sild_registry_view_version',
    'Configuration version a registry view has applied',
    (f) => Number(f.version),
  ),
  age: sampledGauge(
    'sild_registry_view_age_seconds',
    'Seconds since the registry sent the last heartbeat a view has read',
    (f) => (f.ageMs === null ? null : f.ageMs / 1000),
  ),
  lag: sampledGauge(
    'sild_registry_view_lag_records',
    'Records on the configuration topic a view has not read yet',
    (f) => f.lagRecords,
  ),
  refused: counter(
    'sild_registry_view_refused_records_total',
    'Configuration records and snapshots a view refused, by reason',
    ['view', 'reason'],
  ),
  track(name: string, freshness: () => Freshness): () => void {
    const source = { name, freshness };
    sources.add(source);
    return () => sources.delete(source);
  },
};
