// The gateway benchmark's baseline: a request and its answer carried over Kafka by the gateways'
// own Kafka layer, with nothing else. The bench process plays the client gateway (produces each
// request through a BatchingProducer, reads the reply topic with a reply consumer configured as a
// gateway's), bench/support/kafka-echo.main.ts the provider gateway. Same topics' partitions, same
// payloads, same load generator as the gateway scenario: the difference between the two is what
// the gateways add (gRPC on both sides, four ECDSA operations, checks, decision records, spans,
// the provider system) on top of what Kafka and kafkajs cost on the machine.
import { randomUUID } from 'node:crypto';
import { REPLY_TOPIC_PARTITIONS, REQUEST_TOPIC_PARTITIONS } from '@sild/contracts';
import {
  BatchingProducer,
  createKafkaClient,
  KafkaConsumer,
  KafkaProducer,
  TopicAdmin,
} from '@sild/platform-kafka';
import { testKafkaConfig, testLogger } from '@sild/platform-kafka/testing';
import { freePort, startService } from '@sild/platform-testing';
import { brokerPid, Teardown } from './gateway-pair';
import type { Call } from './load';

/** As long as a gateway call may take by default: an answer later than that is an error. */
const CALL_TIMEOUT_MS = 10_000;

export interface KafkaRequestReply {
  /** A request with `payload`, resolved when its echo comes back on the reply topic. */
  call(payload: Buffer): Call;
  /** Process ids to watch, by role. */
  readonly pids: Readonly<Record<string, number | undefined>>;
  stop(): Promise<void>;
}

export async function startKafkaRequestReply(): Promise<KafkaRequestReply> {
  const id = randomUUID().slice(0, 8);
  const requestTopic = `bench-rr-request-${id}`;
  const replyTopic = `bench-rr-reply-${id}`;
  const logger = testLogger('bench-request-reply');
  const kafka = createKafkaClient(testKafkaConfig('bench-request-reply'), logger);
  const admin = new TopicAdmin(kafka, 1);
  const teardown = new Teardown();
  try {
    teardown.add(() => admin.close());
    await admin.ensureTopics([
      { name: requestTopic, partitions: REQUEST_TOPIC_PARTITIONS },
      { name: replyTopic, partitions: REPLY_TOPIC_PARTITIONS },
    ]);
    teardown.add(() => admin.deleteTopics([requestTopic, replyTopic]));
    const echoGroup = `bench-rr-echo-${id}`;
    const replyGroup = `bench-rr-replies-${id}`;
    teardown.add(() => admin.deleteGroups([echoGroup, replyGroup]));
    const echo = startService('kafka-echo', 'bench/support/kafka-echo.main.ts', {
      REQUEST_TOPIC: requestTopic,
      REPLY_TOPIC: replyTopic,
      GROUP_ID: echoGroup,
      HTTP_PORT: String(await freePort()),
    });
    teardown.add(() => echo.stop());
    await echo.ready();
    const producer = new KafkaProducer(kafka);
    teardown.add(() => producer.stop());
    const requests = new BatchingProducer(producer);
    const waiting = new Map<string, () => void>();
    const replies = new KafkaConsumer(
      kafka,
      {
        groupId: replyGroup,
        topics: [replyTopic],
        fromBeginning: true,
        // as a gateway's reply consumer: its own group, never committed
        commitIntervalMs: false,
        concurrency: 256,
        partitionsConsumedConcurrently: REPLY_TOPIC_PARTITIONS,
        handle: (message) => {
          waiting.get(message.key?.toString() ?? '')?.();
          return Promise.resolve();
        },
      },
      logger,
    );
    await replies.start();
    teardown.add(() => replies.stop());
    let sequence = 0;
    return {
      call: (payload) => () =>
        new Promise<string | undefined>((resolve) => {
          const key = `${id}-${sequence++}`;
          const timer = setTimeout(() => {
            finish('timeout');
          }, CALL_TIMEOUT_MS);
          const finish = (error: string | undefined) => {
            clearTimeout(timer);
            waiting.delete(key);
            resolve(error);
          };
          waiting.set(key, () => {
            finish(undefined);
          });
          requests.send(requestTopic, { key, value: payload }).catch(() => {
            finish('produce failed');
          });
        }),
      pids: { kafka_echo: echo.child.pid, broker: brokerPid(), bench: process.pid },
      stop: () => teardown.run(),
    };
  } catch (error) {
    await teardown.run();
    throw error;
  }
}
