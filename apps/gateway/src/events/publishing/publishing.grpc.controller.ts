import { Reason } from '@sild/contracts';
import {
  GatewayException,
  type EventPublisherService,
  type FollowIndicationsService,
  type PublishInput,
  type PublishOutcome,
} from '@sild/gateway-domain';
import { GrpcException, GrpcStatus, type CallContext, type UnaryHandler } from '@sild/platform-grpc';
import { contextFrom } from '@sild/platform-telemetry';
import { clientRefOf, dateOf } from '@sild/registry-config';
import type { ApiTokens } from '../../api-tokens';
import { encodingOf } from '../../gateway-protos';

/** A PublishRequest as @grpc/proto-loader hands it over (defaults filled in, enums by name). */
interface PublishRequestObject {
  publisher?: unknown;
  eventType?: string;
  subject?: string;
  attributes?: Record<string, string>;
  payload?: Buffer;
  payloadType?: string;
  payloadEncoding?: string;
}

interface FollowRequestObject {
  subscriber?: unknown;
  subscriptionId?: string;
  subject?: string;
  following?: boolean;
  until?: unknown;
}

const STATUS_OF: Partial<Record<Reason, GrpcStatus>> = {
  [Reason.REASON_INVALID_ARGUMENT]: GrpcStatus.INVALID_ARGUMENT,
  [Reason.REASON_TOO_LARGE]: GrpcStatus.INVALID_ARGUMENT,
  [Reason.REASON_ACCESS_DENIED]: GrpcStatus.PERMISSION_DENIED,
  [Reason.REASON_UNKNOWN_EVENT_TYPE]: GrpcStatus.PERMISSION_DENIED,
  [Reason.REASON_NOT_FOUND]: GrpcStatus.NOT_FOUND,
  [Reason.REASON_FAILED_PRECONDITION]: GrpcStatus.FAILED_PRECONDITION,
};

/**
 * A refusal as a gRPC status; the message starts with the reason code (`REASON_...: why`) so
 * that callers can act on it without parsing prose.
 */
export function eventsGrpcError(error: unknown): GrpcException | undefined {
  if (!(error instanceof GatewayException)) return undefined;
  const status = STATUS_OF[error.reason] ?? GrpcStatus.UNAVAILABLE;
  return new GrpcException(status, `${Reason[error.reason]}: ${error.message}`);
}

/** Events in one PublishBatch call, at most. */
export const MAX_PUBLISH_BATCH = 1_000;

async function translated<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    throw eventsGrpcError(error) ?? error;
  }
}

/** A PublishRequest as the publisher service takes it, once the caller may act as its publisher. */
function publishInput(input: PublishRequestObject, context: CallContext, tokens: ApiTokens): PublishInput {
  const publisher = clientRefOf(input.publisher);
  tokens.authorize(context, publisher.subsystem);
  return {
    publisher,
    eventType: input.eventType ?? '',
    subject: input.subject ?? '',
    attributes: input.attributes ?? {},
    payload: input.payload ?? Buffer.alloc(0),
    payloadType: input.payloadType ?? '',
    payloadEncoding: encodingOf(input.payloadEncoding),
  };
}

const publishedOf = (outcome: PublishOutcome) => ({
  ...outcome,
  subjectSequence: String(outcome.subjectSequence),
});

const traceParentOf = (context: CallContext) =>
  contextFrom({
    traceparent: context.metadata('traceparent') ?? '',
    tracestate: context.metadata('tracestate') ?? '',
  });

/** Publish, PublishBatch and Follow of the Events API (sild.gateway.v1.Events). */
export function publishingHandlers(
  publisher: EventPublisherService,
  follows: FollowIndicationsService,
  tokens: ApiTokens,
): Record<string, UnaryHandler> {
  return {
    Publish: async (request, context) => {
      const input = publishInput(request as PublishRequestObject, context, tokens);
      return publishedOf(await translated(() => publisher.publish(input, traceParentOf(context))));
    },
    PublishBatch: async (request, context) => {
      const events = (request as { events?: PublishRequestObject[] }).events ?? [];
      if (events.length > MAX_PUBLISH_BATCH) {
        throw new GrpcException(
          GrpcStatus.INVALID_ARGUMENT,
          `${Reason[Reason.REASON_INVALID_ARGUMENT]}: at most ${MAX_PUBLISH_BATCH} events per batch, not ${events.length}`,
        );
      }
      // every publisher first: a token that may not act as one of them refuses the whole call
      const inputs = events.map((event) => publishInput(event, context, tokens));
      const parent = traceParentOf(context);
      // started in order: the publisher numbers and sends a subject's events in call order
      const results = await Promise.all(
        inputs.map((input) =>
          publisher.publish(input, parent).then(
            (outcome) => ({ published: publishedOf(outcome) }),
            (error: unknown) => {
              if (!(error instanceof GatewayException)) throw error;
              return {
                error: { reason: Reason[error.reason], message: error.message, retryable: error.retryable },
              };
            },
          ),
        ),
      );
      return { results };
    },
    Follow: async (request, context) => {
      const input = request as FollowRequestObject;
      const subscriber = clientRefOf(input.subscriber);
      tokens.authorize(context, subscriber.subsystem);
      return translated(() =>
        follows.follow({
          subscriber,
          subscriptionId: input.subscriptionId ?? '',
          subject: input.subject ?? '',
          following: input.following === true,
          untilMs: dateOf(input.until)?.getTime(),
        }),
      );
    },
  };
}
