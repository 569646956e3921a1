import { createServer, type IncomingHttpHeaders, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PayloadEncoding, Reason } from '@sild/contracts';
import { backendCall } from '@sild/gateway-domain/testing';
import { HttpProviderBackend } from './http-provider-backend';

interface Received {
  readonly method: string | undefined;
  readonly headers: IncomingHttpHeaders;
  readonly body: Buffer;
}

/** A provider system on 127.0.0.1 that answers with `reply` and keeps what it received. */
describe('HttpProviderBackend', () => {
  let server: Server;
  let url: string;
  const received: Received[] = [];
  let reply: (response: ServerResponse) => void = (response) => response.end();

  beforeAll(async () => {
    server = createServer((request, response) => {
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      request.on('end', () => {
        received.push({ method: request.method, headers: request.headers, body: Buffer.concat(chunks) });
        reply(response);
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/sild/backend`;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  const signal = () => new AbortController().signal;
  const json = (status: number, body: unknown) => (response: ServerResponse) => {
    response.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
  };

  it('POSTs the payload with the Sild context in sild-* headers and the bearer token', async () => {
    reply = (response) => response.writeHead(200, { 'sild-payload-type': 'x' }).end();
    const call = backendCall({
      onBehalfOf: 'clerk 42/ä',
      traceparent: '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01',
    });
    await new HttpProviderBackend(url, 'backend-token').handle(call, signal());

    const { method, headers, body } = received.at(-1)!;
    expect(method).toBe('POST');
    expect(body).toEqual(Buffer.from(call.payload));
    expect(headers).toMatchObject({
      'content-type': 'application/json',
      'sild-payload-type': call.payloadType,
      'sild-client': 'NL/MUN/0363/burgerzaken',
      'sild-service': 'NL/GOV/00000001/brp/person/v1',
      'sild-message-id': call.messageId,
      'sild-on-behalf-of': 'clerk%2042%2F%C3%A4',
      'sild-purpose': 'residents-registration',
      traceparent: call.traceparent,
      authorization: 'Bearer backend-token',
    });
  });

  it('sends no authorization without a token, no traceparent without a trace, protobuf by default', async () => {
    reply = (response) => response.writeHead(200).end();
    const call = backendCall({ payloadEncoding: PayloadEncoding.PAYLOAD_ENCODING_PROTOBUF });
    // an answer without sild-payload-type has none (callBackend refuses it)
    await expect(new HttpProviderBackend(url, '').handle(call, signal())).resolves.toMatchObject({
      payloadType: '',
    });
    const { headers } = received.at(-1)!;
    expect(headers['content-type']).toBe('application/x-protobuf');
    expect(headers).not.toHaveProperty('authorization');
    expect(headers).not.toHaveProperty('traceparent');
  });

  it.each([
    ['application/json; charset=utf-8', PayloadEncoding.PAYLOAD_ENCODING_JSON],
    ['application/octet-stream', PayloadEncoding.PAYLOAD_ENCODING_OCTET_STREAM],
    ['application/x-protobuf', PayloadEncoding.PAYLOAD_ENCODING_PROTOBUF],
  ])('200 with content-type %s: the answer with that encoding', async (contentType, encoding) => {
    reply = (response) => {
      response.writeHead(200, { 'content-type': contentType, 'sild-payload-type': 'type.example/Person' });
      response.end('{"name":"Jan"}');
    };
    await expect(new HttpProviderBackend(url, '').handle(backendCall(), signal())).resolves.toEqual({
      payload: Buffer.from('{"name":"Jan"}'),
      payloadType: 'type.example/Person',
      payloadEncoding: encoding,
    });
  });

  it('404 with a JSON refusal: an error with its reason and message', async () => {
    reply = json(404, { reason: 'REASON_NOT_FOUND', message: 'no such person' });
    await expect(new HttpProviderBackend(url, '').handle(backendCall(), signal())).resolves.toEqual({
      error: { reason: Reason.REASON_NOT_FOUND, message: 'no such person' },
    });
  });

  it.each([
    ['500', json(500, { reason: 'REASON_NOT_FOUND', message: 'crashed' }), /HTTP 500/],
    ['a 4xx without a refusal body', json(400, 'bad'), /HTTP 400/],
    ['a 4xx with an unknown reason', json(409, { reason: 'REASON_SOMETHING' }), /HTTP 409/],
  ])('throws for %s', async (_, answer, message) => {
    reply = answer;
    await expect(new HttpProviderBackend(url, '').handle(backendCall(), signal())).rejects.toThrow(message);
  });

  it('gives up when the gateway aborts the call', async () => {
    reply = () => undefined; // never answers
    const controller = new AbortController();
    const pending = new HttpProviderBackend(url, '').handle(backendCall(), controller.signal);
    controller.abort();
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
  });
});
