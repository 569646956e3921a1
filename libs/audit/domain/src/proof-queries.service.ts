// Proofs for auditors: inclusion of an entry in a signed checkpoint's tree, consistency between
// two signed checkpoints, and the latest checkpoint with the log's verifier key. Proofs are only
// given against checkpoints the log signed (the roots auditors can trust).
import { consistencyProof, inclusionProof } from '@sild/audit-proofs';
import { AuditErrorCode, auditError } from './audit.exception';
import type { StoredCheckpoint } from './audit-log.repository';
import type { AuditQueryRepository, EntryRecord } from './audit-query.repository';
import type { Principal } from './principal';
import { sizeOf } from './query-input';

export interface InclusionAnswer {
  readonly entry: EntryRecord;
  readonly checkpoint: StoredCheckpoint;
  readonly hashes: readonly Uint8Array[];
}

export interface ConsistencyAnswer {
  readonly first: StoredCheckpoint;
  readonly second: StoredCheckpoint;
  readonly hashes: readonly Uint8Array[];
}

export class ProofQueries {
  constructor(private readonly repository: AuditQueryRepository) {}

  async latest(principal: Principal): Promise<StoredCheckpoint> {
    const checkpoint = await this.signed(0, 'tree_size');
    await this.record(principal, 'GetLatestCheckpoint', {}, 1);
    return checkpoint;
  }

  async inclusion(principal: Principal, index: number, treeSize: number): Promise<InclusionAnswer> {
    const checkpoint = await this.signed(sizeOf(treeSize, 'tree_size'), 'tree_size');
    if (sizeOf(index, 'index') >= checkpoint.size) {
      throw auditError(
        AuditErrorCode.NOT_FOUND,
        `entry ${index} is not in the checkpoint of ${checkpoint.size} entries (yet)`,
      );
    }
    const entry = await this.repository.entry(index);
    if (!entry) throw auditError(AuditErrorCode.LOG_INCONSISTENT, `entry ${index} is missing from the log`);
    const hashes = await inclusionProof(index, checkpoint.size, this.repository);
    await this.record(principal, 'GetInclusionProof', { index, treeSize: checkpoint.size }, 1);
    return { entry, checkpoint, hashes };
  }

  async consistency(principal: Principal, size1: number, size2: number): Promise<ConsistencyAnswer> {
    const first = await this.signed(sizeOf(size1, 'size1') || -1, 'size1');
    const second = await this.signed(sizeOf(size2, 'size2'), 'size2');
    if (first.size > second.size) {
      throw auditError(
        AuditErrorCode.INVALID_ARGUMENT,
        `size1 ${first.size} is larger than size2 ${second.size}`,
      );
    }
    const hashes = await consistencyProof(first.size, second.size, this.repository);
    await this.record(principal, 'GetConsistencyProof', { size1: first.size, size2: second.size }, 1);
    return { first, second, hashes };
  }

  /** The signed checkpoint of `size` (0: the latest; -1: none was asked for). */
  private async signed(size: number, field: string): Promise<StoredCheckpoint> {
    if (size < 0)
      throw auditError(AuditErrorCode.INVALID_ARGUMENT, `${field} must be the size of a signed checkpoint`);
    const checkpoint =
      size === 0 ? await this.repository.latestCheckpoint() : await this.repository.checkpoint(size);
    if (!checkpoint) {
      throw size === 0
        ? auditError(AuditErrorCode.FAILED_PRECONDITION, 'the log has signed no checkpoint yet')
        : auditError(AuditErrorCode.NOT_FOUND, `the log signed no checkpoint of ${size} entries`);
    }
    return checkpoint;
  }

  private record(
    principal: Principal,
    operation: string,
    parameters: Record<string, unknown>,
    results: number,
  ) {
    return this.repository.recordQuery({ principal: principal.name, operation, parameters, results });
  }
}
