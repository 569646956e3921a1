import type { InboundEvent, SubscriptionLog } from '@sild/gateway-domain';
import type { TopicRanges } from './topic-range';

/** A subscription topic read again from a point in time, up to its end at the call. */
export class KafkaSubscriptionLog implements SubscriptionLog {
  constructor(
    private readonly ranges: TopicRanges,
    private readonly topic: string,
  ) {}

  async readFrom(
    fromMs: number,
    visit: (event: InboundEvent) => Promise<void>,
    signal: AbortSignal,
  ): Promise<void> {
    const range = await this.ranges.since(this.topic, fromMs);
    for await (const chunk of this.ranges.chunks(range)) {
      for (const event of chunk) {
        signal.throwIfAborted();
        await visit(event);
      }
    }
  }
}
