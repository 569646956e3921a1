import { HEADERS, type PlatformTopics } from '@sild/contracts';
import {
  KafkaConsumer,
  type ConsumedMessage,
  type KafkaClient,
  type KafkaProducer,
  type TopicAdmin,
} from '@sild/platform-kafka';
import type { Logger } from '@sild/platform-logging';
import {
  SignerErrorCode,
  SignerException,
  type CertificateRequestsService,
  type RequestRecord,
} from '@sild/signer-domain';
import { replyTopicSpec } from './signer.topics';

const isUndecodable = (error: unknown): boolean =>
  error instanceof SignerException && error.code === SignerErrorCode.UNDECODABLE;

/**
 * Consumes certificate requests from `sild.signer.requests`. Each message is decided and
 * recorded by the domain, then its answer is produced on the sender's reply topic; the offset is
 * committed after that. Undecodable bytes go to the dead-letter topic at once; other failures
 * (registry or Kafka unavailable) are retried, then dead-lettered. The consumer never stops.
 */
export class CertificateRequestsKafkaController {
  private readonly consumer: KafkaConsumer;
  private readonly ensuredReplyTopics = new Set<string>();

  constructor(
    kafka: KafkaClient,
    topics: PlatformTopics,
    private readonly producer: KafkaProducer,
    private readonly admin: TopicAdmin,
    private readonly requests: CertificateRequestsService,
    private readonly logger: Logger,
  ) {
    this.consumer = new KafkaConsumer(
      kafka,
      {
        // named after its topic, so instances sharing a cluster never share the group
        groupId: topics.signerRequests,
        topics: [topics.signerRequests],
        fromBeginning: true,
        handle: (message) => this.handle(message),
        isPermanent: isUndecodable,
        deadLetter: { producer, topicFor: () => topics.signerRequestsDeadLetters },
      },
      logger,
    );
  }

  start(): Promise<void> {
    return this.consumer.start();
  }

  stop(): Promise<void> {
    return this.consumer.stop();
  }

  get isRunning(): boolean {
    return this.consumer.isRunning;
  }

  private async handle(message: ConsumedMessage): Promise<void> {
    const outcome = await this.requests.handle(message.value ?? Buffer.alloc(0));
    if (outcome.kind === 'undecodable') {
      throw new SignerException(
        SignerErrorCode.UNDECODABLE,
        `undecodable certificate request: ${outcome.reason}`,
      );
    }
    const { record, repeated } = outcome;
    this.report(record, repeated, message);
    if (record.reply) await this.send(record.reply, record.outcome);
  }

  private report(record: RequestRecord, repeated: boolean, message: ConsumedMessage): void {
    const fields = {
      messageId: record.messageId,
      sender: record.sender,
      outcome: record.outcome,
      code: record.code || undefined,
      keyId: record.keyId || undefined,
      reason: record.message,
      answered: record.reply !== null,
      repeated,
      offset: `${message.partition}@${message.offset}`,
    };
    if (record.outcome === 'ISSUED') this.logger.info(fields, 'certificate request: issued');
    else this.logger.warn(fields, 'certificate request: refused');
  }

  private async send(
    reply: NonNullable<RequestRecord['reply']>,
    outcome: RequestRecord['outcome'],
  ): Promise<void> {
    if (!this.ensuredReplyTopics.has(reply.topic)) {
      await this.admin.ensureTopics([replyTopicSpec(reply.topic)]);
      this.ensuredReplyTopics.add(reply.topic);
    }
    await this.producer.send(reply.topic, [
      {
        value: Buffer.from(reply.envelope, 'base64'),
        headers: { [HEADERS.kind]: outcome === 'ISSUED' ? 'RESPONSE' : 'ERROR' },
      },
    ]);
  }
}
