import { readinessCheck, type ReadinessCheck } from '@sild/platform-health';
import type { TopicAdmin } from '@sild/platform-kafka';
import { registryViewReadiness, type RegistryView } from '@sild/registry-view';
import type { EventConsumer } from './event-consumer';
import type { FollowsReader } from './follows-reader';

/** Ready when Kafka answers, the registry view is current, the follows are read and events consumed. */
export function routerReadiness(parts: {
  readonly admin: TopicAdmin;
  readonly view: RegistryView;
  readonly events: EventConsumer;
  readonly follows: FollowsReader;
  readonly maxViewAgeMs: number;
}): ReadinessCheck[] {
  const { events, follows } = parts;
  return [
    readinessCheck('kafka', async () => ({ brokers: await parts.admin.ping() })),
    readinessCheck(
      'registry-view',
      registryViewReadiness(parts.view, parts.maxViewAgeMs > 0 ? { maxAgeMs: parts.maxViewAgeMs } : {}),
    ),
    readinessCheck('follows', () =>
      follows.caughtUp
        ? Promise.resolve({ indications: follows.handled })
        : Promise.reject(new Error('the follows topic has not been read to its end yet')),
    ),
    readinessCheck('events', () => {
      const partitions = Object.values(events.assignment).reduce((sum, list) => sum + list.length, 0);
      if (!events.isStarted) return Promise.reject(new Error('the event consumer has not started yet'));
      if (events.topics.length === 0) return Promise.resolve({ eventTopics: 0 });
      return events.isRunning && partitions > 0
        ? Promise.resolve({ eventTopics: events.topics.length, partitions })
        : Promise.reject(new Error('the event consumer has no partitions yet'));
    }),
  ];
}
