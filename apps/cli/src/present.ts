// Registry entities (as the gRPC API returns them) as rows for people and JSON for machines.
import {
  certificateOf,
  clientKey,
  eventTypeOf,
  grantOf,
  memberOf,
  serviceKey,
  serviceOf,
  subscriptionOf,
  subsystemOf,
  type Certificate,
  type EventType,
  type Grant,
  type Member,
  type ProtoObject,
  type Service,
  type Subscription,
  type Subsystem,
} from '@sild/registry-config';

export const memberRow = (m: Member) => ({ member: clientKey(m.id), name: m.name, created: m.createdAt });
export const subsystemRow = (s: Subsystem) => ({ subsystem: clientKey(s.id), created: s.createdAt });
export const serviceRow = (s: Service) => ({
  service: serviceKey(s.id),
  endpoint: s.endpointKind,
  description: s.description,
});
export const eventTypeRow = (e: EventType) => ({
  name: e.name,
  owner: clientKey(e.owner),
  payloadType: e.payloadType,
  partitionKey: e.partitionKeyRule,
});
export const grantRow = (g: Grant) => ({
  id: g.id,
  client: clientKey(g.client),
  service: serviceKey(g.service),
  status: g.status,
  purpose: g.purpose,
  validUntil: g.validUntil,
});
export const subscriptionRow = (s: Subscription) => ({
  id: s.id,
  subscriber: clientKey(s.subscriber),
  eventType: s.eventType,
  status: s.status,
  filter: s.filterJson,
  bound: s.approvedFilterJson,
  followed: s.includeFollowed,
  decidedBy: s.decidedBy ? clientKey(s.decidedBy) : '',
});
export const certificateRow = (c: Certificate) => ({
  keyId: c.keyId,
  member: clientKey(c.member),
  status: c.status,
  notAfter: c.notAfter,
  revokedAt: c.revokedAt,
  reason: c.revocationReason,
});

/** gRPC response object -> entity -> row. */
export const rowOf = {
  member: (o: unknown) => memberRow(memberOf(o as ProtoObject)),
  subsystem: (o: unknown) => subsystemRow(subsystemOf(o as ProtoObject)),
  service: (o: unknown) => serviceRow(serviceOf(o as ProtoObject)),
  eventType: (o: unknown) => eventTypeRow(eventTypeOf(o as ProtoObject)),
  grant: (o: unknown) => grantRow(grantOf(o as ProtoObject)),
  subscription: (o: unknown) => subscriptionRow(subscriptionOf(o as ProtoObject)),
  certificate: (o: unknown) => certificateRow(certificateOf(o as ProtoObject)),
};
