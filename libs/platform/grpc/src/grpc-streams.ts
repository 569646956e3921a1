import type { ServerDuplexStream, ServerWritableStream } from '@grpc/grpc-js';
import { GrpcException, GrpcStatus } from './grpc-status';

/** What a handler knows about the call besides its request. */
export interface CallContext {
  readonly method: string;
  readonly peer: string;
  metadata(key: string): string | undefined;
}

/** The sending side of a streaming call, as its handler sees it. */
export interface ServerStream {
  /**
   * Sends one message; resolves once the transport took it (so a slow client slows the sender).
   * Rejects with CANCELLED once the call has ended.
   */
  send(message: unknown): Promise<void>;
  /**
   * Aborted when the client cancels, the deadline passes or the connection breaks (reason: a
   * CANCELLED GrpcException), or when the server shuts down (reason: UNAVAILABLE; a long-lived
   * stream should end then, e.g. by throwing the reason, so that its client reconnects elsewhere).
   */
  readonly signal: AbortSignal;
}

/** A method that answers one request with a stream: resolve to end with OK, reject for a status. */
export interface ServerStreamingHandler {
  readonly kind: 'server-streaming';
  readonly handle: (request: unknown, stream: ServerStream, context: CallContext) => Promise<void>;
}

/**
 * A method with streams both ways. `requests` ends when the client half-closes, and when it
 * cancels (grpc-js reports a half-close first; `stream.signal` aborts shortly after). Resolve to
 * end the call with OK.
 */
export interface BidiStreamingHandler {
  readonly kind: 'bidi-streaming';
  readonly handle: (
    requests: AsyncIterable<unknown>,
    stream: ServerStream,
    context: CallContext,
  ) => Promise<void>;
}

export const serverStreaming = (handle: ServerStreamingHandler['handle']): ServerStreamingHandler => ({
  kind: 'server-streaming',
  handle,
});

export const bidiStreaming = (handle: BidiStreamingHandler['handle']): BidiStreamingHandler => ({
  kind: 'bidi-streaming',
  handle,
});

type Call = ServerWritableStream<unknown, unknown> | ServerDuplexStream<unknown, unknown>;

/**
 * A ServerStream over a grpc-js call; `signal` aborts on cancellation, when the call ends, and
 * when `draining` aborts (the server is shutting down).
 */
export function serverStreamOf(call: Call, draining: AbortSignal): ServerStream & { finish: () => void } {
  const controller = new AbortController();
  const abort = () => {
    draining.removeEventListener('abort', drain);
    controller.abort(new GrpcException(GrpcStatus.CANCELLED, 'the call has ended'));
  };
  const drain = () => {
    controller.abort(new GrpcException(GrpcStatus.UNAVAILABLE, 'the server is shutting down'));
  };
  if (draining.aborted) drain();
  else draining.addEventListener('abort', drain, { once: true });
  call.once('cancelled', abort);
  call.once('close', abort);
  return {
    signal: controller.signal,
    finish: abort,
    send: (message) =>
      new Promise<void>((resolve, reject) => {
        if (controller.signal.aborted || call.cancelled || call.writableEnded) {
          reject(new GrpcException(GrpcStatus.CANCELLED, 'the call has ended'));
          return;
        }
        call.write(message, (error: Error | null | undefined) => {
          if (error) reject(new GrpcException(GrpcStatus.CANCELLED, error.message, { cause: error }));
          else resolve();
        });
      }),
  };
}

/** The client's messages of a bidi call, in order; ends when the client half-closes or cancels. */
export async function* requestsOf(call: ServerDuplexStream<unknown, unknown>): AsyncGenerator {
  const queue: unknown[] = [];
  const state: { ended: boolean; wake?: (() => void) | undefined } = { ended: false };
  const notify = () => {
    state.wake?.();
    state.wake = undefined;
  };
  const finish = () => {
    state.ended = true;
    notify();
  };
  call.on('data', (message: unknown) => {
    queue.push(message);
    notify();
  });
  call.once('end', finish);
  call.once('cancelled', finish);
  call.once('close', finish);
  call.once('error', finish);
  for (;;) {
    if (queue.length > 0) {
      yield queue.shift();
      continue;
    }
    if (state.ended) return;
    await new Promise<void>((resolve) => (state.wake = resolve));
  }
}
