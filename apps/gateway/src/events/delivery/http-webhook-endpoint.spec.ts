import { createServer, type IncomingHttpHeaders, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PayloadEncoding } from '@sild/contracts';
import type { EventDelivery } from '@sild/gateway-domain';
import { HttpWebhookEndpoint } from './http-webhook-endpoint';

interface Received {
  readonly method: string | undefined;
  readonly headers: IncomingHttpHeaders;
  readonly body: Buffer;
}

const event: EventDelivery = {
  subscriptionId: 'sub-1',
  messageId: '019b7a3a-0000-7000-8000-000000000001',
  eventType: 'nl.brp.person.relocated.v1',
  publisher: { instance: 'NL', memberClass: 'GOV', memberCode: '00000001', subsystem: 'brp' },
  subjectKey: 'k7f3a',
  subjectSequence: 4,
  attributes: { municipality: '0363' },
  payload: Buffer.from('{"to":"0599"}'),
  payloadType: 'type.googleapis.com/sild.examples.population.v1.PersonRelocated',
  payloadEncoding: PayloadEncoding.PAYLOAD_ENCODING_JSON,
  createdAtMs: Date.parse('2026-03-01T12:00:00Z'),
  traceparent: '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01',
  envelope: new Uint8Array(),
  attempt: 1,
  redelivery: false,
};

describe('HttpWebhookEndpoint', () => {
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
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/events`;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  const post = (token = '') => new HttpWebhookEndpoint(url, token).post(event, new AbortController().signal);
  const status =
    (code: number, headers: Record<string, string> = {}) =>
    (response: ServerResponse) => {
      response.writeHead(code, headers).end('ignored');
    };

  it('POSTs the payload as a binary-mode CloudEvent with the bearer token', async () => {
    reply = status(204);
    expect(await post('webhook-token')).toEqual({ ok: true });
    const { method, headers, body } = received.at(-1)!;
    expect(method).toBe('POST');
    expect(body.toString()).toBe('{"to":"0599"}');
    expect(headers).toMatchObject({
      authorization: 'Bearer webhook-token',
      'content-type': 'application/json',
      'ce-specversion': '1.0',
      'ce-id': event.messageId,
      'ce-source': 'sild:NL/GOV/00000001/brp',
      'ce-type': 'nl.brp.person.relocated.v1',
      'ce-subject': 'k7f3a',
      'ce-sildsequence': '4',
      'ce-municipality': '0363',
      traceparent: event.traceparent,
    });
  });

  it('asks for a retry on 5xx, 408 and 429 (with Retry-After), and gives up on other statuses', async () => {
    reply = status(503);
    expect(await post()).toEqual({ ok: false, permanent: false, error: 'HTTP 503 from the webhook' });
    reply = status(429, { 'retry-after': '7' });
    expect(await post()).toEqual({
      ok: false,
      permanent: false,
      error: 'HTTP 429 from the webhook',
      retryAfterMs: 7_000,
    });
    reply = status(408);
    expect(await post()).toMatchObject({ ok: false, permanent: false });
    reply = status(400);
    expect(await post()).toEqual({ ok: false, permanent: true, error: 'HTTP 400 from the webhook' });
    reply = status(302, { location: 'http://elsewhere.example/' });
    expect(await post()).toMatchObject({ ok: false, permanent: true, error: 'HTTP 302 from the webhook' });
  });

  it('fails when nobody listens or the signal aborts', async () => {
    const closed = new HttpWebhookEndpoint('http://127.0.0.1:1/events', '');
    await expect(closed.post(event, new AbortController().signal)).rejects.toThrow();
    reply = () => undefined;
    const controller = new AbortController();
    const hanging = new HttpWebhookEndpoint(url, '').post(event, controller.signal);
    controller.abort(new Error('no answer within 5 ms'));
    await expect(hanging).rejects.toThrow('no answer within 5 ms');
  });
});
