import type {
  Certificate,
  ClientRef,
  ConfigChange,
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

/** Reads and writes of one registry transaction. */
export interface RegistryUnitOfWork {
  findMember(id: ClientRef): Promise<Member | undefined>;
  findSubsystem(id: ClientRef): Promise<Subsystem | undefined>;
  findService(id: ServiceRef): Promise<Service | undefined>;
  findEventType(name: string): Promise<EventType | undefined>;
  findGrant(id: string): Promise<Grant | undefined>;
  findActiveGrant(client: ClientRef, service: ServiceRef): Promise<Grant | undefined>;
  findSubscription(id: string): Promise<Subscription | undefined>;
  findOpenSubscription(subscriber: ClientRef, eventType: string): Promise<Subscription | undefined>;
  findCertificate(keyId: string): Promise<Certificate | undefined>;
  listTrustAnchors(): Promise<TrustAnchor[]>;

  insertTrustAnchor(anchor: TrustAnchor): Promise<void>;
  insertMember(member: Member): Promise<void>;
  insertSubsystem(subsystem: Subsystem): Promise<void>;
  insertService(service: Service): Promise<void>;
  insertEventType(eventType: EventType): Promise<void>;
  /** Inserts or updates by id. */
  saveGrant(grant: Grant): Promise<void>;
  saveSubscription(subscription: Subscription): Promise<void>;
  saveCertificate(certificate: Certificate): Promise<void>;

  /** Queues the change for publication on the configuration topic; returns its version. */
  appendConfigRecord(change: ConfigChange, changedAt: Date): Promise<string>;

  /** Records a member's request; fails (duplicate) when its message id was recorded before. */
  recordManagementRequest(record: ManagementRecord): Promise<void>;
}

/** A management request that crossed the bus, with what became of it. */
export interface ManagementRecord {
  readonly messageId: string;
  readonly sender: string;
  readonly action: string;
  readonly outcome: 'APPLIED' | 'REJECTED';
  readonly reason: string;
  readonly version?: string;
}

/**
 * The registry's storage. Write transactions are serialized (one writer at a time), so
 * configuration versions are committed, and published, in order.
 */
export interface RegistryRepository {
  transaction<T>(fn: (uow: RegistryUnitOfWork) => Promise<T>): Promise<T>;
  /** Everything, with the version of the last committed change. */
  loadState(): Promise<RegistryState>;
  findCertificate(keyId: string): Promise<Certificate | undefined>;
  /** What became of a management request, if it was seen before. */
  findManagementRequest(messageId: string): Promise<ManagementRecord | undefined>;
  /** Records a refused request (outside any change); a second record of the same id is ignored. */
  recordRejectedRequest(record: ManagementRecord): Promise<void>;
}
