// Test fixtures: a registry signing key with its instance anchor, configuration records and
// snapshots signed the way the registry's ConfigPublisher signs them, and an in-memory feed.
import { MessageKind, PayloadEncoding } from '@sild/contracts';
import { EnvelopeSigner } from '@sild/domain-envelope';
import { testMember, testRootCa, type TestMember } from '@sild/platform-crypto/testing';
import {
  CONFIG_RECORD_TYPE,
  CONFIG_SNAPSHOT_TYPE,
  encodeConfigRecord,
  encodeConfigSnapshot,
  entityKey,
  parseInstanceAnchor,
  type Certificate,
  type ConfigChange,
  type EventType,
  type Grant,
  type InstanceAnchor,
  type Member,
  type RegistryEntity,
  type RegistryState,
  type Service,
  type Subscription,
  type Subsystem,
  type TrustAnchor,
} from '@sild/registry-config';
import { canonicalState } from './canonical-state';
import type { ConfigFeed, ConfigFeedMessage } from './config-feed.repository';

export interface TestRegistry {
  readonly anchor: InstanceAnchor;
  /** The instance root CA: members certified by it verify under `anchor`. */
  readonly ca: ReturnType<typeof testRootCa>;
  /** The registry member NL/GOV/00000000 and its signing key. */
  readonly member: TestMember;
  readonly signer: EnvelopeSigner;
}

/** A fresh instance root and registry key; `clock` dates the envelopes (default: now). */
export function testRegistry(clock: () => number = Date.now): TestRegistry {
  const ca = testRootCa('NL');
  const member = testMember(ca, { memberClass: 'GOV', memberCode: '00000000' });
  const anchor = parseInstanceAnchor({
    instance: 'NL',
    root_certificate_pem: ca.certificatePem,
    registry_certificate_pem: member.certificatePem,
  });
  const signer = new EnvelopeSigner({
    privateKey: member.keys.privateKey,
    certificate: member.certificate,
    senderInstanceId: 'registry-test-0',
    clock,
  });
  return { anchor, ca, member, signer };
}

/** Signs a payload as ConfigPublisher does (MANAGEMENT, no recipient, 24 h lifetime). */
export function sealConfig(
  registry: Pick<TestRegistry, 'signer' | 'member'>,
  payload: Uint8Array,
  type: string,
): Buffer {
  const signed = registry.signer.sign(
    {
      kind: MessageKind.MESSAGE_KIND_MANAGEMENT,
      sender: { ...registry.member.identity, subsystem: '' },
      payloadType: type,
      payloadEncoding: PayloadEncoding.PAYLOAD_ENCODING_PROTOBUF,
      ttlMs: 24 * 3_600_000,
    },
    payload,
  );
  return Buffer.from(signed.bytes);
}

/** A configuration topic message: Kafka key = entity key, value = the signed record. */
export function signedRecord(
  registry: Pick<TestRegistry, 'signer' | 'member'>,
  version: string | number,
  change: ConfigChange,
  changedAt = new Date(),
): { key: string; value: Buffer } {
  const record = encodeConfigRecord(String(version), change, changedAt);
  return { key: entityKey(change), value: sealConfig(registry, record, CONFIG_RECORD_TYPE) };
}

/** A signed snapshot holding `changes` at versions `firstVersion`, `firstVersion + 1`, ... */
export function signedSnapshot(
  registry: Pick<TestRegistry, 'signer' | 'member'>,
  firstVersion: number,
  changes: readonly ConfigChange[],
  nextOffset: string | number,
  changedAt = new Date(),
): Buffer {
  const records = changes.map((change, i) => encodeConfigRecord(String(firstVersion + i), change, changedAt));
  const version = String(firstVersion + changes.length - 1);
  return sealConfig(
    registry,
    encodeConfigSnapshot(version, records, String(nextOffset)),
    CONFIG_SNAPSHOT_TYPE,
  );
}

/** The state `entities` (one per entity key) make at `version`, in the view's order. */
export function registryStateOf(version: string, entities: readonly RegistryEntity[]): RegistryState {
  const state = {
    version,
    members: [] as Member[],
    subsystems: [] as Subsystem[],
    services: [] as Service[],
    eventTypes: [] as EventType[],
    grants: [] as Grant[],
    subscriptions: [] as Subscription[],
    certificates: [] as Certificate[],
    trustAnchors: [] as TrustAnchor[],
  };
  for (const entity of entities) {
    switch (entity.kind) {
      case 'member':
        state.members.push(entity.value);
        break;
      case 'subsystem':
        state.subsystems.push(entity.value);
        break;
      case 'service':
        state.services.push(entity.value);
        break;
      case 'eventType':
        state.eventTypes.push(entity.value);
        break;
      case 'grant':
        state.grants.push(entity.value);
        break;
      case 'subscription':
        state.subscriptions.push(entity.value);
        break;
      case 'certificate':
        state.certificates.push(entity.value);
        break;
      case 'trustAnchor':
        state.trustAnchors.push(entity.value);
        break;
    }
  }
  return canonicalState(state);
}

/** An in-memory ConfigFeed: offsets are positions in `records`; append() delivers at once. */
export class FakeConfigFeed implements ConfigFeed {
  readonly snapshots: (Uint8Array | null)[] = [];
  readonly records: { key: string | null; value: Uint8Array | null }[] = [];
  private next = 0;
  private handle: ((message: ConfigFeedMessage) => void) | undefined;
  stopped = false;

  readSnapshots(handle: (value: Uint8Array | null) => void): Promise<void> {
    for (const value of this.snapshots) handle(value);
    return Promise.resolve();
  }

  follow(fromOffset: string | undefined, handle: (message: ConfigFeedMessage) => void): Promise<void> {
    this.next = Math.min(Number(fromOffset ?? 0), this.records.length);
    this.handle = handle;
    this.deliver();
    return Promise.resolve();
  }

  append(...records: { key: string | null; value: Uint8Array | null }[]): void {
    this.records.push(...records);
    this.deliver();
  }

  lag(): Promise<number> {
    return Promise.resolve(this.records.length - this.next);
  }

  stop(): Promise<void> {
    this.stopped = true;
    this.handle = undefined;
    return Promise.resolve();
  }

  private deliver(): void {
    const handle = this.handle;
    if (!handle) return;
    for (; this.next < this.records.length; this.next++) {
      const record = this.records[this.next];
      if (record) handle({ ...record, offset: String(this.next) });
    }
  }
}
