import type { BusMessage, BusPosition, EnvelopeBus } from '@sild/gateway-domain';
import type { BatchingProducer, TopicAdmin } from '@sild/platform-kafka';

/** How long "this topic does not exist" is believed before the broker is asked again. */
const MISSING_TTL_MS = 2_000;

/** The gateway's envelopes onto Kafka, with a cache of which request topics exist. */
export class KafkaEnvelopeBus implements EnvelopeBus {
  private readonly known = new Set<string>();
  private readonly missing = new Map<string, number>();

  constructor(
    private readonly producer: BatchingProducer,
    private readonly admin: TopicAdmin,
  ) {}

  /** Batched with whatever else is being sent: the message's own partition and offset stay unknown. */
  async send(topic: string, message: BusMessage): Promise<BusPosition> {
    await this.producer.send(topic, {
      key: message.key,
      value: Buffer.from(message.value),
      headers: message.headers,
    });
    return { topic, partition: -1, offset: '-1' };
  }

  async topicExists(topic: string): Promise<boolean> {
    if (this.known.has(topic)) return true;
    const checkedAt = this.missing.get(topic);
    if (checkedAt !== undefined && Date.now() - checkedAt < MISSING_TTL_MS) return false;
    const exists = (await this.admin.listTopics()).includes(topic);
    if (exists) {
      this.known.add(topic);
      this.missing.delete(topic);
    } else {
      this.missing.set(topic, Date.now());
    }
    return exists;
  }
}
