// From a consumed Kafka message to an appended entry: the entry is built (authenticated) in its
// turn (a slice of the arrivals per event loop iteration), retried while its signer may not be in
// the registry view yet, then handed to the batcher; the promise resolves once it is committed.
import { EnvelopeVerdict } from '@sild/audit-proofs';
import { Reason } from '@sild/contracts';
import { AuditErrorCode, AuditException, type AuditAppender, type PreparedRecord } from '@sild/audit-domain';
import type { ConsumedMessage } from '@sild/platform-kafka';
import type { AppendBatcher } from './append-batcher';
import { auditMetrics } from './audit.metrics';
import { SlicedTurns } from './sliced-turns';

const RETRY_WAIT_MS = 500;
/** Records whose building starts in one event loop iteration (a few milliseconds of work). */
const PER_TURN = 64;

export class RecordIntake {
  private readonly turns = new SlicedTurns(PER_TURN);

  constructor(
    private readonly appender: AuditAppender,
    private readonly batcher: AppendBatcher,
  ) {}

  readonly handle = async (message: ConsumedMessage): Promise<void> => {
    await this.turns.next();
    const prepared = await this.prepare(message);
    const { leaf } = prepared.entry;
    if (leaf.verdict === EnvelopeVerdict.INVALID) auditMetrics.refused.inc({ reason: Reason[leaf.reason] });
    await this.batcher.add(prepared);
  };

  private async prepare(message: ConsumedMessage): Promise<PreparedRecord> {
    const record = {
      topic: message.topic,
      partition: message.partition,
      offset: message.offset,
      value: message.value,
      timestampMs: message.timestamp,
    };
    for (;;) {
      try {
        return await this.appender.prepare(record);
      } catch (error) {
        if (!(error instanceof AuditException && error.code === AuditErrorCode.RETRY_LATER)) throw error;
        await new Promise((resolve) => setTimeout(resolve, RETRY_WAIT_MS));
      }
    }
  }
}
