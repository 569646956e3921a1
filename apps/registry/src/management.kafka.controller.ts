import {
  MessageKind,
  PayloadEncoding,
  REPLY_TOPIC_PARTITIONS,
  replyTopic,
  type PlatformTopics,
  type ClientId,
} from '@sild/contracts';
import { sha256, type EnvelopeSigner } from '@sild/domain-envelope';
import {
  KafkaConsumer,
  type KafkaClient,
  type KafkaProducer,
  type ConsumedMessage,
  type TopicAdmin,
} from '@sild/platform-kafka';
import type { Logger } from '@sild/platform-logging';
import {
  ERROR_TYPE,
  MANAGEMENT_RESPONSE_TYPE,
  senderOf,
  type ManagementOutcome,
  type ManagementService,
} from '@sild/registry-domain';
import { Counter } from 'prom-client';

const handled = new Counter({
  name: 'sild_registry_management_requests_total',
  help: 'Management requests from the bus by outcome (applied, refused, duplicate) and reason',
  labelNames: ['outcome', 'reason'],
});

/** Thrown for bytes that cannot be answered (no authenticated sender): they go to the dead-letter topic. */
class UnanswerableRequest extends Error {}

/**
 * Members' signed MANAGEMENT requests from the registry's management topic: each is handled by
 * the management service, answered with a signed RESPONSE or ERROR on the sender's reply
 * topic, and committed only after the answer is on Kafka. Bytes without an authenticated
 * sender are dead-lettered; the consumer always goes on.
 */
export class ManagementKafkaController {
  private readonly consumer: KafkaConsumer;
  private readonly replyTopics = new Set<string>();

  constructor(
    kafka: KafkaClient,
    topics: PlatformTopics,
    private readonly management: ManagementService,
    private readonly producer: KafkaProducer,
    private readonly admin: TopicAdmin,
    private readonly signer: EnvelopeSigner,
    private readonly registryId: ClientId,
    private readonly onChange: () => void,
    private readonly logger: Logger,
  ) {
    this.consumer = new KafkaConsumer(
      kafka,
      {
        // named after its topic, so instances sharing a cluster never share the group
        groupId: topics.registryManagement,
        topics: [topics.registryManagement],
        fromBeginning: true,
        handle: (message) => this.handle(message),
        isPermanent: (error) => error instanceof UnanswerableRequest,
        deadLetter: { producer, topicFor: () => topics.registryManagementDeadLetters },
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

  private async handle(message: ConsumedMessage): Promise<void> {
    const outcome = await this.management.handle(message.value ?? new Uint8Array());
    switch (outcome.kind) {
      case 'duplicate':
        handled.inc({ outcome: 'duplicate', reason: '' });
        this.logger.info({ messageId: outcome.messageId }, 'management request seen before; ignored');
        return;
      case 'applied':
        handled.inc({ outcome: 'applied', reason: '' });
        this.onChange();
        await this.answer(outcome, MessageKind.MESSAGE_KIND_RESPONSE, MANAGEMENT_RESPONSE_TYPE);
        return;
      case 'refused':
        handled.inc({ outcome: 'refused', reason: outcome.reason });
        this.logger.warn(
          { reason: outcome.reason, messageId: outcome.request?.messageId, offset: message.offset },
          'management request refused',
        );
        if (!outcome.request)
          throw new UnanswerableRequest(`unauthenticated management request: ${outcome.reason}`);
        await this.answer(outcome, MessageKind.MESSAGE_KIND_ERROR, ERROR_TYPE);
        return;
    }
  }

  private async answer(
    outcome: Extract<ManagementOutcome, { kind: 'applied' | 'refused' }>,
    kind: MessageKind,
    payloadType: string,
  ): Promise<void> {
    const request = outcome.request;
    if (!request || !outcome.requestHeader) return;
    const recipient = senderOf(request);
    const signed = this.signer.sign(
      {
        kind,
        sender: this.registryId,
        recipientClient: { ...request.sender },
        inReplyTo: request.messageId,
        correlationId: request.correlationId || request.messageId,
        requestHash: sha256(outcome.requestHeader),
        traceparent: request.traceparent,
        tracestate: request.tracestate,
        payloadType,
        payloadEncoding: PayloadEncoding.PAYLOAD_ENCODING_PROTOBUF,
      },
      outcome.payload,
    );
    const topic = replyTopic(recipient);
    if (!this.replyTopics.has(topic)) {
      // the platform provisions a member's reply topic on its first answer (its gateways read it)
      await this.admin.ensureTopics([{ name: topic, partitions: REPLY_TOPIC_PARTITIONS }]);
      this.replyTopics.add(topic);
    }
    await this.producer.send(topic, [{ key: request.messageId, value: Buffer.from(signed.bytes) }]);
  }
}
