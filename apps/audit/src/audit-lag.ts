// The log's consumer lag per audited topic: records on Kafka (high watermark) not yet appended
// (the positions committed with the entries), sampled every few seconds while this replica writes.
import { partitionKey } from '@sild/audit-domain';
import type { SqlAuditLogRepository } from '@sild/audit-data-access';
import type { TopicAdmin } from '@sild/platform-kafka';
import type { Logger } from '@sild/platform-logging';
import { gauge } from '@sild/platform-telemetry';

const lagGauge = gauge(
  'sild_audit_consumer_lag_records',
  'Records on an audited topic not appended to the log yet',
  ['topic'],
);

export class AuditLag {
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly admin: TopicAdmin,
    private readonly log: SqlAuditLogRepository,
    private readonly topics: () => readonly string[],
    private readonly logger: Logger,
    private readonly intervalMs = 10_000,
  ) {}

  start(): void {
    this.timer ??= setInterval(() => void this.sample(), this.intervalMs);
    this.timer.unref();
  }

  stop(): void {
    clearInterval(this.timer);
    this.timer = undefined;
  }

  /** Records not appended yet, per topic. */
  async sample(): Promise<Map<string, number>> {
    const lags = new Map<string, number>();
    try {
      const positions = await this.log.positions();
      for (const topic of this.topics()) {
        let lag = 0n;
        for (const [partition, { low, high }] of await this.admin.offsetRanges(topic)) {
          const next = positions.get(partitionKey(topic, partition)) ?? BigInt(low);
          if (BigInt(high) > next) lag += BigInt(high) - next;
        }
        lags.set(topic, Number(lag));
        lagGauge.set({ topic }, Number(lag));
      }
    } catch (error) {
      this.logger.warn({ err: error }, 'audit consumer lag not sampled');
    }
    return lags;
  }
}
