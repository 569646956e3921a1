import type { TopicAdmin } from '@sild/platform-kafka';
import type { Logger } from '@sild/platform-logging';
import { gauge } from '@sild/platform-telemetry';

const lagGauge = gauge(
  'sild_router_consumer_lag_messages',
  'Messages on an event topic the router group has not committed yet',
  ['topic'],
);

/**
 * Samples the router group's lag per event topic (high watermark minus committed offset, summed
 * over partitions) every few seconds; the metric shows the last sample.
 */
export class RouterLag {
  private topics: readonly string[] = [];
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly admin: TopicAdmin,
    private readonly group: string,
    private readonly logger: Logger,
    private readonly intervalMs = 5_000,
  ) {}

  track(topics: readonly string[]): void {
    this.topics = topics;
  }

  start(): void {
    this.timer = setInterval(() => void this.sample(), this.intervalMs);
    this.timer.unref();
  }

  stop(): void {
    clearInterval(this.timer);
  }

  /** Messages not yet committed, per topic. */
  async sample(): Promise<Map<string, number>> {
    const lags = new Map<string, number>();
    try {
      for (const topic of this.topics) {
        const [ranges, committed] = await Promise.all([
          this.admin.offsetRanges(topic),
          this.admin.committedOffsets(this.group, topic),
        ]);
        let lag = 0n;
        for (const [partition, { low, high }] of ranges) {
          const at = BigInt(committed.get(partition) ?? '-1');
          lag += BigInt(high) - (at < BigInt(low) ? BigInt(low) : at);
        }
        lags.set(topic, Number(lag));
        lagGauge.set({ topic }, Number(lag));
      }
    } catch (error) {
      this.logger.warn({ err: error }, 'router lag not sampled');
    }
    return lags;
  }
}

/** Gauges of the follow index, sampled on every scrape. */
export function trackFollows(source: {
  readonly followed: () => number;
  readonly waiting: () => number;
}): void {
  gauge(
    'sild_router_follows',
    'Subjects followed (subscription and subject pairs with an indication)',
    [],
    function () {
      this.set(source.followed());
    },
  );
  gauge(
    'sild_router_follows_waiting',
    'Follow indications waiting for their subscription to appear',
    [],
    function () {
      this.set(source.waiting());
    },
  );
}
