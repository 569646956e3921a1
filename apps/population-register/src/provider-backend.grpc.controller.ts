import { resolve } from 'node:path';
import { PayloadEncoding, Reason } from '@sild/contracts';
import { loadProtos, type UnaryHandler } from '@sild/platform-grpc';
import type { BackendHandler } from './backend-handler.service';

export const PROVIDER_BACKEND_SERVICE = 'sild.gateway.v1.ProviderBackend';

/** The gateway API's .proto files (the same path from the sources and from dist/). */
export const providerBackendPackageDefinition = () =>
  loadProtos(['sild/gateway/v1/gateway.proto'], [resolve(import.meta.dirname, '../../../proto')]);

/** BackendRequest as @grpc/proto-loader hands it over (defaults filled in, enums as names). */
interface BackendRequestObject {
  client: { instance: string; memberClass: string; memberCode: string; subsystem: string } | null;
  messageId: string;
  payload: Buffer;
  payloadType: string;
  payloadEncoding: string | number;
}

const ENCODINGS = new Map<string | number, PayloadEncoding>(
  Object.values(PayloadEncoding)
    .filter((value): value is PayloadEncoding => typeof value === 'number')
    .flatMap((value) => [
      [value, value],
      [PayloadEncoding[value], value],
    ]),
);

/** The wire encoding; one the register does not know is refused like opaque bytes. */
const encodingOf = (value: string | number): PayloadEncoding =>
  ENCODINGS.get(value) ?? PayloadEncoding.PAYLOAD_ENCODING_OCTET_STREAM;

const clientText = (client: BackendRequestObject['client']): string | undefined =>
  client
    ? [client.instance, client.memberClass, client.memberCode, client.subsystem].filter(Boolean).join('/')
    : undefined;

/**
 * sild.gateway.v1.ProviderBackend: the provider gateway hands over each accepted request. A
 * refusal is an answer (BackendResponse.error with its reason), not a gRPC status.
 */
export function providerBackendHandlers(handler: BackendHandler): Record<string, UnaryHandler> {
  return {
    Handle: async (request, context) => {
      const r = request as BackendRequestObject;
      const answer = await handler.handle(
        { payloadType: r.payloadType, payload: r.payload, payloadEncoding: encodingOf(r.payloadEncoding) },
        {
          transport: 'grpc',
          traceparent: context.metadata('traceparent'),
          tracestate: context.metadata('tracestate'),
          client: clientText(r.client),
          messageId: r.messageId,
        },
      );
      if ('error' in answer) {
        return {
          error: { reason: Reason[answer.error.reason], message: answer.error.message, retryable: false },
        };
      }
      return {
        payload: Buffer.from(answer.payload),
        payloadType: answer.payloadType,
        payloadEncoding: PayloadEncoding[answer.payloadEncoding],
      };
    },
  };
}
