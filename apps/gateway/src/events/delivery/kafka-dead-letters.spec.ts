import { describe, expect, it } from 'vitest';
import { MessageKind, PayloadEncoding, Reason } from '@sild/contracts';
import { gatewayWorld, BRP } from '@sild/gateway-domain/testing';
import type { ConsumedMessage } from '@sild/platform-kafka';
import { deadLetterEntry, deadLetterRecord } from './kafka-dead-letters';
import { rangeSize } from './topic-range';

const world = gatewayWorld();

/** A record as it comes back from the dead-letter topic. */
const consumed = (record: ReturnType<typeof deadLetterRecord>, timestamp = 0): ConsumedMessage => ({
  topic: 'dlq',
  partition: 0,
  offset: '0',
  key: record.key ? Buffer.from(record.key) : null,
  value: record.value ? Buffer.from(record.value) : null,
  headers: Object.fromEntries(
    Object.entries(record.headers ?? {}).map(([name, value]) => [name, Buffer.from(value)]),
  ),
  timestamp,
});

describe('delivery dead letters on Kafka', () => {
  it('keep the envelope, keyed by subject, with why, how often and when; read back for listing', async () => {
    const signed = await world.providerSigner.sign(
      {
        kind: MessageKind.MESSAGE_KIND_EVENT,
        sender: BRP,
        eventType: { name: 'nl.brp.person.relocated.v1' },
        payloadType: 'type.googleapis.com/x',
        payloadEncoding: PayloadEncoding.PAYLOAD_ENCODING_JSON,
        subjectKey: 'k7f3a',
        subjectSequence: 12,
      },
      Buffer.from('{}'),
    );
    const record = deadLetterRecord({
      subscriptionId: 'sub-1',
      key: 'k7f3a',
      value: signed.bytes,
      reason: Reason.REASON_DELIVERY_FAILED,
      error: 'HTTP 503 from the webhook',
      attempts: 8,
      deadLetteredAtMs: Date.parse('2026-03-01T12:00:00Z'),
      source: { topic: 'sild.sub.NL.MUN.0363.burgerzaken.sub-1', partition: 4, offset: '77' },
    });
    expect(record.key).toBe('k7f3a');
    expect(record.headers).toEqual({
      'sild-dlq-source-topic': 'sild.sub.NL.MUN.0363.burgerzaken.sub-1',
      'sild-dlq-source-partition': '4',
      'sild-dlq-source-offset': '77',
      'sild-dlq-error': 'HTTP 503 from the webhook',
      'sild-dlq-attempts': '8',
      'sild-dlq-reason': 'REASON_DELIVERY_FAILED',
      'sild-dlq-at': '2026-03-01T12:00:00.000Z',
      'sild-dlq-subscription': 'sub-1',
    });
    expect(deadLetterEntry(consumed(record))).toEqual({
      messageId: signed.messageId,
      eventType: 'nl.brp.person.relocated.v1',
      subjectKey: 'k7f3a',
      subjectSequence: 12,
      reason: Reason.REASON_DELIVERY_FAILED,
      error: 'HTTP 503 from the webhook',
      attempts: 8,
      deadLetteredAtMs: Date.parse('2026-03-01T12:00:00Z'),
    });
  });

  it('list bytes that are not an envelope with what is known', () => {
    const record = deadLetterRecord({
      subscriptionId: 'sub-1',
      key: '',
      value: Buffer.from('garbage'),
      reason: Reason.REASON_MALFORMED,
      error: 'not an envelope',
      attempts: 0,
      deadLetteredAtMs: 5_000,
      source: { topic: 't', partition: 0, offset: '1' },
    });
    expect(record.key).toBeNull();
    expect(deadLetterEntry({ ...consumed(record, 9), headers: {} })).toEqual({
      messageId: '',
      eventType: '',
      subjectKey: '',
      subjectSequence: 0,
      reason: Reason.REASON_UNSPECIFIED,
      error: '',
      attempts: 0,
      deadLetteredAtMs: 9,
    });
  });

  it('count the messages of a range', () => {
    expect(
      rangeSize({
        topic: 't',
        starts: new Map([
          [0, 5n],
          [1, 9n],
        ]),
        ends: new Map([
          [0, 8n],
          [1, 9n],
          [2, 4n],
        ]),
      }),
    ).toBe(3);
  });
});
