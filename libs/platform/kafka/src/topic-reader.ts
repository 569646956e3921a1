import { randomUUID } from 'node:crypto';
import type { Kafka } from 'kafkajs';
import type { Logger } from '@sild/platform-logging';
import { KafkaConsumer } from './kafka-consumer.service';
import type { ConsumedMessage } from './kafka-message';
import type { TopicAdmin } from './topic-admin.service';

export interface TopicReadOptions {
  /**
   * Where to start: the oldest message kept (default), the first written at or after a time, or
   * given offsets per partition (e.g. a group's committed ones; missing partitions start at the
   * oldest message, offsets before it at it).
   */
  readonly from?:
    'beginning' | { readonly timestampMs: number } | { readonly offsets: ReadonlyMap<number, string> };
  /** `end` (default): stop at the high watermarks taken at the start. `follow`: keep reading. */
  readonly mode?: 'end' | 'follow';
  /** Names the reader's own consumer group: `<groupPrefix>-<uuid>`, deleted when it stops. */
  readonly groupPrefix: string;
}

export interface TopicRead {
  /** Resolves once every partition reached the high watermark taken at the start. */
  readonly caughtUp: Promise<void>;
  /** Messages handled so far. */
  readonly handled: () => number;
  /** Stops reading and deletes the reader's consumer group (once; later calls wait for it). */
  stop(): Promise<void>;
}

type Positions = Map<number, bigint>;

/**
 * Reads a whole topic, or the part of it after a point in time, without touching any other
 * consumer group's offsets: a group of its own (kafkajs cannot assign partitions by hand),
 * deleted when the read stops. Messages are handed over in partition order; a partition's
 * messages before the start position (fetched before the seek took effect) are skipped.
 */
export class TopicReader {
  constructor(
    private readonly kafka: Kafka,
    private readonly admin: TopicAdmin,
    private readonly logger: Logger,
  ) {}

  async read(
    topic: string,
    options: TopicReadOptions,
    handle: (message: ConsumedMessage) => Promise<void> | void,
  ): Promise<TopicRead> {
    const ranges = await this.admin.offsetRanges(topic);
    const starts = await this.startsOf(topic, ranges, options.from);
    const ends: Positions = new Map([...ranges].map(([p, range]) => [p, BigInt(range.high)]));
    const next: Positions = new Map(starts);
    let count = 0;
    let reached: () => void = () => undefined;
    const caughtUp = new Promise<void>((resolve) => (reached = resolve));
    const check = () => {
      if ([...ends].every(([p, end]) => (next.get(p) ?? 0n) >= end)) reached();
    };
    const groupId = `${options.groupPrefix}-${randomUUID()}`;
    const follow = options.mode === 'follow';
    const consumer = new KafkaConsumer(
      this.kafka,
      {
        groupId,
        topics: [topic],
        fromBeginning: true,
        handle: async (message) => {
          const offset = BigInt(message.offset);
          const end = ends.get(message.partition) ?? 0n;
          if (offset < (starts.get(message.partition) ?? 0n) || (!follow && offset >= end)) return;
          await handle(message);
          count++;
          next.set(message.partition, offset + 1n);
          check();
        },
      },
      this.logger,
    );
    await consumer.start();
    for (const [partition, start] of starts) {
      if (start > BigInt(ranges.get(partition)?.low ?? 0)) consumer.seek(topic, partition, start.toString());
    }
    check();
    let stopping: Promise<void> | undefined;
    const stop = () =>
      (stopping ??= (async () => {
        reached();
        await consumer.stop();
        await this.admin.deleteGroups([groupId]).catch((error: unknown) => {
          this.logger.warn({ err: error, groupId }, 'topic reader: could not delete its consumer group');
        });
      })());
    return { caughtUp, handled: () => count, stop };
  }

  private async startsOf(
    topic: string,
    ranges: ReadonlyMap<number, { low: string; high: string }>,
    from: TopicReadOptions['from'],
  ): Promise<Positions> {
    const low = (partition: number) => BigInt(ranges.get(partition)?.low ?? 0);
    if (from === undefined || from === 'beginning') {
      return new Map([...ranges.keys()].map((p) => [p, low(p)]));
    }
    if ('offsets' in from) {
      return new Map(
        [...ranges.keys()].map((p) => {
          const given = BigInt(from.offsets.get(p) ?? -1);
          return [p, given > low(p) ? given : low(p)];
        }),
      );
    }
    const offsets = await this.admin.offsetsAt(topic, from.timestampMs);
    return new Map([...offsets].map(([p, o]) => [p, BigInt(o)]));
  }
}
