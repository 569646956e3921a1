// Registry entities as protobuf objects: camelCase fields, enum names, Timestamps as
// { seconds: string, nanos }, bytes as Buffer. The same shape serves the gRPC API
// (proto-loader) and the configuration records (protobufjs fromObject/toObject).
import type {
  Certificate,
  ClientRef,
  EventType,
  Grant,
  Member,
  RegistryEntity,
  Service,
  ServiceRef,
  Subscription,
  Subsystem,
  TrustAnchor,
} from './registry.model';

export interface TimestampObject {
  seconds: string;
  nanos: number;
}

export type ProtoObject = Record<string, unknown>;

export const timestampObject = (date: Date | null): TimestampObject | null =>
  date === null
    ? null
    : { seconds: Math.floor(date.getTime() / 1000).toString(), nanos: (date.getTime() % 1000) * 1_000_000 };

export const dateOf = (value: unknown): Date | null => {
  if (value === null || value === undefined || typeof value !== 'object') return null;
  const { seconds, nanos } = value as { seconds?: unknown; nanos?: unknown };
  if (seconds === undefined || seconds === null) return null;
  const ms = Number(seconds) * 1000 + Math.floor(Number(nanos ?? 0) / 1_000_000);
  return ms === 0 ? null : new Date(ms);
};

export const clientObject = (id: ClientRef): ProtoObject => ({ ...id });
export const serviceObject = (id: ServiceRef): ProtoObject => ({
  ...id,
  provider: clientObject(id.provider),
});

const enumName = (prefix: string, value: string): string => `${prefix}_${value}`;

export function entityObject(entity: RegistryEntity): ProtoObject {
  switch (entity.kind) {
    case 'member':
      return memberObject(entity.value);
    case 'subsystem':
      return subsystemObject(entity.value);
    case 'service':
      return serviceEntityObject(entity.value);
    case 'eventType':
      return eventTypeObject(entity.value);
    case 'grant':
      return grantObject(entity.value);
    case 'subscription':
      return subscriptionObject(entity.value);
    case 'certificate':
      return certificateObject(entity.value);
    case 'trustAnchor':
      return trustAnchorObject(entity.value);
  }
}

export const memberObject = (m: Member): ProtoObject => ({
  id: clientObject(m.id),
  name: m.name,
  createdAt: timestampObject(m.createdAt),
});

export const subsystemObject = (s: Subsystem): ProtoObject => ({
  id: clientObject(s.id),
  createdAt: timestampObject(s.createdAt),
});

export const serviceEntityObject = (s: Service): ProtoObject => ({
  id: serviceObject(s.id),
  description: s.description,
  endpointKind: enumName('ENDPOINT_KIND', s.endpointKind),
  createdAt: timestampObject(s.createdAt),
});

export const eventTypeObject = (e: EventType): ProtoObject => ({
  name: e.name,
  owner: clientObject(e.owner),
  payloadType: e.payloadType,
  descriptorSet: e.descriptorSet ?? Buffer.alloc(0),
  partitionKeyRule: e.partitionKeyRule,
  description: e.description,
  createdAt: timestampObject(e.createdAt),
});

export const grantObject = (g: Grant): ProtoObject => ({
  id: g.id,
  client: clientObject(g.client),
  service: serviceObject(g.service),
  purpose: g.purpose,
  validFrom: timestampObject(g.validFrom),
  validUntil: timestampObject(g.validUntil),
  status: enumName('GRANT_STATUS', g.status),
  revokedAt: timestampObject(g.revokedAt),
});

export const subscriptionObject = (s: Subscription): ProtoObject => ({
  id: s.id,
  subscriber: clientObject(s.subscriber),
  eventType: s.eventType,
  filterJson: s.filterJson,
  approvedFilterJson: s.approvedFilterJson,
  includeFollowed: s.includeFollowed,
  purpose: s.purpose,
  status: enumName('SUBSCRIPTION_STATUS', s.status),
  decidedBy: s.decidedBy ? clientObject(s.decidedBy) : null,
  decidedAt: timestampObject(s.decidedAt),
  reason: s.reason,
  createdAt: timestampObject(s.createdAt),
});

export const certificateObject = (c: Certificate): ProtoObject => ({
  keyId: c.keyId,
  member: clientObject(c.member),
  certificateDer: c.certificateDer,
  status: enumName('CERTIFICATE_STATUS', c.status),
  notBefore: timestampObject(c.notBefore),
  notAfter: timestampObject(c.notAfter),
  revokedAt: timestampObject(c.revokedAt),
  revocationReason: c.revocationReason,
});

export const trustAnchorObject = (t: TrustAnchor): ProtoObject => ({
  keyId: t.keyId,
  instance: t.instance,
  certificateDer: t.certificateDer,
});
