import { describe, expect, it } from 'vitest';
import { deadLetterTopic, subscriptionTopic } from '@sild/contracts';
import { KafkaErrorCode, KafkaException, type TopicSpec } from '@sild/platform-kafka';
import { testLogger } from '@sild/platform-kafka/testing';
import type { ViewChange } from '@sild/registry-view';
import type { RoutingSource, RoutingTable } from '@sild/router-domain';
import {
  AMSTERDAM,
  EVENT_TOPIC,
  INSTANCE,
  ROTTERDAM,
  eventTypeEntity,
  subscriptionEntity,
} from '@sild/router-domain/testing';
import { RouteSync } from './route-sync';
import { routerTopics } from './router.topics';

class FakeView {
  current: RoutingSource = {
    version: '1',
    eventTypes: [eventTypeEntity()],
    subscriptions: [subscriptionEntity({ id: 'a' })],
  };
  private readonly listeners = new Set<(change: ViewChange) => void>();

  state(): RoutingSource {
    return this.current;
  }

  onChange(listener: (change: ViewChange) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  change(next: Partial<RoutingSource>): void {
    this.current = { ...this.current, ...next };
    const entity = { kind: 'subscription', value: this.current.subscriptions[0] } as ViewChange['entity'];
    for (const listener of this.listeners)
      listener({ version: this.current.version, changedAt: new Date(), entity });
  }
}

/** Creates topics when `gate` (if set) resolves; `failures` makes the next calls throw. */
class FakeAdmin {
  readonly created: string[] = [];
  gate: Promise<void> | undefined;
  failures: Error[] = [];

  async ensureTopics(specs: readonly TopicSpec[]): Promise<void> {
    await this.gate;
    const failure = this.failures.shift();
    if (failure) throw failure;
    this.created.push(...specs.map((spec) => spec.name));
  }
}

const routedTo = (table: RoutingTable) =>
  table.route(EVENT_TOPIC)?.subscriptions.map((s) => s.subscriptionId);
const tick = (ms = 20) => new Promise((resolve) => setTimeout(resolve, ms));

function sync() {
  const view = new FakeView();
  const admin = new FakeAdmin();
  const routes = new RouteSync(INSTANCE, view, admin, routerTopics(INSTANCE, 86_400_000), testLogger());
  const changes: RoutingTable[] = [];
  routes.changed = (table) => {
    changes.push(table);
    return Promise.resolve();
  };
  return { view, admin, routes, changes };
}

describe('RouteSync', () => {
  it('creates the event and subscription topics with their dead-letter topics before routing to them', async () => {
    const { admin, routes, changes } = sync();
    await routes.start();
    const topic = subscriptionTopic(AMSTERDAM, 'a');
    expect(admin.created).toEqual([EVENT_TOPIC, deadLetterTopic(EVENT_TOPIC), topic, deadLetterTopic(topic)]);
    expect(routedTo(routes.current())).toEqual(['a']);
    expect(changes).toHaveLength(1);
    await routes.stop();
  });

  it('stops routing to a revoked subscription at once, while a new one waits for its topic', async () => {
    const { view, admin, routes } = sync();
    await routes.start();
    let release: () => void = () => undefined;
    admin.gate = new Promise((resolve) => (release = resolve));
    view.change({
      version: '2',
      subscriptions: [
        subscriptionEntity({ id: 'a', status: 'REVOKED' }),
        subscriptionEntity({ id: 'r', subscriber: ROTTERDAM }),
      ],
    });
    await tick();
    expect(routedTo(routes.current())).toEqual([]);
    release();
    await tick();
    expect(routedTo(routes.current())).toEqual(['r']);
    expect(admin.created).toContain(subscriptionTopic(ROTTERDAM, 'r'));
    await routes.stop();
  });

  it('uses a topic that exists with other settings, and retries a refresh that failed', async () => {
    const { view, admin, routes } = sync();
    admin.failures.push(new KafkaException(KafkaErrorCode.TOPIC_MISMATCH, 'retention differs'));
    await routes.start();
    expect(routedTo(routes.current())).toEqual(['a']);

    admin.failures.push(new KafkaException(KafkaErrorCode.UNAVAILABLE, 'broker down'));
    view.change({ version: '2', subscriptions: [subscriptionEntity({ id: 'r', subscriber: ROTTERDAM })] });
    await tick();
    expect(routedTo(routes.current())).toEqual([]);
    await tick(1_200);
    expect(routedTo(routes.current())).toEqual(['r']);
    await routes.stop();
  });
});
