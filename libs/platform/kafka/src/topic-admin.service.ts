import type { Admin, Kafka } from 'kafkajs';
import kafkajs from 'kafkajs';

// kafkajs is CommonJS without static named exports: take them from the default export
const { ConfigResourceTypes } = kafkajs;
import { KafkaErrorCode, KafkaException } from './kafka.exception';

export interface TopicSpec {
  readonly name: string;
  readonly partitions: number;
  /** Topic-level settings, e.g. { 'cleanup.policy': 'compact' }. */
  readonly config?: Readonly<Record<string, string>>;
}

const isRetriable = (error: unknown): boolean =>
  typeof error === 'object' && error !== null && (error as { retriable?: unknown }).retriable === true;

/** Creates and inspects topics. Services declare the topics they need and call ensureTopics at start. */
export class TopicAdmin {
  private readonly admin: Admin;
  private connected: Promise<void> | undefined;

  constructor(
    kafka: Kafka,
    private readonly replicationFactor: number,
  ) {
    this.admin = kafka.admin();
  }

  /**
   * Creates missing topics and checks existing ones: a topic with fewer partitions or other
   * settings than declared is an error (changing them silently could break per-key order or
   * retention), reported with the topic and the differing setting.
   */
  async ensureTopics(specs: readonly TopicSpec[]): Promise<void> {
    await this.connect();
    const existing = new Set(await this.admin.listTopics());
    const missing = specs.filter((spec) => !existing.has(spec.name));
    if (missing.length > 0) {
      // kafkajs' own wait for leaders gives up on UNKNOWN_TOPIC_OR_PARTITION, which a broker
      // answers while the new topic's metadata spreads: wait here instead
      await this.admin.createTopics({
        waitForLeaders: false,
        topics: missing.map((spec) => ({
          topic: spec.name,
          numPartitions: spec.partitions,
          replicationFactor: this.replicationFactor,
          configEntries: Object.entries(spec.config ?? {}).map(([name, value]) => ({ name, value })),
        })),
      });
      await this.waitForLeaders(missing.map((spec) => spec.name));
    }
    for (const spec of specs.filter((s) => existing.has(s.name))) await this.checkTopic(spec);
  }

  /**
   * `request`, again after a retriable error (e.g. NOT_LEADER_OR_FOLLOWER from a broker that has
   * not yet taken over a new topic's partitions, though the metadata already names it) for up to
   * `timeoutMs`; other errors at once.
   */
  private async retried<T>(request: () => Promise<T>, timeoutMs = 30_000): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    for (let attempt = 1; ; attempt += 1) {
      try {
        return await request();
      } catch (error) {
        if (!isRetriable(error) || Date.now() > deadline) throw error;
      }
      await new Promise((resolve) => setTimeout(resolve, Math.min(50 * attempt, 500)));
    }
  }

  /** Resolves once every partition of the topics has a leader; retriable errors are retried. */
  private async waitForLeaders(topics: readonly string[], timeoutMs = 60_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    for (let attempt = 1; ; attempt += 1) {
      let cause: unknown;
      try {
        const metadata = await this.admin.fetchTopicMetadata({ topics: [...topics] });
        const led = metadata.topics.every(
          (topic) => topic.partitions.length > 0 && topic.partitions.every((p) => p.leader >= 0),
        );
        if (led && metadata.topics.length === topics.length) return;
      } catch (error) {
        if (!isRetriable(error)) throw error;
        cause = error;
      }
      if (Date.now() > deadline) {
        throw new KafkaException(
          KafkaErrorCode.UNAVAILABLE,
          `topics ${topics.join(', ')} have no leader after ${timeoutMs} ms`,
          { cause },
        );
      }
      await new Promise((resolve) => setTimeout(resolve, Math.min(50 * attempt, 500)));
    }
  }

  async describeTopicConfig(topic: string): Promise<Record<string, string>> {
    await this.connect();
    const result = await this.admin.describeConfigs({
      includeSynonyms: false,
      resources: [{ type: ConfigResourceTypes.TOPIC, name: topic }],
    });
    const entries = result.resources[0]?.configEntries ?? [];
    return Object.fromEntries(entries.map((entry) => [entry.configName, entry.configValue]));
  }

  async partitionCount(topic: string): Promise<number> {
    await this.connect();
    const metadata = await this.admin.fetchTopicMetadata({ topics: [topic] });
    return metadata.topics[0]?.partitions.length ?? 0;
  }

  async listTopics(): Promise<string[]> {
    await this.connect();
    return this.admin.listTopics();
  }

  async deleteTopics(topics: readonly string[]): Promise<void> {
    await this.connect();
    const existing = new Set(await this.admin.listTopics());
    const present = topics.filter((topic) => existing.has(topic));
    if (present.length > 0) await this.admin.deleteTopics({ topics: present });
  }

  /** Committed offsets of a consumer group, per partition ('-1' where nothing was committed). */
  async committedOffsets(groupId: string, topic: string): Promise<Map<number, string>> {
    await this.connect();
    const [result] = await this.admin.fetchOffsets({ groupId, topics: [topic] });
    return new Map((result?.partitions ?? []).map((p) => [p.partition, p.offset]));
  }

  /**
   * Sets a consumer group's committed offsets (the next message each partition hands over). The
   * group must have no running members, e.g. one that only records how far a tool has come.
   */
  async setCommittedOffsets(
    groupId: string,
    topic: string,
    offsets: ReadonlyMap<number, string>,
  ): Promise<void> {
    if (offsets.size === 0) return;
    await this.connect();
    await this.admin.setOffsets({
      groupId,
      topic,
      partitions: [...offsets].map(([partition, offset]) => ({ partition, offset })),
    });
  }

  /**
   * Per partition: the first offset still in the log (`low`) and the high watermark (`high`,
   * the offset the next message will get). A reader has everything once it reaches `high`.
   */
  async offsetRanges(topic: string): Promise<Map<number, { low: string; high: string }>> {
    await this.connect();
    const offsets = await this.retried(() => this.admin.fetchTopicOffsets(topic));
    return new Map(offsets.map((p) => [p.partition, { low: p.low, high: p.high }]));
  }

  /**
   * Per partition: the first offset of a message written at or after `timestampMs` (the high
   * watermark where there is none), so a reader can start from a point in time.
   */
  async offsetsAt(topic: string, timestampMs: number): Promise<Map<number, string>> {
    await this.connect();
    const offsets = await this.retried(() => this.admin.fetchTopicOffsetsByTimestamp(topic, timestampMs));
    const ranges = await this.offsetRanges(topic);
    return new Map(
      offsets.map((p) => [
        p.partition,
        p.offset === '-1' ? (ranges.get(p.partition)?.high ?? '0') : p.offset,
      ]),
    );
  }

  /** High watermarks (the offset the next message will get), per partition. */
  async endOffsets(topic: string): Promise<Map<number, string>> {
    const ranges = await this.offsetRanges(topic);
    return new Map([...ranges].map(([partition, range]) => [partition, range.high]));
  }

  /** Deletes consumer groups that have no members left (e.g. a stopped reader's own group). */
  async deleteGroups(groupIds: readonly string[]): Promise<void> {
    if (groupIds.length === 0) return;
    await this.connect();
    await this.admin.deleteGroups([...groupIds]);
  }

  /** Asks the cluster for its brokers: the cheapest request that proves Kafka answers. */
  async ping(): Promise<number> {
    await this.connect();
    const cluster = await this.admin.describeCluster();
    return cluster.brokers.length;
  }

  async close(): Promise<void> {
    if (this.connected === undefined) return;
    this.connected = undefined;
    await this.admin.disconnect();
  }

  private connect(): Promise<void> {
    this.connected ??= this.admin.connect().catch((error: unknown) => {
      this.connected = undefined;
      throw new KafkaException(KafkaErrorCode.UNAVAILABLE, 'cannot connect to Kafka', { cause: error });
    });
    return this.connected;
  }

  private async checkTopic(spec: TopicSpec): Promise<void> {
    const partitions = await this.partitionCount(spec.name);
    if (partitions < spec.partitions) {
      throw new KafkaException(
        KafkaErrorCode.TOPIC_MISMATCH,
        `topic ${spec.name} has ${partitions} partitions, ${spec.partitions} declared`,
      );
    }
    const actual = await this.describeTopicConfig(spec.name);
    for (const [name, value] of Object.entries(spec.config ?? {})) {
      if (actual[name] !== value) {
        throw new KafkaException(
          KafkaErrorCode.TOPIC_MISMATCH,
          `topic ${spec.name} has ${name}=${actual[name] ?? '(unset)'}, ${value} declared`,
        );
      }
    }
  }
}
