import type { Checkpointer } from '@sild/audit-domain';
import type { SqlDatabase } from '@sild/platform-database';
import { readinessCheck, type ReadinessCheck } from '@sild/platform-health';
import type { TopicAdmin } from '@sild/platform-kafka';
import { registryViewReadiness, type RegistryView } from '@sild/registry-view';
import type { AuditConsumer } from './audit-consumer';
import type { AuditWriter } from './audit-writer';

/**
 * Ready when Kafka and the database answer, the registry view is current, the log key is loaded,
 * this replica is the writer (standbys are not ready until they take over) and consumes, and
 * checkpoints are being signed.
 */
export function auditReadiness(parts: {
  readonly admin: TopicAdmin;
  readonly db: SqlDatabase;
  readonly view: RegistryView;
  readonly writer: AuditWriter;
  readonly consumer: AuditConsumer;
  readonly checkpointer: Checkpointer;
  readonly verifierKey: string;
  readonly maxViewAgeMs: number;
}): ReadinessCheck[] {
  const { writer, consumer, checkpointer } = parts;
  return [
    readinessCheck('kafka', async () => ({ brokers: await parts.admin.ping() })),
    readinessCheck('database', async () => {
      await parts.db.ping();
      return { kind: parts.db.kind };
    }),
    readinessCheck(
      'registry-view',
      registryViewReadiness(parts.view, parts.maxViewAgeMs > 0 ? { maxAgeMs: parts.maxViewAgeMs } : {}),
    ),
    readinessCheck('log-key', () => Promise.resolve({ verifierKey: parts.verifierKey })),
    readinessCheck('writer', () => {
      if (!writer.isWriter)
        return Promise.reject(new Error('standing by: another replica holds the writer lock'));
      if (consumer.topics.length > 0 && !consumer.isRunning) {
        return Promise.reject(new Error('the consumer is not running'));
      }
      return Promise.resolve({ topics: consumer.topics.length });
    }),
    readinessCheck('checkpoints', () => {
      const halted = checkpointer.haltedBy;
      if (halted) return Promise.reject(new Error(`signing stopped: ${halted.message}`));
      const latest = checkpointer.latest;
      return Promise.resolve(
        latest ? { size: latest.size, signedAt: latest.signedAt.toISOString() } : { size: 0 },
      );
    }),
  ];
}
