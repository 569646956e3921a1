// Stream delivery: one Receive stream per subscription on the municipality's gateway. Each event
// is acknowledged once the table holds its effect; a stream that ends or fails is opened again
// with backoff, and the gateway delivers the unacknowledged events again.
import {
  backoffDelay,
  sleep,
  SubscriberErrorCode,
  SubscriberException,
  type ResidentSync,
  type SyncStats,
} from '@sild/examples-population';
import type { ClientStream, GrpcClient } from '@sild/platform-grpc';
import type { Logger } from '@sild/platform-logging';
import type { ClientRef } from '@sild/registry-config';
import { subscriberEventOf, type EventDeliveryObject } from './event-delivery';
import type { MunicipalityMetrics } from './municipality.metrics';

const RECONNECT = { initialMs: 200, maxMs: 10_000 };
const RETRY = { initialMs: 100, maxMs: 5_000 };
const MAX_IN_FLIGHT = 256;

export class EventStreamReceiver {
  private readonly stopping = new AbortController();
  private stream: ClientStream | undefined;
  private running: Promise<void> | undefined;
  private open = false;

  constructor(
    private readonly events: GrpcClient,
    private readonly subscriber: ClientRef,
    readonly subscriptionId: string,
    private readonly sync: ResidentSync,
    private readonly observers: { stats: SyncStats; metrics: MunicipalityMetrics },
    private readonly logger: Logger,
  ) {}

  /** A stream is open. */
  get connected(): boolean {
    return this.open;
  }

  private isStopped(): boolean {
    return this.stopping.signal.aborted;
  }

  start(): void {
    this.running ??= this.run();
  }

  async stop(): Promise<void> {
    this.stopping.abort(new Error('stopping'));
    this.stream?.cancel();
    await this.running;
  }

  private async run(): Promise<void> {
    const { signal } = this.stopping;
    for (let failures = 0; !this.isStopped();) {
      try {
        if (await this.receive()) failures = 0;
        this.logger.info({ subscription: this.subscriptionId }, 'event stream ended by the gateway');
      } catch (error) {
        if (this.isStopped()) return;
        this.logger.warn({ subscription: this.subscriptionId, err: error }, 'event stream failed');
      }
      this.open = false;
      failures += 1;
      await sleep(backoffDelay(failures, RECONNECT), signal).catch(() => undefined);
    }
  }

  /** One stream, until it ends; true if it delivered anything. */
  private async receive(): Promise<boolean> {
    const stream = this.events.openStream('Receive');
    this.stream = stream;
    const closed = new AbortController();
    let delivered = false;
    try {
      await stream.send({
        open: {
          subscriber: { ...this.subscriber },
          subscriptionId: this.subscriptionId,
          maxInFlight: MAX_IN_FLIGHT,
        },
      });
      this.open = true;
      this.logger.info({ subscription: this.subscriptionId }, 'event stream open');
      for await (const message of stream) {
        delivered = true;
        void this.handle(stream, message as EventDeliveryObject, closed.signal);
      }
      return delivered;
    } finally {
      closed.abort(new Error('the stream closed'));
    }
  }

  /** Applies and acknowledges; a malformed event is not acknowledged (the gateway dead-letters it). */
  private async handle(
    stream: ClientStream,
    delivery: EventDeliveryObject,
    closed: AbortSignal,
  ): Promise<void> {
    try {
      const event = subscriberEventOf(delivery);
      for (let attempt = 1; ; attempt += 1) {
        try {
          await this.sync.apply(event);
          break;
        } catch (error) {
          if (!(error instanceof SubscriberException) || error.code !== SubscriberErrorCode.UNAVAILABLE)
            throw error;
          this.logger.warn(
            { messageId: delivery.messageId, attempt, err: error },
            'event not applied yet; retrying',
          );
          await sleep(backoffDelay(attempt, RETRY), closed);
        }
      }
      await stream.send({ ack: { messageIds: [delivery.messageId] } });
    } catch (error) {
      if (closed.aborted) return; // delivered again on the next stream
      if (error instanceof SubscriberException && error.code === SubscriberErrorCode.MALFORMED_EVENT) {
        this.observers.stats.rejected();
        this.observers.metrics.rejected('stream');
        this.logger.error(
          { messageId: delivery.messageId, eventType: delivery.eventType, reason: error.message },
          'malformed event not acknowledged',
        );
        return;
      }
      this.logger.error({ messageId: delivery.messageId, err: error }, 'event not applied');
    }
  }
}
