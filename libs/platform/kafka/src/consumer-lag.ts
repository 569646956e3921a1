import { gauge } from '@sild/platform-telemetry';

const lagGauge = gauge(
  'sild_kafka_consumer_lag_records',
  'Records a consumer group has still to handle in a partition it owns: high watermark minus the next offset, at the last fetch or commit',
  ['topic', 'partition', 'group'],
);

/**
 * The lag of one consumer-group member, per partition it owns, sampled for free from what each
 * fetch returns (the partition's high watermark): when a batch starts, the records from its first
 * message on; after its commit, the records after it. A member that loses a partition (rebalance,
 * stop) drops its series, so the new owner's is the only one.
 */
export class ConsumerLag {
  private readonly owned = new Set<string>();

  constructor(private readonly group: string) {}

  /** Records still to handle in `topic/partition` when the next one to handle is `nextOffset`. */
  record(topic: string, partition: number, highWatermark: string, nextOffset: string): void {
    const lag = BigInt(highWatermark) - BigInt(nextOffset);
    this.owned.add(`${partition}@${topic}`);
    lagGauge.set({ topic, partition: String(partition), group: this.group }, Number(lag > 0n ? lag : 0n));
  }

  /** Keeps the series of the partitions in `assignment` and drops the others. */
  retain(assignment: Readonly<Record<string, readonly number[]>>): void {
    const kept = new Set(
      Object.entries(assignment).flatMap(([topic, partitions]) => partitions.map((p) => `${p}@${topic}`)),
    );
    for (const key of [...this.owned].filter((owned) => !kept.has(owned))) {
      const at = key.indexOf('@');
      lagGauge.remove({ topic: key.slice(at + 1), partition: key.slice(0, at), group: this.group });
      this.owned.delete(key);
    }
  }
}
