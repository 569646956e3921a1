// Rows of the registry tables and their mapping to registry entities.
import type {
  Certificate,
  CertificateStatus,
  ClientRef,
  EndpointKind,
  EventType,
  Grant,
  GrantStatus,
  Member,
  Service,
  ServiceRef,
  Subscription,
  SubscriptionStatus,
  Subsystem,
  TrustAnchor,
} from '@sild/registry-config';

export type Row = Record<string, unknown>;

const text = (row: Row, column: string): string => {
  const value = row[column];
  return typeof value === 'string' ? value : '';
};
const date = (row: Row, column: string): Date => row[column] as Date;
const optionalDate = (row: Row, column: string): Date | null => (row[column] ?? null) as Date | null;
const bytes = (row: Row, column: string): Buffer => Buffer.from(row[column] as Uint8Array);

/** A client ref from columns `<prefix>instance`, `<prefix>member_class`, ... */
export const clientOf = (row: Row, prefix = ''): ClientRef => ({
  instance: text(row, `${prefix}instance`),
  memberClass: text(row, `${prefix}member_class`),
  memberCode: text(row, `${prefix}member_code`),
  subsystem: text(row, `${prefix}subsystem_code`),
});

export const serviceRefOfRow = (row: Row): ServiceRef => ({
  provider: clientOf(row),
  serviceCode: text(row, 'service_code'),
  serviceVersion: text(row, 'service_version'),
});

/** `INSTANCE/CLASS/CODE/SUBSYSTEM` back to a ref (decided_by column). */
export const clientOfKey = (key: string): ClientRef => {
  const [instance = '', memberClass = '', memberCode = '', subsystem = ''] = key.split('/');
  return { instance, memberClass, memberCode, subsystem };
};

export const memberOfRow = (row: Row): Member => ({
  id: clientOf(row),
  name: text(row, 'name'),
  createdAt: date(row, 'created_at'),
});

export const subsystemOfRow = (row: Row): Subsystem => ({
  id: clientOf(row),
  createdAt: date(row, 'created_at'),
});

export const serviceOfRow = (row: Row): Service => ({
  id: serviceRefOfRow(row),
  description: text(row, 'description'),
  endpointKind: text(row, 'endpoint_kind') as EndpointKind,
  createdAt: date(row, 'created_at'),
});

export const eventTypeOfRow = (row: Row): EventType => ({
  name: text(row, 'name'),
  owner: clientOf(row),
  payloadType: text(row, 'payload_type'),
  descriptorSet: row['descriptor_set'] ? bytes(row, 'descriptor_set') : null,
  partitionKeyRule: text(row, 'partition_key_rule'),
  description: text(row, 'description'),
  createdAt: date(row, 'created_at'),
});

export const grantOfRow = (row: Row): Grant => ({
  id: text(row, 'id'),
  client: clientOf(row, 'client_'),
  service: serviceRefOfRow(row),
  purpose: text(row, 'purpose'),
  validFrom: date(row, 'valid_from'),
  validUntil: optionalDate(row, 'valid_until'),
  status: text(row, 'status') as GrantStatus,
  revokedAt: optionalDate(row, 'revoked_at'),
});

export const subscriptionOfRow = (row: Row): Subscription => ({
  id: text(row, 'id'),
  subscriber: clientOf(row),
  eventType: text(row, 'event_type'),
  filterJson: text(row, 'filter_json'),
  approvedFilterJson: text(row, 'approved_filter_json'),
  includeFollowed: row['include_followed'] === true,
  purpose: text(row, 'purpose'),
  status: text(row, 'status') as SubscriptionStatus,
  decidedBy: row['decided_by'] ? clientOfKey(text(row, 'decided_by')) : null,
  decidedAt: optionalDate(row, 'decided_at'),
  reason: text(row, 'reason'),
  createdAt: date(row, 'created_at'),
});

export const certificateOfRow = (row: Row): Certificate => ({
  keyId: text(row, 'key_id'),
  member: clientOf(row),
  certificateDer: bytes(row, 'certificate_der'),
  status: text(row, 'status') as CertificateStatus,
  notBefore: date(row, 'not_before'),
  notAfter: date(row, 'not_after'),
  revokedAt: optionalDate(row, 'revoked_at'),
  revocationReason: text(row, 'revocation_reason'),
});

export const trustAnchorOfRow = (row: Row): TrustAnchor => ({
  keyId: text(row, 'key_id'),
  instance: text(row, 'instance'),
  certificateDer: bytes(row, 'certificate_der'),
});

/** Parameters for the four client columns (instance, class, code, subsystem). */
export const clientParams = (id: ClientRef): string[] => [
  id.instance,
  id.memberClass,
  id.memberCode,
  id.subsystem,
];
export const serviceParams = (id: ServiceRef): string[] => [
  ...clientParams(id.provider),
  id.serviceCode,
  id.serviceVersion,
];

export const managementOfRow = (row: Row) => ({
  messageId: text(row, 'message_id'),
  sender: text(row, 'sender'),
  action: text(row, 'action'),
  outcome: text(row, 'outcome') === 'APPLIED' ? ('APPLIED' as const) : ('REJECTED' as const),
  reason: text(row, 'reason'),
  ...(typeof row['version'] === 'string' ? { version: row['version'] } : {}),
});
