// The writer role: one replica holds the log's advisory lock and consumes, appends and signs;
// the others wait for the lock (hot standby) and serve queries. Losing the lock's connection
// stops consuming at once: what was not committed to Kafka is redelivered to the next writer,
// and entries already appended are recognised by their position.
import type { AuditAppender, AuditLogRepository, Checkpointer } from '@sild/audit-domain';
import type { SqlWriterLock } from '@sild/audit-data-access';
import type { Logger } from '@sild/platform-logging';
import type { AppendBatcher } from './append-batcher';
import type { AuditConsumer } from './audit-consumer';
import type { AuditLag } from './audit-lag';

export interface WriterParts {
  readonly lock: SqlWriterLock;
  readonly appender: AuditAppender;
  readonly batcher: AppendBatcher;
  readonly checkpointer: Checkpointer;
  readonly consumer: AuditConsumer;
  readonly lag: AuditLag;
  readonly repository: AuditLogRepository;
  readonly checkpointIntervalMs: number;
  readonly logger: Logger;
}

const RETRY_MS = 2_000;

export class AuditWriter {
  private readonly stopping = new AbortController();
  private loop: Promise<void> | undefined;
  private writing = false;

  constructor(private readonly parts: WriterParts) {}

  /** Whether this replica appends now (holds the lock and consumes). */
  get isWriter(): boolean {
    return this.writing && this.parts.lock.held;
  }

  start(): void {
    this.loop ??= this.run();
  }

  async stop(): Promise<void> {
    this.stopping.abort();
    await this.loop;
  }

  /** Signs a checkpoint if one is due (after appends, and on a timer). */
  async checkpointIfDue(): Promise<void> {
    const { appender, checkpointer, repository, logger } = this.parts;
    try {
      await checkpointer.maybeCheckpoint(appender.size ?? (await repository.state()).size);
    } catch (error) {
      logger.error({ err: error }, 'checkpoint not signed');
    }
  }

  private async run(): Promise<void> {
    const { lock, logger } = this.parts;
    const stopped = new Promise<void>((resolve) => {
      this.stopping.signal.addEventListener('abort', () => {
        resolve();
      });
    });
    while (!this.stopping.signal.aborted) {
      logger.info({ key: lock.key }, 'waiting for the audit writer lock');
      const held = await lock.acquire(this.stopping.signal);
      if (!held) break;
      try {
        await this.write(
          Promise.race([held.lost.then((error) => error.message), stopped.then(() => 'stopping')]),
        );
      } catch (error) {
        logger.error({ err: error }, 'the audit writer failed; it will try again');
        await new Promise((resolve) => setTimeout(resolve, RETRY_MS));
      } finally {
        await lock.release().catch(() => undefined);
      }
    }
  }

  /** Appends and signs until `until` settles (lock lost or stopping). */
  private async write(until: Promise<string>): Promise<void> {
    const { checkpointer, consumer, batcher, lag, logger } = this.parts;
    logger.info('holding the audit writer lock: appending');
    this.writing = true;
    const timer = setInterval(
      () => void this.checkpointIfDue(),
      Math.min(1_000, this.parts.checkpointIntervalMs),
    );
    try {
      await checkpointer.start();
      await consumer.start();
      lag.start();
      const reason = await until;
      logger.warn({ reason }, 'no longer the audit writer');
    } finally {
      this.writing = false;
      clearInterval(timer);
      lag.stop();
      await consumer.stop();
      await batcher.drained();
      // a clean stop covers what was appended; after a lost lock the next writer does that
      if (this.stopping.signal.aborted) await this.checkpointIfDue();
    }
  }
}
