import { sild } from '@sild/contracts';
import { clientKey, serviceKey } from './identifiers';
import {
  certificateOf,
  eventTypeOf,
  grantOf,
  memberOf,
  serviceOf,
  subscriptionOf,
  subsystemOf,
  trustAnchorOf,
} from './from-proto-objects';
import { entityObject, timestampObject, dateOf, type ProtoObject } from './proto-objects';
import type { RegistryEntity } from './registry.model';

const ConfigRecord = sild.registry.v1.ConfigRecord;

/** payload_type of configuration envelopes. */
export const CONFIG_RECORD_TYPE = 'type.sild.dev/sild.registry.v1.ConfigRecord';
/** Kafka key of heartbeat records. */
export const HEARTBEAT_KEY = 'heartbeat';

export type ConfigChange = RegistryEntity | { readonly kind: 'heartbeat'; readonly registryInstance: string };

export interface DecodedConfigRecord {
  /** Decimal string: versions are 64-bit. */
  readonly version: string;
  readonly entityKey: string;
  readonly changedAt: Date;
  readonly change: ConfigChange;
}

/** The Kafka key of an entity: its kind and natural id, so compaction keeps its latest state. */
export function entityKey(change: ConfigChange): string {
  switch (change.kind) {
    case 'member':
      return `member/${clientKey(change.value.id)}`;
    case 'subsystem':
      return `subsystem/${clientKey(change.value.id)}`;
    case 'service':
      return `service/${serviceKey(change.value.id)}`;
    case 'eventType':
      return `event-type/${change.value.name}`;
    case 'grant':
      return `grant/${change.value.id}`;
    case 'subscription':
      return `subscription/${change.value.id}`;
    case 'certificate':
      return `certificate/${change.value.keyId}`;
    case 'trustAnchor':
      return `trust-anchor/${change.value.keyId}`;
    case 'heartbeat':
      return HEARTBEAT_KEY;
  }
}

export function encodeConfigRecord(version: string, change: ConfigChange, changedAt: Date): Uint8Array {
  const entity =
    change.kind === 'heartbeat'
      ? { heartbeat: { registryInstance: change.registryInstance } }
      : { [change.kind]: entityObject(change) };
  const message = ConfigRecord.fromObject({
    version,
    entityKey: entityKey(change),
    changedAt: timestampObject(changedAt),
    ...entity,
  });
  return ConfigRecord.encode(message).finish();
}

/** Decodes a configuration record payload; throws (protobufjs) on malformed bytes. */
export function decodeConfigRecord(bytes: Uint8Array): DecodedConfigRecord {
  const o: ProtoObject = ConfigRecord.toObject(ConfigRecord.decode(bytes), {
    longs: String,
    enums: String,
    bytes: Buffer,
    defaults: true,
    oneofs: true,
  });
  const kind = o['entity'];
  const value = (o[String(kind)] ?? {}) as ProtoObject;
  return {
    version: String(o['version']),
    entityKey: String(o['entityKey']),
    changedAt: dateOf(o['changedAt']) ?? new Date(0),
    change: changeOf(String(kind), value),
  };
}

function changeOf(kind: string, value: ProtoObject): ConfigChange {
  switch (kind) {
    case 'member':
      return { kind, value: memberOf(value) };
    case 'subsystem':
      return { kind, value: subsystemOf(value) };
    case 'service':
      return { kind, value: serviceOf(value) };
    case 'eventType':
      return { kind, value: eventTypeOf(value) };
    case 'grant':
      return { kind, value: grantOf(value) };
    case 'subscription':
      return { kind, value: subscriptionOf(value) };
    case 'certificate':
      return { kind, value: certificateOf(value) };
    case 'trustAnchor':
      return { kind, value: trustAnchorOf(value) };
    case 'heartbeat':
      return {
        kind,
        registryInstance: typeof value['registryInstance'] === 'string' ? value['registryInstance'] : '',
      };
    default:
      throw new Error(`configuration record without an entity (${kind})`);
  }
}

const ConfigSnapshot = sild.registry.v1.ConfigSnapshot;

/** payload_type of snapshot envelopes. */
export const CONFIG_SNAPSHOT_TYPE = 'type.sild.dev/sild.registry.v1.ConfigSnapshot';
/** Kafka key of the (single, compacted) snapshot record. */
export const SNAPSHOT_KEY = 'latest';

/** A snapshot from serialized records (each a ConfigRecord as stored in the outbox). */
export function encodeConfigSnapshot(
  version: string,
  records: readonly Uint8Array[],
  nextOffset: string,
): Uint8Array {
  const snapshot = ConfigSnapshot.fromObject({
    version,
    nextOffset,
    records: records.map((bytes) => ConfigRecord.decode(bytes)),
  });
  return ConfigSnapshot.encode(snapshot).finish();
}

export interface DecodedConfigSnapshot {
  readonly version: string;
  readonly nextOffset: string;
  readonly records: readonly DecodedConfigRecord[];
}

export function decodeConfigSnapshot(bytes: Uint8Array): DecodedConfigSnapshot {
  const snapshot = ConfigSnapshot.decode(bytes);
  const version = ConfigSnapshot.toObject(snapshot, { longs: String, defaults: true }) as {
    version: string;
    nextOffset: string;
  };
  return {
    version: version.version,
    nextOffset: version.nextOffset,
    records: snapshot.records.map((record) => decodeConfigRecord(ConfigRecord.encode(record).finish())),
  };
}
