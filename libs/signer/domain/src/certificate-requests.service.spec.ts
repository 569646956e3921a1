import { describe, expect, it } from 'vitest';
import { MessageKind, replyTopic, sild } from '@sild/contracts';
import { sha256 } from '@sild/domain-envelope';
import {
  createCertificateRequest,
  generateSigningKeyPair,
  parseMemberCertificate,
} from '@sild/platform-crypto';
import { CERTIFICATE_RESPONSE_TYPE } from './reply-writer';
import { certificateRequestEnvelope, readSignerReply, testSignerInstance } from './testing';

describe('CertificateRequestsService', () => {
  it('issues a rotated certificate for a request signed with the member current certificate', async () => {
    const instance = testSignerInstance();
    const { requests, member, registry, signerId, log } = instance;
    const next = generateSigningKeyPair();
    const bytes = certificateRequestEnvelope(
      member,
      signerId,
      createCertificateRequest(member.identity, next.privateKey),
    );

    const outcome = await requests.handle(bytes);

    if (outcome.kind !== 'decided') throw new Error(outcome.reason);
    const { record } = outcome;
    expect(record).toMatchObject({ outcome: 'ISSUED', code: '', sender: 'NL/GOV/00000001/gateway' });
    expect(record.reply?.topic).toBe(replyTopic(member.identity));
    expect(registry.certificates.map((c) => c.keyId)).toContain(record.keyId);
    expect(log.records).toEqual([record]);

    const reply = readSignerReply(instance, record.reply!.envelope);
    expect(reply.header.kind).toBe(MessageKind.MESSAGE_KIND_RESPONSE);
    expect(reply.header.payloadType).toBe(CERTIFICATE_RESPONSE_TYPE);
    expect(reply.header.recipientClient).toMatchObject({ ...member.identity, subsystem: 'gateway' });
    expect(Buffer.from(reply.header.requestHash)).toEqual(Buffer.from(sha256(requestHeader(bytes))));
    const response = sild.signer.v1.CertificateResponse.decode(reply.payload);
    const certificate = parseMemberCertificate(response.certificatePem);
    expect(response.keyId).toBe(certificate.keyIdHex);
    expect(certificate.identity).toEqual(member.identity);
    expect(certificate.publicKey.equals(next.publicKey)).toBe(true);
  });

  it('answers a redelivered envelope with the recorded answer and issues nothing new', async () => {
    const { requests, member, registry, signerId, log } = testSignerInstance();
    const csr = createCertificateRequest(member.identity, generateSigningKeyPair().privateKey);
    const bytes = certificateRequestEnvelope(member, signerId, csr);
    const first = await requests.handle(bytes);
    const count = registry.certificates.length;

    const again = await requests.handle(bytes);

    expect(again).toEqual({ ...first, repeated: true });
    expect(registry.certificates).toHaveLength(count);
    expect(log.records).toHaveLength(1);
  });
});

/** The header bytes of an envelope as sent (what request_hash covers). */
function requestHeader(bytes: Uint8Array): Uint8Array {
  return sild.v1.Envelope.decode(bytes).header;
}
