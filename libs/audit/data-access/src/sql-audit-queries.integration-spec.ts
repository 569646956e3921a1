// Auditors' queries, the completeness report and evidence export over the SQL storage, on
// PostgreSQL and PGlite; exported bundles verify offline and a flipped byte is found.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LeafEntryType, generateNoteSigner, verifierKeyString } from '@sild/audit-proofs';
import { bundleText, verifyBundle } from '@sild/audit-evidence';
import {
  AuditAppender,
  AuditQueries,
  Checkpointer,
  CompletenessQueries,
  EvidenceExporter,
  PayloadSealer,
  ProofQueries,
  EntryBuilder,
} from '@sild/audit-domain';
import {
  DECISIONS_TOPIC,
  RECORD_TIME,
  auditWorld,
  decisionBytes,
  record,
  signedEvent,
} from '@sild/audit-domain/testing';
import { testVerifier } from '@sild/domain-envelope/testing';
import { PgDatabase, runMigrations, type SqlDatabase } from '@sild/platform-database';
import { createTestSchema, memoryDatabase, type TestSchema } from '@sild/platform-database/testing';
import { AUDIT_MIGRATIONS, SqlAuditLogRepository, SqlAuditQueryRepository } from './index';

const ORIGIN = 'sild.NL.audit';
const TRACE_A = 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa';
const TRACE_B = 'bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb';
const auditor = { name: 'alice' };

describe.each(['postgres', 'pglite'] as const)('audit queries on %s', (kind) => {
  let schema: TestSchema | undefined;
  let db: SqlDatabase;
  let queries: SqlAuditQueryRepository;
  const world = auditWorld();
  const signer = generateNoteSigner(ORIGIN);
  const sealer = new PayloadSealer(Buffer.alloc(32, 9), ['nl.brp.person.relocated.v1']);
  const messageIds: string[] = [];

  beforeAll(async () => {
    if (kind === 'postgres') {
      schema = await createTestSchema('audit_queries');
      db = new PgDatabase({ url: schema.url });
    } else {
      db = await memoryDatabase();
    }
    await runMigrations(db, { component: 'audit', directory: AUDIT_MIGRATIONS });
    queries = new SqlAuditQueryRepository(db);
    const log = new SqlAuditLogRepository(db);
    // trace A: three events (the second also copied to a subscription topic), trace B: one; the
    // fifth event is signed but never reaches the log (sequence 5 is missing)
    const events = [TRACE_A, TRACE_A, TRACE_A, TRACE_B, TRACE_B, TRACE_B].map((trace) =>
      signedEvent(world, trace),
    );
    const builder = new EntryBuilder({
      authenticator: testVerifier(world, { maxLifetimeMs: 86_400_000 }),
      decisionsTopic: DECISIONS_TOPIC,
      sealer,
    });
    const appender = new AuditAppender(log, builder);
    const received = [0, 1, 2, 3, 5].map((i) => record(events[i]!, i));
    const copy = record(events[1]!, 0, 'sild.sub.NL.MUN.0363.burgerzaken.sub-1');
    const appended = await appender.append([...received, copy]);
    expect(appended.appended).toBe(6);
    for (const entry of (await queries.byTrace(TRACE_A, 100)).filter((e) =>
      e.leaf.topic.startsWith('sild.evt'),
    )) {
      messageIds.push(entry.leaf.messageId);
    }
    await appender.append([
      record(decisionBytes(messageIds[0]!, { traceId: TRACE_A }), 0, DECISIONS_TOPIC),
      record(decisionBytes(messageIds[1]!, { traceId: TRACE_A }), 1, DECISIONS_TOPIC),
      record(decisionBytes('0196f0e2-0000-7000-8000-00000000dead', { traceId: TRACE_B }), 2, DECISIONS_TOPIC),
    ]);
    const checkpointer = new Checkpointer(
      log,
      signer,
      ORIGIN,
      { publish: () => Promise.resolve() },
      { everyEntries: 1, intervalMs: 0 },
    );
    await checkpointer.start();
    await checkpointer.checkpoint();
  });

  afterAll(async () => {
    await db.close();
    await schema?.drop();
  });

  it('answers a trace with every hop and decision by time, and records who asked', async () => {
    const page = await new AuditQueries(queries).trace(auditor, TRACE_A);
    expect(page.entries).toHaveLength(6);
    expect(page.entries.filter((e) => e.leaf.entryType === LeafEntryType.DECISION)).toHaveLength(2);
    const times = page.entries.map((e) => e.leaf.createdAtMs);
    expect([...times].sort((a, b) => a - b)).toEqual(times);
    const { rows } = await db.query<{ principal: string; operation: string; results: number }>(
      'select principal, operation, results from audit_queries',
    );
    expect(rows).toContainEqual({ principal: 'alice', operation: 'GetTrace', results: 6 });
  });

  it('answers by message id, by member in pages, and by subject', async () => {
    const service = new AuditQueries(queries);
    expect((await service.message(auditor, messageIds[1]!)).entries).toHaveLength(3);
    const first = await service.list(auditor, {
      member: 'NL/GOV/00000001',
      service: '',
      eventType: '',
      fromMs: RECORD_TIME - 60_000,
      toMs: 0,
      pageSize: 3,
      pageToken: '',
    });
    expect(first.entries).toHaveLength(3);
    const second = await service.list(auditor, {
      member: 'NL/GOV/00000001',
      service: '',
      eventType: '',
      fromMs: RECORD_TIME - 60_000,
      toMs: 0,
      pageSize: 3,
      pageToken: first.nextPageToken,
    });
    expect(second.entries.map((e) => e.index)).toEqual([3, 4, 5]);
    expect(second.nextPageToken).toBe('');
    const subject = await service.subject(auditor, {
      subjectKey: 'hmac:7f3a9c',
      fromMs: 0,
      toMs: 0,
      pageSize: 0,
      pageToken: '',
    });
    expect(subject.entries).toHaveLength(8);
    await expect(
      service.list(auditor, {
        member: '',
        service: '',
        eventType: '',
        fromMs: 0,
        toMs: 0,
        pageSize: 0,
        pageToken: '',
      }),
    ).rejects.toThrow(/member, a service or an event_type/);
  });

  it('reports the dropped message as a gap, and unmatched envelopes and decisions', async () => {
    const report = await new CompletenessQueries(
      queries,
      ['NL/GOV/00000000'],
      () => RECORD_TIME + 3_600_000,
    ).report(auditor, { graceSeconds: 0, limit: 0 });
    expect(report.logSize).toBe(9);
    expect(report.senders).toEqual([
      expect.objectContaining({
        instanceId: 'gateway-00000001-0',
        firstSequence: 1,
        lastSequence: 6,
        gaps: [{ first: 5, last: 5 }],
      }),
    ]);
    expect(report.decisionsWithoutEnvelope.map((e) => e.leaf.messageId)).toEqual([
      '0196f0e2-0000-7000-8000-00000000dead',
    ]);
    expect(report.envelopesWithoutDecision).toHaveLength(3);
  });

  it('gives inclusion and consistency proofs against signed checkpoints only', async () => {
    const proofs = new ProofQueries(queries);
    const latest = await proofs.latest(auditor);
    expect(latest.size).toBe(9);
    const inclusion = await proofs.inclusion(auditor, 4, 0);
    expect(inclusion.hashes).toHaveLength(4);
    await expect(proofs.inclusion(auditor, 9, 0)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(proofs.consistency(auditor, 3, 0)).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('exports a trace bundle that verifies offline, and names the entry a flipped byte breaks', async () => {
    const exporter = new EvidenceExporter(queries, {
      origin: ORIGIN,
      verifierKey: verifierKeyString(signer),
      certificates: {
        rootPem: world.ca.certificatePem,
        pemOf: (keyId) =>
          keyId === world.provider.certificate.keyIdHex ? world.provider.certificatePem : undefined,
      },
      sealer,
    });
    const { bundle, uncovered } = await exporter.export(auditor, TRACE_A, 0);
    expect(uncovered).toBe(0);
    expect(bundle.entries.map((e) => e.record.kind).sort()).toEqual([
      'decision',
      'decision',
      'envelope',
      'envelope',
      'envelope',
      'envelope',
    ]);
    const text = bundleText(bundle);
    const report = verifyBundle(text);
    expect(report.checks.filter((c) => !c.ok)).toEqual([]);
    expect(report.ok).toBe(true);

    const entry = bundle.entries.find((e) => e.record.kind === 'envelope')!;
    const bytes = (entry.record as { bytes: string }).bytes;
    const at = text.indexOf(bytes) + 40;
    const flipped = text.slice(0, at) + (text[at] === 'A' ? 'B' : 'A') + text.slice(at + 1);
    const broken = verifyBundle(flipped);
    expect(broken.ok).toBe(false);
    expect(broken.checks.filter((c) => !c.ok).map((c) => c.item)).toEqual([`entry ${entry.index}`]);
  });

  it('orders and pages more than ten entries by their index, not its text', async () => {
    const trace = 'cccccccccccccccccccccccccccccccc';
    const builder = new EntryBuilder({
      authenticator: testVerifier(world, { maxLifetimeMs: 86_400_000 }),
      decisionsTopic: DECISIONS_TOPIC,
    });
    await new AuditAppender(new SqlAuditLogRepository(db), builder).append(
      Array.from({ length: 12 }, (_, i) => record(signedEvent(world, trace), 100 + i)),
    );
    const service = new AuditQueries(queries);
    const indexes = (await service.trace(auditor, trace)).entries.map((entry) => entry.index);
    expect(indexes).toEqual([...indexes].sort((a, b) => a - b));
    expect(indexes).toHaveLength(12);
    const pages: number[][] = [];
    let token = '';
    do {
      const page = await service.subject(auditor, {
        subjectKey: 'hmac:7f3a9c',
        fromMs: 0,
        toMs: 0,
        pageSize: 7,
        pageToken: token,
      });
      pages.push(page.entries.map((entry) => entry.index));
      token = page.nextPageToken;
    } while (token !== '');
    // the subject's events and the decisions about them: 0 to 7 before, then the 12 new ones
    expect(pages.flat()).toEqual([0, 1, 2, 3, 4, 5, 6, 7, ...Array.from({ length: 12 }, (_, i) => 9 + i)]);
    expect(pages.map((page) => page.length)).toEqual([7, 7, 6]);
  });
});
