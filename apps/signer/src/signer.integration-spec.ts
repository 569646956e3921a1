import { generateKeyPairSync, type KeyObject } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  MessageKind,
  PayloadEncoding,
  platformTopics,
  Reason,
  replyTopic,
  sild,
  wire,
} from '@sild/contracts';
import {
  EnvelopeSigner,
  EnvelopeVerifier,
  InMemoryCertificateDirectory,
  type VerifiedEnvelope,
} from '@sild/domain-envelope';
import {
  createCertificateRequest,
  parseMemberCertificate,
  SigningAlgorithm,
  verifyBytes,
  type MemberCertificate,
  type MemberIdentity,
} from '@sild/platform-crypto';
import { GrpcStatus } from '@sild/platform-grpc';
import { createKafkaClient, DEAD_LETTER_HEADERS, KafkaProducer } from '@sild/platform-kafka';
import { testKafkaConfig, testLogger } from '@sild/platform-kafka/testing';
import { certificateOf, type ProtoObject } from '@sild/registry-config';
import { CERTIFICATE_REQUEST_TYPE, type RequestRecord } from '@sild/signer-domain';
import { expectEventually, freePort, startService } from '@sild/platform-testing';
import { startSignerInstance, TopicCollector, type SignerTestInstance } from './testing/signer-instance';

let env: SignerTestInstance;
let member: MemberIdentity;
let other: MemberIdentity;
const replies = new TopicCollector();
const deadLetters = new TopicCollector();
const producer = new KafkaProducer(createKafkaClient(testKafkaConfig('signer-it-producer'), testLogger()));

const newKey = (): KeyObject => generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey;

async function registryCertificates() {
  const configuration = await env.registryApi.call<ProtoObject>('GetConfiguration', {});
  return (configuration['certificates'] as ProtoObject[]).map(certificateOf);
}

/** The operator's path: IssueCertificate for a CSR of a key the member holds itself. */
async function operatorIssues(identity: MemberIdentity, key: KeyObject): Promise<MemberCertificate> {
  const issued = await env.signerApi.call<{ certificatePem: string; keyId: string; handle: string }>(
    'IssueCertificate',
    { csrPem: createCertificateRequest(identity, key), validityDays: 30 },
  );
  expect(issued.handle).toBe('');
  return parseMemberCertificate(issued.certificatePem);
}

/** A member's gateway sends a signed certificate request for `csrPem`; returns its message id. */
async function sendRequest(
  signingKey: KeyObject,
  certificate: MemberCertificate,
  csrPem: string,
): Promise<string> {
  const signer = new EnvelopeSigner({ privateKey: signingKey, certificate, senderInstanceId: 'gateway-it' });
  const signed = signer.sign(
    {
      kind: MessageKind.MESSAGE_KIND_MANAGEMENT,
      sender: { ...certificate.identity, subsystem: '' },
      recipientClient: { instance: env.instance, memberClass: 'SILD', memberCode: 'signer', subsystem: '' },
      payloadType: CERTIFICATE_REQUEST_TYPE,
      payloadEncoding: PayloadEncoding.PAYLOAD_ENCODING_PROTOBUF,
    },
    sild.signer.v1.CertificateRequest.encode({ csrPem, reason: 'rotation' }).finish(),
  );
  await producer.send(platformTopics(env.instance).signerRequests, [{ value: Buffer.from(signed.bytes) }]);
  return signed.messageId;
}

/** The signer's answer to `messageId` on the member's reply topic, verified as its gateway would. */
async function answerTo(messageId: string): Promise<VerifiedEnvelope> {
  const directory = new InMemoryCertificateDirectory(
    (await registryCertificates()).map((c) => c.certificateDer),
  );
  const verifier = new EnvelopeVerifier({ trustRoot: env.anchor.rootPem, certificates: directory });
  return expectEventually(() => {
    const answers = replies.messages.map((m) => verifier.authenticate(m.value ?? Buffer.alloc(0)));
    const answer = answers.find((a) => a.header.inReplyTo === messageId);
    if (!answer) throw new Error(`no answer to ${messageId} yet`);
    return answer;
  });
}

const errorOf = (answer: VerifiedEnvelope) => {
  expect(answer.header.kind).toBe(MessageKind.MESSAGE_KIND_ERROR);
  return wire.Error.decode(answer.payload);
};

const requestLog = (): RequestRecord[] =>
  readFileSync(join(env.signerDataDir, 'requests.jsonl'), 'utf8')
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as RequestRecord);

beforeAll(async () => {
  env = await startSignerInstance();
  member = { instance: env.instance, memberClass: 'GOV', memberCode: '00000001' };
  other = { instance: env.instance, memberClass: 'MUN', memberCode: '0363' };
  for (const id of [member, other]) {
    await env.registryApi.call('AddMember', { id: { ...id, subsystem: '' }, name: id.memberCode });
  }
  await replies.start(replyTopic(member));
  await deadLetters.start(platformTopics(env.instance).signerRequestsDeadLetters, 1);
  await producer.connect();
});

afterAll(async () => {
  await producer.stop();
  await replies.stop();
  await deadLetters.stop();
  await env.stop();
});

describe('signer (real registry, real Kafka)', () => {
  let memberKey: KeyObject;
  let memberCertificate: MemberCertificate;
  let rotatedKey: KeyObject;
  let rotatedCertificate: MemberCertificate;

  it('GenerateKey + CreateCsr + IssueCertificate: the registry publishes it, the token keeps it', async () => {
    const key = await env.signerApi.call<{ handle: string; label: string }>('GenerateKey', {
      member: { ...other, subsystem: '' },
      label: 'first',
      algorithm: 'SIGNATURE_ALGORITHM_ED25519',
    });
    const { csrPem } = await env.signerApi.call<{ csrPem: string }>('CreateCsr', { handle: key.handle });
    const issued = await env.signerApi.call<{ certificatePem: string; keyId: string; handle: string }>(
      'IssueCertificate',
      { csrPem, validityDays: 0 },
    );
    expect(issued.handle).toBe(key.handle);
    const published = (await registryCertificates()).find((c) => c.keyId === issued.keyId);
    expect(published).toMatchObject({ status: 'ACTIVE', member: { ...other, subsystem: '' } });

    const { keys } = await env.signerApi.call<{ keys: { handle: string; keyId: string }[] }>('ListKeys', {
      member: { ...other, subsystem: '' },
    });
    expect(keys).toEqual([expect.objectContaining({ handle: key.handle, keyId: issued.keyId })]);
    const data = Buffer.from('to-be-signed bytes of an envelope');
    const signed = await env.signerApi.call<{ signature: Buffer; algorithm: string }>('Sign', {
      handle: key.handle,
      data,
    });
    expect(signed.algorithm).toBe('SIGNATURE_ALGORITHM_ED25519');
    const certificate = parseMemberCertificate(issued.certificatePem);
    expect(verifyBytes(SigningAlgorithm.ED25519, certificate.publicKey, data, signed.signature)).toBe(true);
  });

  it('refuses IssueCertificate for a member the registry does not have, and a reserved label', async () => {
    const stranger = { instance: env.instance, memberClass: 'COM', memberCode: '999' };
    const refusal = env.signerApi.call('IssueCertificate', {
      csrPem: createCertificateRequest(stranger, newKey()),
      validityDays: 5,
    });
    await expect(refusal).rejects.toMatchObject({ status: GrpcStatus.FAILED_PRECONDITION });
    await expect(refusal).rejects.toThrow(`member ${env.instance}/COM/999 is not registered`);
    await expect(
      env.signerApi.call('GenerateKey', { member: { ...member, subsystem: '' }, label: 'instance-root-ca' }),
    ).rejects.toMatchObject({ status: GrpcStatus.INVALID_ARGUMENT });
  });

  it("lets a member token sign with, list and make CSRs for its member's keys only", async () => {
    const keyOf = (of: typeof member, label: string) =>
      env.signerApi.call<{ handle: string }>('GenerateKey', { member: { ...of, subsystem: '' }, label });
    const own = await keyOf(member, 'own');
    const foreign = await keyOf(other, 'foreign');
    const api = env.memberSignerApi;
    const data = Buffer.from('to-be-signed bytes of an envelope');
    const denied = { status: GrpcStatus.PERMISSION_DENIED };
    const signed = await api.call<{ signature: Buffer }>('Sign', { handle: own.handle, data });
    expect(signed.signature.length).toBeGreaterThan(0);
    const { csrPem } = await api.call<{ csrPem: string }>('CreateCsr', { handle: own.handle });
    expect(csrPem).toContain('CERTIFICATE REQUEST');
    await expect(api.call('Sign', { handle: foreign.handle, data })).rejects.toMatchObject(denied);
    await expect(api.call('CreateCsr', { handle: foreign.handle })).rejects.toMatchObject(denied);
    const { keys } = await api.call<{ keys: { handle: string }[] }>('ListKeys', {});
    expect(keys.map((key) => key.handle)).toEqual([own.handle]);
    await expect(api.call('ListKeys', { member: { ...other, subsystem: '' } })).rejects.toMatchObject(denied);
    await expect(
      api.call('GenerateKey', { member: { ...member, subsystem: '' }, label: 'mine' }),
    ).rejects.toThrow('only the instance operator may generate keys');
    await expect(
      api.call('IssueCertificate', { csrPem: createCertificateRequest(member, newKey()), validityDays: 5 }),
    ).rejects.toMatchObject(denied);
    await expect(env.anonymousSignerApi.call('ListKeys', {})).rejects.toMatchObject({
      status: GrpcStatus.UNAUTHENTICATED,
    });
  });

  it('rotates over the bus: a request signed by the valid certificate gets a certificate back', async () => {
    memberKey = newKey();
    memberCertificate = await operatorIssues(member, memberKey);
    rotatedKey = newKey();
    const messageId = await sendRequest(
      memberKey,
      memberCertificate,
      createCertificateRequest(member, rotatedKey),
    );

    const answer = await answerTo(messageId);

    expect(answer.header.kind).toBe(MessageKind.MESSAGE_KIND_RESPONSE);
    expect(answer.signer.identity).toMatchObject({ memberClass: 'SILD', memberCode: 'signer' });
    const response = sild.signer.v1.CertificateResponse.decode(answer.payload);
    rotatedCertificate = parseMemberCertificate(response.certificatePem);
    expect(rotatedCertificate.identity).toEqual(member);
    expect(rotatedCertificate.keyIdHex).toBe(response.keyId);
    const published = (await registryCertificates()).find((c) => c.keyId === response.keyId);
    expect(published?.status).toBe('ACTIVE');
  });

  it('refuses a CSR for another member with ACCESS_DENIED', async () => {
    const messageId = await sendRequest(
      memberKey,
      memberCertificate,
      createCertificateRequest(other, newKey()),
    );
    expect(errorOf(await answerTo(messageId))).toMatchObject({
      reason: Reason.REASON_ACCESS_DENIED,
      details: { code: 'CSR_MEMBER_MISMATCH' },
    });
  });

  it('refuses a request signed by a revoked certificate with CERT_REVOKED, and records it', async () => {
    await env.registryApi.call('RevokeCertificate', {
      keyId: memberCertificate.keyIdHex,
      reason: 'keyCompromise',
    });
    const messageId = await sendRequest(
      memberKey,
      memberCertificate,
      createCertificateRequest(member, newKey()),
    );

    const error = errorOf(await answerTo(messageId));

    expect(error).toMatchObject({ reason: Reason.REASON_CERT_REVOKED, details: { code: 'CERT_REVOKED' } });
    expect(error.message).toContain(memberCertificate.keyIdHex);
    expect(requestLog()).toContainEqual(
      expect.objectContaining({ messageId, outcome: 'REFUSED', code: 'CERT_REVOKED' }),
    );
    expect(env.signer.output()).toMatch(new RegExp(`"messageId":"${messageId}".*"code":"CERT_REVOKED"`));
  });

  it('dead-letters garbage and goes on serving the next valid request', async () => {
    const garbage = Buffer.from(`not an envelope ${env.instance}`);
    await producer.send(platformTopics(env.instance).signerRequests, [{ key: env.instance, value: garbage }]);
    const messageId = await sendRequest(
      rotatedKey,
      rotatedCertificate,
      createCertificateRequest(member, newKey()),
    );

    expect((await answerTo(messageId)).header.kind).toBe(MessageKind.MESSAGE_KIND_RESPONSE);
    const parked = await expectEventually(() => {
      const found = deadLetters.messages.find((m) => m.value?.equals(garbage));
      if (!found) throw new Error('garbage not dead-lettered yet');
      return found;
    });
    expect(parked.headers[DEAD_LETTER_HEADERS.sourceTopic]?.toString()).toBe(
      platformTopics(env.instance).signerRequests,
    );
    expect(parked.headers[DEAD_LETTER_HEADERS.error]?.toString()).toContain('undecodable');
  });

  it('stops at start on a wrong passphrase, naming neither passphrase', async () => {
    const wrong = `wrong-${env.tokenPassphrase}`;
    const failed = startService('signer-wrong-passphrase', 'apps/signer/src/main.ts', {
      ...env.signerEnv,
      SIGNER_TOKEN_PASSPHRASE: wrong,
      GRPC_PORT: String(await freePort()),
      HTTP_PORT: String(await freePort()),
    });
    expect(await failed.exited).toBe(1);
    expect(failed.output()).toContain('cannot decrypt the private key');
    expect(failed.output()).not.toContain(wrong);
    expect(failed.output()).not.toContain(env.tokenPassphrase);
  });

  it('never writes the token passphrase to its logs', () => {
    expect(env.signer.output()).toContain('signer serving');
    expect(env.signer.output()).not.toContain(env.tokenPassphrase);
    expect(env.registry.output()).not.toContain(env.tokenPassphrase);
  });
});
