import {
  status,
  type handleBidiStreamingCall,
  type handleServerStreamingCall,
  type Metadata,
} from '@grpc/grpc-js';
import { GrpcException, GrpcStatus } from './grpc-status';
import {
  requestsOf,
  serverStreamOf,
  type BidiStreamingHandler,
  type CallContext,
  type ServerStreamingHandler,
} from './grpc-streams';
import { grpcMetrics } from './grpc.metrics';

/** What the server does for every call: authenticate the caller, and turn errors into statuses. */
export interface CallGuard {
  authenticate(context: CallContext): void;
  toException(method: string, error: unknown): GrpcException;
  /** Aborted when the server starts shutting down. */
  readonly draining: AbortSignal;
}

export const contextOf = (method: string, peer: string, metadata: Metadata): CallContext => ({
  method,
  peer,
  metadata: (key) => {
    const value = metadata.get(key)[0];
    return value === undefined ? undefined : value.toString();
  },
});

interface StreamingCall {
  readonly cancelled: boolean;
  end(): void;
  emit(event: 'error', error: unknown): boolean;
}

/** Runs a streaming handler: its end is the call's status (nothing is sent after a cancel). */
function run(
  method: string,
  call: StreamingCall,
  finish: () => void,
  context: CallContext,
  guard: CallGuard,
  handle: () => Promise<void>,
): void {
  const stopTimer = grpcMetrics.duration.startTimer({ method });
  Promise.resolve()
    .then(() => {
      guard.authenticate(context);
      return handle();
    })
    .then(
      () => {
        stopTimer({ code: call.cancelled ? 'CANCELLED' : 'OK' });
        if (!call.cancelled) call.end();
      },
      (error: unknown) => {
        const exception = call.cancelled
          ? new GrpcException(GrpcStatus.CANCELLED, 'cancelled')
          : guard.toException(method, error);
        stopTimer({ code: exception.statusName });
        if (!call.cancelled) {
          call.emit('error', {
            code: status[exception.statusName as keyof typeof status],
            details: exception.message,
          });
        }
      },
    )
    .finally(finish);
}

export function serverStreamingCall(
  method: string,
  handler: ServerStreamingHandler,
  guard: CallGuard,
): handleServerStreamingCall<unknown, unknown> {
  return (call) => {
    const stream = serverStreamOf(call, guard.draining);
    const context = contextOf(method, call.getPeer(), call.metadata);
    run(method, call, stream.finish, context, guard, () => handler.handle(call.request, stream, context));
  };
}

export function bidiStreamingCall(
  method: string,
  handler: BidiStreamingHandler,
  guard: CallGuard,
): handleBidiStreamingCall<unknown, unknown> {
  return (call) => {
    const stream = serverStreamOf(call, guard.draining);
    const context = contextOf(method, call.getPeer(), call.metadata);
    run(method, call, stream.finish, context, guard, () => handler.handle(requestsOf(call), stream, context));
  };
}
