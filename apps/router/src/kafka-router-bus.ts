import { deadLetterTopic } from '@sild/contracts';
import type { InboundMessage, RoutedMessage, RouterBus } from '@sild/router-domain';
import { DEAD_LETTER_HEADERS, type BatchingProducer } from '@sild/platform-kafka';

/**
 * The router's copies and dead letters onto Kafka through one BatchingProducer: sends queued
 * while a produce request is in flight leave together, in the order they were queued.
 */
export class KafkaRouterBus implements RouterBus {
  constructor(
    private readonly producer: BatchingProducer,
    private readonly group: string,
  ) {}

  send(topic: string, message: RoutedMessage): Promise<void> {
    return this.producer.send(topic, message);
  }

  deadLetter(message: InboundMessage, why: string): Promise<void> {
    const headers: Record<string, Buffer | string> = {};
    for (const [name, value] of Object.entries(message.headers))
      if (value !== undefined) headers[name] = value;
    Object.assign(headers, {
      [DEAD_LETTER_HEADERS.sourceTopic]: message.topic,
      [DEAD_LETTER_HEADERS.sourcePartition]: String(message.partition),
      [DEAD_LETTER_HEADERS.sourceOffset]: message.offset,
      [DEAD_LETTER_HEADERS.group]: this.group,
      [DEAD_LETTER_HEADERS.error]: why.slice(0, 1_000),
      [DEAD_LETTER_HEADERS.attempts]: '1',
    });
    return this.producer.send(deadLetterTopic(message.topic), {
      key: message.key,
      value: message.value,
      headers,
    });
  }
}
