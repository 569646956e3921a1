import { EVENT_TOPIC_PARTITIONS, eventTopic, HEADERS } from '@sild/contracts';
import type { SequenceSource } from '@sild/gateway-domain';
import type { TopicAdmin, TopicReader } from '@sild/platform-kafka';
import type { Logger } from '@sild/platform-logging';

/**
 * Prepares an event type's topic for its first publication by this process: creates it when
 * missing (EVENT_TOPIC_PARTITIONS, retention = the events' lifetime), then restores the last
 * sequence number per subject by reading it once to the end: the record key is the subject key
 * and the `sild-subject-sequence` header its number.
 */
export class KafkaSequenceSource implements SequenceSource {
  constructor(
    private readonly topics: { readonly instance: string; readonly retentionMs: number },
    private readonly admin: TopicAdmin,
    private readonly reader: TopicReader,
    private readonly groupPrefix: string,
    private readonly logger: Logger,
  ) {}

  async restore(eventType: string): Promise<Map<string, number>> {
    const topic = eventTopic(this.topics.instance, eventType);
    const counters = new Map<string, number>();
    await this.admin.ensureTopics([
      {
        name: topic,
        partitions: EVENT_TOPIC_PARTITIONS,
        config: { 'retention.ms': String(this.topics.retentionMs) },
      },
    ]);
    const started = performance.now();
    const read = await this.reader.read(topic, { groupPrefix: this.groupPrefix }, (message) => {
      const key = message.key?.toString('utf8');
      const sequence = Number(message.headers[HEADERS.subjectSequence]?.toString() ?? 0);
      if (key && sequence > (counters.get(key) ?? 0)) counters.set(key, sequence);
    });
    try {
      await read.caughtUp;
    } finally {
      await read.stop();
    }
    this.logger.info(
      {
        eventType,
        events: read.handled(),
        subjects: counters.size,
        ms: Math.round(performance.now() - started),
      },
      'publisher: subject sequences restored',
    );
    return counters;
  }
}
