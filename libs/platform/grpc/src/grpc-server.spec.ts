import {
  credentials,
  loadPackageDefinition,
  type ClientDuplexStream,
  type ServiceClientConstructor,
} from '@grpc/grpc-js';
import { resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createLogger } from '@sild/platform-logging';
import { protoPath as healthProto } from 'grpc-health-check';
import { GrpcClient, GrpcException, GrpcServer, GrpcStatus, loadProtos } from '../src';

const echoDefinition = loadProtos([resolve(import.meta.dirname, 'testing/echo.proto')], []);
const logger = createLogger({ service: 'grpc-test', level: 'silent' });

class NotFound extends Error {}

let server: GrpcServer | undefined;
const clients: GrpcClient[] = [];

async function start(): Promise<string> {
  server = new GrpcServer({
    packageDefinition: echoDefinition,
    logger,
    translateError: (error) =>
      error instanceof NotFound ? new GrpcException(GrpcStatus.NOT_FOUND, error.message) : undefined,
  });
  server.addService('sild.testing.v1.Echo', {
    Say: (request, context) => {
      const { text, count } = request as { text: string; count: string };
      if (text === 'missing') return Promise.reject(new NotFound('no such text'));
      if (text === 'bad')
        return Promise.reject(new GrpcException(GrpcStatus.INVALID_ARGUMENT, 'text: must not be bad'));
      if (text === 'bug') return Promise.reject(new Error('secret internals'));
      return Promise.resolve({
        text: text.repeat(Number(count)),
        caller: context.metadata('x-caller') ?? '',
      });
    },
  });
  const port = await server.listen('127.0.0.1', 0);
  return `127.0.0.1:${port}`;
}

function client(address: string, definition = echoDefinition, service = 'sild.testing.v1.Echo') {
  const c = new GrpcClient(definition, service, address);
  clients.push(c);
  return c;
}

afterEach(async () => {
  for (const c of clients.splice(0)) c.close();
  await server?.shutdown(1_000);
});

describe('GrpcServer with a bearer token', () => {
  it('refuses calls without the token and serves those with it; health stays open', async () => {
    server = new GrpcServer({ packageDefinition: echoDefinition, logger, bearerToken: 'operator-secret' });
    server.addService('sild.testing.v1.Echo', { Say: () => Promise.resolve({ text: 'ok', caller: '' }) });
    const address = `127.0.0.1:${await server.listen('127.0.0.1', 0)}`;
    const echo = client(address);
    await expect(echo.call('Say', { text: 'a', count: '1' })).rejects.toMatchObject({
      status: GrpcStatus.UNAUTHENTICATED,
    });
    await expect(
      echo.call('Say', { text: 'a', count: '1' }, { authorization: 'Bearer wrong' }),
    ).rejects.toMatchObject({
      status: GrpcStatus.UNAUTHENTICATED,
    });
    await expect(
      echo.call('Say', { text: 'a', count: '1' }, { authorization: 'Bearer operator-secret' }),
    ).resolves.toEqual({
      text: 'ok',
      caller: '',
    });
    const health = client(address, loadProtos([healthProto], []), 'grpc.health.v1.Health');
    await expect(health.call('Check', { service: '' })).resolves.toEqual({ status: 'SERVING' });
  });
});

describe('GrpcServer', () => {
  it('serves unary calls with metadata; 64-bit integers travel as strings', async () => {
    const echo = client(await start());
    await expect(echo.call('Say', { text: 'ab', count: '3' }, { 'x-caller': 'cli' })).resolves.toEqual({
      text: 'ababab',
      caller: 'cli',
    });
  });

  it('turns thrown errors into statuses: own, translated, and INTERNAL without details', async () => {
    const echo = client(await start());
    await expect(echo.call('Say', { text: 'bad', count: '1' })).rejects.toMatchObject({
      status: GrpcStatus.INVALID_ARGUMENT,
      message: 'text: must not be bad',
    });
    await expect(echo.call('Say', { text: 'missing', count: '1' })).rejects.toMatchObject({
      status: GrpcStatus.NOT_FOUND,
      message: 'no such text',
    });
    await expect(echo.call('Say', { text: 'bug', count: '1' })).rejects.toMatchObject({
      status: GrpcStatus.INTERNAL,
      message: 'internal error',
    });
  });

  it('answers the standard health check for the server and each service', async () => {
    const address = await start();
    const health = client(address, loadProtos([healthProto], []), 'grpc.health.v1.Health');
    await expect(health.call('Check', { service: '' })).resolves.toEqual({ status: 'SERVING' });
    await expect(health.call('Check', { service: 'sild.testing.v1.Echo' })).resolves.toEqual({
      status: 'SERVING',
    });
    server!.setServing(false);
    await expect(health.call('Check', { service: 'sild.testing.v1.Echo' })).resolves.toEqual({
      status: 'NOT_SERVING',
    });
  });

  it('lists its services through server reflection', async () => {
    const address = await start();
    const reflectionProto = resolve(
      import.meta.dirname,
      '../../../../node_modules/@grpc/reflection/build/proto/grpc/reflection/v1/reflection.proto',
    );
    const root = loadPackageDefinition(loadProtos([reflectionProto], [])) as unknown as {
      grpc: { reflection: { v1: { ServerReflection: ServiceClientConstructor } } };
    };
    const reflection = new root.grpc.reflection.v1.ServerReflection(address, credentials.createInsecure());
    const stream = (
      reflection as unknown as { ServerReflectionInfo: () => ClientDuplexStream<unknown, unknown> }
    ).ServerReflectionInfo();
    const answer = new Promise<unknown>((done, fail) => {
      stream.once('data', done);
      stream.once('error', fail);
    });
    stream.write({ listServices: '' });
    const response = (await answer) as { listServicesResponse: { service: { name: string }[] } };
    stream.end();
    reflection.close();
    expect(response.listServicesResponse.service.map((s) => s.name)).toContain('sild.testing.v1.Echo');
  });
});
