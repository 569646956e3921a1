// Payloads of persons.v1 in the two encodings a backend call may use: binary protobuf, and
// protobuf's JSON mapping (UTF-8). Anything unreadable is INVALID_ARGUMENT, never a crash.
import { PayloadEncoding } from '@sild/contracts';
import { invalidArgument } from './population.exception';

/** The static side of a generated protobufjs message class. */
export interface MessageType<T> {
  decode(bytes: Uint8Array): T;
  encode(message: T): { finish(): Uint8Array };
  verify(object: Record<string, unknown>): string | null;
  fromObject(object: Record<string, unknown>): T;
  toObject(
    message: T,
    options: { longs: StringConstructor; enums: StringConstructor; json: boolean },
  ): object;
}

/** The fields of a flat request message by JSON name (lowerCamelCase), with their scalar kind. */
export type JsonFields = Readonly<Record<string, 'string' | 'uint32'>>;

const UINT32_MAX = 4_294_967_295;
const utf8 = new TextDecoder('utf-8', { fatal: true });

/** The encoding of the answer: the request's, with unspecified meaning protobuf. */
export function answerEncodingOf(encoding: PayloadEncoding): PayloadEncoding {
  switch (encoding) {
    case PayloadEncoding.PAYLOAD_ENCODING_UNSPECIFIED:
    case PayloadEncoding.PAYLOAD_ENCODING_PROTOBUF:
      return PayloadEncoding.PAYLOAD_ENCODING_PROTOBUF;
    case PayloadEncoding.PAYLOAD_ENCODING_JSON:
      return PayloadEncoding.PAYLOAD_ENCODING_JSON;
    case PayloadEncoding.PAYLOAD_ENCODING_OCTET_STREAM:
    default:
      throw invalidArgument('payload_encoding', 'must be protobuf or JSON');
  }
}

export function decodePayload<T>(
  type: MessageType<T>,
  fields: JsonFields,
  payload: Uint8Array,
  encoding: PayloadEncoding,
): T {
  if (answerEncodingOf(encoding) === PayloadEncoding.PAYLOAD_ENCODING_JSON) {
    return type.fromObject(jsonObject(type, fields, payload));
  }
  try {
    return type.decode(payload);
  } catch (error) {
    throw invalidArgument('payload', 'is not a protobuf message of the payload type', error);
  }
}

export function encodePayload<T>(type: MessageType<T>, message: T, encoding: PayloadEncoding): Uint8Array {
  if (answerEncodingOf(encoding) === PayloadEncoding.PAYLOAD_ENCODING_JSON) {
    const object = type.toObject(message, { longs: String, enums: String, json: true });
    return new TextEncoder().encode(JSON.stringify(object));
  }
  return type.encode(message).finish();
}

/**
 * The request as a plain object with JSON names. Accepts the proto field names too
 * (national_id), and decimal strings for integers, as the JSON mapping requires; refuses
 * unknown fields and values of the wrong kind.
 */
function jsonObject<T>(
  type: MessageType<T>,
  fields: JsonFields,
  payload: Uint8Array,
): Record<string, unknown> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(utf8.decode(payload));
  } catch (error) {
    throw invalidArgument('payload', 'is not UTF-8 JSON', error);
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw invalidArgument('payload', 'must be a JSON object');
  }
  const object: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(parsed)) {
    const name = key.replace(/_([a-z0-9])/g, (_, letter: string) => letter.toUpperCase());
    const kind = fields[name];
    if (kind === undefined) throw invalidArgument(key, 'is not a field of the payload type');
    if (value === null) continue;
    object[name] = kind === 'uint32' ? uint32(key, value) : value;
  }
  const problem = type.verify(object);
  if (problem !== null) throw invalidArgument('payload', problem);
  return object;
}

function uint32(field: string, value: unknown): number {
  const number = typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value;
  if (typeof number !== 'number' || !Number.isInteger(number) || number < 0 || number > UINT32_MAX) {
    throw invalidArgument(field, 'must be an unsigned 32-bit integer');
  }
  return number;
}
