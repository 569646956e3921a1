import { beforeEach, describe, expect, it } from 'vitest';
import { MessageKind, PayloadEncoding, Reason, sild } from '@sild/contracts';
import { fixedClock, testSigner } from '@sild/domain-envelope/testing';
import { TEST_EPOCH, testMember, testRootCa, type TestMember } from '@sild/platform-crypto/testing';
import { clientObject, parseInstanceAnchor, type ClientRef } from '@sild/registry-config';
import { MUNICIPALITY, PROVIDER } from '@sild/registry-config/testing';
import { MANAGEMENT_REQUEST_TYPE, ManagementService, OPERATOR, RegistryService } from '../src';
import { InMemoryRegistryRepository } from '../src/testing';

const EVENT = 'nl.brp.person.relocated.v1';
const ca = testRootCa('NL');
const provider = testMember(ca, { memberClass: 'GOV', memberCode: '00000001' });
const municipality = testMember(ca, { memberClass: 'MUN', memberCode: '0363' });
const stranger = testMember(ca, { memberClass: 'MUN', memberCode: '0599' });
const anchor = parseInstanceAnchor({
  instance: 'NL',
  root_certificate_pem: ca.certificatePem,
  registry_certificate_pem: testMember(ca, { memberClass: 'SILD', memberCode: 'registry' }).certificatePem,
});
const now = TEST_EPOCH.getTime() + 1_000;

let repository: InMemoryRegistryRepository;
let management: ManagementService;

function request(member: TestMember, action: Record<string, unknown>, messageId?: string): Uint8Array {
  const payload = sild.registry.v1.ManagementRequest.encode(
    sild.registry.v1.ManagementRequest.fromObject(action),
  ).finish();
  return testSigner(member, fixedClock()).sign(
    {
      kind: MessageKind.MESSAGE_KIND_MANAGEMENT,
      sender: { ...member.identity, subsystem: '' },
      recipientClient: { ...anchor.registry.identity, subsystem: '' },
      payloadType: MANAGEMENT_REQUEST_TYPE,
      payloadEncoding: PayloadEncoding.PAYLOAD_ENCODING_PROTOBUF,
      ...(messageId ? { messageId } : {}),
    },
    payload,
  ).bytes;
}

const errorOf = (payload: Uint8Array) => sild.v1.Error.decode(payload);
const subscriptionRequest = (subscriber: ClientRef) => ({
  requestSubscription: { subscriber: clientObject(subscriber), eventType: EVENT, purpose: 'residents' },
});

beforeEach(async () => {
  repository = new InMemoryRegistryRepository();
  const registry = new RegistryService(repository, () => TEST_EPOCH);
  await registry.addTrustAnchor({ certificateDer: ca.certificate.raw }, OPERATOR);
  for (const id of [PROVIDER, MUNICIPALITY]) {
    await registry.addMember({ id: { ...id, subsystem: '' }, name: id.memberCode }, OPERATOR);
    await registry.addSubsystem({ id }, OPERATOR);
  }
  await registry.addEventType({ eventType: { name: EVENT, owner: PROVIDER, payloadType: 't/R' } }, OPERATOR);
  for (const member of [provider, municipality]) {
    await registry.registerCertificate({ certificateDer: member.certificate.der }, OPERATOR);
  }
  management = new ManagementService(registry, repository, anchor, () => now);
});

describe('ManagementService', () => {
  it('applies a request of the member that signed it, answers with the entity and version, and records it once', async () => {
    const bytes = request(municipality, subscriptionRequest(MUNICIPALITY));
    const outcome = await management.handle(bytes);
    expect(outcome.kind).toBe('applied');
    if (outcome.kind !== 'applied') return;
    const response = sild.registry.v1.ManagementResponse.toObject(
      sild.registry.v1.ManagementResponse.decode(outcome.payload),
      { longs: String, enums: String },
    );
    expect(response).toMatchObject({
      version: '9',
      subscription: { eventType: EVENT, status: 'SUBSCRIPTION_STATUS_REQUESTED' },
    });
    expect(await management.handle(bytes)).toMatchObject({
      kind: 'duplicate',
      messageId: outcome.request.messageId,
    });
    expect((await repository.loadState()).subscriptions).toHaveLength(1);
  });

  it('refuses, with the reason, a change the signer does not own, and records the refusal', async () => {
    await management.handle(request(municipality, subscriptionRequest(MUNICIPALITY)));
    const [subscription] = (await repository.loadState()).subscriptions;
    const approveAsMunicipality = request(municipality, {
      decideSubscription: {
        id: subscription!.id,
        decision: 'SUBSCRIPTION_STATUS_APPROVED',
        decidedBy: clientObject(PROVIDER),
      },
    });
    const refused = await management.handle(approveAsMunicipality);
    expect(refused).toMatchObject({ kind: 'refused', reason: 'ACCESS_DENIED' });
    if (refused.kind !== 'refused') return;
    expect(errorOf(refused.payload).reason).toBe(Reason.REASON_ACCESS_DENIED);
    expect(await repository.findManagementRequest(refused.request!.messageId)).toMatchObject({
      outcome: 'REJECTED',
      reason: 'ACCESS_DENIED',
    });

    const approved = await management.handle(
      request(provider, {
        decideSubscription: {
          id: subscription!.id,
          decision: 'SUBSCRIPTION_STATUS_APPROVED',
          decidedBy: clientObject(PROVIDER),
        },
      }),
    );
    expect(approved.kind).toBe('applied');
    expect((await repository.loadState()).subscriptions[0]?.status).toBe('APPROVED');
  });

  it('refuses requests signed by a revoked, unknown or foreign certificate, and garbage', async () => {
    await new RegistryService(repository, () => TEST_EPOCH).revokeCertificate(
      { keyId: municipality.certificate.keyIdHex, reason: 'keyCompromise' },
      OPERATOR,
    );
    expect(await management.handle(request(municipality, subscriptionRequest(MUNICIPALITY)))).toMatchObject({
      kind: 'refused',
      reason: 'CERT_REVOKED',
    });
    expect(await management.handle(request(stranger, subscriptionRequest(MUNICIPALITY)))).toMatchObject({
      kind: 'refused',
      reason: 'CERT_UNTRUSTED',
    });
    const foreign = testMember(testRootCa('NL'), { memberClass: 'GOV', memberCode: '00000001' });
    expect(await management.handle(request(foreign, subscriptionRequest(PROVIDER)))).toMatchObject({
      kind: 'refused',
      reason: 'CERT_UNTRUSTED',
    });
    expect(await management.handle(Buffer.from('not an envelope'))).toMatchObject({
      kind: 'refused',
      reason: 'MALFORMED',
      request: undefined,
    });
    expect((await repository.loadState()).subscriptions).toHaveLength(0);
  });
});
