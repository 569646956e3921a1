// Fixtures: one entity of every kind, as the registry would hold them.
import type { ClientRef, RegistryEntity, ServiceRef } from './registry.model';

export const PROVIDER: ClientRef = {
  instance: 'NL',
  memberClass: 'GOV',
  memberCode: '00000001',
  subsystem: 'brp',
};
export const MUNICIPALITY: ClientRef = {
  instance: 'NL',
  memberClass: 'MUN',
  memberCode: '0363',
  subsystem: 'burgerzaken',
};
export const PERSONS: ServiceRef = { provider: PROVIDER, serviceCode: 'persons', serviceVersion: 'v1' };

const at = (iso: string) => new Date(iso);

export const sampleEntities: readonly RegistryEntity[] = [
  {
    kind: 'trustAnchor',
    value: { keyId: 'ab'.repeat(32), instance: 'NL', certificateDer: Buffer.from([0x30, 1, 2]) },
  },
  {
    kind: 'member',
    value: { id: { ...PROVIDER, subsystem: '' }, name: 'RvIG', createdAt: at('2026-01-01T00:00:00.123Z') },
  },
  { kind: 'subsystem', value: { id: PROVIDER, createdAt: at('2026-01-02T00:00:00Z') } },
  {
    kind: 'service',
    value: {
      id: PERSONS,
      description: 'get person',
      endpointKind: 'GRPC',
      createdAt: at('2026-01-03T00:00:00Z'),
    },
  },
  {
    kind: 'eventType',
    value: {
      name: 'nl.brp.person.relocated.v1',
      owner: PROVIDER,
      payloadType: 'type.sild.dev/sild.examples.population.v1.Relocation',
      descriptorSet: null,
      partitionKeyRule: 'subject_key',
      description: 'a person moved',
      createdAt: at('2026-01-04T00:00:00Z'),
    },
  },
  {
    kind: 'grant',
    value: {
      id: '0190e0a0-0000-7000-8000-000000000001',
      client: MUNICIPALITY,
      service: PERSONS,
      purpose: 'civil registry tasks',
      validFrom: at('2026-01-05T00:00:00Z'),
      validUntil: null,
      status: 'ACTIVE',
      revokedAt: null,
    },
  },
  {
    kind: 'subscription',
    value: {
      id: '0190e0a0-0000-7000-8000-000000000002',
      subscriber: MUNICIPALITY,
      eventType: 'nl.brp.person.relocated.v1',
      filterJson: '{"exact":{"municipality":"0363"}}',
      approvedFilterJson: '',
      includeFollowed: false,
      purpose: 'keep resident records current',
      status: 'APPROVED',
      decidedBy: PROVIDER,
      decidedAt: at('2026-01-06T00:00:00Z'),
      reason: 'ok',
      createdAt: at('2026-01-05T12:00:00Z'),
    },
  },
  {
    kind: 'certificate',
    value: {
      keyId: 'cd'.repeat(32),
      member: { ...MUNICIPALITY, subsystem: '' },
      certificateDer: Buffer.from([0x30, 3, 4]),
      status: 'REVOKED',
      notBefore: at('2026-01-01T00:00:00Z'),
      notAfter: at('2027-01-01T00:00:00Z'),
      revokedAt: at('2026-06-01T00:00:00Z'),
      revocationReason: 'keyCompromise',
    },
  },
];
