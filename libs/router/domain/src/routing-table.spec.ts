import { describe, expect, it } from 'vitest';
import { eventTopic, subscriptionTopic } from '@sild/contracts';
import { RoutingTable } from './index';
import {
  AMSTERDAM,
  BRP,
  EVENT_TOPIC,
  EVENT_TYPE,
  INSTANCE,
  ROTTERDAM,
  eventTypeEntity,
  subscriptionEntity,
  tableOf,
} from './testing';

const BIRTHS = 'nl.brp.person.born.v1';

describe('RoutingTable', () => {
  const subscriptions = [
    subscriptionEntity({ id: 'a1' }),
    subscriptionEntity({ id: 'r1', subscriber: ROTTERDAM, status: 'REQUESTED' }),
    subscriptionEntity({ id: 'r2', subscriber: ROTTERDAM, status: 'REVOKED' }),
    subscriptionEntity({ id: 'b1', eventType: BIRTHS }),
    subscriptionEntity({ id: 'x1', eventType: 'nl.brp.unregistered.v1' }),
  ];
  const table = tableOf(subscriptions, [eventTypeEntity(), eventTypeEntity(BIRTHS)]);

  it('routes each registered event type from its topic to its approved subscriptions only', () => {
    const route = table.route(EVENT_TOPIC);
    expect(route).toMatchObject({ eventType: EVENT_TYPE, owner: BRP, topic: EVENT_TOPIC });
    expect(route?.subscriptions.map((s) => s.subscriptionId)).toEqual(['a1']);
    expect(table.route(eventTopic(INSTANCE, BIRTHS))?.subscriptions.map((s) => s.subscriptionId)).toEqual([
      'b1',
    ]);
    expect(table.route(eventTopic(INSTANCE, 'nl.brp.unregistered.v1'))).toBeUndefined();
    expect(table.eventTopics).toEqual([EVENT_TOPIC, eventTopic(INSTANCE, BIRTHS)]);
    expect(table.subscriptionTopics).toEqual([
      subscriptionTopic(AMSTERDAM, 'a1'),
      subscriptionTopic(AMSTERDAM, 'b1'),
    ]);
  });

  it('knows the subscriber of every subscription, whatever its status', () => {
    expect(table.subscriberOf('r2')).toEqual(ROTTERDAM);
    expect(table.subscriberOf('nope')).toBeUndefined();
  });

  it('leaves out (and reports) an approved subscription whose filter does not compile', () => {
    const broken = tableOf([
      subscriptionEntity({ id: 'bad', filterJson: '{"sql":"x"}' }),
      subscriptionEntity({ id: 'a1' }),
    ]);
    expect(broken.route(EVENT_TOPIC)?.subscriptions.map((s) => s.subscriptionId)).toEqual(['a1']);
    expect(broken.problems).toEqual([
      { subscriptionId: 'bad', message: expect.stringContaining('sql') as string },
    ]);
  });

  it('reuses the compiled routes of unchanged subscriptions and recompiles changed ones', () => {
    const first = tableOf(subscriptions);
    const changed = subscriptionEntity({ id: 'a1', filterJson: '{"exact":{"municipality":"0363"}}' });
    const unchanged = RoutingTable.build(
      INSTANCE,
      { version: '2', eventTypes: [eventTypeEntity()], subscriptions },
      first,
    );
    expect(unchanged.route(EVENT_TOPIC)?.subscriptions[0]).toBe(first.route(EVENT_TOPIC)?.subscriptions[0]);
    const next = RoutingTable.build(
      INSTANCE,
      { version: '3', eventTypes: [eventTypeEntity()], subscriptions: [changed] },
      first,
    );
    expect(next.route(EVENT_TOPIC)?.subscriptions[0]).not.toBe(first.route(EVENT_TOPIC)?.subscriptions[0]);
    expect(next.route(EVENT_TOPIC)?.subscriptions[0]?.byAttributes({ municipality: '0599' })).toBe(false);
  });

  it('restricts routes to existing topics (revocations apply before new topics exist)', () => {
    const two = tableOf([
      subscriptionEntity({ id: 'a1' }),
      subscriptionEntity({ id: 'r3', subscriber: ROTTERDAM }),
    ]);
    const restricted = two.restrictedTo(new Set([subscriptionTopic(ROTTERDAM, 'r3')]));
    expect(restricted.route(EVENT_TOPIC)?.subscriptions.map((s) => s.subscriptionId)).toEqual(['r3']);
    expect(restricted.subscriberOf('a1')).toEqual(AMSTERDAM);
    expect(RoutingTable.empty(INSTANCE).routes).toEqual([]);
  });
});
