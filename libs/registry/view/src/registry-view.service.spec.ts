import { describe, expect, it } from 'vitest';
import { register } from 'prom-client';
import { testLogger } from '@sild/platform-kafka/testing';
import { RefusalReason, RegistryView, RegistryViewErrorCode, type ViewChange } from '../src';
import type { Grant, RegistryEntity } from '@sild/registry-config';
import { MUNICIPALITY, PERSONS, sampleEntities } from '@sild/registry-config/testing';
import {
  FakeConfigFeed,
  registryStateOf,
  sealConfig,
  signedRecord,
  signedSnapshot,
  testRegistry,
} from '../src/testing';

const registry = testRegistry();
const NOW = Date.parse('2026-03-01T00:00:00Z');

function newView(feed = new FakeConfigFeed(), clock = () => NOW) {
  const view = new RegistryView({ feed, name: 'unit', anchor: registry.anchor, logger: testLogger(), clock });
  const changes: ViewChange[] = [];
  view.onChange((change) => changes.push(change));
  return { view, feed, changes };
}

const records = (first: number, entities: readonly RegistryEntity[]) =>
  entities.map((entity, i) => signedRecord(registry, first + i, entity));

describe('RegistryView', () => {
  it('answers nothing before it has caught up', async () => {
    const { view } = newView();
    expect(() => view.state()).toThrow(
      expect.objectContaining({ code: RegistryViewErrorCode.NOT_STARTED }) as Error,
    );
    expect(() => view.revoked.has('ab')).toThrow('has not caught up');
    await view.start();
    expect(view.revoked.has('ab')).toBe(false);
  });

  it('builds the whole state from the records, and follows later ones', async () => {
    const { view, feed, changes } = newView();
    feed.append(...records(1, sampleEntities));
    await view.start();
    expect(view.state()).toEqual(registryStateOf(String(sampleEntities.length), sampleEntities));
    expect(changes.map((c) => c.version)).toEqual(sampleEntities.map((_, i) => String(i + 1)));

    const revoked: Grant = {
      ...(sampleEntities[5]!.value as Grant),
      status: 'REVOKED',
      revokedAt: new Date(NOW),
    };
    feed.append(signedRecord(registry, 20, { kind: 'grant', value: revoked }));
    expect(view.version).toBe('20');
    expect(view.grant(revoked.id)).toEqual(revoked);
    expect(view.state().grants).toEqual([revoked]);
    expect(changes.at(-1)?.entity).toEqual({ kind: 'grant', value: revoked });
  });

  it('applies a record only when its version is newer than the one it has for that entity', async () => {
    const { view, feed, changes } = newView();
    const member = sampleEntities[1] as Extract<RegistryEntity, { kind: 'member' }>;
    const renamed: RegistryEntity = { kind: 'member', value: { ...member.value, name: 'new' } };
    feed.append(signedRecord(registry, 5, member), signedRecord(registry, 5, member));
    await view.start();
    feed.append(
      signedRecord(registry, 4, renamed),
      signedRecord(registry, 6, renamed),
      signedRecord(registry, 6, member),
    );
    expect(changes.map((c) => c.version)).toEqual(['5', '6']);
    expect(view.state().members.map((m) => m.name)).toEqual(['new']);
    expect(view.version).toBe('6');
  });

  it('refuses, counts and skips bad records and goes on with the next', async () => {
    const { view, feed } = newView();
    const forger = testRegistry();
    const good = signedRecord(registry, 2, sampleEntities[2]!);
    const flipped = Buffer.from(good.value);
    flipped[flipped.length - 3]! ^= 0xff;
    feed.append(
      signedRecord(registry, 1, sampleEntities[1]!),
      signedRecord(forger, 2, sampleEntities[2]!),
      { key: good.key, value: flipped },
      { key: 'member/NL/GOV/99999999', value: good.value },
      { key: good.key, value: null },
      { key: 'junk', value: Buffer.from('junk') },
      signedRecord(registry, 3, sampleEntities[3]!),
    );
    const before = await refusedMetric(RefusalReason.UNKNOWN_SIGNER);
    await view.start();
    expect(view.refusals()).toEqual({
      [RefusalReason.UNKNOWN_SIGNER]: 1,
      [RefusalReason.BAD_SIGNATURE]: 1,
      [RefusalReason.KEY_MISMATCH]: 1,
      [RefusalReason.MALFORMED]: 2,
    });
    expect(await refusedMetric(RefusalReason.UNKNOWN_SIGNER)).toBe(before + 1);
    expect(view.state()).toEqual(registryStateOf('3', [sampleEntities[1]!, sampleEntities[3]!]));
  });

  it('starts from the latest valid snapshot and the records from its next offset', async () => {
    const feed = new FakeConfigFeed();
    const older = sampleEntities.slice(0, 2);
    feed.snapshots.push(signedSnapshot(registry, 1, older, 2));
    feed.snapshots.push(signedSnapshot(registry, 1, sampleEntities.slice(0, 4), 4));
    feed.snapshots.push(sealConfig(testRegistry(), Buffer.from('forged'), 'x'));
    // offsets 0-3 hold the snapshot's records; a reader from offset 4 never sees them
    feed.append(
      ...records(1, sampleEntities.slice(0, 4)).map((r) => ({ ...r, value: Buffer.from('never read') })),
    );
    feed.append(...records(5, sampleEntities.slice(4)));
    const { view } = newView(feed);
    await view.start();
    expect(view.state()).toEqual(registryStateOf(String(sampleEntities.length), sampleEntities));
    expect(view.refusals()).toEqual({ [RefusalReason.UNKNOWN_SIGNER]: 1 });
  });

  it('answers grant, subscription and revocation questions at a given time', async () => {
    const { view, feed } = newView();
    const grant = sampleEntities[5]!.value as Grant;
    const expiring: Grant = { ...grant, id: 'g2', validUntil: new Date(NOW + 1000) };
    feed.append(...records(1, sampleEntities), signedRecord(registry, 9, { kind: 'grant', value: expiring }));
    await view.start();
    expect(view.activeGrant(MUNICIPALITY, PERSONS)?.id).toBe(grant.id);
    expect(view.activeGrant(MUNICIPALITY, PERSONS, new Date('2026-01-04T00:00:00Z'))).toBeUndefined();
    expect(view.activeGrant({ ...MUNICIPALITY, subsystem: 'other' }, PERSONS)).toBeUndefined();
    feed.append(
      signedRecord(registry, 10, {
        kind: 'grant',
        value: { ...grant, status: 'REVOKED', revokedAt: new Date(NOW) },
      }),
    );
    expect(view.activeGrant(MUNICIPALITY, PERSONS)?.id).toBe('g2');
    expect(view.activeGrant(MUNICIPALITY, PERSONS, new Date(NOW + 1000))).toBeUndefined();

    expect(view.approvedSubscriptions('nl.brp.person.relocated.v1').map((s) => s.id)).toEqual([
      '0190e0a0-0000-7000-8000-000000000002',
    ]);
    expect(view.approvedSubscriptions('nl.brp.person.born.v1')).toEqual([]);
    expect(view.member(MUNICIPALITY)).toBeUndefined();
    expect(view.member({ ...PERSONS.provider })?.name).toBe('RvIG');
    expect(view.service(PERSONS)?.description).toBe('get person');
    expect(view.subsystem(PERSONS.provider)).toBeDefined();
    expect(view.eventType('nl.brp.person.relocated.v1')?.owner).toEqual(PERSONS.provider);
    // revoked since 2026-06-01: not yet at NOW (March), revoked once that time has come
    expect(view.revoked.has('cd'.repeat(32))).toBe(false);
    const later = newView(feed, () => Date.parse('2026-06-02T00:00:00Z')).view;
    await later.start();
    expect(later.revoked.has('cd'.repeat(32))).toBe(true);
  });

  it('tells its freshness from heartbeats and the lag, and stops its feed', async () => {
    const { view, feed } = newView();
    expect(view.freshness()).toEqual({
      version: '0',
      lastHeartbeatAt: null,
      ageMs: null,
      lagRecords: null,
      ready: false,
    });
    const heartbeat = (version: number, at: number) =>
      signedRecord(registry, version, { kind: 'heartbeat', registryInstance: 'r0' }, new Date(at));
    feed.append(signedRecord(registry, 1, sampleEntities[0]!), heartbeat(1, NOW - 4000));
    await view.start();
    expect(view.freshness()).toEqual({
      version: '1',
      lastHeartbeatAt: new Date(NOW - 4000),
      ageMs: 4000,
      lagRecords: 0,
      ready: true,
    });
    feed.append(heartbeat(1, NOW - 1000), heartbeat(1, NOW - 3000));
    expect(view.freshness().ageMs).toBe(1000);
    await view.stop();
    expect(feed.stopped).toBe(true);
    expect(view.state().version).toBe('1');
  });
});

async function refusedMetric(reason: RefusalReason): Promise<number> {
  const metric = await register.getSingleMetric('sild_registry_view_refused_records_total')?.get();
  return metric?.values.find((v) => v.labels['view'] === 'unit' && v.labels['reason'] === reason)?.value ?? 0;
}
