// Acting on the bus directly, as a misbehaving or malicious party would: signed requests put
// straight on a provider's request topic, and the answers read off the sender's reply topic.
import { readFileSync } from 'node:fs';
import {
  MessageKind,
  PayloadEncoding,
  REPLY_TOPIC_PARTITIONS,
  replyTopic,
  requestTopic,
  wire,
  type Reason,
} from '@sild/contracts';
import { decodeEnvelope, EnvelopeSigner, type SignedEnvelope } from '@sild/domain-envelope';
import { parseMemberCertificate, readKeyFile, type MemberCertificate } from '@sild/platform-crypto';
import { KafkaProducer } from '@sild/platform-kafka';
import { expectEventually } from '@sild/platform-testing';
import { clientRef, KEY_PASSPHRASE, serviceRef, type MemberKey } from './gateways';
import type { TestInstance } from './instance';
import { readTopic } from './topic-reader';

export interface RawAnswer {
  readonly kind: MessageKind;
  readonly reason?: Reason;
}

export interface RawRequester {
  readonly certificate: MemberCertificate;
  /** A REQUEST from `client` (a subsystem of the member) to `service`. */
  sign(
    service: string,
    client: string,
    payload: Uint8Array,
    options?: { ttlMs?: number; clock?: () => number },
  ): SignedEnvelope;
  /** Puts bytes on the request topic of the service's provider. */
  send(service: string, bytes: Uint8Array): Promise<void>;
  /** The answers (RESPONSE or ERROR) to a request, once `count` of them arrived. */
  answersTo(messageId: string, count?: number): Promise<RawAnswer[]>;
  stop(): Promise<void>;
}

export async function rawRequester(
  instance: TestInstance,
  member: string,
  key: MemberKey,
): Promise<RawRequester> {
  if (key.kind !== 'file') throw new Error('a raw requester signs with a key file');
  const privateKey = readKeyFile(key.keyFile, KEY_PASSPHRASE);
  const certificate = parseMemberCertificate(readFileSync(key.certificateFile, 'utf8'));
  const producer = new KafkaProducer(instance.kafka);
  const replies = replyTopic(clientRef(member));
  await instance.admin.ensureTopics([{ name: replies, partitions: REPLY_TOPIC_PARTITIONS }]);
  const answersTopic = await readTopic(instance.kafka, replies);
  const signerAt = (clock: () => number) =>
    new EnvelopeSigner({ privateKey, certificate, senderInstanceId: 'raw-requester', clock });
  const answers = (messageId: string): RawAnswer[] =>
    answersTopic.messages.flatMap((message): RawAnswer[] => {
      const envelope = decodeEnvelope(message.value ?? new Uint8Array());
      const header = wire.Header.decode(envelope.header);
      if (header.inReplyTo !== messageId) return [];
      return header.kind === MessageKind.MESSAGE_KIND_ERROR
        ? [{ kind: header.kind, reason: wire.Error.decode(envelope.payload).reason }]
        : [{ kind: header.kind }];
    });
  return {
    certificate,
    sign(service, client, payload, options = {}) {
      const id = serviceRef(service);
      return signerAt(options.clock ?? Date.now).sign(
        {
          kind: MessageKind.MESSAGE_KIND_REQUEST,
          sender: clientRef(client),
          recipientService: id,
          service: id,
          payloadType: 'type.googleapis.com/test.Text',
          payloadEncoding: PayloadEncoding.PAYLOAD_ENCODING_OCTET_STREAM,
          onBehalfOf: 'raw-test',
          purpose: 'testing refusals',
          ttlMs: options.ttlMs ?? 60_000,
        },
        payload,
      );
    },
    async send(service, bytes) {
      await producer.send(requestTopic(serviceRef(service).provider), [
        { key: 'raw', value: Buffer.from(bytes) },
      ]);
    },
    answersTo: (messageId, count = 1) =>
      expectEventually(() => {
        const found = answers(messageId);
        if (found.length < count) throw new Error(`${found.length} of ${count} answers to ${messageId}`);
        return found;
      }),
    async stop() {
      await answersTopic.stop();
      await producer.stop();
    },
  };
}
