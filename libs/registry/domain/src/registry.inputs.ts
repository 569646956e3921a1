// Inputs of the registry's use cases, as they arrive from gRPC (proto-loader objects) or from a
// decoded MANAGEMENT payload. Every field is untrusted: the service validates each one.

export interface ClientInput {
  instance?: unknown;
  memberClass?: unknown;
  memberCode?: unknown;
  subsystem?: unknown;
}

export interface ServiceInput {
  provider?: ClientInput | null;
  serviceCode?: unknown;
  serviceVersion?: unknown;
}

export interface TimestampInput {
  seconds?: unknown;
  nanos?: unknown;
}

export interface AddTrustAnchor {
  certificateDer?: Uint8Array | null;
}
export interface AddMember {
  id?: ClientInput | null;
  name?: unknown;
}
export interface AddSubsystem {
  id?: ClientInput | null;
}
export interface AddService {
  id?: ServiceInput | null;
  description?: unknown;
  endpointKind?: unknown;
}
export interface AddEventType {
  eventType?: {
    name?: unknown;
    owner?: ClientInput | null;
    payloadType?: unknown;
    descriptorSet?: Uint8Array | null;
    partitionKeyRule?: unknown;
    description?: unknown;
  } | null;
}
export interface AddGrant {
  client?: ClientInput | null;
  service?: ServiceInput | null;
  purpose?: unknown;
  validUntil?: TimestampInput | null;
}
export interface RevokeGrant {
  id?: unknown;
}
export interface RequestSubscription {
  subscriber?: ClientInput | null;
  eventType?: unknown;
  filterJson?: unknown;
  purpose?: unknown;
  includeFollowed?: unknown;
}
export interface DecideSubscription {
  id?: unknown;
  decision?: unknown;
  decidedBy?: ClientInput | null;
  reason?: unknown;
  approvedFilterJson?: unknown;
}
export interface RegisterCertificate {
  certificateDer?: Uint8Array | null;
}
export interface RevokeCertificate {
  keyId?: unknown;
  reason?: unknown;
  /** Already validated by the caller (defaults to now). */
  revokedAt?: Date;
}
