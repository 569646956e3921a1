import { describe, expect, it } from 'vitest';
import { register } from 'prom-client';
import { testLogger } from '@sild/platform-kafka/testing';
import { sampleEntities } from '@sild/registry-config/testing';
import { RegistryView, RegistryViewErrorCode, registryViewReadiness } from '../src';
import { FakeConfigFeed, signedRecord, testRegistry } from '../src/testing';

const registry = testRegistry();
const NOW = Date.parse('2026-03-01T12:00:00Z');

async function startedView(name: string, heartbeatAgeMs?: number) {
  const feed = new FakeConfigFeed();
  feed.append(signedRecord(registry, 7, sampleEntities[1]!));
  if (heartbeatAgeMs !== undefined) {
    const sentAt = new Date(NOW - heartbeatAgeMs);
    feed.append(signedRecord(registry, 7, { kind: 'heartbeat', registryInstance: 'r0' }, sentAt));
  }
  const view = new RegistryView({
    feed,
    name,
    anchor: registry.anchor,
    logger: testLogger(),
    clock: () => NOW,
  });
  await view.start();
  return view;
}

const gauge = async (name: string, view: string) =>
  (await register.getSingleMetric(name)?.get())?.values.find((v) => v.labels['view'] === view)?.value;

describe('registryViewReadiness', () => {
  it('is not ready before the view has caught up', async () => {
    const view = new RegistryView({
      feed: new FakeConfigFeed(),
      name: 'not-started',
      anchor: registry.anchor,
      logger: testLogger(),
    });
    await expect(registryViewReadiness(view)()).rejects.toMatchObject({
      code: RegistryViewErrorCode.NOT_STARTED,
    });
  });

  it('is ready once caught up, with the freshness as details', async () => {
    const view = await startedView('ready', 2_000);
    await expect(registryViewReadiness(view, { maxAgeMs: 5_000, maxLagRecords: 0 })()).resolves.toEqual({
      version: '7',
      lastHeartbeatAt: new Date(NOW - 2_000).toISOString(),
      ageMs: 2_000,
      lagRecords: 0,
      ready: true,
    });
  });

  it('is not ready when the last heartbeat is too old, or there was none', async () => {
    const stale = await startedView('stale', 90_000);
    await expect(registryViewReadiness(stale, { maxAgeMs: 60_000 })()).rejects.toMatchObject({
      code: RegistryViewErrorCode.NOT_FRESH,
      message: 'registry view age 90000 ms exceeds 60000 ms',
    });
    const silent = await startedView('silent');
    await expect(registryViewReadiness(silent, { maxAgeMs: 60_000 })()).rejects.toMatchObject({
      code: RegistryViewErrorCode.NOT_FRESH,
    });
    await expect(registryViewReadiness(silent)()).resolves.toMatchObject({ ageMs: null });
  });
});

describe('registry view metrics', () => {
  it('samples version, age and lag of each running view when scraped, and forgets a stopped one', async () => {
    const view = await startedView('metrics', 3_000);
    expect(await gauge('sild_registry_view_version', 'metrics')).toBe(7);
    expect(await gauge('sild_registry_view_age_seconds', 'metrics')).toBe(3);
    expect(await gauge('sild_registry_view_lag_records', 'metrics')).toBe(0);
    await view.stop();
    expect(await gauge('sild_registry_view_version', 'metrics')).toBeUndefined();
  });
});
