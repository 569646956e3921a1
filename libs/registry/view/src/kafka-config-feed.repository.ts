import { randomUUID } from 'node:crypto';
import { KafkaConsumer, TopicAdmin, type ConsumedMessage, type KafkaClient } from '@sild/platform-kafka';
import type { Logger } from '@sild/platform-logging';
import type { ConfigFeed, ConfigFeedMessage } from './config-feed.repository';

export interface ConfigTopics {
  readonly config: string;
  readonly snapshots: string;
}

/** Offsets per partition as BigInt. */
type Positions = Map<number, bigint>;

/**
 * Reads the registry topics with consumer groups of its own (kafkajs cannot assign partitions
 * by hand): `<groupPrefix>-snapshots-<uuid>` and `<groupPrefix>-config-<uuid>`, deleted on stop.
 * Knows it has caught up when its next offset reaches the high watermark taken at the start.
 */
export class KafkaConfigFeed implements ConfigFeed {
  private readonly admin: TopicAdmin;
  private readonly next: Positions = new Map();
  private readonly groups: string[] = [];
  private follower: KafkaConsumer | undefined;
  private stopping: () => void = () => undefined;
  /** Resolves on stop(), so that nobody waits for a catch-up that will not come. */
  private readonly stopped = new Promise<void>((resolve) => (this.stopping = resolve));

  constructor(
    private readonly kafka: KafkaClient,
    private readonly topics: ConfigTopics,
    private readonly groupPrefix: string,
    private readonly logger: Logger,
  ) {
    this.admin = new TopicAdmin(kafka, 1);
  }

  async readSnapshots(handle: (value: Uint8Array | null) => void): Promise<void> {
    const ranges = await this.admin.offsetRanges(this.topics.snapshots);
    if ([...ranges.values()].every((range) => range.low === range.high)) return;
    const reader = await this.read(this.topics.snapshots, ranges, 'snapshots', undefined, new Map(), (m) => {
      handle(m.value);
    });
    await reader.caughtUp;
    await reader.consumer.stop();
  }

  async follow(fromOffset: string | undefined, handle: (message: ConfigFeedMessage) => void): Promise<void> {
    const ranges = await this.admin.offsetRanges(this.topics.config);
    const reader = await this.read(this.topics.config, ranges, 'config', fromOffset, this.next, (m) => {
      handle({ key: m.key?.toString('utf8') ?? null, value: m.value, offset: m.offset });
    });
    this.follower = reader.consumer;
    await reader.caughtUp;
  }

  async lag(): Promise<number> {
    const ends = await this.admin.endOffsets(this.topics.config);
    let lag = 0n;
    for (const [partition, end] of ends) {
      const behind = BigInt(end) - (this.next.get(partition) ?? 0n);
      if (behind > 0n) lag += behind;
    }
    return Number(lag);
  }

  async stop(): Promise<void> {
    this.stopping();
    await this.follower?.stop();
    this.follower = undefined;
    try {
      await this.admin.deleteGroups(this.groups.splice(0));
    } catch (error) {
      this.logger.warn({ err: error }, 'registry view: could not delete its consumer groups');
    }
    await this.admin.close();
  }

  /** Starts a reader of `topic` at `fromOffset` (partition 0) or the beginning. */
  private async read(
    topic: string,
    ranges: Map<number, { low: string; high: string }>,
    role: string,
    fromOffset: string | undefined,
    positions: Positions,
    handle: (message: ConsumedMessage) => void,
  ): Promise<{ consumer: KafkaConsumer; caughtUp: Promise<void> }> {
    const target: Positions = new Map([...ranges].map(([p, range]) => [p, BigInt(range.high)]));
    for (const [partition, range] of ranges) {
      const start = partition === 0 && fromOffset !== undefined ? BigInt(fromOffset) : 0n;
      positions.set(partition, start > BigInt(range.low) ? start : BigInt(range.low));
    }
    let reached: () => void = () => undefined;
    const caughtUp = new Promise<void>((resolve) => (reached = resolve));
    const check = () => {
      if ([...target].every(([p, end]) => (positions.get(p) ?? 0n) >= end)) reached();
    };
    const groupId = `${this.groupPrefix}-${role}-${randomUUID()}`;
    this.groups.push(groupId);
    const consumer = new KafkaConsumer(
      this.kafka,
      {
        groupId,
        topics: [topic],
        fromBeginning: true,
        handle: (message) => {
          positions.set(message.partition, BigInt(message.offset) + 1n);
          handle(message);
          check();
          return Promise.resolve();
        },
      },
      this.logger,
    );
    await consumer.start();
    if (fromOffset !== undefined) consumer.seek(topic, 0, fromOffset);
    check();
    return { consumer, caughtUp: Promise.race([caughtUp, this.stopped]) };
  }
}
