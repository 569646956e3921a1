import {
  CONFIG_RECORD_TYPE,
  CONFIG_SNAPSHOT_TYPE,
  decodeConfigRecord,
  decodeConfigSnapshot,
  entityKey,
  type DecodedConfigRecord,
  type DecodedConfigSnapshot,
  type RegistryEntity,
} from '@sild/registry-config';
import type { ConfigFeedMessage } from './config-feed.repository';
import type { ConfigRecordVerifier } from './config-record-verifier.service';
import { RecordRefusedException, RefusalReason } from './registry-view.exception';
import type { RegistryStateStore } from './registry-state.store';

/** One entity change a view applied. */
export interface ViewChange {
  readonly version: string;
  readonly changedAt: Date;
  readonly entity: RegistryEntity;
}

/** Where the ingest reports what it did with each record. */
export interface IngestEvents {
  applied(change: ViewChange): void;
  heartbeat(sentAt: Date, version: string): void;
  refused(error: RecordRefusedException, where: { readonly source: string; readonly offset?: string }): void;
}

const DECIMAL = /^[0-9]{1,20}$/;

function decoded<T>(what: string, decode: () => T): T {
  try {
    return decode();
  } catch (error) {
    const why = error instanceof Error ? error.message : 'undecodable';
    throw new RecordRefusedException(RefusalReason.MALFORMED, `${what}: ${why}`);
  }
}

/** The signed entity key must be the key of the entity inside (and the Kafka key, when given). */
function checkKeys(record: DecodedConfigRecord, kafkaKey?: string | null): void {
  if (!DECIMAL.test(record.version)) {
    throw new RecordRefusedException(RefusalReason.MALFORMED, `version ${record.version} is not a number`);
  }
  const own = entityKey(record.change);
  if (record.entityKey !== own || (kafkaKey !== undefined && kafkaKey !== own)) {
    throw new RecordRefusedException(
      RefusalReason.KEY_MISMATCH,
      `entity ${own} under key ${kafkaKey ?? '?'}`,
    );
  }
}

/** Verifies configuration records and snapshots and applies what checks out to the store. */
export class ConfigIngest {
  constructor(
    private readonly verifier: ConfigRecordVerifier,
    private readonly store: RegistryStateStore,
    private readonly events: IngestEvents,
  ) {}

  /** One message of the configuration topic: applied, ignored (not newer) or refused. */
  record(message: ConfigFeedMessage): void {
    try {
      if (message.value === null) throw new RecordRefusedException(RefusalReason.MALFORMED, 'empty value');
      const { payload } = this.verifier.verifyRecord(message.value, CONFIG_RECORD_TYPE);
      const record = decoded('record', () => decodeConfigRecord(payload));
      checkKeys(record, message.key);
      this.apply(record);
    } catch (error) {
      this.events.refused(this.refusal(error), { source: 'record', offset: message.offset });
    }
  }

  /** A snapshot message checked and decoded, or undefined when it is refused (and reported). */
  snapshot(value: Uint8Array | null): DecodedConfigSnapshot | undefined {
    try {
      if (value === null) throw new RecordRefusedException(RefusalReason.MALFORMED, 'empty snapshot');
      const { payload } = this.verifier.verifySnapshot(value, CONFIG_SNAPSHOT_TYPE);
      const snapshot = decoded('snapshot', () => decodeConfigSnapshot(payload));
      if (!DECIMAL.test(snapshot.version) || !DECIMAL.test(snapshot.nextOffset)) {
        throw new RecordRefusedException(RefusalReason.MALFORMED, 'snapshot version or next offset');
      }
      for (const record of snapshot.records) checkKeys(record);
      return snapshot;
    } catch (error) {
      this.events.refused(this.refusal(error), { source: 'snapshot' });
      return undefined;
    }
  }

  applySnapshot(snapshot: DecodedConfigSnapshot): void {
    for (const record of snapshot.records) this.apply(record);
    this.store.raiseVersion(BigInt(snapshot.version));
  }

  private apply(record: DecodedConfigRecord): void {
    const { change } = record;
    if (change.kind === 'heartbeat') {
      this.events.heartbeat(record.changedAt, record.version);
      return;
    }
    if (this.store.apply(record.entityKey, BigInt(record.version), change)) {
      this.events.applied({ version: record.version, changedAt: record.changedAt, entity: change });
    }
  }

  /** Anything unexpected while checking a record is a refusal too: the view goes on. */
  private refusal(error: unknown): RecordRefusedException {
    if (error instanceof RecordRefusedException) return error;
    return new RecordRefusedException(
      RefusalReason.MALFORMED,
      error instanceof Error ? error.message : 'unexpected failure',
    );
  }
}
