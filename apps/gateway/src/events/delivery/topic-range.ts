import type { ConsumedMessage, TopicAdmin, TopicReader } from '@sild/platform-kafka';

/** A part of a topic: from `starts` (inclusive) to `ends` (exclusive), per partition. */
export interface TopicRange {
  readonly topic: string;
  readonly starts: ReadonlyMap<number, bigint>;
  readonly ends: ReadonlyMap<number, bigint>;
}

/** Messages in a range (offsets may have gaps: compaction, transaction markers). */
export const rangeSize = (range: TopicRange): number =>
  [...range.ends].reduce((sum, [partition, end]) => {
    const start = range.starts.get(partition) ?? end;
    return sum + Number(end > start ? end - start : 0n);
  }, 0);

/** How much one chunk holds at most: its messages are kept in memory while they are handled. */
export interface ChunkLimits {
  readonly messages: number;
  readonly bytes: number;
}

export const DEFAULT_CHUNK: ChunkLimits = { messages: 500, bytes: 8 * 1024 * 1024 };

/**
 * Reads parts of a topic in chunks held in memory, so that slow work on the messages (deliveries
 * with retries) happens outside the reader's consumer group, which is only alive while a chunk is
 * read. Each chunk is read with a TopicReader (a consumer group of its own, deleted after).
 */
export class TopicRanges {
  constructor(
    private readonly admin: TopicAdmin,
    private readonly reader: TopicReader,
    private readonly groupPrefix: string,
  ) {}

  /** From a consumer group's committed offsets (or the oldest message kept) to the end now. */
  async afterGroup(topic: string, groupId: string): Promise<TopicRange> {
    const [ranges, committed] = await Promise.all([
      this.admin.offsetRanges(topic),
      this.admin.committedOffsets(groupId, topic),
    ]);
    const starts = new Map<number, bigint>();
    const ends = new Map<number, bigint>();
    for (const [partition, { low, high }] of ranges) {
      const mark = BigInt(committed.get(partition) ?? '-1');
      starts.set(partition, mark > BigInt(low) ? mark : BigInt(low));
      ends.set(partition, BigInt(high));
    }
    return { topic, starts, ends };
  }

  /** From the first message written at or after `timestampMs` to the end now. */
  async since(topic: string, timestampMs: number): Promise<TopicRange> {
    const [ends, starts] = await Promise.all([
      this.admin.endOffsets(topic),
      this.admin.offsetsAt(topic, timestampMs),
    ]);
    return { topic, starts: toBig(starts), ends: toBig(ends) };
  }

  /** The range's messages, chunk by chunk, each partition's in order. */
  async *chunks(range: TopicRange, limits: ChunkLimits = DEFAULT_CHUNK): AsyncGenerator<ConsumedMessage[]> {
    const starts = new Map(range.starts);
    for (;;) {
      if ([...range.ends].every(([partition, end]) => (starts.get(partition) ?? end) >= end)) return;
      const chunk = await this.chunk({ ...range, starts }, limits);
      if (chunk.length === 0) return;
      for (const message of chunk) starts.set(message.partition, BigInt(message.offset) + 1n);
      yield chunk;
    }
  }

  private async chunk(range: TopicRange, limits: ChunkLimits): Promise<ConsumedMessage[]> {
    const chunk: ConsumedMessage[] = [];
    const state = { bytes: 0, full: false, stop: (): unknown => undefined };
    const offsets = new Map([...range.starts].map(([partition, start]) => [partition, start.toString()]));
    const read = await this.reader.read(
      range.topic,
      { groupPrefix: this.groupPrefix, from: { offsets } },
      (message) => {
        if (state.full || BigInt(message.offset) >= (range.ends.get(message.partition) ?? 0n)) return;
        chunk.push(message);
        state.bytes += message.value?.length ?? 0;
        state.full = chunk.length >= limits.messages || state.bytes >= limits.bytes;
        if (state.full) state.stop();
      },
    );
    // a full chunk stops the read at once (without waiting for the batch being handled)
    state.stop = () => read.stop();
    if (state.full) void read.stop();
    await read.caughtUp;
    await read.stop();
    return chunk;
  }
}

const toBig = (offsets: ReadonlyMap<number, string>): Map<number, bigint> =>
  new Map([...offsets].map(([partition, offset]) => [partition, BigInt(offset)]));
