import { PayloadEncoding, Reason } from '@sild/contracts';
import type { CallOutcome, ClientCallsService } from '@sild/gateway-domain';
import type { UnaryHandler } from '@sild/platform-grpc';
import { contextFrom } from '@sild/platform-telemetry';
import type { ApiTokens } from './api-tokens';
import { encodingOf } from './gateway-protos';

interface ClientIdObject {
  instance?: string;
  memberClass?: string;
  memberCode?: string;
  subsystem?: string;
}

/** A CallRequest as @grpc/proto-loader hands it over (defaults filled in, enums by name). */
interface CallRequestObject {
  client?: ClientIdObject | null;
  service?: { provider?: ClientIdObject | null; serviceCode?: string; serviceVersion?: string } | null;
  payload?: Buffer;
  payloadType?: string;
  payloadEncoding?: string;
  onBehalfOf?: string;
  purpose?: string;
  timeoutMs?: number;
}

const clientOf = (id: ClientIdObject | null | undefined) => ({
  instance: id?.instance ?? '',
  memberClass: id?.memberClass ?? '',
  memberCode: id?.memberCode ?? '',
  subsystem: id?.subsystem ?? '',
});

const responseOf = (outcome: CallOutcome) => ({
  messageId: outcome.messageId,
  traceId: outcome.traceId,
  ...(outcome.result
    ? {
        result: {
          payload: Buffer.from(outcome.result.payload),
          payloadType: outcome.result.payloadType,
          payloadEncoding: PayloadEncoding[outcome.result.payloadEncoding],
          responseMessageId: outcome.result.responseMessageId,
        },
      }
    : {}),
  ...(outcome.error
    ? {
        error: {
          reason: Reason[outcome.error.reason],
          message: outcome.error.message,
          retryable: outcome.error.retryable,
        },
      }
    : {}),
});

/** The Gateway API towards the organisation's own systems (sild.gateway.v1.Gateway). */
export function gatewayHandlers(calls: ClientCallsService, tokens: ApiTokens): Record<string, UnaryHandler> {
  return {
    Call: async (request, context) => {
      const call = request as CallRequestObject;
      const client = clientOf(call.client);
      tokens.authorize(context, client.subsystem);
      const outcome = await calls.call(
        {
          client,
          service: {
            provider: clientOf(call.service?.provider),
            serviceCode: call.service?.serviceCode ?? '',
            serviceVersion: call.service?.serviceVersion ?? '',
          },
          payload: call.payload ?? Buffer.alloc(0),
          payloadType: call.payloadType ?? '',
          payloadEncoding: encodingOf(call.payloadEncoding),
          onBehalfOf: call.onBehalfOf ?? '',
          purpose: call.purpose ?? '',
          timeoutMs: call.timeoutMs ?? 0,
        },
        contextFrom({
          traceparent: context.metadata('traceparent') ?? '',
          tracestate: context.metadata('tracestate') ?? '',
        }),
      );
      return responseOf(outcome);
    },
  };
}
