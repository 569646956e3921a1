import { describe, expect, it } from 'vitest';
import {
  CompactRange,
  encodeLeaf,
  generateNoteSigner,
  leafHash,
  signCheckpoint,
  type StoredNode,
} from '@sild/audit-proofs';
import { sampleLeaf } from '@sild/audit-proofs/testing';
import { entryColumns } from './entry-columns';
import { verifyLog, type LogRow, type LogSource } from './log-verifier';

const ORIGIN = 'sild.NL.audit';
const key = generateNoteSigner(ORIGIN);

interface MemoryLog {
  rows: LogRow[];
  nodes: StoredNode[];
  checkpoints: { size: number; note: string }[];
  state: { size: number; root: Uint8Array };
}

/** A stored log of `count` entries with checkpoints of 4 and 8 entries. */
function memoryLog(count = 10): MemoryLog {
  const range = CompactRange.empty();
  const log: MemoryLog = { rows: [], nodes: [], checkpoints: [], state: { size: 0, root: range.root() } };
  for (let index = 0; index < count; index++) {
    const leaf = sampleLeaf({ offset: index, senderSequence: index + 1 });
    const bytes = encodeLeaf(leaf);
    log.rows.push({ index, leaf: bytes, columns: entryColumns(leaf) });
    log.nodes.push(...range.append(leafHash(bytes)));
    if (range.size === 4 || range.size === 8) {
      const note = signCheckpoint(
        { origin: ORIGIN, size: range.size, rootHash: range.root(), extensions: [] },
        [key],
      );
      log.checkpoints.push({ size: range.size, note });
    }
  }
  log.state = { size: range.size, root: range.root() };
  return log;
}

async function* each<T>(items: readonly T[]): AsyncIterable<T> {
  for (const item of items) yield await Promise.resolve(item);
}

const source = (log: MemoryLog): LogSource => ({
  rows: () => each(log.rows),
  nodes: (level) => each(log.nodes.filter((node) => node.level === level)),
  checkpoints: () => Promise.resolve(log.checkpoints),
  state: () => Promise.resolve(log.state),
});

const problems = async (log: MemoryLog) =>
  (await verifyLog(source(log), key, ORIGIN)).problems.map(({ kind, row }) => ({ kind, row }));

describe('verifyLog', () => {
  it('accepts an intact log and counts the entries no checkpoint covers yet', async () => {
    const report = await verifyLog(source(memoryLog()), key, ORIGIN);
    expect(report).toEqual({ ok: true, entries: 10, checkpoints: 2, uncovered: 2, problems: [] });
  });

  it('names a row whose searchable column was updated', async () => {
    const log = memoryLog();
    log.rows[3] = { ...log.rows[3]!, columns: { ...log.rows[3]!.columns, sender: 'NL/MUN/0599' } };
    const report = await verifyLog(source(log), key, ORIGIN);
    expect(report.problems).toEqual([
      {
        kind: 'CHANGED',
        row: 3,
        detail: 'column sender is text NL/MUN/0599, its leaf says text NL/MUN/0363/burgerzaken',
      },
    ]);
  });

  it('names a row whose leaf was updated, and the checkpoint it breaks', async () => {
    const log = memoryLog();
    const leaf = sampleLeaf({ offset: 5, senderSequence: 6, purpose: 'something else' });
    log.rows[5] = { index: 5, leaf: encodeLeaf(leaf), columns: entryColumns(leaf) };
    expect(await problems(log)).toEqual([
      { kind: 'CHANGED', row: 5 },
      { kind: 'CHECKPOINT', row: undefined },
      { kind: 'STATE', row: undefined },
    ]);
  });

  it('finds an updated leaf even when its stored tree nodes were rewritten to match', async () => {
    const log = memoryLog();
    const leaf = sampleLeaf({ offset: 1, senderSequence: 2, onBehalfOf: 'someone' });
    log.rows[1] = { index: 1, leaf: encodeLeaf(leaf), columns: entryColumns(leaf) };
    const range = CompactRange.empty();
    log.nodes = log.rows.flatMap((row) => range.append(leafHash(row.leaf)));
    log.state = { size: range.size, root: range.root() };
    const report = await verifyLog(source(log), key, ORIGIN);
    expect(report.problems).toEqual([
      {
        kind: 'CHECKPOINT',
        detail: 'rows 0 to 3 do not give the root of the signed checkpoint 4: a row from 0 on was changed',
      },
      {
        kind: 'CHECKPOINT',
        detail: 'rows 0 to 7 do not give the root of the signed checkpoint 8: a row from 0 on was changed',
      },
    ]);
  });

  it('names a deleted row, in the middle and at the end', async () => {
    const middle = memoryLog();
    middle.rows.splice(6, 1);
    expect(await problems(middle)).toEqual([{ kind: 'DELETED', row: 6 }]);
    const end = memoryLog(8);
    end.rows.pop();
    expect(await problems(end)).toEqual([
      { kind: 'DELETED', row: 7 },
      { kind: 'DELETED', row: 7 },
    ]);
  });

  it('names an inserted row: without a tree node, beyond the log size, or a second copy of a record', async () => {
    const log = memoryLog();
    const leaf = sampleLeaf({ offset: 99 });
    log.rows.push({ index: 10, leaf: encodeLeaf(leaf), columns: entryColumns(leaf) });
    expect(await problems(log)).toEqual([{ kind: 'INSERTED', row: 10 }]);

    const withNode = memoryLog();
    const range = CompactRange.restore(10, [...CompactRange.restore(10, frontierOf(withNode)).frontier]);
    withNode.rows.push({ index: 10, leaf: encodeLeaf(leaf), columns: entryColumns(leaf) });
    withNode.nodes.push(...range.append(leafHash(encodeLeaf(leaf))));
    expect(await problems(withNode)).toEqual([{ kind: 'INSERTED', row: 10 }]);

    const twin = memoryLog();
    const copy = sampleLeaf({ offset: 2 });
    twin.rows[9] = { index: 9, leaf: encodeLeaf(copy), columns: entryColumns(copy) };
    expect(await problems(twin)).toContainEqual({ kind: 'INSERTED', row: 9 });
  });

  it('refuses a checkpoint row whose note was changed', async () => {
    const log = memoryLog();
    log.checkpoints[0] = { size: 4, note: log.checkpoints[0]!.note.replace('\n4\n', '\n5\n') };
    const [first] = (await verifyLog(source(log), key, ORIGIN)).problems;
    expect(first?.kind).toBe('CHECKPOINT');
    expect(first?.detail).toMatch(/^checkpoint row 4: BAD_SIGNATURE/);
  });
});

/** The frontier hashes of a log's stored nodes. */
function frontierOf(log: MemoryLog): Uint8Array[] {
  const range = CompactRange.empty();
  for (const row of log.rows) range.append(leafHash(row.leaf));
  return [...range.frontier];
}
