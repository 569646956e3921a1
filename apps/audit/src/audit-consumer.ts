// The log's consumer-group member over every audited topic. kafkajs subscribes only before a
// consumer runs, so the topic list is read every few seconds and a new envelope topic (a new
// member, event type or subscription) means a new member over all of them: the running one
// commits what was appended and leaves, the new one resumes from the group's offsets.
import {
  BUSY_COMMIT_INTERVAL_MS,
  KafkaConsumer,
  type ConsumedMessage,
  type KafkaClient,
  type TopicAdmin,
} from '@sild/platform-kafka';
import type { Logger } from '@sild/platform-logging';

/** Records handed over and not yet appended, at most (about two seconds of a busy writer). */
const IN_FLIGHT = 20_000;

export interface AuditConsumerOptions {
  readonly group: string;
  readonly audited: (topic: string) => boolean;
  readonly refreshMs: number;
  readonly handle: (message: ConsumedMessage) => Promise<void>;
}

export class AuditConsumer {
  private consumer: KafkaConsumer | undefined;
  private current: readonly string[] = [];
  private timer: NodeJS.Timeout | undefined;
  private changing: Promise<void> = Promise.resolve();
  private started = false;

  constructor(
    private readonly kafka: KafkaClient,
    private readonly admin: TopicAdmin,
    private readonly options: AuditConsumerOptions,
    private readonly logger: Logger,
  ) {}

  get topics(): readonly string[] {
    return this.current;
  }

  get isRunning(): boolean {
    return this.consumer?.isRunning ?? false;
  }

  get assignment(): Readonly<Record<string, readonly number[]>> {
    return this.consumer?.assignment ?? {};
  }

  /** Subscribes to the audited topics there are now, and looks for new ones every few seconds. */
  async start(): Promise<void> {
    this.started = true;
    await this.refresh();
    this.timer = setInterval(() => {
      this.refresh().catch((error: unknown) => {
        this.logger.warn({ err: error }, 'audited topics not refreshed');
      });
    }, this.options.refreshMs);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    this.started = false;
    clearInterval(this.timer);
    await this.changing.catch(() => undefined);
    await this.consumer?.stop();
    this.consumer = undefined;
  }

  /** One change at a time; a failed one is reported to its caller and does not block the next. */
  refresh(): Promise<void> {
    const run = this.changing.then(() => this.resubscribe());
    this.changing = run.catch(() => undefined);
    return run;
  }

  private async resubscribe(): Promise<void> {
    if (!this.started) return;
    const wanted = (await this.admin.listTopics()).filter(this.options.audited).sort();
    const same =
      wanted.length === this.current.length && wanted.every((topic, i) => topic === this.current[i]);
    if (same && (this.consumer?.isRunning || wanted.length === 0)) return;
    await this.consumer?.stop();
    this.consumer = undefined;
    this.current = wanted;
    if (wanted.length === 0) return;
    const consumer = new KafkaConsumer(
      this.kafka,
      {
        groupId: this.options.group,
        topics: wanted,
        fromBeginning: true,
        handle: this.options.handle,
        // records are handed over as fetched and the next fetch goes out at once: fetching and
        // authenticating overlap the append transaction, which takes what arrived meanwhile
        pipelined: true,
        concurrency: IN_FLIGHT,
        partitionsConsumedConcurrently: 8,
        commitIntervalMs: BUSY_COMMIT_INTERVAL_MS,
        maxAttempts: 5,
      },
      this.logger.child({ component: 'audit-consumer' }),
    );
    this.consumer = consumer;
    await consumer.start();
    this.logger.info({ topics: wanted.length }, 'consuming audited topics');
  }
}
