import { Reason, type Header } from '@sild/contracts';
import {
  decisionOf,
  DecisionOutcome,
  DecisionRole,
  type Decider,
  type DecisionLog,
} from '@sild/domain-envelope';
import type { InboundEvent } from './delivery.model';
import type { DeadLetterSink, DeliveryClock } from './delivery.ports';
import { deliveryMetrics } from './delivery.metrics';

const SUBSCRIBER = DecisionRole.DECISION_ROLE_SUBSCRIBER;

/** Details of a decision about an event of a subscription. */
interface Detail {
  readonly reason?: Reason;
  readonly detail?: string;
  readonly attempt?: number;
  readonly durationMs?: number;
}

/**
 * What delivery leaves behind for one subscription: a decision record for every outcome, the
 * dead letters, and the metrics. Each method resolves once Kafka has what it wrote.
 */
export class DeliveryRecords {
  /** The subscription's own series, bound once (labels are not looked up per event). */
  private readonly deliveredCount;
  private readonly deliverySeconds;

  constructor(
    private readonly subscriptionId: string,
    private readonly decider: Decider,
    private readonly decisions: DecisionLog,
    private readonly deadLetters: DeadLetterSink,
    private readonly clock: DeliveryClock,
  ) {
    this.deliveredCount = deliveryMetrics.delivered.labels({ subscription: subscriptionId });
    this.deliverySeconds = deliveryMetrics.seconds.labels({ subscription: subscriptionId });
  }

  refused(message: InboundEvent, header: Header, reason: Reason, detail: string): Promise<void> {
    deliveryMetrics.refused.inc({ subscription: this.subscriptionId, reason: Reason[reason] });
    return this.decide(message, header, DecisionOutcome.DECISION_OUTCOME_DENIED, { reason, detail });
  }

  delivered(message: InboundEvent, header: Header, attempt: number, durationMs: number): Promise<void> {
    this.deliveredCount.inc();
    this.deliverySeconds.observe(durationMs / 1000);
    return this.decide(message, header, DecisionOutcome.DECISION_OUTCOME_DELIVERED, { attempt, durationMs });
  }

  /** Puts the bytes on the dead-letter topic, then records why. */
  async deadLettered(
    message: InboundEvent,
    header: Header | undefined,
    reason: Reason,
    error: string,
    attempts: number,
  ): Promise<void> {
    await this.deadLetters.park({
      subscriptionId: this.subscriptionId,
      key: header?.subjectKey ?? '',
      value: message.value ?? new Uint8Array(),
      reason,
      error,
      attempts,
      deadLetteredAtMs: this.clock.now(),
      source: { topic: message.topic, partition: message.partition, offset: message.offset },
    });
    deliveryMetrics.deadLettered.inc({ subscription: this.subscriptionId, reason: Reason[reason] });
    await this.failed(message, header, reason, error, attempts);
  }

  /** Records a failure that leaves the bytes where they are (a dead letter that stays one). */
  failed(
    message: InboundEvent,
    header: Header | undefined,
    reason: Reason,
    detail: string,
    attempt: number,
  ): Promise<void> {
    return this.decide(message, header, DecisionOutcome.DECISION_OUTCOME_DEAD_LETTERED, {
      reason,
      detail,
      attempt,
    });
  }

  private decide(
    message: InboundEvent,
    header: Header | undefined,
    outcome: DecisionOutcome,
    detail: Detail,
  ): Promise<void> {
    const position = { topic: message.topic, partition: message.partition, offset: message.offset };
    return this.decisions.record(
      decisionOf(
        this.decider,
        { header, envelope: message.value ?? undefined, position },
        { outcome, role: SUBSCRIBER, subscriptionId: this.subscriptionId, ...detail },
        this.clock.now(),
      ),
    );
  }
}
