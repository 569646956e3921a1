// Appends consumed records to the Merkle log: one transaction per batch, in (topic, partition,
// offset) order, each Kafka record at most once. The tree frontier, the completed nodes, the
// entries and the consumer positions are committed together, so a crash at any point leaves
// either all of a batch or none of it; a redelivered record is recognised by its position.
import { CompactRange, frontierIds, sameHash, type StoredNode } from '@sild/audit-proofs';
import { AuditErrorCode, auditError } from './audit.exception';
import type { AuditLogRepository, AuditLogWrite, LogState } from './audit-log.repository';
import type { EntryBuilder } from './entry-builder';
import { recordKey, type LogEntry, type ReceivedRecord } from './log-entry';

export interface AppendResult {
  /** Entries appended by this call. */
  readonly appended: number;
  /** Records already in the log (redelivered), skipped. */
  readonly skipped: number;
  /** Log size after the call. */
  readonly size: number;
}

/** A record and the entry built from it (authentication done), ready to append. */
export interface PreparedRecord {
  readonly record: ReceivedRecord;
  readonly entry: LogEntry;
}

/** Order of appends within a batch: by topic, then partition, then offset. */
export function comparePositions(a: ReceivedRecord, b: ReceivedRecord): number {
  if (a.topic !== b.topic) return a.topic < b.topic ? -1 : 1;
  if (a.partition !== b.partition) return a.partition - b.partition;
  const difference = BigInt(a.offset) - BigInt(b.offset);
  return difference < 0n ? -1 : difference > 0n ? 1 : 0;
}

export class AuditAppender {
  private range: CompactRange | undefined;

  constructor(
    private readonly repository: AuditLogRepository,
    private readonly builder: EntryBuilder,
  ) {}

  /** The log size as of the last append this appender made (undefined before the first). */
  get size(): number | undefined {
    return this.range?.size;
  }

  /** Builds a record's entry (CPU work: keep it out of the transaction); may reject RETRY_LATER. */
  async prepare(record: ReceivedRecord): Promise<PreparedRecord> {
    return { record, entry: await this.builder.build(record) };
  }

  async append(records: readonly ReceivedRecord[]): Promise<AppendResult> {
    return this.appendPrepared(await Promise.all(records.map((record) => this.prepare(record))));
  }

  async appendPrepared(batch: readonly PreparedRecord[]): Promise<AppendResult> {
    const sorted = [...batch].sort((a, b) => comparePositions(a.record, b.record));
    const unique = sorted.filter((item, i) => {
      const previous = sorted[i - 1];
      return previous === undefined || comparePositions(previous.record, item.record) !== 0;
    });
    const outcome = await this.repository.write(async (tx) => {
      const state = await tx.lockState();
      const range = await this.rangeAt(state, tx);
      const known = await tx.appended(unique.map(({ entry }) => entry.leaf));
      const fresh: LogEntry[] = unique
        .map(({ entry }) => entry)
        .filter((entry) => !known.has(recordKey(entry.leaf)));
      const working = CompactRange.restore(range.size, range.frontier);
      const nodes: StoredNode[] = fresh.flatMap((entry) => working.append(entry.leafHash));
      if (fresh.length > 0) {
        await tx.append(state.size, fresh, nodes);
        await tx.setState({ size: working.size, root: working.root() });
      }
      return { working, appended: fresh.length };
    });
    this.range = outcome.working;
    return {
      appended: outcome.appended,
      skipped: unique.length - outcome.appended,
      size: outcome.working.size,
    };
  }

  /** The tree state at the committed size: the cached one, or read back from the stored nodes. */
  private async rangeAt(state: LogState, tx: AuditLogWrite): Promise<CompactRange> {
    if (this.range?.size === state.size) return this.range;
    const ids = frontierIds(state.size);
    const range = CompactRange.restore(state.size, [...(await tx.nodeHashes(ids))]);
    if (!sameHash(range.root(), state.root)) {
      throw auditError(
        AuditErrorCode.LOG_INCONSISTENT,
        `the stored nodes of the log (size ${state.size}) do not fold to the stored root`,
      );
    }
    return range;
  }
}
