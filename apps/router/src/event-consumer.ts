import {
  BUSY_COMMIT_INTERVAL_MS,
  KafkaConsumer,
  type ConsumedMessage,
  type KafkaClient,
} from '@sild/platform-kafka';
import type { Logger } from '@sild/platform-logging';

export interface EventConsumerOptions {
  readonly groupId: string;
  readonly handle: (message: ConsumedMessage) => Promise<void>;
  /** Messages of one fetched batch handled at a time. */
  readonly concurrency: number;
}

const same = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((t, i) => t === b[i]);

/**
 * The router group's member over the event topics. kafkajs subscribes to topics only before a
 * consumer runs, so a new event type means a new member: the running one finishes its batch,
 * commits and leaves, and one over all event topics joins (the group rebalances). Nothing is
 * consumed before start().
 */
export class EventConsumer {
  private consumer: KafkaConsumer | undefined;
  private wanted: readonly string[] = [];
  private current: readonly string[] = [];
  private started = false;
  private changing: Promise<void> = Promise.resolve();

  constructor(
    private readonly kafka: KafkaClient,
    private readonly options: EventConsumerOptions,
    private readonly logger: Logger,
  ) {}

  /** The event topics to consume (applied now when started, else at start()). */
  setTopics(topics: readonly string[]): Promise<void> {
    this.wanted = [...topics].sort();
    return this.started ? this.apply() : Promise.resolve();
  }

  start(): Promise<void> {
    this.started = true;
    return this.apply();
  }

  async stop(): Promise<void> {
    this.started = false;
    await this.changing;
    await this.consumer?.stop();
    this.consumer = undefined;
  }

  get isStarted(): boolean {
    return this.started;
  }

  get topics(): readonly string[] {
    return this.current;
  }

  get isRunning(): boolean {
    return this.consumer?.isRunning ?? false;
  }

  get assignment(): Readonly<Record<string, readonly number[]>> {
    return this.consumer?.assignment ?? {};
  }

  /** One change at a time; a failed one is reported to its caller and does not block the next. */
  private apply(): Promise<void> {
    const run = this.changing.then(() => this.restart());
    this.changing = run.catch(() => undefined);
    return run;
  }

  private async restart(): Promise<void> {
    if (!this.started || (this.consumer?.isRunning && same(this.current, this.wanted))) return;
    await this.consumer?.stop();
    this.consumer = undefined;
    this.current = this.wanted;
    if (this.current.length === 0) return;
    const consumer = new KafkaConsumer(
      this.kafka,
      {
        groupId: this.options.groupId,
        topics: this.current,
        fromBeginning: true,
        handle: this.options.handle,
        concurrency: this.options.concurrency,
        partitionsConsumedConcurrently: 6,
        sessionTimeoutMs: 10_000,
        commitIntervalMs: BUSY_COMMIT_INTERVAL_MS,
        // a failed produce is not retried message by message (that could reorder a subject's
        // events): the batch fails and is fetched again from the last committed offset
        maxAttempts: 1,
      },
      this.logger.child({ component: 'events' }),
    );
    this.consumer = consumer;
    await consumer.start();
    this.logger.info({ topics: this.current.length }, 'consuming event topics');
  }
}
