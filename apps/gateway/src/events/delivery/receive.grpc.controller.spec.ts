import { afterEach, describe, expect, it } from 'vitest';
import { PayloadEncoding } from '@sild/contracts';
import {
  DeliveryErrorCode,
  DeliveryException,
  StreamChannel,
  systemClock,
  type ChannelOutcome,
  type DeliverableEvent,
} from '@sild/gateway-domain';
import { GrpcClient, GrpcServer, GrpcStatus, type ClientStream } from '@sild/platform-grpc';
import { testLogger } from '@sild/platform-kafka/testing';
import { clientObject, clientRefOf, type ClientRef } from '@sild/registry-config';
import { EVENTS_SERVICE, gatewayPackageDefinition } from '../../gateway-protos';
import type { RunnerLookup, StreamRunner } from './delivery.grpc.controller';
import { receiveHandler } from './receive.grpc.controller';

const SUBSCRIBER: ClientRef = {
  instance: 'NL',
  memberClass: 'MUN',
  memberCode: '0363',
  subsystem: 'burgerzaken',
};
const POLICY = { maxAttempts: 3, initialBackoffMs: 10, maxBackoffMs: 10, attemptTimeoutMs: 5_000 };

const event = (messageId: string): DeliverableEvent => ({
  subscriptionId: 'sub-1',
  messageId,
  eventType: 'nl.brp.person.relocated.v1',
  publisher: { instance: 'NL', memberClass: 'GOV', memberCode: '00000001', subsystem: 'brp' },
  subjectKey: 'k1',
  subjectSequence: 3,
  attributes: { municipality: '0363' },
  payload: Buffer.from('{}'),
  payloadType: 'type.googleapis.com/x',
  payloadEncoding: PayloadEncoding.PAYLOAD_ENCODING_JSON,
  createdAtMs: Date.parse('2026-03-01T12:00:00Z'),
  traceparent: '',
  envelope: Buffer.from('signed'),
  redelivery: false,
});

let server: GrpcServer;
let client: GrpcClient;
let channel: StreamChannel;

async function start(): Promise<void> {
  channel = new StreamChannel({
    subscriptionId: 'sub-1',
    policy: POLICY,
    clock: systemClock,
    maxInFlight: 8,
  });
  const runner: StreamRunner = {
    subscriptionId: 'sub-1',
    channel,
    subscriberView: (subscriber) => {
      if (subscriber.subsystem !== SUBSCRIBER.subsystem)
        throw new DeliveryException(DeliveryErrorCode.NOT_SUBSCRIBED, 'not yours');
      return undefined;
    },
  };
  const lookup: RunnerLookup<StreamRunner> = (request) => ({
    runner,
    subscriber: clientRefOf(request.subscriber),
  });
  const definition = gatewayPackageDefinition();
  server = new GrpcServer({
    packageDefinition: definition,
    logger: testLogger(),
    authenticatedByHandlers: true,
  });
  const refuse = () => Promise.reject(new Error('not here'));
  server.addService(EVENTS_SERVICE, {
    Receive: receiveHandler(lookup),
    Publish: refuse,
    PublishBatch: refuse,
    Follow: refuse,
    ListDeadLetters: refuse,
    Redrive: refuse,
    Replay: refuse,
  });
  const port = await server.listen('127.0.0.1', 0);
  client = new GrpcClient(definition, EVENTS_SERVICE, `127.0.0.1:${port}`);
}

const open = async (subscriber = SUBSCRIBER): Promise<ClientStream> => {
  const stream = client.openStream('Receive');
  await stream.send({
    open: { subscriber: clientObject(subscriber), subscriptionId: 'sub-1', maxInFlight: 2 },
  });
  return stream;
};

afterEach(async () => {
  client.close();
  await server.shutdown(1_000);
});

describe('Receive', () => {
  it('sends events as EventDelivery messages and settles them by the acks', async () => {
    await start();
    const outcome = channel.deliver(event('m-1'), new AbortController().signal);
    const stream = await open();
    expect(await stream.next()).toMatchObject({
      subscriptionId: 'sub-1',
      messageId: 'm-1',
      subjectKey: 'k1',
      subjectSequence: '3',
      attributes: { municipality: '0363' },
      payloadEncoding: 'PAYLOAD_ENCODING_JSON',
      createdAt: { seconds: String(Date.parse('2026-03-01T12:00:00Z') / 1000), nanos: 0 },
      envelope: Buffer.from('signed'),
      attempt: 1,
      redelivery: false,
    });
    await stream.send({ ack: { messageIds: ['m-1'] } });
    await expect(outcome).resolves.toEqual<ChannelOutcome>({ delivered: true, attempts: 1 });
    stream.end();
    await expect(stream.next()).resolves.toBeUndefined();
    expect(channel.connected).toBe(false);
  });

  it('ends the stream with UNAVAILABLE when the gateway shuts down; the unacknowledged event waits', async () => {
    await start();
    void channel.deliver(event('m-2'), new AbortController().signal);
    const stream = await open();
    expect(await stream.next()).toMatchObject({ messageId: 'm-2' });
    const started = Date.now();
    await server.shutdown(10_000);
    expect(Date.now() - started).toBeLessThan(5_000);
    await expect(stream.next()).rejects.toMatchObject({ status: GrpcStatus.UNAVAILABLE });
    expect(channel.queued).toBe(1);
  });

  it('refuses a stream that opens twice, opens for another subscriber, or does not open', async () => {
    await start();
    const twice = await open();
    await twice.send({ open: { subscriber: clientObject(SUBSCRIBER), subscriptionId: 'sub-1' } });
    await expect(twice.next()).rejects.toMatchObject({ status: GrpcStatus.INVALID_ARGUMENT });
    const foreign = await open({ ...SUBSCRIBER, subsystem: 'sociaal' });
    await expect(foreign.next()).rejects.toMatchObject({ status: GrpcStatus.PERMISSION_DENIED });
    const acking = client.openStream('Receive');
    await acking.send({ ack: { messageIds: ['m-3'] } });
    await expect(acking.next()).rejects.toMatchObject({
      status: GrpcStatus.INVALID_ARGUMENT,
      message: 'the first message of a Receive stream must be an open',
    });
    expect(channel.connected).toBe(false);
  });
});
