import { peekHeader } from '@sild/domain-envelope';
import { Reason, type DecisionFields } from '@sild/contracts';
import {
  decisionOf,
  DecisionOutcome,
  DecisionRole,
  type Decider,
  type EnvelopeVerifier,
} from '@sild/domain-envelope';
import { contextFrom, withSpan } from '@sild/platform-telemetry';
import { admitEvent, type AdmittedEvent } from './event-admission';
import { RouterErrorCode, RouterException } from './router.exception';
import { routerMetrics } from './router.metrics';
import type { DecisionLog, InboundMessage, RoutedMessage, RouterBus } from './router.ports';
import type { EventRoute, RoutingTable } from './routing-table';
import { routes, type FollowLookup } from './subscription-route';

const ROUTER = DecisionRole.DECISION_ROLE_ROUTER;

export interface EventRouterOptions {
  /** Who records the decisions: the instance (no member) and this router process. */
  readonly decider: Decider;
  readonly clock?: () => number;
}

const positionOf = (message: InboundMessage) => ({
  topic: message.topic,
  partition: message.partition,
  offset: message.offset,
});

function kafkaHeaders(headers: InboundMessage['headers']): Record<string, Buffer> {
  const copy: Record<string, Buffer> = {};
  for (const name in headers) {
    const value = headers[name];
    if (value !== undefined) copy[name] = value;
  }
  return copy;
}

/**
 * Fans the events of event-type topics out to the approved subscriptions whose filters match:
 * verifies each envelope (signature, certificate chain and revocation, sender; no replay check,
 * the router is at-least-once), checks it is an EVENT of the topic's event type signed by the
 * type's owner, and produces the unchanged bytes with the same key and Kafka headers to every
 * matching subscription's topic.
 *
 * handle() resolves once the copies and their decisions are on Kafka (then the offset may be
 * committed); it rejects only when they could not be produced (retry: nothing is lost). The
 * copies are queued on the bus before handle() first awaits, so messages handled in offset order
 * reach each subscription topic in that order, however many are in flight. Bytes that are not an
 * envelope, and refused events, are parked on the event topic's dead-letter topic with a
 * DEAD_LETTERED or DENIED decision, and the router goes on.
 */
export class EventRouter {
  private readonly clock: () => number;

  constructor(
    private readonly verifier: EnvelopeVerifier,
    private readonly table: () => RoutingTable,
    private readonly follows: FollowLookup,
    private readonly bus: RouterBus,
    private readonly decisions: DecisionLog,
    private readonly options: EventRouterOptions,
  ) {
    this.clock = options.clock ?? Date.now;
  }

  handle(message: InboundMessage): Promise<void> {
    const route = this.table().route(message.topic);
    let admitted: AdmittedEvent;
    try {
      admitted = admitEvent(this.verifier, message, route);
    } catch (error) {
      return this.refuse(message, route, error);
    }
    return withSpan('router.route', () => this.fanOut(message, admitted), contextFrom(admitted.header));
  }

  private async fanOut(message: InboundMessage, { header, route, value }: AdmittedEvent): Promise<void> {
    const now = this.clock();
    const targets = route.subscriptions.filter((subscription) =>
      routes(subscription, header.attributes, header.subjectKey, this.follows, now),
    );
    if (targets.length === 0) {
      routerMetrics.unmatched.inc({ event_type: route.eventType });
      return;
    }
    const copy: RoutedMessage = {
      key: message.key,
      value,
      headers: kafkaHeaders(message.headers),
    };
    // queued synchronously, in the order handle() was called: see the class comment
    const sends = targets.map((target) => this.bus.send(target.topic, copy));
    await Promise.all(sends);
    routerMetrics.latency.observe(Math.max(0, this.clock() - message.timestamp) / 1000);
    const sent: DecisionFields = decisionOf(
      this.options.decider,
      { header, envelope: copy.value, position: positionOf(message) },
      { outcome: DecisionOutcome.DECISION_OUTCOME_SENT, role: ROUTER },
      this.clock(),
    );
    await Promise.all(
      targets.map((target) => {
        routerMetrics.routed.inc({ subscription: target.subscriptionId });
        return this.decisions.record({ ...sent, subscriptionId: target.subscriptionId });
      }),
    );
  }

  private async refuse(
    message: InboundMessage,
    route: EventRoute | undefined,
    error: unknown,
  ): Promise<void> {
    if (!(error instanceof RouterException)) throw error;
    const notAnEnvelope = error.code === RouterErrorCode.NOT_AN_ENVELOPE;
    if (!notAnEnvelope) routerMetrics.refused.inc({ reason: Reason[error.reason] });
    const decided = this.decisions.record(
      decisionOf(
        this.options.decider,
        {
          header: peekHeader(message.value)?.header,
          envelope: message.value ?? undefined,
          position: positionOf(message),
        },
        {
          outcome: notAnEnvelope
            ? DecisionOutcome.DECISION_OUTCOME_DEAD_LETTERED
            : DecisionOutcome.DECISION_OUTCOME_DENIED,
          role: ROUTER,
          reason: error.reason,
          detail: error.message,
        },
        this.clock(),
      ),
    );
    await Promise.all([decided, this.bus.deadLetter(message, `${Reason[error.reason]}: ${error.message}`)]);
    routerMetrics.deadLettered.inc({ event_type: route?.eventType ?? '' });
  }
}
