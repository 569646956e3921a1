// Acting as a member in tests: its signing key from the signer's token, and its reply topic.
import { join } from 'node:path';
import {
  MessageKind,
  PayloadEncoding,
  REPLY_TOPIC_PARTITIONS,
  replyTopic,
  sild,
  platformTopics,
  type ClientId,
} from '@sild/contracts';
import { decodeEnvelope, decodeHeader, EnvelopeSigner } from '@sild/domain-envelope';
import { parseMemberCertificate, SoftwareToken } from '@sild/platform-crypto';
import { KafkaConsumer, KafkaProducer, type ConsumedMessage } from '@sild/platform-kafka';
import { testLogger } from '@sild/platform-kafka/testing';
import { uniqueName } from '@sild/platform-testing';
import { MANAGEMENT_REQUEST_TYPE } from '@sild/registry-domain';
import { PASSPHRASES, type TestInstance } from './instance';

export interface TestOrganisation {
  readonly id: ClientId;
  /** Signs and sends a MANAGEMENT request to the registry; returns its message id. */
  requestChange(action: Record<string, unknown>): Promise<string>;
  /** The answer on the member's reply topic to the request with that message id. */
  answerTo(messageId: string): ConsumedMessage | undefined;
  stop(): Promise<void>;
}

/** A member that acts with the newest certified key the signer holds for it. */
export async function organisation(instance: TestInstance, member: string): Promise<TestOrganisation> {
  const [instanceCode = '', memberClass = '', memberCode = ''] = member.split('/');
  const id = { instance: instanceCode, memberClass, memberCode, subsystem: '' };
  const token = SoftwareToken.open(join(instance.dir, 'signer-token'), PASSPHRASES.SIGNER_TOKEN_PASSPHRASE);
  const key = token
    .list()
    .filter(
      (k) => k.member?.memberCode === memberCode && k.member.memberClass === memberClass && k.certificatePem,
    )
    .at(-1);
  if (!key?.certificatePem) throw new Error(`no certified key of ${member} in the signer token`);
  const signer = new EnvelopeSigner({
    privateKey: token.privateKey(key.handle),
    certificate: parseMemberCertificate(key.certificatePem),
    senderInstanceId: `test-${memberCode}`,
  });
  const registryId = { ...instance.anchor.registry.identity, subsystem: '' };
  const producer = new KafkaProducer(instance.kafka);
  const replies: ConsumedMessage[] = [];
  const topic = replyTopic(id);
  await instance.admin.ensureTopics([{ name: topic, partitions: REPLY_TOPIC_PARTITIONS }]);
  const consumer = new KafkaConsumer(
    instance.kafka,
    {
      groupId: uniqueName(`sild-e2e-replies-${memberCode}`),
      topics: [topic],
      fromBeginning: true,
      handle: (message) => {
        replies.push(message);
        return Promise.resolve();
      },
    },
    testLogger('replies'),
  );
  await consumer.start();
  return {
    id,
    async requestChange(action) {
      const payload = sild.registry.v1.ManagementRequest.encode(
        sild.registry.v1.ManagementRequest.fromObject(action),
      ).finish();
      const signed = signer.sign(
        {
          kind: MessageKind.MESSAGE_KIND_MANAGEMENT,
          sender: id,
          recipientClient: registryId,
          payloadType: MANAGEMENT_REQUEST_TYPE,
          payloadEncoding: PayloadEncoding.PAYLOAD_ENCODING_PROTOBUF,
        },
        payload,
      );
      await producer.send(platformTopics(instance.anchor.instance).registryManagement, [
        { key: memberCode, value: Buffer.from(signed.bytes) },
      ]);
      return signed.messageId;
    },
    answerTo(messageId) {
      return replies.find(
        (reply) =>
          decodeHeader(decodeEnvelope(reply.value ?? new Uint8Array()).header).inReplyTo === messageId,
      );
    },
    async stop() {
      await consumer.stop();
      await producer.stop();
    },
  };
}
