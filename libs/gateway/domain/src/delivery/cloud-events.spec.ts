import { describe, expect, it } from 'vitest';
import { PayloadEncoding } from '@sild/contracts';
import { cloudEventHeaders, percentEncode } from './cloud-events';
import { deliverable, SUBSCRIPTION_ID } from './testing';

const event = { ...deliverable('019b7a3a-0000-7000-8000-000000000001', 'k:7f3a'), attempt: 2 };

describe('CloudEvents HTTP binary mode', () => {
  it('maps the event to ce- headers, with Sild extensions and the trace', () => {
    expect(
      cloudEventHeaders(
        {
          ...event,
          subjectSequence: 12,
          traceparent: '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01',
          attributes: { municipality: '0363' },
        },
        '00-4bf92f3577b34da6a3ce929d0e0e4736-1111111111111111-01',
      ),
    ).toEqual({
      'content-type': 'application/json',
      'ce-specversion': '1.0',
      'ce-id': '019b7a3a-0000-7000-8000-000000000001',
      'ce-source': 'sild:NL/GOV/00000001/brp',
      'ce-type': 'nl.brp.person.relocated.v1',
      'ce-subject': 'k:7f3a',
      'ce-time': '2026-03-01T12:00:00.000Z',
      'ce-sildsubscription': SUBSCRIPTION_ID,
      'ce-sildsequence': '12',
      'ce-sildpayloadtype': 'type.googleapis.com/x',
      'ce-sildattempt': '2',
      'ce-traceparent': '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01',
      traceparent: '00-4bf92f3577b34da6a3ce929d0e0e4736-1111111111111111-01',
      'ce-municipality': '0363',
    });
  });

  it('marks redeliveries, types protobuf and opaque payloads, and skips attributes named like CloudEvents ones', () => {
    const headers = cloudEventHeaders({
      ...event,
      redelivery: true,
      payloadEncoding: PayloadEncoding.PAYLOAD_ENCODING_PROTOBUF,
      attributes: { type: 'x', id: 'y', sildsequence: '9', traceparent: 'z', kind: 'birth' },
    });
    expect(headers).toMatchObject({
      'content-type': 'application/protobuf',
      'ce-sildredelivery': 'true',
      'ce-type': 'nl.brp.person.relocated.v1',
      'ce-sildsequence': '1',
      'ce-kind': 'birth',
    });
    expect(headers['ce-id']).toBe(event.messageId);
    expect(headers['ce-traceparent']).toBeUndefined();
    expect(
      cloudEventHeaders({ ...event, payloadEncoding: PayloadEncoding.PAYLOAD_ENCODING_OCTET_STREAM })[
        'content-type'
      ],
    ).toBe('application/octet-stream');
  });

  it('percent-encodes space, quote, percent and non-ASCII in values', () => {
    expect(percentEncode('Den Haag "centrum" 100% ü')).toBe('Den%20Haag%20%22centrum%22%20100%25%20%C3%BC');
    expect(percentEncode('plain-value_1.2:3')).toBe('plain-value_1.2:3');
  });
});
