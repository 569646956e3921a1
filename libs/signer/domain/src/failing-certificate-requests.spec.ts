import { describe, expect, it } from 'vitest';
import { MessageKind, Reason, wire } from '@sild/contracts';
import { uuidV7 } from '@sild/domain-envelope';
import { createCertificateRequest, generateSigningKeyPair } from '@sild/platform-crypto';
import { testMember } from '@sild/platform-crypto/testing';
import { SignerErrorCode } from './signer.exception';
import {
  certificateRequestEnvelope,
  readSignerReply,
  testSignerInstance,
  TEST_EPOCH,
  type TestSigner,
} from './testing';

const csrOf = (identity: Parameters<typeof createCertificateRequest>[0]) =>
  createCertificateRequest(identity, generateSigningKeyPair().privateKey);

async function refused(instance: TestSigner, bytes: Uint8Array) {
  const before = instance.registry.certificates.length;
  const outcome = await instance.requests.handle(bytes);
  if (outcome.kind !== 'decided') throw new Error(`not decided: ${outcome.reason}`);
  expect(outcome.record.outcome).toBe('REFUSED');
  expect(instance.registry.certificates).toHaveLength(before);
  expect(instance.log.records).toContainEqual(outcome.record);
  return outcome.record;
}

function errorOf(instance: TestSigner, envelope: string) {
  const reply = readSignerReply(instance, envelope);
  expect(reply.header.kind).toBe(MessageKind.MESSAGE_KIND_ERROR);
  return wire.Error.decode(reply.payload);
}

describe('failing certificate requests', () => {
  it('refuses a request signed by a revoked certificate: CERT_REVOKED, answered and recorded', async () => {
    const instance = testSignerInstance();
    instance.registry.revoke(instance.member.certificate.keyIdHex);
    const record = await refused(
      instance,
      certificateRequestEnvelope(instance.member, instance.signerId, csrOf(instance.member.identity)),
    );
    expect(record.code).toBe('CERT_REVOKED');
    expect(record.message).toContain(instance.member.certificate.keyIdHex);
    expect(errorOf(instance, record.reply!.envelope)).toMatchObject({
      reason: Reason.REASON_CERT_REVOKED,
      details: { code: 'CERT_REVOKED' },
    });
  });

  it('refuses a CSR for another member: CSR_MEMBER_MISMATCH, ACCESS_DENIED', async () => {
    const instance = testSignerInstance();
    const record = await refused(
      instance,
      certificateRequestEnvelope(instance.member, instance.signerId, csrOf(instance.other.identity)),
    );
    expect(record.code).toBe(SignerErrorCode.CSR_MEMBER_MISMATCH);
    expect(errorOf(instance, record.reply!.envelope)).toMatchObject({
      reason: Reason.REASON_ACCESS_DENIED,
      message: 'the CSR is for NL/MUN/0363, the request comes from NL/GOV/00000001',
    });
  });

  it('refuses a first certificate over the bus (unknown signing certificate): CERT_UNTRUSTED', async () => {
    const instance = testSignerInstance();
    const unregistered = testMember(instance.root, { memberClass: 'GOV', memberCode: '00000001' });
    const record = await refused(
      instance,
      certificateRequestEnvelope(unregistered, instance.signerId, csrOf(unregistered.identity)),
    );
    expect(record.code).toBe('CERT_UNTRUSTED');
    expect(errorOf(instance, record.reply!.envelope).reason).toBe(Reason.REASON_CERT_UNTRUSTED);
  });

  it('refuses envelopes that are not certificate requests to the signer', async () => {
    const instance = testSignerInstance();
    const { member, signerId } = instance;
    const csr = csrOf(member.identity);
    const wrongRecipient = certificateRequestEnvelope(member, { ...signerId, memberCode: 'registry' }, csr);
    const wrongType = certificateRequestEnvelope(member, signerId, csr, {
      payloadType: 'type.googleapis.com/x.Y',
    });
    for (const bytes of [wrongRecipient, wrongType]) {
      expect((await refused(instance, bytes)).code).toBe(SignerErrorCode.NOT_A_CERTIFICATE_REQUEST);
    }
  });

  it('refuses a second envelope with an already decided message id: REPLAYED', async () => {
    const instance = testSignerInstance();
    const { member, signerId, requests } = instance;
    const messageId = uuidV7(TEST_EPOCH.getTime());
    await requests.handle(
      certificateRequestEnvelope(member, signerId, csrOf(member.identity), { messageId }),
    );
    const record = await refused(
      instance,
      certificateRequestEnvelope(member, signerId, csrOf(member.identity), { messageId }),
    );
    expect(record.code).toBe('REPLAYED');
  });

  it('records but does not answer a sender the registry does not know', async () => {
    const instance = testSignerInstance();
    instance.registry.members.splice(0);
    const record = await refused(
      instance,
      certificateRequestEnvelope(instance.member, instance.signerId, csrOf(instance.member.identity)),
    );
    expect(record.code).toBe(SignerErrorCode.MEMBER_NOT_APPROVED);
    expect(record.reply).toBeNull();
  });

  it('reports undecodable bytes (for the dead-letter topic) and records nothing', async () => {
    const instance = testSignerInstance();
    for (const bytes of [Buffer.from('garbage'), new Uint8Array()]) {
      const outcome = await instance.requests.handle(bytes);
      expect(outcome).toMatchObject({ kind: 'undecodable' });
    }
    expect(instance.log.records).toEqual([]);
  });

  it('throws (for a retry) and records nothing while the registry is unavailable', async () => {
    const instance = testSignerInstance();
    instance.registry.unavailable = true;
    const bytes = certificateRequestEnvelope(
      instance.member,
      instance.signerId,
      csrOf(instance.member.identity),
    );
    await expect(instance.requests.handle(bytes)).rejects.toMatchObject({
      code: SignerErrorCode.REGISTRY_UNAVAILABLE,
    });
    expect(instance.log.records).toEqual([]);
    instance.registry.unavailable = false;
    const outcome = await instance.requests.handle(bytes);
    expect(outcome).toMatchObject({ kind: 'decided', record: { outcome: 'ISSUED' } });
  });
});
