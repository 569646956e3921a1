import { platformTopics } from '@sild/contracts';
import type { Logger } from '@sild/platform-logging';
import type { DecodedConfigSnapshot } from '@sild/registry-config';
import type { ConfigFeed } from './config-feed.repository';
import { ConfigIngest, type ViewChange } from './config-ingest.service';
import { ConfigRecordVerifier } from './config-record-verifier.service';
import { KafkaConfigFeed } from './kafka-config-feed.repository';
import { RegistryLookups } from './registry-lookups';
import { RegistryViewErrorCode, RegistryViewException, type RefusalReason } from './registry-view.exception';
import { viewMetrics } from './registry-view.metrics';
import type { Freshness, RegistryViewOptions } from './registry-view.options';

/**
 * The registry's configuration in memory, built from the signed compacted topic: start() reads
 * the latest snapshot and the records after it, verifying every signature, and resolves once it
 * has caught up; then it follows changes. Lookups never leave the process.
 */
export class RegistryView extends RegistryLookups {
  readonly name: string;
  private readonly feed: ConfigFeed;
  private readonly ingest: ConfigIngest;
  private readonly logger: Logger;
  private readonly listeners = new Set<(change: ViewChange) => void>();
  private readonly refusedCounts = new Map<RefusalReason, number>();
  private phase: 'new' | 'starting' | 'ready' | 'stopped' = 'new';
  private caughtUpOnce = false;
  private lastHeartbeatAt: Date | null = null;
  private lagRecords: number | null = null;
  private lagTimer: NodeJS.Timeout | undefined;
  private untrack: () => void = () => undefined;

  constructor(private readonly options: RegistryViewOptions) {
    super(options.clock ?? Date.now);
    this.name = 'feed' in options ? options.name : options.groupPrefix;
    this.logger = options.logger.child({ component: 'registry-view', view: this.name });
    this.feed =
      'feed' in options
        ? options.feed
        : new KafkaConfigFeed(
            options.kafka,
            options.topics ?? defaultTopics(options.anchor.instance),
            options.groupPrefix,
            this.logger,
          );
    this.ingest = new ConfigIngest(new ConfigRecordVerifier(options.anchor), this.store, {
      applied: (change) => {
        this.changed(change);
      },
      heartbeat: (sentAt) => {
        if (!this.lastHeartbeatAt || sentAt > this.lastHeartbeatAt) this.lastHeartbeatAt = sentAt;
      },
      refused: (error, where) => {
        this.refusedCounts.set(error.reason, (this.refusedCounts.get(error.reason) ?? 0) + 1);
        viewMetrics.refused.inc({ view: this.name, reason: error.reason });
        this.logger.warn({ ...where, reason: error.reason, why: error.message }, 'configuration refused');
      },
    });
  }

  /** Resolves once the view holds everything on the topic as of the call. */
  async start(): Promise<void> {
    if (this.phase !== 'new')
      throw new RegistryViewException(RegistryViewErrorCode.INVALID_STATE, 'started before');
    this.phase = 'starting';
    this.untrack = viewMetrics.track(this.name, () => this.freshness());
    const latest: { snapshot?: DecodedConfigSnapshot } = {};
    await this.feed.readSnapshots((value) => {
      latest.snapshot = this.ingest.snapshot(value) ?? latest.snapshot;
    });
    if (latest.snapshot) this.ingest.applySnapshot(latest.snapshot);
    await this.feed.follow(latest.snapshot?.nextOffset, (message) => {
      this.ingest.record(message);
    });
    if (this.stopped) {
      throw new RegistryViewException(RegistryViewErrorCode.INVALID_STATE, 'stopped before it caught up');
    }
    this.phase = 'ready';
    this.caughtUpOnce = true;
    await this.refreshLag();
    this.lagTimer = setInterval(() => void this.refreshLag(), this.options.lagIntervalMs ?? 5_000);
    this.lagTimer.unref();
    this.logger.info(
      { version: this.version, fromSnapshot: latest.snapshot?.version },
      'registry view ready',
    );
  }

  async stop(): Promise<void> {
    if (this.phase === 'stopped') return;
    this.phase = 'stopped';
    clearInterval(this.lagTimer);
    this.untrack();
    await this.feed.stop();
  }

  private get stopped(): boolean {
    return this.phase === 'stopped';
  }

  get ready(): boolean {
    return this.phase === 'ready';
  }

  freshness(): Freshness {
    const ageMs = this.lastHeartbeatAt ? Math.max(0, this.clock() - this.lastHeartbeatAt.getTime()) : null;
    return {
      version: this.version,
      lastHeartbeatAt: this.lastHeartbeatAt,
      ageMs,
      lagRecords: this.lagRecords,
      ready: this.ready,
    };
  }

  /** Records and snapshots refused so far, by reason. */
  refusals(): Partial<Record<RefusalReason, number>> {
    return Object.fromEntries(this.refusedCounts);
  }

  /** Calls `listener` after each applied entity change; returns the unsubscribe function. */
  onChange(listener: (change: ViewChange) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  protected override get answering(): boolean {
    return this.caughtUpOnce;
  }

  private changed(change: ViewChange): void {
    for (const listener of this.listeners) {
      try {
        listener(change);
      } catch (error) {
        this.logger.error({ err: error, version: change.version }, 'registry view listener failed');
      }
    }
  }

  private async refreshLag(): Promise<void> {
    try {
      this.lagRecords = await this.feed.lag();
    } catch (error) {
      this.logger.warn({ err: error }, 'registry view: cannot read the topic end');
    }
  }
}

function defaultTopics(instance: string) {
  const topics = platformTopics(instance);
  return { config: topics.registryConfig, snapshots: topics.registrySnapshots };
}
