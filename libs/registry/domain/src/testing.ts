// A typed in-memory fake of the registry repository, with real transaction semantics: a
// change that throws leaves nothing behind.
import {
  decodeConfigRecord,
  encodeConfigRecord,
  clientKey,
  serviceKey,
  type DecodedConfigRecord,
} from '@sild/registry-config';
import type {
  Certificate,
  ClientRef,
  EventType,
  Grant,
  Member,
  RegistryState,
  Service,
  ServiceRef,
  Subscription,
  Subsystem,
  TrustAnchor,
} from '@sild/registry-config';
import type { ManagementRecord, RegistryRepository, RegistryUnitOfWork } from './registry.repository';

interface Tables {
  anchors: Map<string, TrustAnchor>;
  members: Map<string, Member>;
  subsystems: Map<string, Subsystem>;
  services: Map<string, Service>;
  eventTypes: Map<string, EventType>;
  grants: Map<string, Grant>;
  subscriptions: Map<string, Subscription>;
  certificates: Map<string, Certificate>;
  outbox: Uint8Array[];
  requests: Map<string, ManagementRecord>;
}

const empty = (): Tables => ({
  anchors: new Map(),
  members: new Map(),
  subsystems: new Map(),
  services: new Map(),
  eventTypes: new Map(),
  grants: new Map(),
  subscriptions: new Map(),
  certificates: new Map(),
  outbox: [],
  requests: new Map(),
});

const copy = (t: Tables): Tables => ({
  anchors: new Map(t.anchors),
  members: new Map(t.members),
  subsystems: new Map(t.subsystems),
  services: new Map(t.services),
  eventTypes: new Map(t.eventTypes),
  grants: new Map(t.grants),
  subscriptions: new Map(t.subscriptions),
  certificates: new Map(t.certificates),
  outbox: [...t.outbox],
  requests: new Map(t.requests),
});

export class InMemoryRegistryRepository implements RegistryRepository {
  private tables = empty();

  /** The configuration records queued so far, decoded, in version order. */
  get outbox(): DecodedConfigRecord[] {
    return this.tables.outbox.map((bytes) => decodeConfigRecord(bytes));
  }

  async transaction<T>(fn: (uow: RegistryUnitOfWork) => Promise<T>): Promise<T> {
    const working = copy(this.tables);
    const result = await fn(unitOfWork(working));
    this.tables = working;
    return result;
  }

  findCertificate(keyId: string): Promise<Certificate | undefined> {
    return Promise.resolve(this.tables.certificates.get(keyId));
  }

  findManagementRequest(messageId: string): Promise<ManagementRecord | undefined> {
    return Promise.resolve(this.tables.requests.get(messageId));
  }

  recordRejectedRequest(record: ManagementRecord): Promise<void> {
    if (!this.tables.requests.has(record.messageId)) this.tables.requests.set(record.messageId, record);
    return Promise.resolve();
  }

  loadState(): Promise<RegistryState> {
    const t = this.tables;
    return Promise.resolve({
      version: String(t.outbox.length),
      members: [...t.members.values()],
      subsystems: [...t.subsystems.values()],
      services: [...t.services.values()],
      eventTypes: [...t.eventTypes.values()],
      grants: [...t.grants.values()],
      subscriptions: [...t.subscriptions.values()],
      certificates: [...t.certificates.values()],
      trustAnchors: [...t.anchors.values()],
    });
  }
}

function unitOfWork(t: Tables): RegistryUnitOfWork {
  const found = <V>(value: V | undefined) => Promise.resolve(value);
  const put = <K, V>(map: Map<K, V>, key: K, value: V) => {
    map.set(key, value);
    return Promise.resolve();
  };
  return {
    findMember: (id: ClientRef) => found(t.members.get(clientKey(id))),
    findSubsystem: (id: ClientRef) => found(t.subsystems.get(clientKey(id))),
    findService: (id: ServiceRef) => found(t.services.get(serviceKey(id))),
    findEventType: (name) => found(t.eventTypes.get(name)),
    findGrant: (id) => found(t.grants.get(id)),
    findActiveGrant: (client, service) =>
      found(
        [...t.grants.values()].find(
          (g) =>
            g.status === 'ACTIVE' &&
            clientKey(g.client) === clientKey(client) &&
            serviceKey(g.service) === serviceKey(service),
        ),
      ),
    findSubscription: (id) => found(t.subscriptions.get(id)),
    findOpenSubscription: (subscriber, eventType) =>
      found(
        [...t.subscriptions.values()].find(
          (s) =>
            (s.status === 'REQUESTED' || s.status === 'APPROVED') &&
            s.eventType === eventType &&
            clientKey(s.subscriber) === clientKey(subscriber),
        ),
      ),
    findCertificate: (keyId) => found(t.certificates.get(keyId)),
    listTrustAnchors: () => Promise.resolve([...t.anchors.values()]),
    insertTrustAnchor: (a) => put(t.anchors, a.keyId, a),
    insertMember: (m) => put(t.members, clientKey(m.id), m),
    insertSubsystem: (s) => put(t.subsystems, clientKey(s.id), s),
    insertService: (s) => put(t.services, serviceKey(s.id), s),
    insertEventType: (e) => put(t.eventTypes, e.name, e),
    saveGrant: (g) => put(t.grants, g.id, g),
    saveSubscription: (s) => put(t.subscriptions, s.id, s),
    saveCertificate: (c) => put(t.certificates, c.keyId, c),
    recordManagementRequest: (record) => {
      if (t.requests.has(record.messageId))
        return Promise.reject(new Error(`request ${record.messageId} recorded twice`));
      return put(t.requests, record.messageId, record);
    },
    appendConfigRecord: (change, changedAt) => {
      const version = String(t.outbox.length + 1);
      t.outbox.push(encodeConfigRecord(version, change, changedAt));
      return Promise.resolve(version);
    },
  };
}
