import { describe, expect, it } from 'vitest';
import {
  CompactRange,
  consistencyProof,
  generateNoteSigner,
  openCheckpoint,
  verifyConsistency,
} from '@sild/audit-proofs';
import { AuditAppender } from './audit-appender.service';
import type { StoredCheckpoint } from './audit-log.repository';
import { Checkpointer } from './checkpointer.service';
import { InMemoryAuditLog, auditWorld, record, signedEvent } from './testing';

const ORIGIN = 'sild.NL.audit';

function setup(policy = { everyEntries: 3, intervalMs: 5_000 }) {
  const world = auditWorld();
  const log = new InMemoryAuditLog();
  const appender = new AuditAppender(log, world.builder);
  const signer = generateNoteSigner(ORIGIN);
  const published: StoredCheckpoint[] = [];
  let now = 1_000_000;
  const checkpointer = new Checkpointer(
    log,
    signer,
    ORIGIN,
    { publish: (checkpoint) => Promise.resolve(void published.push(checkpoint)) },
    policy,
    () => now,
  );
  let offset = 0;
  const append = (count: number) =>
    appender.append(Array.from({ length: count }, () => record(signedEvent(world), offset++)));
  return { log, signer, published, checkpointer, append, advance: (ms: number) => (now += ms) };
}

describe('Checkpointer', () => {
  it('signs every N entries or after T milliseconds, and publishes what it signed', async () => {
    const { checkpointer, append, advance, published, signer } = setup();
    await checkpointer.start();
    expect(checkpointer.due(0)).toBe(false);
    const first = await checkpointer.maybeCheckpoint((await append(1)).size);
    expect(first?.size).toBe(1);
    expect(await checkpointer.maybeCheckpoint((await append(1)).size)).toBeUndefined();
    advance(5_000);
    expect((await checkpointer.maybeCheckpoint(2))?.size).toBe(2);
    expect((await checkpointer.maybeCheckpoint((await append(3)).size))?.size).toBe(5);
    expect(published.map((c) => c.size)).toEqual([1, 2, 5]);
    const opened = openCheckpoint(published[2]!.note, ORIGIN, [signer]);
    expect(opened.size).toBe(5);
  });

  it('signs only checkpoints that extend the previous one', async () => {
    const { checkpointer, append, log, published } = setup({ everyEntries: 1, intervalMs: 0 });
    await checkpointer.start();
    await checkpointer.maybeCheckpoint((await append(3)).size);
    await checkpointer.maybeCheckpoint((await append(4)).size);
    const [a, b] = published;
    const proof = await consistencyProof(a!.size, b!.size, log);
    expect(() => {
      verifyConsistency({ size1: a!.size, size2: b!.size, root1: a!.root, root2: b!.root, proof });
    }).not.toThrow();
  });

  it('stops signing for good when the stored log no longer extends the last checkpoint', async () => {
    const { checkpointer, append, log } = setup({ everyEntries: 1, intervalMs: 0 });
    await checkpointer.start();
    await checkpointer.maybeCheckpoint((await append(2)).size);
    // someone rewrites history: entry 0, the node above it, and appends a third entry on top
    const forgedPair = new Uint8Array(32).fill(2);
    const third = new Uint8Array(32).fill(3);
    log.data.nodes.set('0:0', new Uint8Array(32).fill(1));
    log.data.nodes.set('1:0', forgedPair);
    log.data.nodes.set('0:2', third);
    log.data.state = { size: 3, root: CompactRange.restore(3, [forgedPair, third]).root() };
    await expect(checkpointer.checkpoint()).rejects.toMatchObject({ code: 'LOG_INCONSISTENT' });
    expect(checkpointer.haltedBy?.message).toMatch(/does not extend the checkpoint of 2/);
    await expect(checkpointer.maybeCheckpoint(3)).rejects.toMatchObject({ code: 'LOG_INCONSISTENT' });
  });

  it('publishes checkpoints stored before a crash at the next start', async () => {
    const { checkpointer, append, log, published } = setup({ everyEntries: 1, intervalMs: 0 });
    await append(2);
    await log.write(async (tx) => {
      await tx.addCheckpoint({
        size: 2,
        root: log.data.state.root,
        note: 'stored, not published',
        signedAt: new Date(0),
      });
    });
    await checkpointer.start();
    expect(published.map((c) => c.note)).toEqual(['stored, not published']);
    expect(checkpointer.latest?.size).toBe(2);
  });
});
