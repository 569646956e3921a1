import { MessageKind, PayloadEncoding, type ClientId, type PlatformTopics } from '@sild/contracts';
import type { EnvelopeSigner } from '@sild/domain-envelope';
import type { KafkaProducer } from '@sild/platform-kafka';
import type { Logger } from '@sild/platform-logging';
import {
  CONFIG_RECORD_TYPE,
  CONFIG_SNAPSHOT_TYPE,
  encodeConfigRecord,
  encodeConfigSnapshot,
  HEARTBEAT_KEY,
  SNAPSHOT_KEY,
} from '@sild/registry-config';
import type { OutboxEntry, SqlConfigOutboxRepository } from '@sild/registry-data-access';
import { Counter, Gauge } from 'prom-client';

export interface ConfigPublisherOptions {
  readonly heartbeatMs: number;
  readonly snapshotEvery: number;
  readonly pollMs: number;
  /** Identifies this registry process in heartbeats. */
  readonly instanceId: string;
}

const published = new Counter({
  name: 'sild_registry_config_records_published_total',
  help: 'Configuration records published',
});
const pendingGauge = new Gauge({
  name: 'sild_registry_outbox_pending',
  help: 'Committed changes not yet published',
});
const versionGauge = new Gauge({
  name: 'sild_registry_config_version',
  help: 'Last published configuration version',
});

/** Config records outlive any envelope lifetime; readers check them without expiry (see docs). */
const RECORD_TTL_MS = 24 * 3_600_000;

/**
 * Publishes committed configuration changes from the outbox to the compacted configuration
 * topic, signed by the registry, in version order; marks them published only after Kafka has
 * them (at-least-once: a crash in between republishes, and readers ignore versions they have).
 * Also sends signed heartbeats (so readers know how fresh their view is) and snapshots.
 */
export class ConfigPublisher {
  private timers: NodeJS.Timeout[] = [];
  private running: Promise<void> | undefined;
  private again = false;
  private lastPublished = '0';
  private sinceSnapshot = 0;

  constructor(
    private readonly topics: PlatformTopics,
    private readonly outbox: SqlConfigOutboxRepository,
    private readonly producer: KafkaProducer,
    private readonly signer: EnvelopeSigner,
    private readonly sender: ClientId,
    private readonly options: ConfigPublisherOptions,
    private readonly logger: Logger,
  ) {}

  async start(): Promise<void> {
    this.lastPublished = await this.outbox.latestPublishedVersion();
    versionGauge.set(Number(this.lastPublished));
    await this.publishPending();
    this.timers = [
      setInterval(() => {
        this.nudge();
      }, this.options.pollMs),
      setInterval(
        () =>
          void this.heartbeat().catch((error: unknown) => {
            this.logger.warn({ err: error }, 'heartbeat failed');
          }),
        this.options.heartbeatMs,
      ),
    ];
    await this.heartbeat();
  }

  /** Publish now (called after each change; also on a timer, so nothing waits for long). */
  nudge(): void {
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = this.publishPending()
      .catch((error: unknown) => {
        this.logger.warn({ err: error }, 'publishing configuration failed; will retry');
      })
      .finally(() => {
        this.running = undefined;
        if (this.again) {
          this.again = false;
          this.nudge();
        }
      });
  }

  get publishedVersion(): string {
    return this.lastPublished;
  }

  async stop(): Promise<void> {
    for (const timer of this.timers) clearInterval(timer);
    this.timers = [];
    await this.running;
  }

  private async publishPending(): Promise<void> {
    for (;;) {
      const entries = await this.outbox.pending(500);
      pendingGauge.set(entries.length);
      if (entries.length === 0) return;
      const [position] = await this.producer.send(
        this.topics.registryConfig,
        entries.map((entry) => this.message(entry)),
      );
      const last = entries.at(-1);
      if (!last) return;
      await this.outbox.markPublished(last.version);
      this.lastPublished = last.version;
      published.inc(entries.length);
      versionGauge.set(Number(last.version));
      this.logger.info({ version: last.version, records: entries.length }, 'configuration published');
      this.sinceSnapshot += entries.length;
      if (this.sinceSnapshot >= this.options.snapshotEvery && position) {
        await this.snapshot((BigInt(position.offset) + BigInt(entries.length)).toString());
      }
    }
  }

  private message(entry: OutboxEntry) {
    return { key: entry.entityKey, value: Buffer.from(this.seal(entry.record, CONFIG_RECORD_TYPE)) };
  }

  private seal(payload: Uint8Array, payloadType: string): Uint8Array {
    return this.signer.sign(
      {
        kind: MessageKind.MESSAGE_KIND_MANAGEMENT,
        sender: this.sender,
        // addressed to every reader of the configuration, under the registry's own name
        recipientClient: this.sender,
        payloadType,
        payloadEncoding: PayloadEncoding.PAYLOAD_ENCODING_PROTOBUF,
        ttlMs: RECORD_TTL_MS,
      },
      payload,
    ).bytes;
  }

  private async heartbeat(): Promise<void> {
    const record = encodeConfigRecord(
      this.lastPublished,
      { kind: 'heartbeat', registryInstance: this.options.instanceId },
      new Date(),
    );
    await this.producer.send(this.topics.registryConfig, [
      { key: HEARTBEAT_KEY, value: Buffer.from(this.seal(record, CONFIG_RECORD_TYPE)) },
    ]);
  }

  private async snapshot(nextOffset: string): Promise<void> {
    const entries = await this.outbox.latestPerEntity();
    const snapshot = encodeConfigSnapshot(
      this.lastPublished,
      entries.map((e) => e.record),
      nextOffset,
    );
    await this.producer.send(this.topics.registrySnapshots, [
      { key: SNAPSHOT_KEY, value: Buffer.from(this.seal(snapshot, CONFIG_SNAPSHOT_TYPE)) },
    ]);
    this.sinceSnapshot = 0;
    this.logger.info(
      { version: this.lastPublished, entities: entries.length, nextOffset },
      'configuration snapshot published',
    );
  }
}
