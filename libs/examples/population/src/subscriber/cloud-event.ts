// An event in the CloudEvents HTTP binary content mode: context attributes in `ce-` headers, the
// payload as the body, its format in Content-Type (docs/examples.md).
import type { PayloadFormat } from '../events/person-event-payloads';
import { malformed, SubscriberErrorCode, SubscriberException } from './subscriber.exception';
import type { SubscriberEvent } from './subscriber-event';

export type HttpHeaders = Readonly<Record<string, string | readonly string[] | undefined>>;

const FORMATS: Readonly<Record<string, PayloadFormat>> = {
  'application/x-protobuf': 'protobuf',
  'application/protobuf': 'protobuf',
  'application/vnd.google.protobuf': 'protobuf',
  'application/json': 'json',
};

/**
 * CloudEvents context attributes and distributed tracing; with Sild's delivery extensions (every
 * name starting with `sild`), these are not the event's header attributes.
 */
const CONTEXT = new Set([
  'specversion',
  'id',
  'source',
  'type',
  'subject',
  'time',
  'datacontenttype',
  'dataschema',
  'traceparent',
  'tracestate',
]);

const ATTRIBUTE_NAME = /^[a-z0-9]{1,20}$/;

function header(headers: HttpHeaders, name: string): string | undefined {
  const value = headers[name];
  const text = typeof value === 'string' ? value : value?.[0];
  return text === undefined ? undefined : text.trim();
}

function required(headers: HttpHeaders, name: string, max = 256): string {
  const value = header(headers, name);
  if (!value) throw malformed(`${name} is missing`);
  if (value.length > max) throw malformed(`${name} is longer than ${max} characters`);
  return value;
}

/** Header values of string attributes may be percent-encoded (CloudEvents HTTP binding 3.1.3.2). */
function decoded(name: string, value: string): string {
  try {
    return decodeURIComponent(value);
  } catch (error) {
    throw malformed(`${name} is not valid percent-encoding`, error);
  }
}

function formatOf(headers: HttpHeaders): PayloadFormat {
  const mediaType = (header(headers, 'content-type') ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  const format = FORMATS[mediaType];
  if (format === undefined) {
    throw new SubscriberException(
      SubscriberErrorCode.UNSUPPORTED_MEDIA_TYPE,
      `content-type must be one of ${Object.keys(FORMATS).join(', ')}`,
    );
  }
  return format;
}

function timeOf(headers: HttpHeaders): Date | undefined {
  const text = header(headers, 'ce-time');
  if (text === undefined || text === '') return undefined;
  const ms = Date.parse(decoded('ce-time', text));
  if (Number.isNaN(ms)) throw malformed('ce-time is not an RFC 3339 time');
  return new Date(ms);
}

/** The event of a binary-mode CloudEvents request; MALFORMED_EVENT or UNSUPPORTED_MEDIA_TYPE if not one. */
export function parseCloudEvent(headers: HttpHeaders, body: Uint8Array): SubscriberEvent {
  const version = header(headers, 'ce-specversion');
  if (version !== '1.0') throw malformed('ce-specversion must be 1.0 (CloudEvents binary content mode)');
  const sequence = required(headers, 'ce-sildsequence', 16);
  if (!/^[1-9]\d*$/.test(sequence) || !Number.isSafeInteger(Number(sequence))) {
    throw malformed('ce-sildsequence must be a positive integer');
  }
  const redelivery = header(headers, 'ce-sildredelivery') ?? 'false';
  if (redelivery !== 'true' && redelivery !== 'false')
    throw malformed('ce-sildredelivery must be true or false');
  const attributes: Record<string, string> = {};
  for (const name of Object.keys(headers)) {
    const key = name.toLowerCase();
    if (!key.startsWith('ce-')) continue;
    const attribute = key.slice(3);
    if (CONTEXT.has(attribute) || attribute.startsWith('sild')) continue;
    if (!ATTRIBUTE_NAME.test(attribute)) throw malformed(`${key} is not a CloudEvents attribute name`);
    attributes[attribute] = decoded(key, header(headers, key) ?? '');
  }
  const subscription = header(headers, 'ce-sildsubscription');
  const payloadType = header(headers, 'ce-sildpayloadtype');
  return {
    messageId: decoded('ce-id', required(headers, 'ce-id')),
    eventType: decoded('ce-type', required(headers, 'ce-type')),
    subjectKey: decoded('ce-subject', required(headers, 'ce-subject')),
    subjectSequence: Number(sequence),
    attributes,
    payload: body,
    format: formatOf(headers),
    createdAt: timeOf(headers),
    subscriptionId: subscription ? decoded('ce-sildsubscription', subscription) : undefined,
    payloadType: payloadType ? decoded('ce-sildpayloadtype', payloadType) : undefined,
    redelivery: redelivery === 'true',
  };
}
