import type { DeadLetterQueue, InboundEvent } from '@sild/gateway-domain';
import type { ConsumedMessage, TopicAdmin } from '@sild/platform-kafka';
import { deadLetterEntry, type DeadLetterEntry } from './kafka-dead-letters';
import { rangeSize, type TopicRanges } from './topic-range';

/**
 * A subscription's pending dead letters: those of its dead-letter topic after the committed
 * offsets of the redrive group (`<delivery group>.redrive`), which never has members: a redrive
 * moves it past the letters it is done with.
 */
export class KafkaDeadLetterQueue implements DeadLetterQueue {
  constructor(
    private readonly admin: TopicAdmin,
    private readonly ranges: TopicRanges,
    private readonly topic: string,
    private readonly redriveGroup: string,
  ) {}

  /** The oldest `limit` pending dead letters, and how many are pending. */
  async list(limit: number): Promise<{ letters: DeadLetterEntry[]; pending: number }> {
    const range = await this.ranges.afterGroup(this.topic, this.redriveGroup);
    const pending = rangeSize(range);
    if (pending === 0 || limit <= 0) return { letters: [], pending };
    const letters: ConsumedMessage[] = [];
    for await (const chunk of this.ranges.chunks(range, { messages: limit, bytes: 64 * 1024 * 1024 })) {
      letters.push(...chunk);
      break;
    }
    letters.sort((a, b) => a.timestamp - b.timestamp);
    return { letters: letters.map(deadLetterEntry), pending };
  }

  async drain(visit: (letter: InboundEvent) => Promise<boolean>, signal: AbortSignal): Promise<number> {
    const range = await this.ranges.afterGroup(this.topic, this.redriveGroup);
    const pending = rangeSize(range);
    const mark = new Map<number, string>();
    try {
      for await (const chunk of this.ranges.chunks(range)) {
        for (const letter of chunk) {
          signal.throwIfAborted();
          if (!(await visit(letter))) return pending;
          mark.set(letter.partition, (BigInt(letter.offset) + 1n).toString());
        }
        await this.admin.setCommittedOffsets(this.redriveGroup, this.topic, mark);
      }
      return pending;
    } finally {
      await this.admin.setCommittedOffsets(this.redriveGroup, this.topic, mark);
    }
  }
}
