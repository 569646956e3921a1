// `sild audit verify-log`: recomputes the whole tree from the stored rows and compares it with
// the stored tree nodes, the stored state and every signed checkpoint, so a changed, deleted or
// inserted row is found and named (docs/auditing.md, "Verifying the stored log").
import {
  CompactRange,
  decodeLeaf,
  leafHash,
  openCheckpoint,
  sameHash,
  type NoteVerifier,
  type StoredNode,
} from '@sild/audit-proofs';
import { ENTRY_COLUMNS, columnText, entryColumns, type EntryColumn } from './entry-columns';

export interface LogRow {
  readonly index: number;
  readonly leaf: Uint8Array;
  /** The searchable columns as stored (compared with what the leaf says). */
  readonly columns: Readonly<Partial<Record<EntryColumn, unknown>>>;
}

/** The stored log, read in order (see docs/auditing.md for the tables and columns). */
export interface LogSource {
  /** Rows by increasing index. */
  rows(): AsyncIterable<LogRow>;
  /** The stored nodes of one tree level (0: leaf hashes), by increasing index. */
  nodes(level: number): AsyncIterable<StoredNode>;
  checkpoints(): Promise<{ readonly size: number; readonly note: string }[]>;
  state(): Promise<{ readonly size: number; readonly root: Uint8Array }>;
}

export type LogProblemKind = 'CHANGED' | 'DELETED' | 'INSERTED' | 'CHECKPOINT' | 'STATE';

export interface LogProblem {
  readonly kind: LogProblemKind;
  /** The row (entry index) the problem is about, if one. */
  readonly row?: number;
  readonly detail: string;
}

export interface LogReport {
  readonly ok: boolean;
  readonly entries: number;
  readonly checkpoints: number;
  /** Entries after the last checkpoint (not covered by a signature yet). */
  readonly uncovered: number;
  readonly problems: readonly LogProblem[];
}

const key = (node: { level: number; index: number }): string => `${node.level}:${node.index}`;

/** Reads the stored nodes level by level, each level in index order, as the rows need them. */
class NodeReader {
  private readonly levels: AsyncIterator<StoredNode>[] = [];

  constructor(private readonly source: LogSource) {}

  /** The next stored node of `wanted.level` if it is `wanted`, else undefined. */
  async next(wanted: { level: number; index: number }): Promise<StoredNode | undefined> {
    const level = (this.levels[wanted.level] ??= this.source.nodes(wanted.level)[Symbol.asyncIterator]());
    const next = await level.next();
    return !next.done && key(next.value) === key(wanted) ? next.value : undefined;
  }
}

/** What is wrong with a row itself: its leaf, its columns, a second copy of a Kafka record. */
function rowProblems(row: LogRow, positions: Map<string, number>): LogProblem[] {
  let leaf;
  try {
    leaf = decodeLeaf(row.leaf);
  } catch (error) {
    return [
      { kind: 'CHANGED', row: row.index, detail: `its leaf is no leaf record: ${(error as Error).message}` },
    ];
  }
  const problems: LogProblem[] = [];
  const column = columnProblem(row, leaf);
  if (column) problems.push({ kind: 'CHANGED', row: row.index, detail: column });
  const position = `${leaf.topic}/${leaf.partition}@${leaf.offset}`;
  const twin = positions.get(position);
  if (twin !== undefined) {
    problems.push({ kind: 'INSERTED', row: row.index, detail: `it repeats the Kafka record of row ${twin}` });
  }
  positions.set(position, row.index);
  return problems;
}

function columnProblem(row: LogRow, leaf: ReturnType<typeof decodeLeaf>): string | undefined {
  const expected = entryColumns(leaf);
  for (const column of ENTRY_COLUMNS) {
    if (!(column in row.columns)) continue;
    const stored = columnText(column, row.columns[column]);
    const derived = columnText(column, expected[column]);
    if (stored !== derived)
      return `column ${column} is ${stored ?? 'NULL'}, its leaf says ${derived ?? 'NULL'}`;
  }
  return undefined;
}

export async function verifyLog(source: LogSource, logKey: NoteVerifier, origin: string): Promise<LogReport> {
  const problems: LogProblem[] = [];
  const signed = new Map<number, Uint8Array>();
  const stored = await source.checkpoints();
  for (const { size, note } of stored) {
    try {
      const checkpoint = openCheckpoint(note, origin, [logKey]);
      if (checkpoint.size !== size) {
        problems.push({
          kind: 'CHECKPOINT',
          detail: `checkpoint row ${size} holds a note of size ${checkpoint.size}`,
        });
      }
      signed.set(checkpoint.size, checkpoint.rootHash);
    } catch (error) {
      problems.push({ kind: 'CHECKPOINT', detail: `checkpoint row ${size}: ${(error as Error).message}` });
    }
  }
  const nodes = new NodeReader(source);
  const range = CompactRange.empty();
  const fromStored = CompactRange.empty();
  const positions = new Map<string, number>();
  let lastGood = 0;
  for await (const row of source.rows()) {
    if (range.size < row.index) {
      problems.push({ kind: 'DELETED', row: range.size, detail: `row ${range.size} is missing (deleted)` });
      // the missing leaf is unknown: the roots of later checkpoints cannot be recomputed
      return finish(problems, range.size, stored.length, signed, true);
    }
    const storedLeaf = await nodes.next({ level: 0, index: row.index });
    if (!storedLeaf) {
      problems.push({
        kind: 'INSERTED',
        row: row.index,
        detail: 'no leaf hash was stored for it (inserted?)',
      });
      return finish(problems, range.size, stored.length, signed, true);
    }
    const recomputed = leafHash(row.leaf);
    range.append(recomputed);
    if (!sameHash(storedLeaf.hash, recomputed)) {
      problems.push({
        kind: 'CHANGED',
        row: row.index,
        detail: 'its leaf does not hash to the stored leaf hash',
      });
    }
    problems.push(...rowProblems(row, positions));
    // upper nodes are checked against the stored leaf hashes, so a changed leaf is named once
    for (const completed of fromStored.append(storedLeaf.hash).slice(1)) {
      const node = await nodes.next(completed);
      if (!node) {
        problems.push({ kind: 'DELETED', row: row.index, detail: `tree node ${key(completed)} is missing` });
        return finish(problems, range.size, stored.length, signed, true);
      }
      if (!sameHash(node.hash, completed.hash)) {
        problems.push({ kind: 'CHANGED', row: row.index, detail: `tree node ${key(node)} was changed` });
      }
    }
    const root = signed.get(range.size);
    if (root) {
      if (sameHash(root, range.root())) lastGood = range.size;
      else {
        problems.push({
          kind: 'CHECKPOINT',
          detail: `rows 0 to ${range.size - 1} do not give the root of the signed checkpoint ${range.size}: a row from ${lastGood} on was changed`,
        });
      }
    }
  }
  const state = await source.state();
  if (range.size > state.size) {
    problems.push({
      kind: 'INSERTED',
      row: state.size,
      detail: `the log holds ${state.size} entries, rows from ${state.size} on were inserted`,
    });
  } else if (range.size < state.size) {
    problems.push({
      kind: 'DELETED',
      row: range.size,
      detail: `the log holds ${state.size} entries, rows from ${range.size} on were deleted`,
    });
  } else if (!sameHash(state.root, range.root())) {
    problems.push({ kind: 'STATE', detail: 'the stored root is not the root of the rows' });
  }
  return finish(problems, range.size, stored.length, signed, false);
}

function finish(
  problems: LogProblem[],
  entries: number,
  checkpoints: number,
  signed: ReadonlyMap<number, Uint8Array>,
  stopped: boolean,
): LogReport {
  const largest = Math.max(0, ...signed.keys());
  if (!stopped && largest > entries) {
    problems.push({
      kind: 'DELETED',
      row: entries,
      detail: `the signed checkpoint ${largest} covers rows up to ${largest - 1}, the log ends at ${entries - 1} (rows deleted)`,
    });
  }
  return {
    ok: problems.length === 0,
    entries,
    checkpoints,
    uncovered: Math.max(0, entries - largest),
    problems,
  };
}
