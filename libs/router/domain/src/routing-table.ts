import { eventTopic } from '@sild/contracts';
import type { ClientRef, Subscription } from '@sild/registry-config';
import type { RoutingSource } from './router.ports';
import { subscriptionRoute, type SubscriptionRoute } from './subscription-route';

/** Where one event type's events come from, who may publish them, and where they go. */
export interface EventRoute {
  readonly eventType: string;
  /** The owner subsystem: the only sender whose events are routed. */
  readonly owner: ClientRef;
  /** The event type's topic (`eventTopic`). */
  readonly topic: string;
  /** Its approved subscriptions whose filters compiled. */
  readonly subscriptions: readonly SubscriptionRoute[];
}

/** A subscription left out of routing (it receives nothing until fixed). */
export interface RoutingProblem {
  readonly subscriptionId: string;
  readonly message: string;
}

interface Compiled {
  readonly source: Subscription;
  readonly route: SubscriptionRoute | undefined;
  readonly problem: string | undefined;
}

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

function compiled(source: Subscription, previous: Compiled | undefined): Compiled {
  // the registry view keeps unchanged entities as the same objects: reuse their compiled filters
  if (previous?.source === source) return previous;
  try {
    return { source, route: subscriptionRoute(source), problem: undefined };
  } catch (error) {
    return { source, route: undefined, problem: messageOf(error) };
  }
}

/**
 * The router's routes, built from the registry's event types and subscriptions once per
 * configuration change (filters are compiled here, never per event). Immutable: a change builds
 * a new table, reusing the compiled filters of subscriptions that did not change.
 */
export class RoutingTable {
  private constructor(
    readonly instance: string,
    readonly version: string,
    private readonly byTopic: ReadonlyMap<string, EventRoute>,
    private readonly compiledById: ReadonlyMap<string, Compiled>,
  ) {}

  static empty(instance: string): RoutingTable {
    return new RoutingTable(instance, '', new Map(), new Map());
  }

  static build(instance: string, source: RoutingSource, previous?: RoutingTable): RoutingTable {
    const compiledById = new Map<string, Compiled>();
    for (const subscription of source.subscriptions) {
      compiledById.set(subscription.id, compiled(subscription, previous?.compiledById.get(subscription.id)));
    }
    const byTopic = new Map<string, EventRoute>();
    for (const eventType of source.eventTypes) {
      const subscriptions: SubscriptionRoute[] = [];
      for (const entry of compiledById.values()) {
        if (entry.source.eventType !== eventType.name || entry.source.status !== 'APPROVED') continue;
        if (entry.route) subscriptions.push(entry.route);
      }
      const topic = eventTopic(instance, eventType.name);
      byTopic.set(topic, { eventType: eventType.name, owner: eventType.owner, topic, subscriptions });
    }
    return new RoutingTable(instance, source.version, byTopic, compiledById);
  }

  /** The route of an event topic; undefined when no registered event type has that topic. */
  route(topic: string): EventRoute | undefined {
    return this.byTopic.get(topic);
  }

  get routes(): readonly EventRoute[] {
    return [...this.byTopic.values()];
  }

  get eventTopics(): readonly string[] {
    return [...this.byTopic.keys()];
  }

  /** Topics of the approved subscriptions routed to. */
  get subscriptionTopics(): readonly string[] {
    return this.routes.flatMap((route) => route.subscriptions.map((s) => s.topic));
  }

  /** The subscriber of a subscription of any status (follow indications are checked against it). */
  subscriberOf(subscriptionId: string): ClientRef | undefined {
    return this.compiledById.get(subscriptionId)?.source.subscriber;
  }

  /** Approved subscriptions left out because a filter does not compile. */
  get problems(): readonly RoutingProblem[] {
    return [...this.compiledById.values()]
      .filter((entry) => entry.problem !== undefined && entry.source.status === 'APPROVED')
      .map((entry) => ({ subscriptionId: entry.source.id, message: entry.problem ?? '' }));
  }

  /**
   * The same routes without the subscriptions whose topics are not in `existing`: what can be
   * routed at once while the missing topics are being created (removals take effect at once).
   */
  restrictedTo(existing: ReadonlySet<string>): RoutingTable {
    const byTopic = new Map<string, EventRoute>();
    for (const [topic, route] of this.byTopic) {
      byTopic.set(topic, {
        ...route,
        subscriptions: route.subscriptions.filter((s) => existing.has(s.topic)),
      });
    }
    return new RoutingTable(this.instance, this.version, byTopic, this.compiledById);
  }
}
