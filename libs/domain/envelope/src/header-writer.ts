// A fast serializer for sild.v1.Header, used on the signing path. It writes the same bytes as the
// generated `wire.Header.encode` (fields in number order, proto3 defaults omitted) into a reused
// scratch buffer, which takes a fraction of protobufjs' Writer time. Inputs it does not handle
// (negative 64-bit values, headers over the scratch size) fall back to the generated encoder.
// header-writer.spec.ts checks the bytes against the generated code and fails when header.proto
// gains a field this writer does not know.
import {
  wire,
  type ClientId,
  type EventTypeId,
  type HeaderFields,
  type ServiceId,
  type Timestamp,
} from '@sild/contracts';
import { timestampOf, type Int64 } from './protobuf-values';
import { TBS_CONTEXT, toBeSigned } from './to-be-signed';

/** Field numbers this writer encodes, per message (checked against proto/ in the spec). */
export const HEADER_WRITER_FIELDS = {
  'sild.v1.Header': 24,
  'sild.v1.ClientId': 4,
  'sild.v1.ServiceId': 3,
  'sild.v1.EventTypeId': 1,
  'google.protobuf.Timestamp': 2,
} as const;

class Fallback extends Error {}

const scratch = Buffer.allocUnsafe(64 * 1024);
let pos = 0;

function ensure(bytes: number): void {
  if (pos + bytes > scratch.length) throw new Fallback();
}

function varint(value: number): void {
  let rest = value;
  while (rest >= 0x80) {
    scratch[pos++] = (rest & 0x7f) | 0x80;
    rest = Math.floor(rest / 128);
  }
  scratch[pos++] = rest;
}

const key = (field: number, wireType: number): void => {
  varint(field * 8 + wireType);
};

function string(field: number, value: string | null | undefined): void {
  if (!value) return;
  const n = value.length;
  ensure(n * 3 + 16);
  key(field, 2);
  if (n < 0x80) {
    // ASCII fast path: one byte per character and a one-byte length
    let at = pos + 1;
    let i = 0;
    for (; i < n; i++) {
      const code = value.charCodeAt(i);
      if (code >= 0x80) break;
      scratch[at++] = code;
    }
    if (i === n) {
      scratch[pos] = n;
      pos = at;
      return;
    }
  }
  varint(Buffer.byteLength(value));
  pos += scratch.write(value, pos, 'utf8');
}

function bytes(field: number, value: Uint8Array | null | undefined): void {
  if (!value?.length) return;
  ensure(value.length + 16);
  key(field, 2);
  varint(value.length);
  scratch.set(value, pos);
  pos += value.length;
}

function unsigned(field: number, value: Int64 | null | undefined): void {
  const number =
    value === null || value === undefined ? 0 : typeof value === 'number' ? value : value.toNumber();
  if (number === 0) return;
  if (number < 0 || !Number.isSafeInteger(number)) throw new Fallback();
  ensure(16);
  key(field, 0);
  varint(number);
}

/** A length-delimited nested message: reserve one length byte, widen it if the body is longer. */
function message<T>(field: number, value: T | null | undefined, body: (value: T) => void): void {
  if (value === null || value === undefined) return;
  ensure(16);
  key(field, 2);
  const lengthAt = pos++;
  body(value);
  const length = pos - lengthAt - 1;
  if (length < 0x80) {
    scratch[lengthAt] = length;
    return;
  }
  // move the body right to make room for a longer length varint, then write the length
  let shift = 0;
  for (let rest = length; rest >= 0x80; rest = Math.floor(rest / 128)) shift++;
  ensure(shift);
  const end = pos;
  scratch.copyWithin(lengthAt + 1 + shift, lengthAt + 1, end);
  pos = lengthAt;
  varint(length);
  pos = end + shift;
}

/** A map<string, string> entry body: key and value are written even when empty, as protobufjs does. */
function mapEntry([name, value]: readonly [string, string]): void {
  ensure((name.length + value.length) * 3 + 16);
  for (const [field, text] of [
    [1, name],
    [2, value],
  ] as const) {
    key(field, 2);
    varint(Buffer.byteLength(text));
    pos += scratch.write(text, pos, 'utf8');
  }
}

function clientId(value: ClientId): void {
  string(1, value.instance);
  string(2, value.memberClass);
  string(3, value.memberCode);
  string(4, value.subsystem);
}

function serviceId(value: ServiceId): void {
  message(1, value.provider, clientId);
  string(2, value.serviceCode);
  string(3, value.serviceVersion);
}

const eventTypeId = (value: EventTypeId): void => {
  string(1, value.name);
};

function timestamp(value: Timestamp): void {
  unsigned(1, value.seconds);
  unsigned(2, value.nanos);
}

/** The fields the signer fills in; they replace the draft's. */
export interface SignerFields {
  readonly messageId: string;
  readonly createdAtMs: number;
  readonly expiresAtMs: number;
  readonly payloadSha256: Uint8Array;
  readonly senderInstanceId: string;
  readonly senderSequence: number;
}

function timestampOfMs(ms: number): void {
  if (ms < 0) throw new Fallback();
  const seconds = Math.floor(ms / 1000);
  unsigned(1, seconds);
  unsigned(2, (ms - seconds * 1000) * 1_000_000);
}

function header(h: HeaderFields, s?: SignerFields): void {
  string(1, s ? s.messageId : h.messageId);
  unsigned(2, h.kind);
  message(3, h.sender, clientId);
  message(4, h.recipientClient, clientId);
  message(5, h.recipientService, serviceId);
  message(6, h.service, serviceId);
  message(7, h.eventType, eventTypeId);
  string(8, h.correlationId);
  string(9, h.inReplyTo);
  bytes(10, h.requestHash);
  string(11, h.traceparent);
  string(12, h.tracestate);
  if (s) {
    message(13, s.createdAtMs, timestampOfMs);
    message(14, s.expiresAtMs, timestampOfMs);
  } else {
    message(13, h.createdAt, timestamp);
    message(14, h.expiresAt, timestamp);
  }
  string(15, h.payloadType);
  bytes(16, s ? s.payloadSha256 : h.payloadSha256);
  unsigned(17, h.payloadEncoding);
  string(18, h.onBehalfOf);
  string(19, h.purpose);
  string(20, h.subjectKey);
  unsigned(21, h.subjectSequence);
  string(22, s ? s.senderInstanceId : h.senderInstanceId);
  unsigned(23, s ? s.senderSequence : h.senderSequence);
  if (h.attributes)
    for (const name of Object.keys(h.attributes))
      message(24, [name, h.attributes[name] ?? ''] as const, mapEntry);
}

/** Serializes a header; same bytes as `wire.Header.encode(fields).finish()`. */
export function writeHeader(fields: HeaderFields): Uint8Array {
  pos = 0;
  try {
    header(fields);
  } catch (error) {
    if (error instanceof Fallback) return wire.Header.encode(fields).finish();
    throw error;
  }
  return Buffer.from(scratch.subarray(0, pos));
}

/**
 * Serializes a draft header with the signer's fields straight into its to-be-signed bytes (see
 * to-be-signed.ts), with one copy: returns the TBS and the header as a view into it.
 */
export function writeHeaderForSigning(
  draft: HeaderFields,
  signed: SignerFields,
): { header: Uint8Array; tbs: Buffer } {
  const start = TBS_CONTEXT.length + 4;
  const digest = signed.payloadSha256;
  pos = start;
  try {
    header(draft, signed);
    ensure(digest.length);
  } catch (error) {
    if (!(error instanceof Fallback)) throw error;
    const encoded = wire.Header.encode({
      ...draft,
      messageId: signed.messageId,
      createdAt: timestampOf(signed.createdAtMs),
      expiresAt: timestampOf(signed.expiresAtMs),
      payloadSha256: digest,
      senderInstanceId: signed.senderInstanceId,
      senderSequence: signed.senderSequence,
    }).finish();
    return { header: encoded, tbs: toBeSigned(encoded, digest) };
  }
  const length = pos - start;
  TBS_CONTEXT.copy(scratch, 0);
  scratch.writeUInt32BE(length, TBS_CONTEXT.length);
  scratch.set(digest, pos);
  const tbs = Buffer.from(scratch.subarray(0, pos + digest.length));
  return { header: tbs.subarray(start, start + length), tbs };
}
