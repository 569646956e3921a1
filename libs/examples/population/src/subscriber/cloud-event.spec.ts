import { describe, expect, it } from 'vitest';
import { parseCloudEvent } from './cloud-event';
import { SubscriberErrorCode } from './subscriber.exception';

const body = new Uint8Array([10, 9, 49]);
const headers = (extra: Record<string, string | undefined> = {}) => ({
  'content-type': 'application/x-protobuf',
  'ce-specversion': '1.0',
  'ce-id': '0198a000-0000-7000-8000-000000000001',
  'ce-source': 'NL/GOV/00000001/brp',
  'ce-type': 'nl.brp.person.relocated.v1',
  'ce-subject': 'c2ViamVjdC1rZXk',
  'ce-time': '2026-03-01T12:00:00.250Z',
  'ce-sildsequence': '7',
  'ce-sildsubscription': 'sub-1',
  'ce-sildredelivery': 'true',
  'ce-municipality': '0363',
  'ce-previousmunicipality': '0599',
  'ce-revision': '12',
  'ce-sildattempt': '2',
  'ce-sildpayloadtype': 'type.googleapis.com/sild.examples.population.v1.PersonRelocated',
  'ce-traceparent': '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01',
  traceparent: '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01',
  host: 'localhost',
  ...extra,
});

function refusal(h: Record<string, string | undefined>, code = SubscriberErrorCode.MALFORMED_EVENT): void {
  expect(() => parseCloudEvent(h, body)).toThrow(expect.objectContaining({ code }));
}

describe('parseCloudEvent (HTTP binary content mode)', () => {
  it('reads the context attributes, the Sild extensions, the filter attributes and the payload', () => {
    expect(parseCloudEvent(headers(), body)).toEqual({
      messageId: '0198a000-0000-7000-8000-000000000001',
      eventType: 'nl.brp.person.relocated.v1',
      subjectKey: 'c2ViamVjdC1rZXk',
      subjectSequence: 7,
      attributes: { municipality: '0363', previousmunicipality: '0599', revision: '12' },
      payload: body,
      format: 'protobuf',
      createdAt: new Date('2026-03-01T12:00:00.250Z'),
      subscriptionId: 'sub-1',
      payloadType: 'type.googleapis.com/sild.examples.population.v1.PersonRelocated',
      redelivery: true,
    });
  });

  it('takes optional attributes as absent, percent-decodes values and reads JSON payloads', () => {
    const event = parseCloudEvent(
      headers({
        'ce-time': undefined,
        'ce-sildredelivery': undefined,
        'ce-sildsubscription': undefined,
        'ce-sildpayloadtype': undefined,
        'ce-note': 'a%20b',
        'content-type': 'application/json; charset=utf-8',
      }),
      body,
    );
    expect(event).toMatchObject({
      redelivery: false,
      format: 'json',
      createdAt: undefined,
      subscriptionId: undefined,
    });
    expect(event.payloadType).toBeUndefined();
    expect(event.attributes).toEqual({
      municipality: '0363',
      previousmunicipality: '0599',
      revision: '12',
      note: 'a b',
    });
    expect(parseCloudEvent(headers({ 'content-type': 'application/protobuf' }), body).format).toBe(
      'protobuf',
    );
    expect(parseCloudEvent(headers({ 'ce-id': ['m-1', 'm-2'] as unknown as string }), body).messageId).toBe(
      'm-1',
    );
  });

  it('refuses what is not a binary-mode CloudEvent of a readable format', () => {
    refusal(headers({ 'ce-specversion': undefined }));
    refusal(headers({ 'ce-specversion': '0.3' }));
    for (const name of ['ce-id', 'ce-type', 'ce-subject', 'ce-sildsequence'])
      refusal(headers({ [name]: undefined }));
    for (const sequence of ['0', '-1', '1.5', 'x', '99999999999999999'])
      refusal(headers({ 'ce-sildsequence': sequence }));
    refusal(headers({ 'ce-time': 'yesterday' }));
    refusal(headers({ 'ce-sildredelivery': 'maybe' }));
    refusal(headers({ 'ce-id': 'x'.repeat(257) }));
    refusal(headers({ 'ce-Bad_Name': '1' }));
    refusal(headers({ 'ce-municipality': '%E0%A4%A' }));
    refusal(headers({ 'content-type': undefined }), SubscriberErrorCode.UNSUPPORTED_MEDIA_TYPE);
    refusal(headers({ 'content-type': 'text/plain' }), SubscriberErrorCode.UNSUPPORTED_MEDIA_TYPE);
  });
});
