import { status, type ClientDuplexStream, type ClientReadableStream, type ServiceError } from '@grpc/grpc-js';
import { GrpcException, GrpcStatus } from './grpc-status';

type Call = ClientDuplexStream<unknown, unknown> | ClientReadableStream<unknown>;

const toGrpcStatus = (code: status): GrpcStatus => GrpcStatus[status[code] as keyof typeof GrpcStatus];

/**
 * The client's side of a streaming call: the server's messages as an async iterable (ending when
 * the server ends with OK, throwing a GrpcException for any other status), and for bidi calls
 * `send` and `end`. `cancel` ends the call from this side. One reader at a time: iterate it, or
 * call `next()`, from one place.
 */
export class ClientStream implements AsyncIterable<unknown> {
  private readonly queue: unknown[] = [];
  private failure: GrpcException | undefined;
  private ended = false;
  private wake: (() => void) | undefined;

  constructor(private readonly call: Call) {
    call.on('data', (message: unknown) => {
      this.queue.push(message);
      this.notify();
    });
    call.on('error', (error: ServiceError) => {
      this.failure = new GrpcException(toGrpcStatus(error.code), error.details || error.message);
      this.finish();
    });
    call.on('end', () => {
      this.finish();
    });
  }

  /** Sends one message (bidi calls only); resolves once the transport took it. */
  send(message: unknown): Promise<void> {
    const { call } = this;
    if (!('write' in call)) return Promise.reject(new Error('this call only receives'));
    return new Promise<void>((resolve, reject) => {
      call.write(message, (error: Error | null | undefined) => {
        if (error) reject(error);
        else resolve();
      });
    });
  }

  /** Half-closes: no more messages from this side; the server's may still come. */
  end(): void {
    if ('end' in this.call) this.call.end();
  }

  /** Cancels the call; iteration ends with CANCELLED. */
  cancel(): void {
    this.call.cancel();
  }

  async *[Symbol.asyncIterator](): AsyncIterator<unknown> {
    for (;;) {
      if (this.queue.length > 0) {
        yield this.queue.shift();
        continue;
      }
      if (this.failure) throw this.failure;
      if (this.ended) return;
      await new Promise<void>((resolve) => (this.wake = resolve));
    }
  }

  /** The next message, or undefined when the stream ended with OK. */
  async next(): Promise<unknown> {
    const iterator = this[Symbol.asyncIterator]();
    const result = await iterator.next();
    return result.done ? undefined : result.value;
  }

  private finish(): void {
    this.ended = true;
    this.notify();
  }

  private notify(): void {
    this.wake?.();
    this.wake = undefined;
  }
}
