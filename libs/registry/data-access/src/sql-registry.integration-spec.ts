// The registry's SQL storage against real PostgreSQL and against embedded PGlite: the same
// migrations, the same behaviour.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PgDatabase, runMigrations, type SqlDatabase } from '@sild/platform-database';
import { createTestSchema, memoryDatabase, type TestSchema } from '@sild/platform-database/testing';
import { testMember, testRootCa } from '@sild/platform-crypto/testing';
import { decodeConfigRecord, RegistryErrorCode, type ClientRef } from '@sild/registry-config';
import { MUNICIPALITY, PERSONS, PROVIDER } from '@sild/registry-config/testing';
import { OPERATOR, RegistryService } from '@sild/registry-domain';
import { REGISTRY_MIGRATIONS, SqlConfigOutboxRepository, SqlRegistryRepository } from '../src';

const member = (id: ClientRef): ClientRef => ({ ...id, subsystem: '' });
const EVENT = 'nl.brp.person.born.v1';

describe.each(['postgres', 'pglite'] as const)('registry storage on %s', (kind) => {
  let schema: TestSchema | undefined;
  let db: SqlDatabase;
  let registry: RegistryService;
  let outbox: SqlConfigOutboxRepository;

  beforeAll(async () => {
    if (kind === 'postgres') {
      schema = await createTestSchema('registry');
      db = new PgDatabase({ url: schema.url });
    } else {
      db = await memoryDatabase();
    }
    await runMigrations(db, { component: 'registry', directory: REGISTRY_MIGRATIONS });
    registry = new RegistryService(new SqlRegistryRepository(db));
    outbox = new SqlConfigOutboxRepository(db);
  });

  afterAll(async () => {
    await db.close();
    await schema?.drop();
  });

  it('stores every entity, queues a record per change in version order, and loads the same state back', async () => {
    const ca = testRootCa('NL');
    await registry.addTrustAnchor({ certificateDer: ca.certificate.raw }, OPERATOR);
    await registry.addMember({ id: member(PROVIDER), name: 'RvIG' }, OPERATOR);
    await registry.addMember({ id: member(MUNICIPALITY), name: 'Amsterdam' }, OPERATOR);
    await registry.addSubsystem({ id: PROVIDER }, OPERATOR);
    await registry.addSubsystem({ id: MUNICIPALITY }, OPERATOR);
    await registry.addService({ id: PERSONS, endpointKind: 'GRPC', description: 'persons' }, OPERATOR);
    await registry.addEventType(
      {
        eventType: {
          name: EVENT,
          owner: PROVIDER,
          payloadType: 't/Birth',
          descriptorSet: Buffer.from([1, 2]),
        },
      },
      OPERATOR,
    );
    const grant = await registry.addGrant(
      { client: MUNICIPALITY, service: PERSONS, purpose: 'tasks', validUntil: { seconds: '4102444800' } },
      OPERATOR,
    );
    const requested = await registry.requestSubscription(
      { subscriber: MUNICIPALITY, eventType: EVENT, purpose: 'residents', includeFollowed: true },
      OPERATOR,
    );
    const approved = await registry.decideSubscription(
      {
        id: requested.id,
        decision: 'APPROVED',
        decidedBy: PROVIDER,
        approvedFilterJson: '{"exact":{"a":"b"}}',
      },
      OPERATOR,
    );
    const signer = testMember(ca, { memberClass: 'MUN', memberCode: '0363' });
    await registry.registerCertificate({ certificateDer: signer.certificate.der }, OPERATOR);
    const revoked = await registry.revokeCertificate(
      { keyId: signer.certificate.keyIdHex, reason: 'superseded' },
      OPERATOR,
    );

    const state = await registry.state();
    expect(state.version).toBe('12');
    expect(state.grants).toEqual([grant]);
    expect(state.subscriptions).toEqual([approved]);
    expect(approved).toMatchObject({ includeFollowed: true, approvedFilterJson: '{"exact":{"a":"b"}}' });
    expect(state.certificates).toEqual([revoked]);
    expect(state.eventTypes[0]?.descriptorSet).toEqual(Buffer.from([1, 2]));
    expect(state.members.map((m) => m.name)).toEqual(['RvIG', 'Amsterdam']);

    const pending = await outbox.pending(100);
    expect(pending.map((e) => e.version)).toEqual([
      '1',
      '2',
      '3',
      '4',
      '5',
      '6',
      '7',
      '8',
      '9',
      '10',
      '11',
      '12',
    ]);
    expect(decodeConfigRecord(pending[11]!.record).change).toEqual({ kind: 'certificate', value: revoked });
    await outbox.markPublished('12');
    // the subscription and the certificate changed twice: one latest record per entity
    expect((await outbox.latestPerEntity()).length).toBe(10);
    expect(await outbox.latestPublishedVersion()).toBe('12');
    await db.query('update config_outbox set published_at = null where version > 5');

    await outbox.markPublished('5');
    expect((await outbox.pending(100)).map((e) => e.version)[0]).toBe('6');
    expect(await outbox.pendingCount()).toBe(7);
  });

  it('rolls a refused change back entirely', async () => {
    const before = await outbox.latestVersion();
    await expect(
      registry.addGrant({ client: MUNICIPALITY, service: PERSONS, purpose: 'again' }, OPERATOR),
    ).rejects.toMatchObject({
      code: RegistryErrorCode.ALREADY_EXISTS,
    });
    expect(await outbox.latestVersion()).toBe(before);
  });

  it('gives concurrent changes distinct, consecutive versions', async () => {
    const before = Number(await outbox.latestVersion());
    await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        registry.addMember(
          { id: { instance: 'NL', memberClass: 'MUN', memberCode: `10${i}` }, name: `m${i}` },
          OPERATOR,
        ),
      ),
    );
    const versions = (await outbox.pending(100)).map((e) => Number(e.version)).filter((v) => v > before);
    expect(versions).toEqual(Array.from({ length: 8 }, (_, i) => before + 1 + i));
  });
});
