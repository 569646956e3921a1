// The registry view against the real broker: records signed as the registry's ConfigPublisher
// signs them, produced straight to compacted topics of this test run.
import { afterAll, describe, expect, it } from 'vitest';
import { register } from 'prom-client';
import { createKafkaClient, KafkaProducer, TopicAdmin, type OutgoingMessage } from '@sild/platform-kafka';
import { testKafkaConfig, testLogger } from '@sild/platform-kafka/testing';
import { expectEventually, uniqueName } from '@sild/platform-testing';
import type { Grant, RegistryEntity } from '@sild/registry-config';
import { sampleEntities } from '@sild/registry-config/testing';
import { RefusalReason, RegistryView, type ConfigTopics, type ViewChange } from '../src';
import { registryStateOf, signedRecord, signedSnapshot, testRegistry } from '../src/testing';

const logger = testLogger('registry-view');
const kafka = createKafkaClient(testKafkaConfig('registry-view-test'), logger);
const admin = new TopicAdmin(kafka, 1);
const producer = new KafkaProducer(kafka);
const registry = testRegistry();
const forger = testRegistry();
const views: RegistryView[] = [];
const topicsUsed: string[] = [];
const COMPACTED = { 'cleanup.policy': 'compact', 'min.cleanable.dirty.ratio': '0.01' };

afterAll(async () => {
  await Promise.all(views.map((view) => view.stop()));
  await producer.stop();
  await admin.deleteTopics(topicsUsed);
  await admin.close();
});

async function newTopics(): Promise<ConfigTopics> {
  const topics = { config: uniqueName('view-config'), snapshots: uniqueName('view-snapshots') };
  await admin.ensureTopics([
    { name: topics.config, partitions: 1, config: COMPACTED },
    { name: topics.snapshots, partitions: 1, config: COMPACTED },
  ]);
  topicsUsed.push(topics.config, topics.snapshots);
  return topics;
}

function newView(topics: ConfigTopics): { view: RegistryView; changes: ViewChange[] } {
  const view = new RegistryView({
    kafka,
    anchor: registry.anchor,
    logger,
    groupPrefix: uniqueName('sild-view-test'),
    topics,
    lagIntervalMs: 200,
  });
  views.push(view);
  const changes: ViewChange[] = [];
  view.onChange((change) => changes.push(change));
  return { view, changes };
}

const grant = sampleEntities.find((e) => e.kind === 'grant')!.value;
const grantEntity = (changes: Partial<Grant>): RegistryEntity => ({
  kind: 'grant',
  value: { ...grant, ...changes },
});
const send = (topic: string, messages: OutgoingMessage[]) => producer.send(topic, messages);
const heartbeat = (version: number, at: Date) =>
  signedRecord(registry, version, { kind: 'heartbeat', registryInstance: 'registry-0' }, at);

describe('RegistryView on Kafka', () => {
  it('ends with exactly the state on the topic, then follows each later change within a second', async () => {
    const topics = await newTopics();
    const entities = sampleEntities.map((entity, i) => signedRecord(registry, i + 1, entity));
    const revoked = grantEntity({ status: 'REVOKED', revokedAt: new Date('2026-02-01T00:00:00Z') });
    await send(topics.config, [...entities, signedRecord(registry, 9, revoked), heartbeat(9, new Date())]);

    const { view } = newView(topics);
    await view.start();
    const expected = sampleEntities.map((entity) => (entity.kind === 'grant' ? revoked : entity));
    expect(view.state()).toEqual(registryStateOf('9', expected));
    expect(view.freshness()).toMatchObject({ version: '9', lagRecords: 0, ready: true });

    const latencies: number[] = [];
    for (let version = 10; version < 15; version++) {
      const id = `0190e0a0-0000-7000-8000-0000000000${version}`;
      const applied = new Promise<number>((resolve) => {
        const off = view.onChange((change) => {
          if (change.version === String(version)) {
            off();
            resolve(Date.now());
          }
        });
      });
      const sentAt = Date.now();
      await send(topics.config, [signedRecord(registry, version, grantEntity({ id }))]);
      latencies.push((await applied) - sentAt);
      expect(view.grant(id)?.id).toBe(id);
    }
    console.log(`registry view: change-to-view latency ms ${latencies.join(', ')}`);
    expect(view.version).toBe('14');
  });

  it('refuses and counts records with bad signatures written straight to the topic, and applies those around them', async () => {
    const topics = await newTopics();
    const { view } = newView(topics);
    await view.start();
    const valid = signedRecord(registry, 2, sampleEntities[2]!);
    const flipped = Buffer.from(valid.value);
    flipped[flipped.length - 5]! ^= 0x40;
    await send(topics.config, [
      signedRecord(registry, 1, sampleEntities[1]!),
      signedRecord(forger, 2, sampleEntities[2]!),
      { key: valid.key, value: flipped },
      signedRecord(registry, 3, sampleEntities[3]!),
    ]);
    await expectEventually(() => {
      expect(view.version).toBe('3');
    });
    expect(view.state()).toEqual(registryStateOf('3', [sampleEntities[1]!, sampleEntities[3]!]));
    expect(view.refusals()).toEqual({ [RefusalReason.UNKNOWN_SIGNER]: 1, [RefusalReason.BAD_SIGNATURE]: 1 });
    const metric = await register.getSingleMetric('sild_registry_view_refused_records_total')?.get();
    const counted = metric?.values.filter((v) => v.labels['view'] === view.name);
    expect(counted?.map((v) => [v.labels['reason'], v.value]).sort()).toEqual([
      [RefusalReason.BAD_SIGNATURE, 1],
      [RefusalReason.UNKNOWN_SIGNER, 1],
    ]);
  });

  it('starts a new view from the latest snapshot and the records from its next offset', async () => {
    const topics = await newTopics();
    // offsets 0-2: forged records a reader from the snapshot's next offset (3) never sees
    await send(
      topics.config,
      sampleEntities.slice(0, 3).map((entity, i) => signedRecord(forger, i + 1, entity)),
    );
    await send(topics.snapshots, [
      { key: 'latest', value: signedSnapshot(registry, 1, sampleEntities.slice(0, 4), 3) },
    ]);
    const later = sampleEntities.slice(4).map((entity, i) => signedRecord(registry, i + 5, entity));
    const renamed = { ...(sampleEntities[1]!.value as { name: string }), name: 'renamed' };
    await send(topics.config, [
      ...later,
      signedRecord(registry, 20, { kind: 'member', value: renamed } as RegistryEntity),
    ]);

    const { view } = newView(topics);
    await view.start();
    const expected = sampleEntities.map((e) =>
      e.kind === 'member' ? ({ kind: 'member', value: renamed } as RegistryEntity) : e,
    );
    expect(view.state()).toEqual(registryStateOf('20', expected));
    expect(view.refusals()).toEqual({});
  });

  it('does not apply a redelivered record twice, nor an older version of an entity', async () => {
    const topics = await newTopics();
    const first = signedRecord(registry, 1, grantEntity({}));
    const revoked = signedRecord(registry, 2, grantEntity({ status: 'REVOKED', revokedAt: new Date() }));
    await send(topics.config, [first, first]);
    const { view, changes } = newView(topics);
    await view.start();
    await send(topics.config, [revoked, revoked, first, signedRecord(registry, 3, sampleEntities[1]!)]);
    await expectEventually(() => {
      expect(view.version).toBe('3');
    });
    expect(changes.map((c) => c.version)).toEqual(['1', '2', '3']);
    expect(view.grant(grant.id)?.status).toBe('REVOKED');
  });

  it('tells its freshness from the registry heartbeats and its lag from the topic end', async () => {
    const topics = await newTopics();
    const { view } = newView(topics);
    await view.start();
    expect(view.freshness()).toMatchObject({
      version: '0',
      lastHeartbeatAt: null,
      ageMs: null,
      lagRecords: 0,
    });
    const sent = new Date(Date.now() - 2_000);
    await send(topics.config, [signedRecord(registry, 1, sampleEntities[1]!), heartbeat(1, sent)]);
    await expectEventually(() => {
      expect(view.freshness().lastHeartbeatAt).toEqual(sent);
    });
    expect(view.freshness().ageMs).toBeGreaterThanOrEqual(2_000);
    const next = new Date();
    await send(topics.config, [heartbeat(1, next)]);
    await expectEventually(() => {
      expect(view.freshness().lastHeartbeatAt).toEqual(next);
    });
    expect(view.freshness().ageMs).toBeLessThanOrEqual(Date.now() - next.getTime());
    await expectEventually(() => {
      expect(view.freshness()).toMatchObject({ version: '1', lagRecords: 0 });
    });
  });
});
