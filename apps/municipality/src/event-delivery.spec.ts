import { describe, expect, it } from 'vitest';
import { SubscriberErrorCode } from '@sild/examples-population';
import { subscriberEventOf, type EventDeliveryObject } from './event-delivery';

const delivery: EventDeliveryObject = {
  subscriptionId: 'sub-1',
  messageId: '0198a000-0000-7000-8000-000000000001',
  eventType: 'nl.brp.person.renamed.v1',
  subjectKey: 'k1',
  subjectSequence: '3',
  attributes: { municipality: '0363', revision: '4' },
  payload: Buffer.from([1, 2]),
  payloadType: 'type.googleapis.com/sild.examples.population.v1.NameChanged',
  payloadEncoding: 'PAYLOAD_ENCODING_PROTOBUF',
  createdAt: { seconds: '1772366400', nanos: 250_000_000 },
  redelivery: true,
};

describe('subscriberEventOf (Receive stream deliveries)', () => {
  it('reads an EventDelivery as proto-loader hands it over', () => {
    expect(subscriberEventOf(delivery)).toEqual({
      messageId: delivery.messageId,
      eventType: delivery.eventType,
      subjectKey: 'k1',
      subjectSequence: 3,
      attributes: { municipality: '0363', revision: '4' },
      payload: delivery.payload,
      format: 'protobuf',
      payloadType: delivery.payloadType,
      createdAt: new Date('2026-03-01T12:00:00.250Z'),
      subscriptionId: 'sub-1',
      redelivery: true,
    });
    expect(
      subscriberEventOf({ ...delivery, payloadEncoding: 'PAYLOAD_ENCODING_JSON', createdAt: null }),
    ).toMatchObject({
      format: 'json',
      createdAt: undefined,
    });
  });

  it('refuses a delivery without what the table needs', () => {
    const malformed: unknown = expect.objectContaining({ code: SubscriberErrorCode.MALFORMED_EVENT });
    expect(() => subscriberEventOf({ ...delivery, subjectSequence: '0' })).toThrow(malformed);
    expect(() => subscriberEventOf({ ...delivery, messageId: '' })).toThrow(malformed);
    expect(() =>
      subscriberEventOf({ ...delivery, payloadEncoding: 'PAYLOAD_ENCODING_OCTET_STREAM' }),
    ).toThrow(malformed);
  });
});
