import { beforeEach, describe, expect, it } from 'vitest';
import { testMember, testRootCa } from '@sild/platform-crypto/testing';
import { RegistryErrorCode, type ClientRef } from '@sild/registry-config';
import { MUNICIPALITY, PERSONS, PROVIDER } from '@sild/registry-config/testing';
import { OPERATOR, RegistryService, type Actor } from '../src';
import { InMemoryRegistryRepository } from '../src/testing';

const ca = testRootCa('NL');
const member = (id: ClientRef): ClientRef => ({ ...id, subsystem: '' });
const asMember = (id: ClientRef): Actor => ({ kind: 'member', member: member(id) });
const EVENT = 'nl.brp.person.relocated.v1';
const OTHER_MUNICIPALITY: ClientRef = {
  instance: 'NL',
  memberClass: 'MUN',
  memberCode: '0599',
  subsystem: 'bz',
};

let repository: InMemoryRegistryRepository;
let registry: RegistryService;
let ids = 0;

async function populate() {
  await registry.addTrustAnchor({ certificateDer: ca.certificate.raw }, OPERATOR);
  for (const [id, name] of [
    [PROVIDER, 'RvIG'],
    [MUNICIPALITY, 'Amsterdam'],
    [OTHER_MUNICIPALITY, 'Rotterdam'],
  ] as const) {
    await registry.addMember({ id: member(id), name }, OPERATOR);
    await registry.addSubsystem({ id }, OPERATOR);
  }
  await registry.addService({ id: PERSONS, description: 'persons', endpointKind: 'GRPC' }, OPERATOR);
  await registry.addEventType(
    {
      eventType: {
        name: EVENT,
        owner: PROVIDER,
        payloadType: 'type.sild.dev/sild.examples.population.v1.Relocation',
      },
    },
    OPERATOR,
  );
}

const rejects = (promise: Promise<unknown>, code: RegistryErrorCode, message?: string | RegExp) =>
  expect(promise).rejects.toMatchObject({
    code,
    ...(message ? { message: expect.stringMatching(message) as unknown } : {}),
  });

beforeEach(async () => {
  repository = new InMemoryRegistryRepository();
  ids = 0;
  registry = new RegistryService(
    repository,
    () => new Date('2026-03-01T00:00:00Z'),
    () => `id-${++ids}`,
  );
  await populate();
});

describe('RegistryService', () => {
  it('applies each change and queues one configuration record per change, in version order', async () => {
    const records = repository.outbox;
    expect(records.map((r) => [r.version, r.entityKey])).toEqual([
      ['1', expect.stringMatching(/^trust-anchor\/[0-9a-f]{64}$/)],
      ['2', 'member/NL/GOV/00000001'],
      ['3', 'subsystem/NL/GOV/00000001/brp'],
      ['4', 'member/NL/MUN/0363'],
      ['5', 'subsystem/NL/MUN/0363/burgerzaken'],
      ['6', 'member/NL/MUN/0599'],
      ['7', 'subsystem/NL/MUN/0599/bz'],
      ['8', 'service/NL/GOV/00000001/brp/persons/v1'],
      [`9`, `event-type/${EVENT}`],
    ]);
    const state = await registry.state();
    expect(state.members).toHaveLength(3);
    expect(state.eventTypes[0]).toMatchObject({
      name: EVENT,
      owner: PROVIDER,
      partitionKeyRule: 'subject_key',
    });
  });

  it('names the bad field of an invalid request', async () => {
    await rejects(
      registry.addMember({ id: { instance: 'NL', memberClass: '', memberCode: 'x' }, name: 'n' }, OPERATOR),
      RegistryErrorCode.INVALID_ARGUMENT,
      /^id\.member_class: /,
    );
    await rejects(
      registry.addGrant({ client: MUNICIPALITY, service: PERSONS, purpose: '' }, OPERATOR),
      RegistryErrorCode.INVALID_ARGUMENT,
      /^purpose: is required/,
    );
    await rejects(
      registry.requestSubscription(
        {
          subscriber: MUNICIPALITY,
          eventType: EVENT,
          purpose: 'p',
          filterJson: '{"any":[{"exact":{"municipality":"0363"}},{"equals":{}}]}',
        },
        OPERATOR,
      ),
      RegistryErrorCode.INVALID_ARGUMENT,
      /^filter_json\.any\[1\]: unknown dialect "equals"/,
    );
    await rejects(
      registry.addService({ id: { ...PERSONS, serviceCode: 'x y' }, endpointKind: 'GRPC' }, OPERATOR),
      RegistryErrorCode.INVALID_ARGUMENT,
      /^id\.service_code/,
    );
  });

  it('refuses duplicates and unknown references, and leaves nothing half-applied', async () => {
    const before = repository.outbox.length;
    await rejects(
      registry.addMember({ id: member(PROVIDER), name: 'again' }, OPERATOR),
      RegistryErrorCode.ALREADY_EXISTS,
    );
    await rejects(
      registry.addSubsystem({ id: { ...PROVIDER, memberCode: '404' } }, OPERATOR),
      RegistryErrorCode.NOT_FOUND,
      /member NL\/GOV\/404 not found/,
    );
    await rejects(
      registry.addGrant(
        { client: MUNICIPALITY, service: { ...PERSONS, serviceVersion: 'v9' }, purpose: 'p' },
        OPERATOR,
      ),
      RegistryErrorCode.NOT_FOUND,
    );
    await rejects(
      registry.requestSubscription(
        { subscriber: MUNICIPALITY, eventType: 'nl.unknown.v1', purpose: 'p' },
        OPERATOR,
      ),
      RegistryErrorCode.NOT_FOUND,
    );
    expect(repository.outbox.length).toBe(before);
  });

  it('lets only the service owner grant and revoke access', async () => {
    await rejects(
      registry.addGrant({ client: MUNICIPALITY, service: PERSONS, purpose: 'p' }, asMember(MUNICIPALITY)),
      RegistryErrorCode.PERMISSION_DENIED,
      /NL\/MUN\/0363 may not grant access/,
    );
    const grant = await registry.addGrant(
      { client: MUNICIPALITY, service: PERSONS, purpose: 'civil registry' },
      asMember(PROVIDER),
    );
    expect(grant).toMatchObject({ status: 'ACTIVE', client: MUNICIPALITY, purpose: 'civil registry' });
    await rejects(
      registry.addGrant({ client: MUNICIPALITY, service: PERSONS, purpose: 'again' }, OPERATOR),
      RegistryErrorCode.ALREADY_EXISTS,
    );
    await rejects(
      registry.revokeGrant({ id: grant.id }, asMember(OTHER_MUNICIPALITY)),
      RegistryErrorCode.PERMISSION_DENIED,
    );
    expect(await registry.revokeGrant({ id: grant.id }, asMember(PROVIDER))).toMatchObject({
      status: 'REVOKED',
    });
    await rejects(
      registry.revokeGrant({ id: grant.id }, OPERATOR),
      RegistryErrorCode.FAILED_PRECONDITION,
      /already revoked/,
    );
  });

  it('runs the subscription lifecycle: requested by the subscriber, decided by the owner', async () => {
    await rejects(
      registry.requestSubscription(
        { subscriber: MUNICIPALITY, eventType: EVENT, purpose: 'p' },
        asMember(OTHER_MUNICIPALITY),
      ),
      RegistryErrorCode.PERMISSION_DENIED,
    );
    const requested = await registry.requestSubscription(
      {
        subscriber: MUNICIPALITY,
        eventType: EVENT,
        purpose: 'residents',
        filterJson: '{"exact": {"municipality": "0363"}}',
      },
      asMember(MUNICIPALITY),
    );
    expect(requested).toMatchObject({ status: 'REQUESTED', filterJson: '{"exact":{"municipality":"0363"}}' });
    await rejects(
      registry.requestSubscription({ subscriber: MUNICIPALITY, eventType: EVENT, purpose: 'p' }, OPERATOR),
      RegistryErrorCode.ALREADY_EXISTS,
    );

    // someone who does not own the event type cannot approve, even for itself
    await rejects(
      registry.decideSubscription(
        { id: requested.id, decision: 'APPROVED', decidedBy: MUNICIPALITY },
        asMember(MUNICIPALITY),
      ),
      RegistryErrorCode.PERMISSION_DENIED,
      /does not own event type/,
    );
    // nor approve in the owner's name
    await rejects(
      registry.decideSubscription(
        { id: requested.id, decision: 'APPROVED', decidedBy: PROVIDER },
        asMember(MUNICIPALITY),
      ),
      RegistryErrorCode.PERMISSION_DENIED,
    );
    await rejects(
      registry.decideSubscription(
        { id: requested.id, decision: 'APPROVED', decidedBy: PROVIDER, approvedFilterJson: '{"exakt":{}}' },
        asMember(PROVIDER),
      ),
      RegistryErrorCode.INVALID_ARGUMENT,
      /approved_filter_json/,
    );
    const approved = await registry.decideSubscription(
      {
        id: requested.id,
        decision: 'SUBSCRIPTION_STATUS_APPROVED',
        decidedBy: PROVIDER,
        reason: 'ok',
        approvedFilterJson: '{"prefix": {"municipality": "03"}}',
      },
      asMember(PROVIDER),
    );
    expect(approved).toMatchObject({
      status: 'APPROVED',
      decidedBy: PROVIDER,
      reason: 'ok',
      approvedFilterJson: '{"prefix":{"municipality":"03"}}',
      includeFollowed: false,
    });
    await rejects(
      registry.decideSubscription({ id: requested.id, decision: 'REJECTED', decidedBy: PROVIDER }, OPERATOR),
      RegistryErrorCode.FAILED_PRECONDITION,
      /is APPROVED, only REQUESTED/,
    );
    // the subscriber may withdraw
    expect(
      await registry.decideSubscription(
        { id: requested.id, decision: 'REVOKED', decidedBy: MUNICIPALITY },
        asMember(MUNICIPALITY),
      ),
    ).toMatchObject({ status: 'REVOKED', approvedFilterJson: '{"prefix":{"municipality":"03"}}' });
    await rejects(
      registry.decideSubscription({ id: requested.id, decision: 'REVOKED', decidedBy: PROVIDER }, OPERATOR),
      RegistryErrorCode.FAILED_PRECONDITION,
    );
  });

  it('registers certificates issued by a trust anchor and revokes them', async () => {
    const signer = testMember(ca, { memberClass: 'MUN', memberCode: '0363' });
    const certificate = await registry.registerCertificate(
      { certificateDer: signer.certificate.der },
      OPERATOR,
    );
    expect(certificate).toMatchObject({
      keyId: signer.certificate.keyIdHex,
      member: member(MUNICIPALITY),
      status: 'ACTIVE',
    });
    await rejects(
      registry.registerCertificate({ certificateDer: signer.certificate.der }, OPERATOR),
      RegistryErrorCode.ALREADY_EXISTS,
    );

    const foreign = testMember(testRootCa('NL'), { memberClass: 'MUN', memberCode: '0363' });
    await rejects(
      registry.registerCertificate({ certificateDer: foreign.certificate.der }, OPERATOR),
      RegistryErrorCode.FAILED_PRECONDITION,
      /not issued by a trust anchor/,
    );
    const unknownMember = testMember(ca, { memberClass: 'MUN', memberCode: '9999' });
    await rejects(
      registry.registerCertificate({ certificateDer: unknownMember.certificate.der }, OPERATOR),
      RegistryErrorCode.NOT_FOUND,
    );
    await rejects(
      registry.registerCertificate({ certificateDer: Buffer.from('junk') }, OPERATOR),
      RegistryErrorCode.INVALID_ARGUMENT,
    );
    await rejects(
      registry.registerCertificate({ certificateDer: signer.certificate.der }, asMember(MUNICIPALITY)),
      RegistryErrorCode.PERMISSION_DENIED,
    );

    await rejects(
      registry.revokeCertificate({ keyId: certificate.keyId, reason: 'keyCompromise' }, asMember(PROVIDER)),
      RegistryErrorCode.PERMISSION_DENIED,
    );
    const revoked = await registry.revokeCertificate(
      { keyId: certificate.keyId.toUpperCase(), reason: 'keyCompromise' },
      asMember(MUNICIPALITY),
    );
    expect(revoked).toMatchObject({
      status: 'REVOKED',
      revocationReason: 'keyCompromise',
      revokedAt: new Date('2026-03-01T00:00:00Z'),
    });
    expect(repository.outbox.at(-1)?.change).toEqual({ kind: 'certificate', value: revoked });
  });

  it('keeps operator-only changes for the operator', async () => {
    await rejects(
      registry.addMember(
        { id: { instance: 'NL', memberClass: 'MUN', memberCode: '1' }, name: 'x' },
        asMember(MUNICIPALITY),
      ),
      RegistryErrorCode.PERMISSION_DENIED,
      /only the operator may register members/,
    );
    await rejects(
      registry.addTrustAnchor({ certificateDer: ca.certificate.raw }, OPERATOR),
      RegistryErrorCode.ALREADY_EXISTS,
    );
  });
});
