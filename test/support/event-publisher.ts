// Acting as event owners and subscribers without a gateway: signing EVENT envelopes and follow
// indications with a member's key file, and producing them as the gateways do.
import {
  eventTopic,
  HEADERS,
  MessageKind,
  PayloadEncoding,
  platformTopics,
  wire,
  type ClientId,
} from '@sild/contracts';
import { EnvelopeSigner } from '@sild/domain-envelope';
import { parseMemberCertificate, readKeyFile } from '@sild/platform-crypto';
import { KafkaProducer } from '@sild/platform-kafka';
import { readFileSync } from 'node:fs';
import { KEY_PASSPHRASE, type MemberKey } from './gateways';
import type { TestInstance } from './instance';

/** Payload type of follow indications (as gateways sign them). */
export const FOLLOW_INDICATION_TYPE = 'type.googleapis.com/sild.v1.FollowIndication';

export interface TestEvent {
  readonly eventType: string;
  readonly subjectKey: string;
  readonly sequence: number;
  readonly attributes: Readonly<Record<string, string>>;
}

export interface TestFollow {
  readonly subscriptionId: string;
  readonly subjectKey: string;
  readonly following: boolean;
}

/** A member's key file as an envelope signer. */
export function keyFileSigner(key: MemberKey, instanceId: string): EnvelopeSigner {
  if (key.kind !== 'file') throw new Error('a key file is needed to sign in the test process');
  return new EnvelopeSigner({
    privateKey: readKeyFile(key.keyFile, KEY_PASSPHRASE),
    certificate: parseMemberCertificate(readFileSync(key.certificateFile, 'utf8')),
    senderInstanceId: instanceId,
  });
}

/** Signs and produces events and follow indications; every send resolves once Kafka has it. */
export class EventPublisher {
  private readonly producer: KafkaProducer;

  constructor(private readonly instance: TestInstance) {
    this.producer = new KafkaProducer(instance.kafka);
  }

  /** An EVENT signed as `sender` on the event type's topic, keyed by subject, with a gateway's headers. */
  async publish(signer: EnvelopeSigner, sender: ClientId, event: TestEvent): Promise<Buffer> {
    const signed = signer.sign(
      {
        kind: MessageKind.MESSAGE_KIND_EVENT,
        sender,
        eventType: { name: event.eventType },
        payloadType: 'type.googleapis.com/sild.examples.population.v1.PersonRelocated',
        payloadEncoding: PayloadEncoding.PAYLOAD_ENCODING_OCTET_STREAM,
        subjectKey: event.subjectKey,
        subjectSequence: event.sequence,
        attributes: { ...event.attributes },
        ttlMs: 86_400_000,
      },
      Buffer.from(`${event.subjectKey}#${event.sequence}`),
    );
    const value = Buffer.from(signed.bytes);
    await this.raw(eventTopic(this.instance.anchor.instance, event.eventType), value, event.subjectKey, {
      [HEADERS.messageId]: signed.messageId,
      [HEADERS.subjectSequence]: String(event.sequence),
    });
    return value;
  }

  /** A follow indication signed as `sender` on the follows topic. */
  async follow(signer: EnvelopeSigner, sender: ClientId, owner: ClientId, follow: TestFollow): Promise<void> {
    const payload = wire.FollowIndication.encode({ ...follow, until: null }).finish();
    const signed = signer.sign(
      {
        kind: MessageKind.MESSAGE_KIND_MANAGEMENT,
        sender,
        recipientClient: owner,
        payloadType: FOLLOW_INDICATION_TYPE,
        payloadEncoding: PayloadEncoding.PAYLOAD_ENCODING_PROTOBUF,
        ttlMs: 365 * 86_400_000,
      },
      payload,
    );
    const key = `${follow.subscriptionId}/${follow.subjectKey}`;
    await this.raw(platformTopics(this.instance.anchor.instance).follows, Buffer.from(signed.bytes), key);
  }

  async raw(topic: string, value: Buffer, key: string | null, headers: Record<string, string> = {}) {
    await this.producer.send(topic, [{ key, value, headers }]);
  }

  stop(): Promise<void> {
    return this.producer.stop();
  }
}
