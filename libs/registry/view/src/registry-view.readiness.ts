import { RegistryViewErrorCode, RegistryViewException } from './registry-view.exception';
import type { Freshness } from './registry-view.options';

export interface ViewReadinessOptions {
  /** Not ready when the last heartbeat read is older than this (or none was read). */
  readonly maxAgeMs?: number;
  /** Not ready when more records than this wait to be read. */
  readonly maxLagRecords?: number;
}

/**
 * A check for readinessCheck('registry-view', ...) of @sild/platform-health: resolves with the
 * view's freshness when it has caught up (and is fresh enough), throws NOT_STARTED or NOT_FRESH.
 */
export function registryViewReadiness(
  view: { freshness(): Freshness },
  options: ViewReadinessOptions = {},
): () => Promise<Record<string, unknown>> {
  return () => {
    const freshness = view.freshness();
    const details = { ...freshness, lastHeartbeatAt: freshness.lastHeartbeatAt?.toISOString() ?? null };
    if (!freshness.ready) {
      return Promise.reject(
        new RegistryViewException(RegistryViewErrorCode.NOT_STARTED, 'registry view has not caught up'),
      );
    }
    const { maxAgeMs, maxLagRecords } = options;
    if (maxAgeMs !== undefined && (freshness.ageMs === null || freshness.ageMs > maxAgeMs)) {
      return Promise.reject(
        new RegistryViewException(
          RegistryViewErrorCode.NOT_FRESH,
          `registry view age ${freshness.ageMs ?? 'unknown'} ms exceeds ${maxAgeMs} ms`,
        ),
      );
    }
    if (maxLagRecords !== undefined && (freshness.lagRecords ?? 0) > maxLagRecords) {
      return Promise.reject(
        new RegistryViewException(
          RegistryViewErrorCode.NOT_FRESH,
          `registry view is ${freshness.lagRecords ?? 0} records behind (at most ${maxLagRecords})`,
        ),
      );
    }
    return Promise.resolve(details);
  };
}
