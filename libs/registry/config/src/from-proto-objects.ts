// Protobuf objects (see proto-objects.ts) back to registry entities, for readers of the
// configuration topic and of the gRPC API.
import { dateOf, type ProtoObject } from './proto-objects';
import {
  CERTIFICATE_STATUSES,
  ENDPOINT_KINDS,
  GRANT_STATUSES,
  SUBSCRIPTION_STATUSES,
  type Certificate,
  type ClientRef,
  type EventType,
  type Grant,
  type Member,
  type Service,
  type ServiceRef,
  type Subscription,
  type Subsystem,
  type TrustAnchor,
} from './registry.model';

const text = (value: unknown): string => (typeof value === 'string' ? value : '');
const object = (value: unknown): ProtoObject =>
  typeof value === 'object' && value !== null ? (value as ProtoObject) : {};
const bytes = (value: unknown): Buffer =>
  value instanceof Uint8Array
    ? Buffer.from(value)
    : typeof value === 'string'
      ? Buffer.from(value, 'base64')
      : Buffer.alloc(0);
const requiredDate = (value: unknown): Date => dateOf(value) ?? new Date(0);
/** `GRANT_STATUS_ACTIVE` -> `ACTIVE`; an unknown name becomes the first allowed value. */
const enumValue = <T extends string>(prefix: string, value: unknown, allowed: readonly [T, ...T[]]): T => {
  const name = text(value).replace(`${prefix}_`, '');
  return allowed.find((candidate) => candidate === name) ?? allowed[0];
};

export const clientRefOf = (value: unknown): ClientRef => {
  const o = object(value);
  return {
    instance: text(o['instance']),
    memberClass: text(o['memberClass']),
    memberCode: text(o['memberCode']),
    subsystem: text(o['subsystem']),
  };
};

export const serviceRefOf = (value: unknown): ServiceRef => {
  const o = object(value);
  return {
    provider: clientRefOf(o['provider']),
    serviceCode: text(o['serviceCode']),
    serviceVersion: text(o['serviceVersion']),
  };
};

export const memberOf = (o: ProtoObject): Member => ({
  id: clientRefOf(o['id']),
  name: text(o['name']),
  createdAt: requiredDate(o['createdAt']),
});

export const subsystemOf = (o: ProtoObject): Subsystem => ({
  id: clientRefOf(o['id']),
  createdAt: requiredDate(o['createdAt']),
});

export const serviceOf = (o: ProtoObject): Service => ({
  id: serviceRefOf(o['id']),
  description: text(o['description']),
  endpointKind: enumValue('ENDPOINT_KIND', o['endpointKind'], ENDPOINT_KINDS),
  createdAt: requiredDate(o['createdAt']),
});

export const eventTypeOf = (o: ProtoObject): EventType => {
  const descriptor = bytes(o['descriptorSet']);
  return {
    name: text(o['name']),
    owner: clientRefOf(o['owner']),
    payloadType: text(o['payloadType']),
    descriptorSet: descriptor.length > 0 ? descriptor : null,
    partitionKeyRule: text(o['partitionKeyRule']),
    description: text(o['description']),
    createdAt: requiredDate(o['createdAt']),
  };
};

export const grantOf = (o: ProtoObject): Grant => ({
  id: text(o['id']),
  client: clientRefOf(o['client']),
  service: serviceRefOf(o['service']),
  purpose: text(o['purpose']),
  validFrom: requiredDate(o['validFrom']),
  validUntil: dateOf(o['validUntil']),
  status: enumValue('GRANT_STATUS', o['status'], GRANT_STATUSES),
  revokedAt: dateOf(o['revokedAt']),
});

export const subscriptionOf = (o: ProtoObject): Subscription => {
  const decidedBy = clientRefOf(o['decidedBy']);
  return {
    id: text(o['id']),
    subscriber: clientRefOf(o['subscriber']),
    eventType: text(o['eventType']),
    filterJson: text(o['filterJson']),
    approvedFilterJson: text(o['approvedFilterJson']),
    includeFollowed: o['includeFollowed'] === true,
    purpose: text(o['purpose']),
    status: enumValue('SUBSCRIPTION_STATUS', o['status'], SUBSCRIPTION_STATUSES),
    decidedBy: decidedBy.instance === '' ? null : decidedBy,
    decidedAt: dateOf(o['decidedAt']),
    reason: text(o['reason']),
    createdAt: requiredDate(o['createdAt']),
  };
};

export const certificateOf = (o: ProtoObject): Certificate => ({
  keyId: text(o['keyId']),
  member: clientRefOf(o['member']),
  certificateDer: bytes(o['certificateDer']),
  status: enumValue('CERTIFICATE_STATUS', o['status'], CERTIFICATE_STATUSES),
  notBefore: requiredDate(o['notBefore']),
  notAfter: requiredDate(o['notAfter']),
  revokedAt: dateOf(o['revokedAt']),
  revocationReason: text(o['revocationReason']),
});

export const trustAnchorOf = (o: ProtoObject): TrustAnchor => ({
  keyId: text(o['keyId']),
  instance: text(o['instance']),
  certificateDer: bytes(o['certificateDer']),
});
