import type { KafkaClient } from '@sild/platform-kafka';
import type { Logger } from '@sild/platform-logging';
import type { InstanceAnchor } from '@sild/registry-config';
import type { ConfigFeed } from './config-feed.repository';
import type { ConfigTopics } from './kafka-config-feed.repository';

/** What every view needs. */
interface CommonOptions {
  readonly anchor: InstanceAnchor;
  readonly logger: Logger;
  /** How often the lag is asked of the broker. Default 5 s. */
  readonly lagIntervalMs?: number;
  readonly clock?: () => number;
}

/** Reads the registry topics of Kafka (topics overridable for tests). */
interface KafkaSource {
  readonly kafka: KafkaClient;
  /** Prefix of the view's own consumer groups and its metrics label, e.g. `sild-view-gateway`. */
  readonly groupPrefix: string;
  readonly topics?: ConfigTopics;
}

/** Reads any other feed (unit tests). */
interface FeedSource {
  readonly feed: ConfigFeed;
  readonly name: string;
}

export type RegistryViewOptions = CommonOptions & (KafkaSource | FeedSource);

/** How current a view is (docs/registry-view.md). */
export interface Freshness {
  readonly version: string;
  /** When the registry sent the last heartbeat the view has read (its clock). */
  readonly lastHeartbeatAt: Date | null;
  /** Now minus lastHeartbeatAt: the view has every change made before that long ago. */
  readonly ageMs: number | null;
  /** Configuration records not read yet, as of the last periodic check. */
  readonly lagRecords: number | null;
  readonly ready: boolean;
}
