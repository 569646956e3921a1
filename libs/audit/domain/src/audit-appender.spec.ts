import { describe, expect, it } from 'vitest';
import { CompactRange, sameHash } from '@sild/audit-proofs';
import { AuditAppender } from './audit-appender.service';
import { InMemoryAuditLog, auditWorld, record, signedEvent, type AuditWorld } from './testing';

const events = (world: AuditWorld, count: number): Uint8Array[] =>
  Array.from({ length: count }, () => signedEvent(world));

describe('AuditAppender', () => {
  it('appends a batch in topic, partition and offset order and commits the root with it', async () => {
    const world = auditWorld();
    const log = new InMemoryAuditLog();
    const appender = new AuditAppender(log, world.builder);
    const [a, b, c, d] = events(world, 4);
    const batch = [
      record(c!, 0, 'sild.evt.NL.b'),
      record(b!, 1, 'sild.evt.NL.a', 1),
      record(a!, 0, 'sild.evt.NL.a', 1),
      record(d!, 5, 'sild.evt.NL.a'),
    ];
    expect(await appender.append(batch)).toEqual({ appended: 4, skipped: 0, size: 4 });
    expect(log.data.entries.map((e) => `${e.leaf.topic}/${e.leaf.partition}@${e.leaf.offset}`)).toEqual([
      'sild.evt.NL.a/0@5',
      'sild.evt.NL.a/1@0',
      'sild.evt.NL.a/1@1',
      'sild.evt.NL.b/0@0',
    ]);
    const expected = CompactRange.empty();
    for (const entry of log.data.entries) expected.append(entry.leafHash);
    expect(sameHash(log.data.state.root, expected.root())).toBe(true);
    expect(log.writes).toBe(1);
  });

  it('skips records already in the log (redelivery after a crash, duplicates in a batch)', async () => {
    const world = auditWorld();
    const log = new InMemoryAuditLog();
    const [a, b, c] = events(world, 3);
    await new AuditAppender(log, world.builder).append([record(a!, 0), record(b!, 1)]);
    // a new process (empty cache) gets the tail again, one record twice
    const restarted = new AuditAppender(log, world.builder);
    expect(await restarted.append([record(b!, 1), record(c!, 2), record(c!, 2)])).toEqual({
      appended: 1,
      skipped: 1,
      size: 3,
    });
    expect(log.data.entries.map((e) => e.leaf.offset)).toEqual([0, 1, 2]);
    expect(await restarted.append([record(a!, 0)])).toEqual({ appended: 0, skipped: 1, size: 3 });
  });

  it('appends a record that comes after a later one of its partition (a retried record) all the same', async () => {
    const world = auditWorld();
    const log = new InMemoryAuditLog();
    const appender = new AuditAppender(log, world.builder);
    const [a, b] = events(world, 2);
    await appender.append([record(b!, 6)]);
    expect(await appender.append([record(a!, 5), record(b!, 6)])).toEqual({
      appended: 1,
      skipped: 1,
      size: 2,
    });
  });

  it('leaves the log and its own state unchanged when the transaction fails', async () => {
    const world = auditWorld();
    const log = new InMemoryAuditLog();
    const appender = new AuditAppender(log, world.builder);
    const [a, b] = events(world, 2);
    await appender.append([record(a!, 0)]);
    const before = log.data;
    log.failNextWrite = new Error('connection reset');
    await expect(appender.append([record(b!, 1)])).rejects.toThrow('connection reset');
    expect(log.data).toBe(before);
    expect(appender.size).toBe(1);
    expect(await appender.append([record(b!, 1)])).toEqual({ appended: 1, skipped: 0, size: 2 });
  });

  it('refuses to append to a log whose stored nodes do not give its stored root', async () => {
    const world = auditWorld();
    const log = new InMemoryAuditLog();
    const [a, b, c] = events(world, 3);
    await new AuditAppender(log, world.builder).append([record(a!, 0), record(b!, 1)]);
    log.data.nodes.set('1:0', new Uint8Array(32));
    await expect(new AuditAppender(log, world.builder).append([record(c!, 2)])).rejects.toMatchObject({
      code: 'LOG_INCONSISTENT',
    });
  });
});
