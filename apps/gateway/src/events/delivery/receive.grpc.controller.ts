import {
  DeliveryErrorCode,
  DeliveryException,
  StreamChannel,
  type ReceiveSession,
} from '@sild/gateway-domain';
import { bidiStreaming, type BidiStreamingHandler, type ServerStream } from '@sild/platform-grpc';
import type { RunnerLookup, StreamRunner } from './delivery.grpc.controller';
import { eventDeliveryObject, translated } from './delivery-protos';

/** A ReceiveRequest as @grpc/proto-loader hands it over (the oneof names the field set). */
interface ReceiveRequestObject {
  action?: 'open' | 'ack';
  open?: { subscriber?: unknown; subscriptionId?: string; maxInFlight?: number } | null;
  ack?: { messageIds?: string[] } | null;
}

const invalid = (message: string) => new DeliveryException(DeliveryErrorCode.INVALID_ARGUMENT, message);

/** Sends what the session hands out until it closes. */
async function sendAll(session: ReceiveSession, stream: ServerStream): Promise<void> {
  for (let delivery = await session.next(); delivery; delivery = await session.next()) {
    await stream.send(eventDeliveryObject(delivery));
  }
}

/** Acknowledges until the subscriber half-closes or cancels. */
async function ackAll(requests: AsyncIterator<unknown>, session: ReceiveSession): Promise<void> {
  for (let next = await requests.next(); !next.done; next = await requests.next()) {
    const request = next.value as ReceiveRequestObject;
    if (request.open) throw invalid('a stream is opened once: send acks only after the open');
    session.ack(request.ack?.messageIds ?? []);
  }
}

/**
 * Receive: the first message opens the stream for a stream subscription of a subscriber the
 * caller's token allows; then the gateway sends verified events (at most max-in-flight
 * unacknowledged) and the subscriber acks them by message id. When the stream ends for any
 * reason, what it did not acknowledge is delivered again on the next stream.
 */
export function receiveHandler(lookup: RunnerLookup<StreamRunner>): BidiStreamingHandler {
  return bidiStreaming(async (requests, stream, context) =>
    translated(async () => {
      const iterator = requests[Symbol.asyncIterator]();
      const first = await iterator.next();
      if (first.done) return;
      const open = (first.value as ReceiveRequestObject).open;
      if (!open) throw invalid('the first message of a Receive stream must be an open');
      const { runner, subscriber } = lookup(open, context);
      runner.subscriberView(subscriber);
      if (!(runner.channel instanceof StreamChannel)) {
        throw new DeliveryException(
          DeliveryErrorCode.WRONG_MODE,
          `subscription ${runner.subscriptionId} is delivered by webhook, not on a Receive stream`,
        );
      }
      const session = runner.channel.open(open.maxInFlight ?? 0);
      const ended = new Promise<void>((resolve) => {
        stream.signal.addEventListener(
          'abort',
          () => {
            resolve();
          },
          { once: true },
        );
      });
      const sending = sendAll(session, stream);
      // acks end when the subscriber half-closes or the call ends (after this handler, at the latest)
      const acking = ackAll(iterator, session);
      acking.catch(() => undefined);
      try {
        await Promise.race([sending, acking, ended]);
      } finally {
        session.close();
        await sending.catch(() => undefined);
      }
      if (stream.signal.aborted) throw stream.signal.reason as Error;
    }),
  );
}
