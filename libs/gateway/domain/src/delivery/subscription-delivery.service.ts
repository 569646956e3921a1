import { Reason, type Header } from '@sild/contracts';
import type { DecisionLog, EnvelopeVerifier } from '@sild/domain-envelope';
import { contextFrom, withSpan } from '@sild/platform-telemetry';
import type { ClientRef } from '@sild/registry-config';
import { asGatewayException } from '../gateway.exception';
import { peekHeader } from '@sild/domain-envelope';
import { DeliveryRecords } from './delivery-records';
import type { DeliverableEvent, InboundEvent } from './delivery.model';
import type { DeadLetterSink, DeliveryChannel, DeliveryClock, DeliveryDirectory } from './delivery.ports';
import { admitEvent } from './event-admission';

export interface SubscriptionDeliveryOptions {
  /** The member this gateway serves. */
  readonly member: ClientRef;
  /** The subscriber subsystem (it decides, in the decision records). */
  readonly subscriber: ClientRef;
  readonly subscriptionId: string;
  readonly instanceId: string;
}

/** What the service needs besides its options. */
export interface SubscriptionDeliveryPorts {
  readonly verifier: EnvelopeVerifier;
  readonly directory: DeliveryDirectory;
  readonly channel: DeliveryChannel;
  readonly deadLetters: DeadLetterSink;
  readonly decisions: DecisionLog;
  readonly clock: DeliveryClock;
}

/** What became of an event: taken by the subscriber system, dead-lettered, or refused. */
export type DeliveryResult = 'delivered' | 'dead_lettered' | 'refused';

/**
 * What became of a dead letter delivered again: `refused` ones are dropped (recorded), `kept`
 * ones went back to the dead letters (a permanent failure), `failed` ones stay where they are.
 */
export type RedeliveryResult = 'delivered' | 'refused' | 'kept' | 'failed';

/**
 * Delivery of one subscription's events: each is checked end to end (admitEvent), handed to the
 * subscriber system through the subscription's channel (webhook or Receive streams), and
 * dead-lettered when the channel gives up. Every outcome is a decision record. handle() resolves
 * once the outcome is durable, so the consumer may commit; it rejects only when `signal` aborts.
 */
export class SubscriptionDelivery {
  readonly channel: DeliveryChannel;
  private readonly records: DeliveryRecords;
  private readonly reading = new Map<symbol, number>();
  private lastDeliveredAt: number | undefined;

  constructor(
    private readonly ports: SubscriptionDeliveryPorts,
    private readonly options: SubscriptionDeliveryOptions,
  ) {
    this.channel = ports.channel;
    const decider = { member: options.subscriber, instanceId: options.instanceId };
    this.records = new DeliveryRecords(
      options.subscriptionId,
      decider,
      ports.decisions,
      ports.deadLetters,
      ports.clock,
    );
  }

  get subscriptionId(): string {
    return this.options.subscriptionId;
  }

  /** Kafka times of the oldest event being delivered and of the newest one delivered. */
  lagTimes(): { readonly oldestPendingAt?: number; readonly lastDeliveredAt?: number } {
    const pending = [...this.reading.values()];
    return {
      ...(pending.length > 0 ? { oldestPendingAt: Math.min(...pending) } : {}),
      ...(this.lastDeliveredAt === undefined ? {} : { lastDeliveredAt: this.lastDeliveredAt }),
    };
  }

  /** Delivers an event of the subscription topic (live, or again in a replay). */
  async handle(message: InboundEvent, signal: AbortSignal, redelivery = false): Promise<DeliveryResult> {
    const token = Symbol();
    this.reading.set(token, message.timestamp);
    try {
      const header = peekHeader(message.value)?.header;
      if (!message.value || !header) {
        await this.records.deadLettered(message, undefined, Reason.REASON_MALFORMED, 'not an envelope', 0);
        return 'dead_lettered';
      }
      const bytes = message.value;
      return await withSpan(
        'gateway.deliver',
        async () => {
          const event = await this.admit(bytes, header, message, redelivery);
          if (!event) return 'refused';
          const started = this.ports.clock.now();
          const outcome = await this.channel.deliver(event, signal);
          if (outcome.delivered) {
            await this.delivered(message, header, outcome.attempts, started);
            return 'delivered';
          }
          const { error, attempts } = outcome;
          await this.records.deadLettered(message, header, Reason.REASON_DELIVERY_FAILED, error, attempts);
          return 'dead_lettered';
        },
        contextFrom(header),
      );
    } finally {
      this.reading.delete(token);
    }
  }

  /** Delivers a dead letter again (a redrive); see RedeliveryResult. */
  async redeliver(message: InboundEvent, signal: AbortSignal): Promise<RedeliveryResult> {
    const header = peekHeader(message.value)?.header;
    if (!message.value || !header) {
      const detail = 'redrive: not an envelope; dropped';
      await this.records.failed(message, undefined, Reason.REASON_MALFORMED, detail, 0);
      return 'refused';
    }
    const event = await this.admit(message.value, header, message, true);
    if (!event) return 'refused';
    const started = this.ports.clock.now();
    const outcome = await this.channel.deliver(event, signal);
    if (outcome.delivered) {
      await this.delivered(message, header, outcome.attempts, started);
      return 'delivered';
    }
    const { error, attempts } = outcome;
    if (outcome.permanent) {
      await this.records.deadLettered(message, header, Reason.REASON_DELIVERY_FAILED, error, attempts);
      return 'kept';
    }
    await this.records.failed(message, header, Reason.REASON_DELIVERY_FAILED, `redrive: ${error}`, attempts);
    return 'failed';
  }

  /** The event if it passes every check; otherwise the refusal is recorded and undefined returned. */
  private async admit(
    bytes: Uint8Array,
    header: Header,
    message: InboundEvent,
    redelivery: boolean,
  ): Promise<DeliverableEvent | undefined> {
    try {
      return admitEvent(bytes, this.ports.verifier, this.ports.directory, this.options, redelivery);
    } catch (error) {
      const refusal = asGatewayException(error);
      await this.records.refused(message, header, refusal.reason, refusal.message);
      return undefined;
    }
  }

  private async delivered(message: InboundEvent, header: Header, attempts: number, started: number) {
    this.lastDeliveredAt = Math.max(this.lastDeliveredAt ?? 0, message.timestamp);
    await this.records.delivered(message, header, attempts, this.ports.clock.now() - started);
  }
}
