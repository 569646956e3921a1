import { peekHeader } from '@sild/domain-envelope';
import { Reason } from '@sild/contracts';
import {
  decisionOf,
  DecisionOutcome,
  DecisionRole,
  type Decider,
  type DecisionSubject,
  type EnvelopeVerifier,
} from '@sild/domain-envelope';
import { sameClient, type ClientRef } from '@sild/registry-config';
import type { FollowIndex } from './follow-index';
import { pairOf, readIndication, refused, type Indication } from './follow-indication';
import { RouterException } from './router.exception';
import { routerMetrics } from './router.metrics';
import type { DecisionLog, InboundMessage } from './router.ports';
import type { RoutingTable } from './routing-table';

/** How long an indication for a subscription the registry view does not know yet waits for it. */
export const FOLLOW_GRACE_MS = 30_000;

export interface FollowIntakeOptions {
  readonly decider: Decider;
  readonly graceMs?: number;
  readonly clock?: () => number;
}

/**
 * Reads the compacted follows topic into the FollowIndex. Each indication is verified as of the
 * moment it was written (its Kafka timestamp: an open-ended or long interest outlives its
 * envelope's expiry), must be a MANAGEMENT envelope with a FollowIndication for the pair its key
 * names, and must be signed by the subscription's subscriber subsystem. An indication for a
 * subscription the registry view does not know yet waits up to the grace period for it (see
 * settle()); then it is refused. Every refusal is a DENIED decision; nothing is dead-lettered.
 */
export class FollowIntakeService {
  private readonly pending = new Map<string, Indication & { readonly seenAtMs: number }>();
  private readonly clock: () => number;

  constructor(
    private readonly verifier: EnvelopeVerifier,
    private readonly table: () => RoutingTable,
    private readonly index: FollowIndex,
    private readonly decisions: DecisionLog,
    private readonly options: FollowIntakeOptions,
  ) {
    this.clock = options.clock ?? Date.now;
  }

  async handle(message: InboundMessage): Promise<void> {
    const pair = pairOf(message.key);
    const key = message.key?.toString('utf8') ?? '';
    this.pending.delete(key);
    if (message.value === null && pair) {
      this.index.forget(pair.subscriptionId, pair.subjectKey);
      routerMetrics.follows.inc({ outcome: 'forgotten', reason: '' });
      return;
    }
    let indication: Indication;
    try {
      indication = readIndication(this.verifier, message, pair);
    } catch (error) {
      if (!(error instanceof RouterException)) throw error;
      const subject = {
        header: peekHeader(message.value)?.header,
        envelope: message.value ?? undefined,
        position: { topic: message.topic, partition: message.partition, offset: message.offset },
      };
      return this.refuse(subject, pair?.subscriptionId ?? '', error);
    }
    const subscriber = this.table().subscriberOf(indication.entry.subscriptionId);
    if (subscriber) return this.place(indication, subscriber);
    this.pending.set(key, { ...indication, seenAtMs: this.clock() });
  }

  /**
   * Decides the indications waiting for their subscription: applied or refused once the view
   * knows it, refused (NOT_FOUND) once the grace period is over. Call it after each registry
   * view change and now and then.
   */
  async settle(): Promise<void> {
    const now = this.clock();
    const table = this.table();
    const decided: Promise<void>[] = [];
    for (const [key, indication] of this.pending) {
      const subscriber = table.subscriberOf(indication.entry.subscriptionId);
      if (subscriber) decided.push(this.place(indication, subscriber));
      else if (now - indication.seenAtMs >= (this.options.graceMs ?? FOLLOW_GRACE_MS)) {
        const { subscriptionId } = indication.entry;
        const error = refused(Reason.REASON_NOT_FOUND, `subscription ${subscriptionId} does not exist`);
        decided.push(this.refuse(indication.subject, subscriptionId, error));
      } else continue;
      this.pending.delete(key);
    }
    await Promise.all(decided);
  }

  /** Indications waiting for their subscription to appear in the registry view. */
  get waiting(): number {
    return this.pending.size;
  }

  private async place(indication: Indication, subscriber: ClientRef): Promise<void> {
    const { entry, sender, subject } = indication;
    if (!sameClient(sender, subscriber)) {
      const error = refused(
        Reason.REASON_ACCESS_DENIED,
        `only the subscriber of subscription ${entry.subscriptionId} may follow subjects for it`,
      );
      return this.refuse(subject, entry.subscriptionId, error);
    }
    const change = this.index.apply(entry);
    routerMetrics.follows.inc({ outcome: change, reason: '' });
    return Promise.resolve();
  }

  private async refuse(
    subject: DecisionSubject,
    subscriptionId: string,
    error: RouterException,
  ): Promise<void> {
    routerMetrics.follows.inc({ outcome: 'refused', reason: Reason[error.reason] });
    await this.decisions.record(
      decisionOf(
        this.options.decider,
        subject,
        {
          outcome: DecisionOutcome.DECISION_OUTCOME_DENIED,
          role: DecisionRole.DECISION_ROLE_ROUTER,
          reason: error.reason,
          detail: error.message,
          subscriptionId,
        },
        this.clock(),
      ),
    );
  }
}
