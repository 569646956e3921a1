import { KafkaErrorCode, KafkaException, type TopicAdmin, type TopicSpec } from '@sild/platform-kafka';
import type { Logger } from '@sild/platform-logging';
import { gauge } from '@sild/platform-telemetry';
import { RoutingTable, type RoutingSource } from '@sild/router-domain';
import type { ViewChange } from '@sild/registry-view';
import type { RouterTopics } from './router.topics';

/** The registry view as route sync needs it. */
export interface RoutingView {
  state(): RoutingSource;
  onChange(listener: (change: ViewChange) => void): () => void;
}

const RETRY_MS = 1_000;

const routedGauge = gauge(
  'sild_router_subscriptions_routed',
  'Approved subscriptions the router routes to, per event type',
  ['event_type'],
);

/**
 * Keeps the routing table in step with the registry view: on each change of an event type or a
 * subscription it builds a new table (filters compiled once), applies at once what needs no new
 * topic (a revoked subscription gets nothing more from that moment), creates the missing event
 * and subscription topics (with their dead-letter topics), then routes to them too and tells
 * `changed` (the event consumer subscribes to new event topics). Changes are applied one at a
 * time; a failed refresh is retried.
 */
export class RouteSync {
  private table: RoutingTable;
  private readonly existing = new Set<string>();
  private running: Promise<void> = Promise.resolve();
  private scheduled = false;
  private stopped = false;
  private unsubscribe: () => void = () => undefined;
  changed: (table: RoutingTable) => Promise<void> = () => Promise.resolve();

  constructor(
    private readonly instance: string,
    private readonly view: RoutingView,
    private readonly admin: Pick<TopicAdmin, 'ensureTopics'>,
    private readonly topics: RouterTopics,
    private readonly logger: Logger,
  ) {
    this.table = RoutingTable.empty(instance);
  }

  /** The table events are routed by now. */
  readonly current = (): RoutingTable => this.table;

  /** Builds the first table (the view has caught up) and follows the view's changes. */
  async start(): Promise<void> {
    await this.refresh();
    this.unsubscribe = this.view.onChange((change) => {
      if (change.entity.kind === 'eventType' || change.entity.kind === 'subscription') this.schedule(0);
    });
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.unsubscribe();
    await this.running;
  }

  /** Coalesces the changes of one burst (e.g. a snapshot) into one refresh. */
  private schedule(delayMs: number): void {
    if (this.scheduled || this.stopped) return;
    this.scheduled = true;
    setTimeout(() => {
      this.scheduled = false;
      this.running = this.running
        .then(() => this.refresh())
        .catch((error: unknown) => {
          this.logger.error({ err: error }, 'routing table not refreshed; retrying');
          this.schedule(RETRY_MS);
        });
    }, delayMs);
  }

  private async refresh(): Promise<void> {
    if (this.stopped) return;
    const next = RoutingTable.build(this.instance, this.view.state(), this.table);
    this.table = next.restrictedTo(this.existing);
    const missing = [
      ...next.eventTopics.flatMap(this.topics.eventTopicSpecs),
      ...next.subscriptionTopics.flatMap(this.topics.subscriptionTopicSpecs),
    ].filter((spec) => !this.existing.has(spec.name));
    if (missing.length > 0) {
      await this.ensure(missing);
      for (const spec of missing) this.existing.add(spec.name);
    }
    this.table = next;
    for (const route of next.routes)
      routedGauge.set({ event_type: route.eventType }, route.subscriptions.length);
    for (const problem of next.problems) {
      this.logger.error(problem, 'subscription not routed: its filter does not compile');
    }
    this.logger.info(
      {
        version: next.version,
        eventTypes: next.eventTopics.length,
        subscriptions: next.subscriptionTopics.length,
      },
      'routing table',
    );
    await this.changed(next);
  }

  /** Creates missing topics; one created by someone else with other settings is used as it is. */
  private async ensure(specs: readonly TopicSpec[]): Promise<void> {
    try {
      await this.admin.ensureTopics(specs);
    } catch (error) {
      if (!(error instanceof KafkaException) || error.code !== KafkaErrorCode.TOPIC_MISMATCH) throw error;
      this.logger.warn({ err: error }, 'a topic exists with other settings than the router declares');
    }
  }
}
