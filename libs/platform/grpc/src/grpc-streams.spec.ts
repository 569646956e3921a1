import { resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createLogger } from '@sild/platform-logging';
import {
  bidiStreaming,
  GrpcClient,
  GrpcException,
  GrpcServer,
  GrpcStatus,
  loadProtos,
  serverStreaming,
  type ClientStream,
  type ServerStream,
} from '../src';

const definition = loadProtos([resolve(import.meta.dirname, 'testing/echo.proto')], []);
const logger = createLogger({ service: 'grpc-test', level: 'silent' });
const SERVICE = 'sild.testing.v1.Streams';

class NotFound extends Error {}

interface Say {
  text: string;
  count: string;
}

let server: GrpcServer | undefined;
const clients: GrpcClient[] = [];
/** What the Chat handler saw: its messages and its stream. */
const chats: { received: string[]; stream: ServerStream; ended?: boolean }[] = [];

async function start(bearerToken?: string): Promise<GrpcClient> {
  server = new GrpcServer({
    packageDefinition: definition,
    logger,
    bearerToken,
    translateError: (error) =>
      error instanceof NotFound ? new GrpcException(GrpcStatus.NOT_FOUND, error.message) : undefined,
  });
  server.addService(SERVICE, {
    Repeat: serverStreaming(async (request, stream, context) => {
      const { text, count } = request as Say;
      if (text === 'forever') {
        while (!stream.signal.aborted) await stream.send({ text, caller: '' });
        throw stream.signal.reason;
      }
      for (let i = 0; i < Number(count); i++)
        await stream.send({ text: `${text}${i}`, caller: context.metadata('x-caller') ?? '' });
      if (text === 'bad') throw new GrpcException(GrpcStatus.INVALID_ARGUMENT, 'text: must not be bad');
      if (text === 'missing') throw new NotFound('no such text');
      if (text === 'bug') throw new Error('secret internals');
    }),
    Chat: bidiStreaming(async (requests, stream) => {
      const chat: (typeof chats)[number] = { received: [], stream };
      chats.push(chat);
      for await (const request of requests) {
        const { text } = request as Say;
        chat.received.push(text);
        if (text === 'stop') throw new GrpcException(GrpcStatus.FAILED_PRECONDITION, 'stopped');
        await stream.send({ text: text.toUpperCase(), caller: '' });
      }
      chat.ended = true;
    }),
  });
  const port = await server.listen('127.0.0.1', 0);
  const client = new GrpcClient(definition, SERVICE, `127.0.0.1:${port}`);
  clients.push(client);
  return client;
}

async function collect(stream: ClientStream): Promise<unknown[]> {
  const messages: unknown[] = [];
  for await (const message of stream) messages.push(message);
  return messages;
}

const failureOf = (promise: Promise<unknown>) =>
  promise.then(
    () => 'resolved',
    (error: unknown) => error,
  );

afterEach(async () => {
  for (const c of clients.splice(0)) c.close();
  await server?.shutdown(1_000);
  chats.length = 0;
});

describe('GrpcServer streaming', () => {
  it('streams the answers of a server-streaming method, with the call metadata', async () => {
    const client = await start();
    const stream = client.openServerStream('Repeat', { text: 'a', count: '3' }, { 'x-caller': 'cli' });
    expect(await collect(stream)).toEqual([
      { text: 'a0', caller: 'cli' },
      { text: 'a1', caller: 'cli' },
      { text: 'a2', caller: 'cli' },
    ]);
  });

  it('ends a stream with the status of the handler error, after what it sent', async () => {
    const client = await start();
    const messages: unknown[] = [];
    const bad = client.openServerStream('Repeat', { text: 'bad', count: '2' });
    const failure = await failureOf(
      (async () => {
        for await (const message of bad) messages.push(message);
      })(),
    );
    expect(messages).toHaveLength(2);
    expect(failure).toMatchObject({ status: GrpcStatus.INVALID_ARGUMENT, message: 'text: must not be bad' });
    await expect(
      collect(client.openServerStream('Repeat', { text: 'missing', count: '0' })),
    ).rejects.toMatchObject({ status: GrpcStatus.NOT_FOUND, message: 'no such text' });
    await expect(
      collect(client.openServerStream('Repeat', { text: 'bug', count: '0' })),
    ).rejects.toMatchObject({
      status: GrpcStatus.INTERNAL,
      message: 'internal error',
    });
  });

  it('answers a bidi stream message by message, and ends with OK when the client half-closes', async () => {
    const client = await start();
    const stream = client.openStream('Chat');
    await stream.send({ text: 'hello', count: '0' });
    expect(await stream.next()).toEqual({ text: 'HELLO', caller: '' });
    await stream.send({ text: 'again', count: '0' });
    expect(await stream.next()).toEqual({ text: 'AGAIN', caller: '' });
    stream.end();
    expect(await collect(stream)).toEqual([]);
    expect(chats[0]).toMatchObject({ received: ['hello', 'again'], ended: true });
  });

  it('ends a bidi stream with the handler error', async () => {
    const client = await start();
    const stream = client.openStream('Chat');
    await stream.send({ text: 'stop', count: '0' });
    await expect(collect(stream)).rejects.toMatchObject({
      status: GrpcStatus.FAILED_PRECONDITION,
      message: 'stopped',
    });
  });

  it('aborts the handler signal when the client cancels; later sends fail with CANCELLED', async () => {
    const client = await start();
    const stream = client.openStream('Chat');
    await stream.send({ text: 'one', count: '0' });
    expect(await stream.next()).toEqual({ text: 'ONE', caller: '' });
    stream.cancel();
    await expect(collect(stream)).rejects.toMatchObject({ status: GrpcStatus.CANCELLED });
    await expect.poll(() => chats[0]?.stream.signal.aborted).toBe(true);
    expect(chats[0]?.ended).toBe(true);
    await expect(chats[0]!.stream.send({ text: 'late', caller: '' })).rejects.toMatchObject({
      status: GrpcStatus.CANCELLED,
    });
  });

  it('refuses streams without the bearer token', async () => {
    const client = await start('operator-secret');
    await expect(collect(client.openServerStream('Repeat', { text: 'a', count: '1' }))).rejects.toMatchObject(
      {
        status: GrpcStatus.UNAUTHENTICATED,
      },
    );
    const allowed = client.openServerStream(
      'Repeat',
      { text: 'a', count: '1' },
      { authorization: 'Bearer operator-secret' },
    );
    expect(await collect(allowed)).toEqual([{ text: 'a0', caller: '' }]);
  });

  it('cancels open streams at shutdown after the grace period', async () => {
    const client = await start();
    const stream = client.openStream('Chat');
    await stream.send({ text: 'open', count: '0' });
    expect(await stream.next()).toEqual({ text: 'OPEN', caller: '' });
    const started = Date.now();
    await server!.shutdown(200);
    expect(Date.now() - started).toBeLessThan(2_000);
    await expect(collect(stream)).rejects.toBeInstanceOf(GrpcException);
    await expect.poll(() => chats[0]?.stream.signal.aborted).toBe(true);
  });

  it('tells streaming handlers to end when the server shuts down, before the grace period', async () => {
    const client = await start();
    const stream = client.openServerStream('Repeat', { text: 'forever', count: '0' });
    expect(await stream.next()).toEqual({ text: 'forever', caller: '' });
    const started = Date.now();
    await server!.shutdown(10_000);
    expect(Date.now() - started).toBeLessThan(5_000);
    await expect(collect(stream)).rejects.toMatchObject({
      status: GrpcStatus.UNAVAILABLE,
      message: 'the server is shutting down',
    });
  });

  it('refuses a handler of the wrong kind when the service is added', () => {
    server = new GrpcServer({ packageDefinition: definition, logger, authenticatedByHandlers: true });
    expect(() => {
      server!.addService(SERVICE, {
        Repeat: () => Promise.resolve({}),
        Chat: bidiStreaming(() => Promise.resolve()),
      });
    }).toThrow('sild.testing.v1.Streams/Repeat needs a server-streaming handler');
    expect(() => {
      server!.addService(SERVICE, {
        Repeat: serverStreaming(() => Promise.resolve()),
        Chat: serverStreaming(() => Promise.resolve()),
      });
    }).toThrow('Chat needs a bidi-streaming handler');
  });
});
