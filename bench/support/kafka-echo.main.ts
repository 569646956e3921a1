// The Kafka layer of a provider gateway and nothing else, as a process of its own: the gateway
// benchmark's baseline. It consumes REQUEST_TOPIC with the options of the gateway's request
// consumer (group, pipelining, concurrency, interval commits) and produces every message's bytes
// unchanged, with the same key, to REPLY_TOPIC through the gateway's BatchingProducer. No
// envelope, signature, grant, provider system, decision record, span or metric: what is left is
// the cost of carrying a request and its answer over Kafka with this client library.
// /readyz on HTTP_PORT once the consumer runs; SIGTERM stops it.
import { createServer } from 'node:http';
import { REQUEST_TOPIC_PARTITIONS } from '@sild/contracts';
import {
  BatchingProducer,
  BUSY_COMMIT_INTERVAL_MS,
  createKafkaClient,
  KafkaConsumer,
  KafkaProducer,
} from '@sild/platform-kafka';
import { testKafkaConfig, testLogger } from '@sild/platform-kafka/testing';

function required(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is required`);
  return value;
}

const logger = testLogger('bench-kafka-echo');
const kafka = createKafkaClient(testKafkaConfig('bench-kafka-echo'), logger);
const producer = new KafkaProducer(kafka);
const answers = new BatchingProducer(producer);
const replyTopic = required('REPLY_TOPIC');
const consumer = new KafkaConsumer(
  kafka,
  {
    groupId: required('GROUP_ID'),
    topics: [required('REQUEST_TOPIC')],
    fromBeginning: true,
    handle: (message) => answers.send(replyTopic, { key: message.key, value: message.value }),
    // as gatewayConsumers() configures a gateway's request consumer (default concurrency)
    concurrency: 64,
    partitionsConsumedConcurrently: REQUEST_TOPIC_PARTITIONS,
    sessionTimeoutMs: 10_000,
    commitIntervalMs: BUSY_COMMIT_INTERVAL_MS,
    pipelined: true,
  },
  logger,
);
await producer.connect();
await consumer.start();
const health = createServer((_request, response) => response.writeHead(200).end('ready'));
health.listen(Number(required('HTTP_PORT')), '127.0.0.1');
process.once('SIGTERM', () => {
  health.close();
  void consumer
    .stop()
    .then(() => producer.stop())
    .then(() => process.exit(0));
});
