import { DeliveryErrorCode, DeliveryException, redrive, replay } from '@sild/gateway-domain';
import type { CallContext, MethodHandler } from '@sild/platform-grpc';
import { clientRefOf, dateOf, type ClientRef } from '@sild/registry-config';
import type { ApiTokens } from '../../api-tokens';
import { deadLetterObject, translated } from './delivery-protos';
import { receiveHandler } from './receive.grpc.controller';
import type { SubscriptionRunner } from './subscription-runner';

/** The fields every delivery request shares. */
interface SubscriptionRequest {
  subscriber?: unknown;
  subscriptionId?: string;
}

/** What the Receive stream needs of a subscription's runner. */
export interface StreamRunner {
  readonly subscriptionId: string;
  readonly channel: SubscriptionRunner['channel'];
  /** Throws unless `subscriber` is the subscription's subscriber. */
  subscriberView(subscriber: ClientRef): unknown;
}

/** Finds the runner of a request's subscription once the caller may act as its subscriber. */
export type RunnerLookup<R extends StreamRunner = SubscriptionRunner> = (
  request: SubscriptionRequest,
  context: CallContext,
) => { readonly runner: R; readonly subscriber: ClientRef };

const DEFAULT_LIMIT = 100;

/** Receive, ListDeadLetters, Redrive and Replay of the Events API (sild.gateway.v1.Events). */
export function deliveryHandlers(
  runners: ReadonlyMap<string, SubscriptionRunner>,
  tokens: ApiTokens,
): Record<string, MethodHandler> {
  const lookup: RunnerLookup = (request, context) => {
    const subscriber = clientRefOf(request.subscriber);
    tokens.authorize(context, subscriber.subsystem);
    const id = request.subscriptionId ?? '';
    const runner = runners.get(id);
    if (!runner) {
      throw new DeliveryException(
        DeliveryErrorCode.NOT_CONFIGURED,
        `subscription "${id}" is not delivered by this gateway (GATEWAY_SUBSCRIPTIONS)`,
      );
    }
    return { runner, subscriber };
  };
  return {
    Receive: receiveHandler(lookup),
    ListDeadLetters: (request, context) =>
      translated(async () => {
        const { runner, subscriber } = lookup(request as SubscriptionRequest, context);
        const limit = Number((request as { limit?: number }).limit) || DEFAULT_LIMIT;
        const { letters, pending } = await runner.subscriberView(subscriber).deadLetters.list(limit);
        return { deadLetters: letters.map(deadLetterObject), pending: String(pending) };
      }),
    Redrive: (request, context) =>
      translated(async () => {
        const { runner, subscriber } = lookup(request as SubscriptionRequest, context);
        const running = runner.subscriberView(subscriber, true);
        const counts = await runner.exclusive('redrive', () =>
          redrive(running.deadLetters, running.delivery, runner.signal),
        );
        return { delivered: String(counts.delivered), failed: String(counts.failed) };
      }),
    Replay: (request, context) =>
      translated(async () => {
        const { runner, subscriber } = lookup(request as SubscriptionRequest, context);
        const from = dateOf((request as { from?: unknown }).from);
        if (!from)
          throw new DeliveryException(
            DeliveryErrorCode.INVALID_ARGUMENT,
            'from: a point in time is required',
          );
        const running = runner.subscriberView(subscriber, true);
        const counts = await runner.exclusive('replay', () =>
          replay(running.log, running.delivery, from.getTime(), runner.signal),
        );
        return { delivered: String(counts.delivered), deadLettered: String(counts.deadLettered) };
      }),
  };
}
