/** A member (subsystem empty) or subsystem identifier. */
export interface ClientRef {
  readonly instance: string;
  readonly memberClass: string;
  readonly memberCode: string;
  readonly subsystem: string;
}

export interface ServiceRef {
  readonly provider: ClientRef;
  readonly serviceCode: string;
  readonly serviceVersion: string;
}

export const ENDPOINT_KINDS = ['GRPC', 'HTTP'] as const;
export type EndpointKind = (typeof ENDPOINT_KINDS)[number];
export const GRANT_STATUSES = ['ACTIVE', 'REVOKED'] as const;
export type GrantStatus = (typeof GRANT_STATUSES)[number];
export const SUBSCRIPTION_STATUSES = ['REQUESTED', 'APPROVED', 'REJECTED', 'REVOKED'] as const;
export type SubscriptionStatus = (typeof SUBSCRIPTION_STATUSES)[number];
export const CERTIFICATE_STATUSES = ['ACTIVE', 'REVOKED'] as const;
export type CertificateStatus = (typeof CERTIFICATE_STATUSES)[number];

export interface Member {
  readonly id: ClientRef;
  readonly name: string;
  readonly createdAt: Date;
}

export interface Subsystem {
  readonly id: ClientRef;
  readonly createdAt: Date;
}

export interface Service {
  readonly id: ServiceRef;
  readonly description: string;
  readonly endpointKind: EndpointKind;
  readonly createdAt: Date;
}

export interface EventType {
  readonly name: string;
  readonly owner: ClientRef;
  readonly payloadType: string;
  readonly descriptorSet: Buffer | null;
  readonly partitionKeyRule: string;
  readonly description: string;
  readonly createdAt: Date;
}

export interface Grant {
  readonly id: string;
  readonly client: ClientRef;
  readonly service: ServiceRef;
  readonly purpose: string;
  readonly validFrom: Date;
  readonly validUntil: Date | null;
  readonly status: GrantStatus;
  readonly revokedAt: Date | null;
}

export interface Subscription {
  readonly id: string;
  readonly subscriber: ClientRef;
  readonly eventType: string;
  /** The subscriber's filter (JSON); empty means everything within the approved bound. */
  readonly filterJson: string;
  /** The bound the event type's owner approved (JSON filter); empty means all. */
  readonly approvedFilterJson: string;
  /** Also deliver events about subjects the subscriber follows (within the approved bound). */
  readonly includeFollowed: boolean;
  readonly purpose: string;
  readonly status: SubscriptionStatus;
  readonly decidedBy: ClientRef | null;
  readonly decidedAt: Date | null;
  readonly reason: string;
  readonly createdAt: Date;
}

export interface Certificate {
  readonly keyId: string;
  readonly member: ClientRef;
  readonly certificateDer: Buffer;
  readonly status: CertificateStatus;
  readonly notBefore: Date;
  readonly notAfter: Date;
  readonly revokedAt: Date | null;
  readonly revocationReason: string;
}

export interface TrustAnchor {
  readonly keyId: string;
  readonly instance: string;
  readonly certificateDer: Buffer;
}

/** One registry entity, tagged by kind: the unit of a configuration record. */
export type RegistryEntity =
  | { readonly kind: 'member'; readonly value: Member }
  | { readonly kind: 'subsystem'; readonly value: Subsystem }
  | { readonly kind: 'service'; readonly value: Service }
  | { readonly kind: 'eventType'; readonly value: EventType }
  | { readonly kind: 'grant'; readonly value: Grant }
  | { readonly kind: 'subscription'; readonly value: Subscription }
  | { readonly kind: 'certificate'; readonly value: Certificate }
  | { readonly kind: 'trustAnchor'; readonly value: TrustAnchor };

/** The whole configuration at one version. */
export interface RegistryState {
  readonly version: string;
  readonly members: readonly Member[];
  readonly subsystems: readonly Subsystem[];
  readonly services: readonly Service[];
  readonly eventTypes: readonly EventType[];
  readonly grants: readonly Grant[];
  readonly subscriptions: readonly Subscription[];
  readonly certificates: readonly Certificate[];
  readonly trustAnchors: readonly TrustAnchor[];
}

/** A freshly issued, active certificate entity from a parsed member certificate. */
export function activeCertificate(parsed: {
  readonly keyIdHex: string;
  readonly identity: { readonly instance: string; readonly memberClass: string; readonly memberCode: string };
  readonly der: Buffer;
  readonly notBeforeMs: number;
  readonly notAfterMs: number;
}): Certificate {
  return {
    keyId: parsed.keyIdHex,
    member: { ...parsed.identity, subsystem: '' },
    certificateDer: parsed.der,
    status: 'ACTIVE',
    notBefore: new Date(parsed.notBeforeMs),
    notAfter: new Date(parsed.notAfterMs),
    revokedAt: null,
    revocationReason: '',
  };
}
