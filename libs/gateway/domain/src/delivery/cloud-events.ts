import { PayloadEncoding } from '@sild/contracts';
import { clientKey } from '@sild/registry-config';
import type { EventDelivery } from './delivery.model';

/** Content types of payload encodings (the CloudEvents `datacontenttype`). */
const CONTENT_TYPES: Readonly<Record<number, string>> = {
  [PayloadEncoding.PAYLOAD_ENCODING_PROTOBUF]: 'application/protobuf',
  [PayloadEncoding.PAYLOAD_ENCODING_JSON]: 'application/json',
  [PayloadEncoding.PAYLOAD_ENCODING_OCTET_STREAM]: 'application/octet-stream',
};

/** CloudEvents context attribute names (core and the extensions below) an event attribute may not take. */
const RESERVED = new Set([
  'specversion',
  'id',
  'source',
  'type',
  'subject',
  'time',
  'datacontenttype',
  'dataschema',
  'data',
  'traceparent',
  'tracestate',
]);

/**
 * Percent-encodes what the CloudEvents HTTP binding requires in header values: space, `"`, `%`
 * and everything outside printable ASCII (as UTF-8 bytes).
 */
export function percentEncode(value: string): string {
  let out = '';
  for (const byte of Buffer.from(value, 'utf8')) {
    out +=
      byte > 0x20 && byte < 0x7f && byte !== 0x22 && byte !== 0x25
        ? String.fromCharCode(byte)
        : `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return out;
}

/**
 * The HTTP headers of an event in the CloudEvents HTTP binary content mode (the body is the
 * payload): core attributes, Sild extensions (`sild*`), distributed tracing, and each header
 * attribute of the event as `ce-<name>` unless the name is a CloudEvents or Sild attribute.
 */
export function cloudEventHeaders(
  event: EventDelivery,
  traceparent = event.traceparent,
): Record<string, string> {
  const headers: Record<string, string> = {
    'content-type': CONTENT_TYPES[event.payloadEncoding] ?? 'application/octet-stream',
    'ce-specversion': '1.0',
    'ce-id': event.messageId,
    'ce-source': percentEncode(`sild:${clientKey(event.publisher)}`),
    'ce-type': event.eventType,
    'ce-subject': percentEncode(event.subjectKey),
    'ce-time': new Date(event.createdAtMs).toISOString(),
    'ce-sildsubscription': percentEncode(event.subscriptionId),
    'ce-sildsequence': String(event.subjectSequence),
    'ce-sildpayloadtype': percentEncode(event.payloadType),
    'ce-sildattempt': String(event.attempt),
  };
  if (event.redelivery) headers['ce-sildredelivery'] = 'true';
  if (event.traceparent) headers['ce-traceparent'] = event.traceparent;
  if (traceparent) headers['traceparent'] = traceparent;
  for (const [name, value] of Object.entries(event.attributes)) {
    if (!RESERVED.has(name) && !name.startsWith('sild')) headers[`ce-${name}`] = percentEncode(value);
  }
  return headers;
}
