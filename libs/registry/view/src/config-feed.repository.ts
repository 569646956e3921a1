/** One message of the configuration topic, as the view needs it. */
export interface ConfigFeedMessage {
  readonly key: string | null;
  readonly value: Uint8Array | null;
  readonly offset: string;
}

/**
 * Where a registry view reads the configuration: the snapshot topic once, then the compacted
 * configuration topic for as long as it runs. Kafka in production (KafkaConfigFeed); a fake in
 * unit tests.
 */
export interface ConfigFeed {
  /**
   * Hands every message of the snapshot topic (oldest first, up to its end as of the call) to
   * `handle`, then stops reading it. Resolves at once when the topic is empty.
   */
  readSnapshots(handle: (value: Uint8Array | null) => void): Promise<void>;
  /**
   * Follows the configuration topic from `fromOffset` (undefined: its beginning), handing each
   * message to `handle` in order; resolves once it has read up to the topic's end as of the call,
   * and keeps delivering later messages until stop().
   */
  follow(fromOffset: string | undefined, handle: (message: ConfigFeedMessage) => void): Promise<void>;
  /** Messages on the configuration topic not read yet (asks the broker: not for the hot path). */
  lag(): Promise<number>;
  stop(): Promise<void>;
}
