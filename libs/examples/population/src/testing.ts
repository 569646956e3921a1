// Fixtures for tests of subscribers: what a publisher's and a subscriber's gateways make of
// published events (subject key, per-subject sequence per event type, message id, creation time),
// without the wire.
import { createHash } from 'node:crypto';
import type { PersonEvent } from './events/person-events';
import type { SubscriberEvent } from './subscriber/subscriber-event';

export class FakeGateway {
  private readonly sequences = new Map<string, number>();
  private messages = 0;

  constructor(private readonly clock: () => Date = () => new Date('2026-03-01T12:00:00Z')) {}

  static subjectKeyOf(subject: string): string {
    return createHash('sha256').update(`subject-key-secret/${subject}`).digest('hex').slice(0, 32);
  }

  deliver(event: PersonEvent): SubscriberEvent {
    const subjectKey = FakeGateway.subjectKeyOf(event.subject);
    const slot = `${event.eventType}/${subjectKey}`;
    const sequence = (this.sequences.get(slot) ?? 0) + 1;
    this.sequences.set(slot, sequence);
    this.messages += 1;
    return {
      messageId: `0198a000-0000-7000-8000-${this.messages.toString(16).padStart(12, '0')}`,
      eventType: event.eventType,
      subjectKey,
      subjectSequence: sequence,
      attributes: event.attributes,
      payload: event.payload,
      format: 'protobuf',
      createdAt: this.clock(),
      redelivery: false,
    };
  }
}
