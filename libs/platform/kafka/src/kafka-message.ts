/** A message to produce. Keys decide the partition, so one key's messages stay in order. */
export interface OutgoingMessage {
  readonly key?: Buffer | string | null;
  readonly value: Buffer | string | null;
  readonly headers?: Readonly<Record<string, Buffer | string>>;
  readonly partition?: number;
}

/** A consumed message, detached from the client library. */
export interface ConsumedMessage {
  readonly topic: string;
  readonly partition: number;
  /** Kafka offsets are 64-bit: kept as decimal strings. */
  readonly offset: string;
  readonly key: Buffer | null;
  readonly value: Buffer | null;
  readonly headers: Readonly<Record<string, Buffer | undefined>>;
  /** Broker or producer timestamp, milliseconds since the epoch. */
  readonly timestamp: number;
}

/** Where a produced message landed. */
export interface RecordPosition {
  readonly topic: string;
  readonly partition: number;
  readonly offset: string;
}
