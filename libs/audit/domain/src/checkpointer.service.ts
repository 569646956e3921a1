// Signs checkpoints of the log (C2SP tlog-checkpoint notes) every N entries or T milliseconds,
// stores them and publishes them. Before signing it proves, from the stored nodes, that the new
// tree extends the last signed one; if not, it stops signing for good (LOG_INCONSISTENT): the log
// never signs two inconsistent checkpoints.
import {
  consistencyProof,
  rootAt,
  sameHash,
  signCheckpoint,
  verifyConsistency,
  type NoteSigner,
} from '@sild/audit-proofs';
import { AuditErrorCode, AuditException, auditError } from './audit.exception';
import type { AuditLogRepository, AuditLogWrite, StoredCheckpoint } from './audit-log.repository';

export interface CheckpointPolicy {
  /** Sign once this many entries were appended since the last checkpoint. */
  readonly everyEntries: number;
  /** Sign when entries are waiting and the last checkpoint is this old. */
  readonly intervalMs: number;
}

/** Where signed checkpoints go after they are stored (a Kafka topic). */
export interface CheckpointSink {
  publish(checkpoint: StoredCheckpoint): Promise<void>;
}

export class Checkpointer {
  private last: StoredCheckpoint | undefined;
  private halted: AuditException | undefined;
  private running: Promise<StoredCheckpoint | undefined> | undefined;

  constructor(
    private readonly repository: AuditLogRepository,
    private readonly signer: NoteSigner,
    private readonly origin: string,
    private readonly sink: CheckpointSink,
    private readonly policy: CheckpointPolicy,
    private readonly clock: () => number = Date.now,
  ) {}

  /** The newest checkpoint this process knows of. */
  get latest(): StoredCheckpoint | undefined {
    return this.last;
  }

  /** Why signing stopped, if it did. */
  get haltedBy(): AuditException | undefined {
    return this.halted;
  }

  /** Reads the last checkpoint and publishes any stored but not yet published ones. */
  async start(): Promise<void> {
    this.last = await this.repository.latestCheckpoint();
    await this.publishPending();
  }

  /** Whether a log of `size` entries is due for a checkpoint now. */
  due(size: number): boolean {
    const last = this.last;
    if (size === 0 || (last !== undefined && size <= last.size)) return false;
    if (last === undefined || size - last.size >= this.policy.everyEntries) return true;
    return this.clock() - last.signedAt.getTime() >= this.policy.intervalMs;
  }

  /** Signs when due (one signing at a time); returns the new checkpoint, if any. */
  async maybeCheckpoint(size: number): Promise<StoredCheckpoint | undefined> {
    if (this.halted) throw this.halted;
    if (!this.due(size)) return undefined;
    this.running ??= this.checkpoint().finally(() => (this.running = undefined));
    return this.running;
  }

  /** Signs a checkpoint of the committed log if it grew since the last one. */
  async checkpoint(): Promise<StoredCheckpoint | undefined> {
    if (this.halted) throw this.halted;
    let signed: StoredCheckpoint | undefined;
    try {
      signed = await this.repository.write((tx) => this.signInside(tx));
    } catch (error) {
      if (error instanceof AuditException && error.code === AuditErrorCode.LOG_INCONSISTENT)
        this.halted = error;
      throw error;
    }
    if (signed) {
      this.last = signed;
      await this.publishPending();
    }
    return signed;
  }

  async publishPending(): Promise<void> {
    for (const checkpoint of await this.repository.unpublishedCheckpoints()) {
      await this.sink.publish(checkpoint);
      await this.repository.markPublished(checkpoint.size);
    }
  }

  private async signInside(tx: AuditLogWrite): Promise<StoredCheckpoint | undefined> {
    // the newest checkpoint first, then the committed state, which can only have grown since: a
    // checkpoint signs what is committed, so appends need not wait for it (the stored tree of a
    // committed size never changes; appends alone lock the state row, one after another)
    const previous = await tx.latestCheckpoint();
    const state = await tx.committedState();
    if (previous && previous.size > state.size) {
      throw auditError(
        AuditErrorCode.LOG_INCONSISTENT,
        `the log has ${state.size} entries but a checkpoint of ${previous.size} was signed`,
      );
    }
    if (state.size === 0 || previous?.size === state.size) {
      this.last = previous;
      return undefined;
    }
    const root = await rootAt(state.size, tx);
    if (!sameHash(root, state.root)) {
      throw auditError(
        AuditErrorCode.LOG_INCONSISTENT,
        `the stored nodes of size ${state.size} do not fold to the stored root`,
      );
    }
    if (previous) await this.proveExtends(previous, state.size, root, tx);
    const note = signCheckpoint({ origin: this.origin, size: state.size, rootHash: root, extensions: [] }, [
      this.signer,
    ]);
    const checkpoint = { size: state.size, root, note, signedAt: new Date(this.clock()) };
    await tx.addCheckpoint(checkpoint);
    return checkpoint;
  }

  private async proveExtends(
    previous: StoredCheckpoint,
    size: number,
    root: Uint8Array,
    tx: AuditLogWrite,
  ): Promise<void> {
    try {
      const proof = await consistencyProof(previous.size, size, tx);
      verifyConsistency({ size1: previous.size, size2: size, root1: previous.root, root2: root, proof });
    } catch (error) {
      throw auditError(
        AuditErrorCode.LOG_INCONSISTENT,
        `the log of ${size} entries does not extend the checkpoint of ${previous.size}: ${
          error instanceof Error ? error.message : String(error)
        }`,
        error,
      );
    }
  }
}
