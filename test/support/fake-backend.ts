// A provider system for end-to-end tests: implements sild.gateway.v1.ProviderBackend, records
// what reaches it, and misbehaves on request (hangs, fails, answers garbage).
import { resolve } from 'node:path';
import { GrpcServer, loadProtos } from '@sild/platform-grpc';
import { testLogger } from '@sild/platform-kafka/testing';

/** What the fake does with a request, chosen by the request payload's text. */
export const BEHAVIOUR = {
  echo: 'echo',
  hang: 'hang',
  fail: 'fail',
  garbage: 'garbage',
  refuse: 'refuse',
} as const;

export interface ReceivedRequest {
  readonly messageId: string;
  readonly client: { memberCode: string; subsystem: string };
  readonly payload: string;
  readonly traceparent: string;
  readonly onBehalfOf: string;
  readonly purpose: string;
}

export interface FakeBackend {
  readonly address: string;
  readonly received: ReceivedRequest[];
  stop(): Promise<void>;
}

interface BackendRequestObject {
  messageId: string;
  client: { memberCode: string; subsystem: string };
  payload: Buffer;
  payloadType: string;
  onBehalfOf: string;
  purpose: string;
}

/** Listens on 127.0.0.1:`port` (0: any free port). */
export async function startFakeBackend(port = 0): Promise<FakeBackend> {
  const received: ReceivedRequest[] = [];
  const server = new GrpcServer({
    packageDefinition: loadProtos(
      ['sild/gateway/v1/gateway.proto'],
      [resolve(import.meta.dirname, '../../proto')],
    ),
    logger: testLogger('fake-backend'),
    authenticatedByHandlers: true,
  });
  server.addService('sild.gateway.v1.ProviderBackend', {
    Handle: async (request, context) => {
      const call = request as BackendRequestObject;
      const text = call.payload.toString('utf8');
      received.push({
        messageId: call.messageId,
        client: call.client,
        payload: text,
        traceparent: context.metadata('traceparent') ?? '',
        onBehalfOf: call.onBehalfOf,
        purpose: call.purpose,
      });
      const [behaviour] = text.split(':');
      switch (behaviour) {
        case BEHAVIOUR.hang:
          return new Promise(() => undefined);
        case BEHAVIOUR.fail:
          throw new Error('backend exploded');
        case BEHAVIOUR.garbage:
          return { payload: Buffer.from('??'), payloadType: '' };
        case BEHAVIOUR.refuse:
          return { error: { reason: 'REASON_NOT_FOUND', message: 'no such thing' } };
        default:
          return {
            payload: Buffer.from(`answer to ${text}`),
            payloadType: 'type.googleapis.com/test.Echo',
            payloadEncoding: 'PAYLOAD_ENCODING_OCTET_STREAM',
          };
      }
    },
  });
  const bound = await server.listen('127.0.0.1', port);
  return { address: `127.0.0.1:${bound}`, received, stop: () => server.shutdown(1_000) };
}
