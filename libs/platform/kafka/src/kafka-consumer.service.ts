import type { Consumer, EachBatchPayload, Kafka, KafkaMessage } from 'kafkajs';
import type { Logger } from '@sild/platform-logging';
import { ConsumerLag } from './consumer-lag';
import { KafkaErrorCode, KafkaException } from './kafka.exception';
import type { ConsumedMessage } from './kafka-message';
import { PartitionInFlight, Slots } from './in-flight-offsets';
import { handleByKey } from './keyed-batch';
import { kafkaMetrics } from './kafka.metrics';
import type { KafkaProducer } from './kafka-producer.service';

/** Header names a dead-lettered message carries besides its own headers. */
export const DEAD_LETTER_HEADERS = {
  sourceTopic: 'sild-dlq-source-topic',
  sourcePartition: 'sild-dlq-source-partition',
  sourceOffset: 'sild-dlq-source-offset',
  group: 'sild-dlq-group',
  error: 'sild-dlq-error',
  attempts: 'sild-dlq-attempts',
} as const;

/**
 * Commit interval for busy consumers (requests, replies, events, audit): ten OffsetCommits a
 * second at most instead of one per fetched batch, none on the path between fetches.
 */
export const BUSY_COMMIT_INTERVAL_MS = 100;

export interface DeadLetterPolicy {
  /** Producer used to park messages; the dead-letter topic must exist. */
  readonly producer: KafkaProducer;
  /** Dead-letter topic for a message of a source topic. */
  readonly topicFor: (sourceTopic: string) => string;
}

export interface ConsumerOptions {
  readonly groupId: string;
  readonly topics: readonly string[];
  /** Where a group with no committed offset starts. */
  readonly fromBeginning?: boolean;
  /** Handles one message. The offset is committed only after it resolves. */
  readonly handle: (message: ConsumedMessage) => Promise<void>;
  /** Attempts per message before it is dead-lettered (or the consumer restarts). Default 5. */
  readonly maxAttempts?: number;
  /** An error for which retrying cannot help (e.g. undecodable bytes): dead-letter at once. */
  readonly isPermanent?: (error: unknown) => boolean;
  /** Without it, a message that keeps failing stops its partition until the handler succeeds. */
  readonly deadLetter?: DeadLetterPolicy;
  /** Partitions processed in parallel (order is kept within each partition). Default 1. */
  readonly partitionsConsumedConcurrently?: number;
  /**
   * Messages of one fetched batch handled in parallel (default 1: in order). Above 1, order
   * within a partition is given up (for request traffic, where each message stands alone); the
   * batch's offsets are still committed only after every one of its messages was handled.
   */
  readonly concurrency?: number;
  /**
   * Handle a fetched batch by key instead: one key's messages one after another in offset
   * order, up to `concurrency` keys at a time (for events that must stay in order per subject).
   * The batch's offsets are committed up to the last message before the first one not handled.
   */
  readonly keyed?: boolean;
  /**
   * Hand each message to its handler and fetch on at once, with up to `concurrency` messages in
   * flight over all partitions, instead of handling a fetched batch before the next fetch (for
   * request traffic: one slow message no longer holds the messages fetched after it). Offsets
   * are committed up to the first message whose handling has not ended, per `commitIntervalMs`
   * (above 0, or false). No seek. A message that keeps failing without a dead-letter topic
   * is retried, holding its partition's committed offset, while the others go on.
   */
  readonly pipelined?: boolean;
  /**
   * How handled offsets are committed. 0 (default): after every batch, before the next fetch of
   * its partition. Above 0: at most this often, off the fetch path (a batch no longer waits for
   * the broker's OffsetCommit), and at once when the consumer stops; a crash re-delivers up to
   * that much more. `false`: never (a group whose position need not outlive the process).
   */
  readonly commitIntervalMs?: number | false;
  readonly sessionTimeoutMs?: number;
  readonly heartbeatIntervalMs?: number;
  readonly retryBackoffMs?: number;
}

const toConsumed = (topic: string, partition: number, message: KafkaMessage): ConsumedMessage => ({
  topic,
  partition,
  offset: message.offset,
  key: message.key,
  value: message.value,
  headers: Object.fromEntries(
    Object.entries(message.headers ?? {}).map(([name, value]) => [
      name,
      value === undefined ? undefined : Buffer.isBuffer(value) ? value : Buffer.from(String(value)),
    ]),
  ),
  timestamp: Number(message.timestamp),
});

/** Longest wait for the last commit of a stopping or failed batch. */
const STOP_COMMIT_MS = 5_000;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const errorText = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * A consumer-group member with at-least-once semantics: each message's offset is committed
 * only after its handler resolved (or after it was durably parked in the dead-letter topic),
 * per partition in order. stop() lets the current message finish, commits, and leaves the group.
 */
export class KafkaConsumer {
  private readonly consumer: Consumer;
  private readonly maxAttempts: number;
  private running = false;
  private assigned: Readonly<Record<string, readonly number[]>> = {};
  private readonly lag: ConsumerLag;
  /** Commits what kafkajs has resolved and not committed; set by the latest batch. */
  private commitResolved: (() => Promise<void>) | undefined;
  private commitTimer: NodeJS.Timeout | undefined;
  /** Pipelined mode: messages in flight and, per partition of the current assignment, their offsets. */
  private readonly slots: Slots;
  private inFlight = new Map<string, { topic: string; partition: number; offsets: PartitionInFlight }>();
  private readonly committedInFlight = new Map<string, string>();

  constructor(
    kafka: Kafka,
    private readonly options: ConsumerOptions,
    private readonly logger: Logger,
  ) {
    this.maxAttempts = options.maxAttempts ?? 5;
    this.lag = new ConsumerLag(options.groupId);
    this.slots = new Slots(Math.max(1, options.concurrency ?? 1));
    if (
      options.pipelined &&
      (options.keyed || options.commitIntervalMs === 0 || options.commitIntervalMs === undefined)
    ) {
      throw new KafkaException(
        KafkaErrorCode.MISCONFIGURED,
        `consumer ${options.groupId}: pipelined needs a commitIntervalMs (above 0, or false) and is not keyed`,
      );
    }
    this.consumer = kafka.consumer({
      groupId: options.groupId,
      allowAutoTopicCreation: false,
      sessionTimeout: options.sessionTimeoutMs ?? 30_000,
      heartbeatInterval: options.heartbeatIntervalMs ?? 3_000,
      retry: { retries: Number.MAX_SAFE_INTEGER, initialRetryTime: 300, maxRetryTime: 10_000 },
    });
    this.consumer.on(this.consumer.events.GROUP_JOIN, (event) => {
      this.assigned = event.payload.memberAssignment;
      // kafkajs fetches the new assignment from the committed offsets: start counting afresh
      this.inFlight = new Map();
      this.committedInFlight.clear();
      this.lag.retain(this.assigned);
    });
    // kafkajs gives up on errors it deems non-retriable (e.g. "the coordinator is not aware of
    // this member" after a session timed out under load): a consumer must never stop consuming
    this.consumer.on(this.consumer.events.CRASH, (event) => {
      if (event.payload.restart || !this.running) return;
      this.logger.error(
        { err: event.payload.error, groupId: options.groupId },
        'consumer crashed: joining again',
      );
      void this.rejoin();
    });
  }

  async start(): Promise<void> {
    if (this.running) return;
    try {
      await this.join();
    } catch (error) {
      throw new KafkaException(KafkaErrorCode.UNAVAILABLE, `consumer ${this.options.groupId} cannot start`, {
        cause: error,
      });
    }
    this.running = true;
    await this.runLoop();
  }

  private async join(): Promise<void> {
    await this.consumer.connect();
    await this.consumer.subscribe({
      topics: [...this.options.topics],
      fromBeginning: this.options.fromBeginning ?? false,
    });
  }

  /** After a crash kafkajs does not recover from: leave, connect again and resume from the commits. */
  private async rejoin(): Promise<void> {
    for (let attempt = 1; this.running; attempt++) {
      try {
        this.assigned = {};
        this.commitResolved = undefined; // the crashed run's group generation is gone
        await this.consumer.disconnect();
        if (!this.isRunning) return; // stop() came meanwhile
        await this.join();
        await this.runLoop();
        this.logger.warn({ groupId: this.options.groupId, attempt }, 'consumer joined again after a crash');
        return;
      } catch (error) {
        this.logger.error(
          { err: error, groupId: this.options.groupId, attempt },
          'consumer could not join again',
        );
        await sleep(Math.min(30_000, 500 * 2 ** attempt));
      }
    }
  }

  private async runLoop(): Promise<void> {
    await this.consumer.run({
      autoCommit: false,
      eachBatchAutoResolve: false,
      partitionsConsumedConcurrently: this.options.partitionsConsumedConcurrently ?? 1,
      eachBatch: (payload) => this.eachBatch(payload),
    });
  }

  /**
   * Moves this member's position in a partition it is assigned: the next message handled is the
   * one at `offset`. Only after start(); a batch fetched before the seek is dropped by kafkajs.
   */
  seek(topic: string, partition: number, offset: string): void {
    if (this.options.pipelined) {
      throw new KafkaException(KafkaErrorCode.MISCONFIGURED, `consumer ${this.options.groupId} is pipelined`);
    }
    if (!this.running) {
      throw new KafkaException(KafkaErrorCode.STOPPED, `consumer ${this.options.groupId} is not running`);
    }
    this.consumer.seek({ topic, partition, offset });
  }

  /** Stops fetching (the batch being handled goes on); the partitions stay this member's. */
  pause(): void {
    if (this.running) this.consumer.pause(this.options.topics.map((topic) => ({ topic })));
  }

  /** Fetches again after pause(). */
  resume(): void {
    if (this.running) this.consumer.resume(this.options.topics.map((topic) => ({ topic })));
  }

  /** The partitions this member was assigned at its last join, per topic. */
  get assignment(): Readonly<Record<string, readonly number[]>> {
    return this.assigned;
  }

  get isRunning(): boolean {
    return this.running;
  }

  async stop(): Promise<void> {
    if (!this.running) return;
    this.running = false;
    clearTimeout(this.commitTimer);
    this.commitTimer = undefined;
    if (this.options.pipelined) {
      // fetch no more, let the handlers in flight end, then commit what they handled
      this.consumer.pause(this.options.topics.map((topic) => ({ topic })));
      await this.slots.drained();
    }
    // what was handled and waits for the interval (a batch still running commits its own when it ends)
    if (this.commitsByInterval) await this.commitBeforeStop();
    this.assigned = {};
    this.lag.retain({});
    await this.consumer.disconnect();
    this.commitResolved = undefined;
  }

  private get commitsByInterval(): boolean {
    const interval = this.options.commitIntervalMs ?? 0;
    return interval !== false && interval > 0;
  }

  /**
   * After a batch resolved offsets. Interval 0: this partition's offset, now, through kafkajs
   * (which skips it once its runner stops: the batch comes again after a restart). Interval:
   * within it, or now when stopping or the batch failed; kafkajs keeps resolved offsets per
   * partition and drops those of partitions a rebalance took away, so one commit covers all.
   */
  private async commitAfterBatch(payload: EachBatchPayload, next: string, urgent: boolean): Promise<void> {
    const interval = this.options.commitIntervalMs ?? 0;
    if (interval === false) return;
    if (interval === 0) {
      const { topic, partition } = payload.batch;
      await this.consumer.commitOffsets([{ topic, partition, offset: next }]);
      return;
    }
    await this.commitWithin(interval, payload, urgent);
  }

  /** Commits within `interval`, or at once (bounded) when stopping or after a failure. */
  private async commitWithin(interval: number, payload: EachBatchPayload, urgent: boolean): Promise<void> {
    this.commitResolved = this.options.pipelined
      ? () => this.commitInFlight()
      : async () => {
          const { topics } = payload.uncommittedOffsets();
          if (topics.length === 0) return;
          // kafkajs' own commit retries, but skips once its runner stops: the last batch's offsets
          // then go straight to the group coordinator
          if (payload.isRunning()) {
            await this.consumer.commitOffsets(
              topics.flatMap(({ topic, partitions }) => partitions.map((p) => ({ topic, ...p }))),
            );
          } else {
            await payload.commitOffsetsIfNecessary({ topics });
          }
        };
    if (urgent || !this.running || !payload.isRunning()) {
      await this.commitBeforeStop();
      return;
    }
    this.commitTimer ??= setTimeout(() => {
      this.commitTimer = undefined;
      this.commitNow().catch((error: unknown) => {
        // the offsets stay resolved and uncommitted: the next commit takes them along
        this.logger.warn({ err: error, groupId: this.options.groupId }, 'offset commit failed; will retry');
      });
    }, interval);
  }

  private async commitNow(): Promise<void> {
    await this.commitResolved?.();
  }

  /** commitNow, waiting at most STOP_COMMIT_MS; a commit that fails only means redelivery. */
  private async commitBeforeStop(): Promise<void> {
    let timer: NodeJS.Timeout | undefined;
    const timedOut = new Promise<'timed out'>((resolve) => {
      timer = setTimeout(() => {
        resolve('timed out');
      }, STOP_COMMIT_MS);
    });
    try {
      const outcome = await Promise.race([this.commitNow(), timedOut]);
      if (outcome === 'timed out') throw new Error(`no answer within ${STOP_COMMIT_MS} ms`);
    } catch (error) {
      this.logger.warn(
        { err: error, groupId: this.options.groupId },
        'offsets not committed: what they cover is handled again after a restart',
      );
    } finally {
      clearTimeout(timer);
    }
  }

  private async eachBatch(payload: EachBatchPayload): Promise<void> {
    if (this.options.keyed) return this.eachBatchByKey(payload);
    if (this.options.pipelined) return this.eachBatchPipelined(payload);
    const { topic, partition } = payload.batch;
    const width = Math.max(1, this.options.concurrency ?? 1);
    const messages = payload.batch.messages;
    this.recordLag(payload, messages[0]?.offset);
    let next: string | undefined;
    let failed = true;
    try {
      for (let start = 0; start < messages.length; start += width) {
        if (!payload.isRunning() || payload.isStale()) break;
        const slice = messages.slice(start, start + width);
        await Promise.all(slice.map((message) => this.process(toConsumed(topic, partition, message))));
        const last = slice.at(-1);
        if (last === undefined) break;
        payload.resolveOffset(last.offset);
        next = (BigInt(last.offset) + 1n).toString();
        kafkaMetrics.consumed.inc({ topic, group: this.options.groupId }, slice.length);
        await payload.heartbeat();
      }
      failed = false;
    } finally {
      if (next !== undefined && !payload.isStale()) {
        await this.commitAfterBatch(payload, next, failed);
        this.recordLag(payload, next);
      }
    }
  }

  /** Keyed mode; heartbeats go on while keys wait (a handler may wait long, e.g. for a subscriber). */
  private async eachBatchByKey(payload: EachBatchPayload): Promise<void> {
    const { topic, partition, messages } = payload.batch;
    this.recordLag(payload, messages[0]?.offset);
    const heartbeat = setInterval(() => {
      payload.heartbeat().catch((error: unknown) => {
        this.logger.warn({ err: error, topic, partition }, 'heartbeat failed while handling a batch');
      });
    }, this.options.heartbeatIntervalMs ?? 3_000);
    let result;
    try {
      result = await handleByKey(
        messages,
        (message) => message.key?.toString('latin1'),
        Math.max(1, this.options.concurrency ?? 1),
        (message) => this.process(toConsumed(topic, partition, message)),
        () => !payload.isRunning() || payload.isStale(),
      );
    } finally {
      clearInterval(heartbeat);
    }
    const last = messages[result.handled - 1];
    if (last !== undefined && !payload.isStale()) {
      payload.resolveOffset(last.offset);
      const next = (BigInt(last.offset) + 1n).toString();
      await this.commitAfterBatch(payload, next, result.failure !== undefined);
      this.recordLag(payload, next);
      kafkaMetrics.consumed.inc({ topic, group: this.options.groupId }, result.handled);
    }
    if (result.failure) throw result.failure.error;
  }

  /** Pipelined mode: starts each message's handler, waiting only for a free slot. */
  private async eachBatchPipelined(payload: EachBatchPayload): Promise<void> {
    const { topic, partition, messages } = payload.batch;
    this.recordLag(payload, messages[0]?.offset);
    const slot = `${topic}\0${partition}`;
    let tracked = this.inFlight.get(slot);
    const first = messages[0]?.offset;
    if (tracked && first !== undefined && !tracked.offsets.accepts(first)) {
      // kafkajs moved back (an offset reset): count afresh, as after a rebalance
      this.logger.warn({ topic, partition, offset: first }, 'partition position moved back');
      tracked = undefined;
    }
    if (!tracked) {
      tracked = { topic, partition, offsets: new PartitionInFlight() };
      this.inFlight.set(slot, tracked);
      this.committedInFlight.delete(slot);
    }
    const { offsets } = tracked;
    const heartbeat = setInterval(() => {
      payload.heartbeat().catch((error: unknown) => {
        this.logger.warn({ err: error, topic, partition }, 'heartbeat failed while waiting for a slot');
      });
    }, this.options.heartbeatIntervalMs ?? 3_000);
    let started = 0;
    try {
      for (const message of messages) {
        if (!this.running || !payload.isRunning()) break;
        await this.slots.acquire();
        if (!this.isRunning || !payload.isRunning()) {
          this.slots.release();
          break;
        }
        offsets.start(message.offset);
        payload.resolveOffset(message.offset); // kafkajs' fetch position, not what is committed
        started++;
        void this.processPipelined(toConsumed(topic, partition, message)).then((handled) => {
          if (handled) offsets.finish(message.offset);
          this.slots.release();
          void this.commitAfterHandled(payload);
        });
      }
    } finally {
      clearInterval(heartbeat);
    }
    kafkaMetrics.consumed.inc({ topic, group: this.options.groupId }, started);
    const last = messages[started - 1];
    if (last !== undefined) this.recordLag(payload, (BigInt(last.offset) + 1n).toString());
    await payload.heartbeat();
  }

  /** true once handled (or dead-lettered); false when the consumer stopped before it was. */
  private async processPipelined(message: ConsumedMessage): Promise<boolean> {
    for (;;) {
      try {
        await this.process(message);
        return true;
      } catch {
        // process() logged it; without a dead-letter topic the message is tried again, later
        if (!this.running) return false;
        await sleep(5_000);
        if (!this.isRunning) return false;
      }
    }
  }

  /** Within the commit interval; stop() commits once the handlers in flight have ended. */
  private async commitAfterHandled(payload: EachBatchPayload): Promise<void> {
    const interval = this.options.commitIntervalMs; // above 0 or false (checked at construction)
    if (typeof interval !== 'number' || !this.running || !payload.isRunning()) return;
    try {
      await this.commitWithin(interval, payload, false);
    } catch (error) {
      this.logger.warn({ err: error, groupId: this.options.groupId }, 'offset commit failed; will retry');
    }
  }

  /** Commits, per partition, up to the first message still in flight (where it moved). */
  private async commitInFlight(): Promise<void> {
    const offsets = [...this.inFlight]
      .map(([slot, { topic, partition, offsets }]) => ({
        slot,
        topic,
        partition,
        offset: offsets.committable,
      }))
      .filter(
        (entry): entry is typeof entry & { offset: string } =>
          entry.offset !== undefined && this.committedInFlight.get(entry.slot) !== entry.offset,
      );
    if (offsets.length === 0) return;
    await this.consumer.commitOffsets(
      offsets.map(({ topic, partition, offset }) => ({ topic, partition, offset })),
    );
    for (const { slot, offset } of offsets) this.committedInFlight.set(slot, offset);
  }

  /** Lag from the batch's high watermark when `nextOffset` is the next record to handle. */
  private recordLag({ batch }: EachBatchPayload, nextOffset: string | undefined): void {
    if (nextOffset !== undefined)
      this.lag.record(batch.topic, batch.partition, batch.highWatermark, nextOffset);
  }

  private async process(message: ConsumedMessage): Promise<void> {
    const group = this.options.groupId;
    for (let attempt = 1; ; attempt++) {
      try {
        await this.options.handle(message);
        return;
      } catch (error) {
        kafkaMetrics.failed.inc({ topic: message.topic, group });
        const permanent = this.options.isPermanent?.(error) ?? false;
        const where = { topic: message.topic, partition: message.partition, offset: message.offset, attempt };
        if (!permanent && attempt < this.maxAttempts) {
          this.logger.warn({ ...where, err: error }, 'message handler failed; retrying');
          await sleep(Math.min((this.options.retryBackoffMs ?? 200) * 2 ** (attempt - 1), 10_000));
          continue;
        }
        if (this.options.deadLetter === undefined) {
          this.logger.error(
            { ...where, err: error },
            'message handler failed; no dead-letter topic, will retry',
          );
          throw new KafkaException(
            KafkaErrorCode.HANDLER_FAILED,
            `handler failed at ${message.topic}/${message.partition}@${message.offset}`,
            {
              cause: error,
            },
          );
        }
        await this.deadLetter(this.options.deadLetter, message, error, attempt);
        return;
      }
    }
  }

  private async deadLetter(
    policy: DeadLetterPolicy,
    message: ConsumedMessage,
    error: unknown,
    attempts: number,
  ): Promise<void> {
    const target = policy.topicFor(message.topic);
    const headers: Record<string, Buffer | string> = {};
    for (const [name, value] of Object.entries(message.headers))
      if (value !== undefined) headers[name] = value;
    Object.assign(headers, {
      [DEAD_LETTER_HEADERS.sourceTopic]: message.topic,
      [DEAD_LETTER_HEADERS.sourcePartition]: String(message.partition),
      [DEAD_LETTER_HEADERS.sourceOffset]: message.offset,
      [DEAD_LETTER_HEADERS.group]: this.options.groupId,
      [DEAD_LETTER_HEADERS.error]: errorText(error).slice(0, 1_000),
      [DEAD_LETTER_HEADERS.attempts]: String(attempts),
    });
    await policy.producer.send(target, [{ key: message.key, value: message.value, headers }]);
    kafkaMetrics.deadLettered.inc({ topic: message.topic, group: this.options.groupId });
    this.logger.error(
      {
        topic: message.topic,
        partition: message.partition,
        offset: message.offset,
        deadLetterTopic: target,
        err: error,
      },
      'message dead-lettered',
    );
  }
}
