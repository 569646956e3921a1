import {
  clientKey,
  serviceKey,
  type Certificate,
  type ClientRef,
  type EventType,
  type Grant,
  type Member,
  type RegistryEntity,
  type RegistryState,
  type Service,
  type ServiceRef,
  type Subscription,
  type Subsystem,
  type TrustAnchor,
} from '@sild/registry-config';
import { canonicalState } from './canonical-state';

const pairKey = (client: ClientRef, service: ServiceRef): string =>
  `${clientKey(client)}|${serviceKey(service)}`;

/** Values grouped by a secondary key (one value per primary key), updated in place. */
class Grouped<V> {
  private readonly groups = new Map<string, Map<string, V>>();

  put(group: string, id: string, value: V, previousGroup: string | undefined): void {
    if (previousGroup !== undefined && previousGroup !== group) this.groups.get(previousGroup)?.delete(id);
    let members = this.groups.get(group);
    if (!members) {
      members = new Map<string, V>();
      this.groups.set(group, members);
    }
    members.set(id, value);
  }

  values(group: string): Iterable<V> {
    return this.groups.get(group)?.values() ?? [];
  }
}

/**
 * The registry's entities in memory, by natural key, with the indexes the hot-path lookups use.
 * Applies an entity only when its version is newer than the one it has for that entity key
 * (records are delivered at least once, and a snapshot may overlap the records after it).
 */
export class RegistryStateStore {
  private readonly versions = new Map<string, bigint>();
  private maxVersion = 0n;
  private cached: RegistryState | undefined;
  readonly members = new Map<string, Member>();
  readonly subsystems = new Map<string, Subsystem>();
  readonly services = new Map<string, Service>();
  readonly eventTypes = new Map<string, EventType>();
  readonly grants = new Map<string, Grant>();
  readonly subscriptions = new Map<string, Subscription>();
  readonly certificates = new Map<string, Certificate>();
  readonly trustAnchors = new Map<string, TrustAnchor>();
  private readonly grantsByPair = new Grouped<Grant>();
  private readonly subscriptionsByEventType = new Grouped<Subscription>();

  get version(): bigint {
    return this.maxVersion;
  }

  /** Raises the version without an entity (a snapshot's version). */
  raiseVersion(version: bigint): void {
    if (version > this.maxVersion) {
      this.maxVersion = version;
      this.cached = undefined;
    }
  }

  /** Applies `entity` at `version` under `key`; false when the store has that version or a newer one. */
  apply(key: string, version: bigint, entity: RegistryEntity): boolean {
    const current = this.versions.get(key);
    if (current !== undefined && version <= current) return false;
    this.versions.set(key, version);
    this.raiseVersion(version);
    this.put(entity);
    this.cached = undefined;
    return true;
  }

  private put(entity: RegistryEntity): void {
    switch (entity.kind) {
      case 'member':
        this.members.set(clientKey(entity.value.id), entity.value);
        return;
      case 'subsystem':
        this.subsystems.set(clientKey(entity.value.id), entity.value);
        return;
      case 'service':
        this.services.set(serviceKey(entity.value.id), entity.value);
        return;
      case 'eventType':
        this.eventTypes.set(entity.value.name, entity.value);
        return;
      case 'grant': {
        const grant = entity.value;
        const previous = this.grants.get(grant.id);
        this.grants.set(grant.id, grant);
        const before = previous && pairKey(previous.client, previous.service);
        this.grantsByPair.put(pairKey(grant.client, grant.service), grant.id, grant, before);
        return;
      }
      case 'subscription': {
        const subscription = entity.value;
        const previous = this.subscriptions.get(subscription.id);
        this.subscriptions.set(subscription.id, subscription);
        this.subscriptionsByEventType.put(
          subscription.eventType,
          subscription.id,
          subscription,
          previous?.eventType,
        );
        return;
      }
      case 'certificate':
        this.certificates.set(entity.value.keyId, entity.value);
        return;
      case 'trustAnchor':
        this.trustAnchors.set(entity.value.keyId, entity.value);
        return;
    }
  }

  grantsOf(client: ClientRef, service: ServiceRef): Iterable<Grant> {
    return this.grantsByPair.values(pairKey(client, service));
  }

  subscriptionsOf(eventType: string): Iterable<Subscription> {
    return this.subscriptionsByEventType.values(eventType);
  }

  /** The whole state in the view's order (built once per change). */
  state(): RegistryState {
    this.cached ??= canonicalState({
      version: this.maxVersion.toString(),
      members: [...this.members.values()],
      subsystems: [...this.subsystems.values()],
      services: [...this.services.values()],
      eventTypes: [...this.eventTypes.values()],
      grants: [...this.grants.values()],
      subscriptions: [...this.subscriptions.values()],
      certificates: [...this.certificates.values()],
      trustAnchors: [...this.trustAnchors.values()],
    });
    return this.cached;
  }
}
