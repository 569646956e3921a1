// Issue 7, the audit log: every signed envelope and decision of an instance appended once to a
// Merkle log with signed, consistent checkpoints, also when the service is killed mid-stream; a
// dropped message shows as a gap; an exported bundle verifies offline and a flipped byte is
// named; changed, deleted and inserted rows are found by verify-log. The audit service runs as
// its own process against the real broker and PostgreSQL; envelopes are signed here.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  openCheckpoint,
  parseVerifierKey,
  verifierKeyString,
  verifyConsistency,
  type NoteVerifier,
} from '@sild/audit-proofs';
import { verifyBundle } from '@sild/audit-evidence';
import {
  DecisionOutcome,
  DecisionRole,
  MessageKind,
  platformTopics,
  wire,
  type ClientId,
  type ServiceId,
} from '@sild/contracts';
import type { EnvelopeSigner } from '@sild/domain-envelope';
import { testRootCa } from '@sild/platform-crypto/testing';
import { PgDatabase } from '@sild/platform-database';
import { expectEventually } from '@sild/platform-testing';
import { createTestAudit, Exchanges, type TestAudit } from './support/audit';
import { keyFileSigner } from './support/event-publisher';
import {
  clientRef,
  operatorApis,
  registerMember,
  type MemberKey,
  type OperatorApis,
} from './support/gateways';
import { createTestInstance, testInstanceCode, type TestInstance } from './support/instance';
import { sild } from './support/processes';

const code = testInstanceCode();
const client: ClientId = clientRef(`${code}/MUN/0363/burgerzaken`);
const service: ServiceId = {
  provider: clientRef(`${code}/GOV/00000001/brp`),
  serviceCode: 'persons',
  serviceVersion: 'v1',
};
const TRACE = 'c0ffee00c0ffee00c0ffee00c0ffee00';
const ROUNDS = 120;

let instance: TestInstance;
let apis: OperatorApis;
let audit: TestAudit;
let exchanges: Exchanges;
let db: PgDatabase;
let topics: { requests: string; replies: string };
const signers: { client?: EnvelopeSigner; provider?: EnvelopeSigner } = {};
let keys: { provider: MemberKey; client: MemberKey };

interface CheckpointAnswer {
  size: string;
  note: string;
  verifierKey: string;
  origin: string;
}

const latest = () => audit.api.call<CheckpointAnswer>('GetLatestCheckpoint', {});
const count = async (sql: string, params: unknown[] = []) =>
  Number((await db.query<{ n: string }>(`select count(*)::text as n from (${sql}) q`, params)).rows[0]?.n);

beforeAll(async () => {
  instance = await createTestInstance(code);
  await instance.startRegistry();
  await instance.startSigner();
  apis = operatorApis(instance);
  keys = {
    provider: await registerMember(instance, apis, `${code}/GOV/00000001`, ['brp']),
    client: await registerMember(instance, apis, `${code}/MUN/0363`, ['burgerzaken']),
  };
  signers.client = keyFileSigner(keys.client, 'gw-client-a');
  signers.provider = keyFileSigner(keys.provider, 'gw-provider-a');
  exchanges = new Exchanges(instance);
  topics = await exchanges.topics(client, service);
  audit = await createTestAudit(instance);
  db = new PgDatabase({ url: audit.schema.url });
  await audit.start();
}, 300_000);

afterAll(async () => {
  // each part may be missing when the setup failed half-way
  const parts = { db, exchanges, audit, apis, instance } as Partial<{
    db: PgDatabase;
    exchanges: Exchanges;
    audit: TestAudit;
    apis: OperatorApis;
    instance: TestInstance;
  }>;
  await parts.db?.close();
  await parts.exchanges?.stop();
  await parts.audit?.close();
  parts.apis?.close();
  await parts.instance?.close();
});

describe('the audit log', () => {
  let key: NoteVerifier;
  let before: { size: number; root: Uint8Array };

  it('appends every envelope once, also when the service is killed mid-stream and restarted', async () => {
    const sent: Promise<unknown>[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      const trace = round === 0 ? TRACE : round.toString(16).padStart(32, '0');
      const request = exchanges.request(signers.client!, client, service, trace);
      sent.push(exchanges.send(topics.requests, request.bytes, request.messageId));
      const response = exchanges.response(signers.provider!, request, client, service, trace);
      sent.push(exchanges.send(topics.replies, response.bytes, 'gw-client-a'));
      if (round === ROUNDS / 2) {
        await Promise.all(sent);
        await expectEventually(
          async () => {
            expect(Number((await latest()).size)).toBeGreaterThan(0);
          },
          { timeoutMs: 60_000 },
        );
        const checkpoint = await latest();
        key = parseVerifierKey(checkpoint.verifierKey);
        const opened = openCheckpoint(checkpoint.note, checkpoint.origin, [key]);
        before = { size: opened.size, root: opened.rootHash };
        await audit.process().kill();
        await audit.start();
      }
    }
    await Promise.all(sent);
    await expectEventually(
      async () => {
        expect(
          await count('select 1 from audit_entries where topic = any($1)', [
            [topics.requests, topics.replies],
          ]),
        ).toBe(2 * ROUNDS);
      },
      { timeoutMs: 90_000 },
    );
    // once each, and the indexes are 0..n-1 without a hole
    expect(await count('select distinct topic, kafka_partition, kafka_offset from audit_entries')).toBe(
      await count('select 1 from audit_entries'),
    );
    const { rows } = await db.query<{ n: string; top: string }>(
      'select count(*)::text as n, max(idx)::text as top from audit_entries',
    );
    expect(Number(rows[0]?.top) + 1).toBe(Number(rows[0]?.n));
    const invalid = await count('select 1 from audit_entries where verdict <> 1 and entry_type = 1');
    expect(invalid).toBe(0);
  });

  it('signs checkpoints that stay consistent across the restart', async () => {
    await expectEventually(async () => {
      expect(Number((await latest()).size)).toBe(await count('select 1 from audit_entries'));
    });
    const after = openCheckpoint((await latest()).note, `sild.${code}.audit`, [key]);
    expect(after.size).toBeGreaterThan(before.size);
    const proof = await audit.api.call<{ hashes: Buffer[] }>('GetConsistencyProof', {
      size1: before.size,
      size2: after.size,
    });
    verifyConsistency({
      size1: before.size,
      size2: after.size,
      root1: before.root,
      root2: after.rootHash,
      proof: proof.hashes,
    });
  });

  it('shows a message a sender dropped as a gap in its sequence', async () => {
    const dropping = keyFileSigner(keys.client, 'gw-client-drops');
    const requests = [1, 2, 3, 4, 5].map(() => exchanges.request(dropping, client, service, 'dd'.repeat(16)));
    for (const request of requests) {
      if (request.senderSequence !== 3)
        await exchanges.send(topics.requests, request.bytes, request.messageId);
    }
    await expectEventually(
      async () => {
        const report = await audit.api.call<{ senders: { instanceId: string; gaps: unknown[] }[] }>(
          'GetCompleteness',
          { graceSeconds: 1 },
        );
        const sender = report.senders.find((candidate) => candidate.instanceId === 'gw-client-drops');
        expect(sender?.gaps).toEqual([{ first: '3', last: '3' }]);
        expect(report.senders.find((candidate) => candidate.instanceId === 'gw-client-a')?.gaps).toEqual([]);
      },
      { timeoutMs: 30_000 },
    );
  });

  it('exports a trace bundle that verifies offline; a flipped byte fails it, naming the item', async () => {
    const decision = wire.Decision.encode({
      messageId: 'not-an-envelope-of-the-log',
      traceId: TRACE,
      outcome: DecisionOutcome.DECISION_OUTCOME_DENIED,
      role: DecisionRole.DECISION_ROLE_PROVIDER,
      kind: MessageKind.MESSAGE_KIND_REQUEST,
      decidedBy: service.provider,
      deciderInstanceId: 'gw-provider-a',
      partition: -1,
      offset: -1,
      decidedAt: { seconds: Math.floor(Date.now() / 1000), nanos: 0 },
    }).finish();
    // gateways create the decisions topic; none runs here
    await instance.admin.ensureTopics([{ name: platformTopics(code).decisions, partitions: 3 }]);
    await exchanges.send(platformTopics(code).decisions, decision, 'decision');
    const dir = mkdtempSync(join(tmpdir(), 'sild-bundle-'));
    await expectEventually(
      async () => {
        const exported = await sild(['audit', 'export', '--trace', TRACE, '--out', dir], audit.cliEnv());
        expect(exported.stderr).toBe('');
        const bundle = JSON.parse(readFileSync(join(dir, 'bundle.json'), 'utf8')) as { entries: unknown[] };
        expect(bundle.entries).toHaveLength(3);
      },
      { timeoutMs: 60_000, intervalMs: 1_000 },
    );
    const rootFile = join(dir, '..', `${code}-root.pem`);
    writeFileSync(rootFile, instance.anchor.rootPem);
    const verified = await sild(['audit', 'verify', dir, '--root', rootFile]);
    expect(verified.stderr).toBe('');
    expect(verified.code).toBe(0);
    expect(verified.stdout).toMatch(/ok +entry 0 +in the log under checkpoint/);

    const text = readFileSync(join(dir, 'bundle.json'), 'utf8');
    const flip = (field: string): string => {
      const at = text.indexOf(field) + field.length + 30;
      expect(at).toBeGreaterThan(field.length + 29);
      return `${text.slice(0, at)}${text[at] === 'A' ? 'B' : 'A'}${text.slice(at + 1)}`;
    };
    const copy = mkdtempSync(join(tmpdir(), 'sild-bundle-'));
    cpSync(dir, copy, { recursive: true });
    writeFileSync(join(copy, 'bundle.json'), flip('"header": "'));
    const failed = await sild(['audit', 'verify', copy]);
    expect(failed.code).toBe(1);
    expect(failed.stderr).toMatch(/^sild: the bundle does not verify: entry \d+: /);
    // the same checks in process, for other places of the bundle
    for (const [field, item] of [
      ['"checkpoints": [\n    "', /^checkpoint 1$/],
      ['"rootCertificate": "-----BEGIN CERTIFICATE-----\\n', /^(root certificate|certificate [0-9a-f]{64})$/],
      ['"leaf": "', /^entry \d+$/],
    ] as const) {
      const report = verifyBundle(flip(field));
      expect(report.ok).toBe(false);
      expect(report.checks.find((check) => !check.ok)?.item).toMatch(item);
    }
    const foreign = verifyBundle(text, { trustedRootPem: testRootCa(code).certificatePem });
    expect(foreign.checks.filter((check) => !check.ok).map((check) => check.item)[0]).toBe(
      'root certificate',
    );
  }, 300_000);

  it('keeps a second replica as a hot standby that takes over when the writer dies', async () => {
    const standby = await audit.startReplica();
    await expectEventually(async () => {
      const readiness = await fetch(`${standby.httpUrl}/readyz`);
      expect(readiness.status).toBe(503);
      expect(await readiness.text()).toMatch(/standing by: another replica holds the writer lock/);
    });
    const before = await count('select 1 from audit_entries');
    await audit.process().kill();
    audit.adopt(standby);
    await standby.ready();
    for (let round = 0; round < 10; round++) {
      const request = exchanges.request(signers.client!, client, service, 'ee'.repeat(16));
      await exchanges.send(topics.requests, request.bytes, request.messageId);
    }
    await expectEventually(
      async () => {
        expect(await count('select 1 from audit_entries')).toBe(before + 10);
      },
      { timeoutMs: 60_000 },
    );
  }, 300_000);

  it('finds an updated, a deleted and an inserted row with verify-log', async () => {
    await audit.process().stop();
    const env = { ...audit.cliEnv(), SILD_AUDIT_LOG_KEY: verifierKeyString(key) };
    const clean = await sild(['audit', 'verify-log'], env);
    expect(clean.stderr).toBe('');
    expect(clean.code).toBe(0);

    const purpose = (await db.query<{ purpose: string }>('select purpose from audit_entries where idx = 7'))
      .rows[0]?.purpose;
    await db.query("update audit_entries set purpose = 'nothing to see' where idx = 7");
    const updated = await sild(['audit', 'verify-log'], env);
    expect(updated.code).toBe(1);
    expect(updated.stderr).toMatch(/CHANGED row 7: column purpose/);
    await db.query('update audit_entries set purpose = $1 where idx = 7', [purpose]);

    await db.query('create table saved as select * from audit_entries where idx = 11');
    await db.query('delete from audit_entries where idx = 11');
    const deleted = await sild(['audit', 'verify-log'], env);
    expect(deleted.code).toBe(1);
    expect(deleted.stderr).toMatch(/DELETED row 11/);
    await db.query('insert into audit_entries select * from saved');

    const size = await count('select 1 from audit_entries');
    await db.query(
      `insert into audit_entries select $1::bigint, leaf, entry_type, kind, verdict, outcome, role, reason,
              record_sha256, envelope_sha256, trace_id, created_at, topic, kafka_partition, kafka_offset + 100000,
              sender_sequence, message_id, related_message_id, correlation_id, sender, recipient, service,
              instance_id, subject_key, purpose, on_behalf_of, decided_by, sender_member, recipient_member,
              decided_by_member, refusal, envelope_header, signature_algorithm, signature_key_id, signature,
              decision_record, sealed_record, appended_at from saved`,
      [size],
    );
    const inserted = await sild(['audit', 'verify-log'], env);
    expect(inserted.code).toBe(1);
    expect(inserted.stderr).toMatch(new RegExp(`INSERTED row ${size}`));
  }, 300_000);
});
