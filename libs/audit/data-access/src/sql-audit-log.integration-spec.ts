// The log's SQL storage against real PostgreSQL and embedded PGlite: the same migrations and the
// same behaviour as the in-memory fake the domain tests use.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CompactRange,
  consistencyProof,
  decodeLeaf,
  generateNoteSigner,
  inclusionProof,
  leafHash,
  openCheckpoint,
  rootAt,
  sameHash,
  verifyConsistency,
  verifyInclusion,
} from '@sild/audit-proofs';
import { AuditAppender, Checkpointer, type StoredCheckpoint } from '@sild/audit-domain';
import { DECISIONS_TOPIC, auditWorld, decisionBytes, record, signedEvent } from '@sild/audit-domain/testing';
import { PgDatabase, runMigrations, type SqlDatabase } from '@sild/platform-database';
import { createTestSchema, memoryDatabase, type TestSchema } from '@sild/platform-database/testing';
import { AUDIT_MIGRATIONS, SqlAuditLogRepository, SqlWriterLock, writerLockKey } from './index';

const ORIGIN = 'sild.NL.audit';

describe.each(['postgres', 'pglite'] as const)('audit log storage on %s', (kind) => {
  let schema: TestSchema | undefined;
  let db: SqlDatabase;
  let repository: SqlAuditLogRepository;
  const world = auditWorld();
  const published: StoredCheckpoint[] = [];
  const signer = generateNoteSigner(ORIGIN);

  beforeAll(async () => {
    if (kind === 'postgres') {
      schema = await createTestSchema('audit');
      db = new PgDatabase({ url: schema.url });
    } else {
      db = await memoryDatabase();
    }
    await runMigrations(db, { component: 'audit', directory: AUDIT_MIGRATIONS });
    repository = new SqlAuditLogRepository(db);
  });

  afterAll(async () => {
    await db.close();
    await schema?.drop();
  });

  const checkpointer = () =>
    new Checkpointer(
      repository,
      signer,
      ORIGIN,
      { publish: (c) => Promise.resolve(void published.push(c)) },
      { everyEntries: 1, intervalMs: 0 },
    );

  it('appends batches once each, with entries, nodes, positions and state in one transaction', async () => {
    const events = Array.from({ length: 5 }, () => signedEvent(world));
    const appender = new AuditAppender(repository, world.builder);
    expect(await appender.append(events.slice(0, 3).map((bytes, i) => record(bytes, i)))).toMatchObject({
      appended: 3,
    });
    const decision = record(decisionBytes('0196f0e2-7b1a-7c3d-8e4f-0123456789ab'), 0, DECISIONS_TOPIC);
    // a restarted consumer gets offsets 1 and 2 again, then new ones
    const again = new AuditAppender(repository, world.builder);
    expect(
      await again.append([...events.slice(1).map((bytes, i) => record(bytes, i + 1)), decision]),
    ).toEqual({ appended: 3, skipped: 2, size: 6 });

    const { rows } = await db.query<{ leaf: Uint8Array; topic: string; kafka_offset: string }>(
      'select leaf, topic, kafka_offset::text as kafka_offset from audit_entries order by idx',
    );
    const event = 'sild.evt.NL.nl-_brp-_person-_relocated-_v1';
    expect(rows.map((row) => `${row.topic}@${row.kafka_offset}`)).toEqual([
      `${event}@0`,
      `${event}@1`,
      `${event}@2`,
      `${DECISIONS_TOPIC}@0`,
      `${event}@3`,
      `${event}@4`,
    ]);
    const range = CompactRange.empty();
    for (const row of rows) range.append(leafHash(row.leaf));
    const state = await repository.state();
    expect(state.size).toBe(6);
    expect(sameHash(state.root, range.root())).toBe(true);
    expect(decodeLeaf(rows[3]!.leaf).messageId).toBe('0196f0e2-7b1a-7c3d-8e4f-0123456789ab');
  });

  it('serves proofs from the stored nodes and signs consistent checkpoints', async () => {
    const signing = checkpointer();
    await signing.start();
    const first = await signing.checkpoint();
    expect(first?.size).toBe(6);
    await new AuditAppender(repository, world.builder).append(
      Array.from({ length: 5 }, (_, i) => record(signedEvent(world), 5 + i)),
    );
    const second = await signing.checkpoint();
    expect(second?.size).toBe(11);
    expect(published.map((c) => c.size)).toEqual([6, 11]);
    expect(await repository.unpublishedCheckpoints()).toEqual([]);
    const opened = openCheckpoint(second!.note, ORIGIN, [signer]);
    const proof = await consistencyProof(6, 11, repository);
    verifyConsistency({ size1: 6, size2: 11, root1: first!.root, root2: opened.rootHash, proof });
    const { rows } = await db.query<{ leaf: Uint8Array }>('select leaf from audit_entries where idx = 7');
    verifyInclusion({
      index: 7,
      treeSize: 11,
      leafHash: leafHash(rows[0]!.leaf),
      proof: await inclusionProof(7, 11, repository),
      root: opened.rootHash,
    });
    expect(sameHash(await rootAt(6, repository), first!.root)).toBe(true);
    expect(await signing.checkpoint()).toBeUndefined();
  });

  it('counts sender sequences per instance', async () => {
    const { rows } = await db.query<{ instance_id: string; first_sequence: string; last_sequence: string }>(
      'select instance_id, first_sequence::text as first_sequence, last_sequence::text as last_sequence from audit_senders',
    );
    expect(rows).toEqual([{ instance_id: 'gateway-00000001-0', first_sequence: '1', last_sequence: '10' }]);
  });

  it('lets one writer hold the lock of a log', async () => {
    const key = writerLockKey(`${ORIGIN}.${kind}`);
    const one = new SqlWriterLock(db, key, 50);
    const held = await one.acquire();
    expect(one.held).toBe(true);
    if (kind === 'postgres') {
      const other = new PgDatabase({ url: schema!.url });
      try {
        const waiting = new SqlWriterLock(other, key, 50);
        const stop = new AbortController();
        const attempt = waiting.acquire(stop.signal);
        await new Promise((resolve) => setTimeout(resolve, 200));
        expect(waiting.held).toBe(false);
        await held?.release();
        expect(await attempt).toBeDefined();
        expect(waiting.held).toBe(true);
        await waiting.release();
      } finally {
        await other.close();
      }
    } else {
      await one.release();
    }
  });

  it('appends a record retried after later ones of its partition, below the position, and skips the rest', async () => {
    const events = Array.from({ length: 4 }, () => signedEvent(world));
    const appender = new AuditAppender(repository, world.builder);
    const at = (offset: number) => record(events[offset] ?? null, offset, 'sild.evt.NL.retried', 2);
    // offset 1 was retried (its signer not known yet) while 0 and 2 went on
    expect(await appender.append([at(0), at(2)])).toMatchObject({ appended: 2, skipped: 0 });
    expect(await appender.append([at(1), at(2), at(3)])).toMatchObject({ appended: 2, skipped: 1 });
    const { rows } = await db.query<{ kafka_offset: string }>(
      `select kafka_offset::text as kafka_offset from audit_entries where topic = 'sild.evt.NL.retried' order by idx`,
    );
    expect(rows.map((row) => row.kafka_offset)).toEqual(['0', '2', '1', '3']);
  });
});
