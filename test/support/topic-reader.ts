// Reads a topic from its beginning into memory, for assertions on what crossed the bus.
import { KafkaConsumer, type ConsumedMessage, type KafkaClient } from '@sild/platform-kafka';
import { testLogger } from '@sild/platform-kafka/testing';
import { uniqueName } from '@sild/platform-testing';

export interface TopicReader {
  readonly messages: ConsumedMessage[];
  stop(): Promise<void>;
}

export async function readTopic(kafka: KafkaClient, topic: string): Promise<TopicReader> {
  const messages: ConsumedMessage[] = [];
  const consumer = new KafkaConsumer(
    kafka,
    {
      groupId: uniqueName('sild-e2e-reader'),
      topics: [topic],
      fromBeginning: true,
      handle: (message) => {
        messages.push(message);
        return Promise.resolve();
      },
    },
    testLogger('reader'),
  );
  await consumer.start();
  return { messages, stop: () => consumer.stop() };
}
