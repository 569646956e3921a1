// The audit log on PostgreSQL (127.0.0.1:5432, a schema of its own), in process:
//  - append throughput of signed envelopes, authentication included, in batches as the service's
//    group commit makes them, and the time from an entry's commit to the checkpoint that signs it
//    (policy: every 1000 entries or 5 s, as the service's defaults);
//  - bulk appends of synthetic entries up to BENCH_AUDIT_ENTRIES (default 1,000,000), then trace
//    queries at that size (p50/p95, each recorded in the query log) and inclusion proof sizes.
// Targets (issue 7): >= 5,000 entries/s, p99 append-to-checkpoint <= 15 s, trace p95 <= 50 ms at
// one million entries, inclusion proofs of ceil(log2 n) hashes.
import { randomBytes } from 'node:crypto';
import { encodeLeaf, generateNoteSigner, inclusionProof, leafHash } from '@sild/audit-proofs';
import { sampleLeaf } from '@sild/audit-proofs/testing';
import {
  AuditAppender,
  AuditQueries,
  Checkpointer,
  type AppendResult,
  type PreparedRecord,
} from '@sild/audit-domain';
import { auditWorld, record, signedEvent } from '@sild/audit-domain/testing';
import { AUDIT_MIGRATIONS, SqlAuditLogRepository, SqlAuditQueryRepository } from '@sild/audit-data-access';
import { PgDatabase, runMigrations } from '@sild/platform-database';
import { createTestSchema } from '@sild/platform-database/testing';
import type { Scenario } from '../harness';
import { percentile } from '../support/load';

const ENTRIES = Number(process.env['BENCH_AUDIT_ENTRIES'] ?? 1_000_000) || 1_000_000;
const SIGNED = Number(process.env['BENCH_AUDIT_SIGNED'] ?? 60_000) || 60_000;
const BATCH = 1_000;
const BULK_BATCH = 5_000;
const QUERIES = 500;
/** Entries per synthetic trace (a call: request, response and four decisions). */
const PER_TRACE = 6;

const seconds = (since: bigint): number => Number(process.hrtime.bigint() - since) / 1e9;
const sorted = (values: readonly number[]) => Float64Array.from(values).sort();
const round = (value: number, digits = 1) => Math.round(value * 10 ** digits) / 10 ** digits;

function syntheticEntry(index: number): PreparedRecord {
  const trace = Buffer.alloc(16);
  trace.writeUInt32BE(Math.floor(index / PER_TRACE) + 1, 12);
  const leaf = sampleLeaf({
    traceId: trace,
    offset: index,
    topic: 'sild.bench.synthetic',
    messageId: `0196f0e2-0000-7000-8000-${index.toString(16).padStart(12, '0')}`,
    createdAtMs: 1_767_225_600_000 + index,
    senderSequence: index + 1,
  });
  const leafBytes = encodeLeaf(leaf);
  return {
    record: { topic: leaf.topic, partition: 0, offset: String(index), value: null, timestampMs: 0 },
    entry: {
      leaf,
      leafBytes,
      leafHash: leafHash(leafBytes),
      refusal: null,
      envelope: null,
      decisionRecord: null,
      sealedRecord: null,
    },
  };
}

const scenario: Scenario = {
  name: 'audit',
  description: `audit log on PostgreSQL: ${SIGNED.toLocaleString('en-US')} signed envelopes, then ${ENTRIES.toLocaleString('en-US')} entries`,
  async run() {
    const schema = await createTestSchema('bench_audit');
    const db = new PgDatabase({ url: schema.url });
    try {
      await runMigrations(db, { component: 'audit', directory: AUDIT_MIGRATIONS });
      const log = new SqlAuditLogRepository(db);
      const world = auditWorld();
      const appender = new AuditAppender(log, world.builder);
      const signer = generateNoteSigner('sild.bench.audit');
      const checkpointer = new Checkpointer(
        log,
        signer,
        'sild.bench.audit',
        { publish: () => Promise.resolve() },
        { everyEntries: 1_000, intervalMs: 5_000 },
      );
      await checkpointer.start();

      // signed envelopes: authenticate + append, batch by batch; the checkpoint latency of each batch
      const envelopes = Array.from({ length: SIGNED }, (_, i) =>
        record(signedEvent(world, randomBytes(16).toString('hex')), i),
      );
      let buildSeconds = 0;
      const committed: { size: number; at: number }[] = [];
      const latencies: number[] = [];
      const settle = async (appending: Promise<AppendResult> | undefined): Promise<void> => {
        if (!appending) return;
        const { size } = await appending;
        committed.push({ size, at: performance.now() });
        const checkpoint = await checkpointer.maybeCheckpoint(size);
        if (!checkpoint) return;
        const now = performance.now();
        for (let batch = committed[0]; batch && batch.size <= checkpoint.size; batch = committed[0]) {
          latencies.push(now - batch.at);
          committed.shift();
        }
      };
      // as in the service: the next batch is authenticated while the previous one is appended
      let appending: Promise<AppendResult> | undefined;
      const started = process.hrtime.bigint();
      for (let at = 0; at < envelopes.length; at += BATCH) {
        const prepared: PreparedRecord[] = [];
        // as the service: many at once, their signatures checked on the thread pool
        for (let chunk = at; chunk < Math.min(at + BATCH, envelopes.length); chunk += 100) {
          const built = process.hrtime.bigint();
          const slice = envelopes.slice(chunk, Math.min(chunk + 100, at + BATCH));
          prepared.push(...(await Promise.all(slice.map((r) => appender.prepare(r)))));
          buildSeconds += seconds(built);
        }
        await settle(appending);
        appending = appender.appendPrepared(prepared);
      }
      await settle(appending);
      const signedRate = SIGNED / seconds(started);
      const final = await checkpointer.checkpoint();
      if (final) for (const batch of committed.splice(0)) latencies.push(performance.now() - batch.at);

      // synthetic entries up to ENTRIES, then queries at that size
      const bulkStarted = process.hrtime.bigint();
      for (let at = SIGNED; at < ENTRIES; at += BULK_BATCH) {
        const count = Math.min(BULK_BATCH, ENTRIES - at);
        await appender.appendPrepared(Array.from({ length: count }, (_, i) => syntheticEntry(at + i)));
      }
      const bulkRate = (ENTRIES - SIGNED) / seconds(bulkStarted);
      const latest = await checkpointer.checkpoint();
      const size = latest?.size ?? ENTRIES;

      const reads = new SqlAuditQueryRepository(db);
      const queries = new AuditQueries(reads);
      const traceTimes: number[] = [];
      const proofSizes: number[] = [];
      const proofTimes: number[] = [];
      for (let i = 0; i < QUERIES; i++) {
        const index = SIGNED + Math.floor(Math.random() * (ENTRIES - SIGNED));
        const trace = Buffer.alloc(16);
        trace.writeUInt32BE(Math.floor(index / PER_TRACE) + 1, 12);
        const asked = performance.now();
        const page = await queries.trace({ name: 'bench' }, trace.toString('hex'));
        traceTimes.push(performance.now() - asked);
        if (page.entries.length === 0) throw new Error(`trace of entry ${index} not found`);
        const proving = performance.now();
        proofSizes.push((await inclusionProof(index, size, reads)).length);
        proofTimes.push(performance.now() - proving);
      }
      const metrics = {
        signed_append_entries_per_s: Math.round(signedRate),
        authenticate_entries_per_s: Math.round(SIGNED / buildSeconds),
        bulk_append_entries_per_s: Math.round(bulkRate),
        append_to_checkpoint_p99_ms: round(percentile(sorted(latencies), 0.99)),
        log_size: size,
        trace_query_p50_ms: round(percentile(sorted(traceTimes), 0.5), 2),
        trace_query_p95_ms: round(percentile(sorted(traceTimes), 0.95), 2),
        inclusion_proof_hashes_max: Math.max(...proofSizes),
        inclusion_proof_ceil_log2_n: Math.ceil(Math.log2(size)),
        inclusion_proof_p95_ms: round(percentile(sorted(proofTimes), 0.95), 2),
      };
      return { metrics };
    } finally {
      await db.close();
      if (!process.env['BENCH_AUDIT_KEEP']) await schema.drop();
    }
  },
};

export default scenario;
