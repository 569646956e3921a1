import { TrustException, TrustFailure } from './trust.exception';

/** Size limits applied before anything is decoded. */
export interface EnvelopeLimits {
  /** Whole serialized envelope. Default 1 MiB. */
  readonly maxEnvelopeBytes: number;
  /** Serialized header. Default 16 KiB. */
  readonly maxHeaderBytes: number;
}

export const DEFAULT_LIMITS: EnvelopeLimits = { maxEnvelopeBytes: 1024 * 1024, maxHeaderBytes: 16 * 1024 };

/** The fields of a `sild.v1.Envelope`, as views into the received bytes. */
export interface EnvelopeFrame {
  readonly header: Uint8Array;
  readonly payload: Uint8Array;
  /** `sild.v1.SignatureAlgorithm` value (0 when absent). */
  readonly algorithm: number;
  readonly keyId: Uint8Array;
  readonly signature: Uint8Array;
  /** Whether the envelope has a `signature` field at all. */
  readonly signed: boolean;
}

const EMPTY: Uint8Array = new Uint8Array(0);
const malformed = (why: string): TrustException => new TrustException(TrustFailure.MALFORMED, why);

// cursor of the walk (the walk is synchronous, so module state is safe)
let buf: Uint8Array = EMPTY;
let pos = 0;
let start = 0;
let scalar = 0;

function varint(end: number): number {
  let value = 0;
  for (let shift = 0; shift < 70; shift += 7) {
    if (pos >= end) throw malformed('truncated varint');
    const byte = buf[pos++] ?? 0;
    value += (byte & 0x7f) * 2 ** shift;
    if (byte < 0x80) return value;
  }
  throw malformed('varint longer than 10 bytes');
}

/**
 * Reads one field's key and skips its value; returns `field * 8 + wireType`. A varint value is left
 * in `scalar`; a length-delimited value is `buf[start, pos)`, its declared length checked against
 * the bytes left before anything else.
 */
function nextField(end: number): number {
  const tag = varint(end);
  const field = Math.floor(tag / 8);
  if (field === 0 || field > 0x1fffffff) throw malformed(`invalid field number ${field}`);
  switch (tag % 8) {
    case 0:
      scalar = varint(end);
      break;
    case 1:
      pos += 8;
      break;
    case 2: {
      const length = varint(end);
      if (length > end - pos) throw malformed(`field ${field} declares ${length} bytes, beyond the end`);
      start = pos;
      pos += length;
      break;
    }
    case 5:
      pos += 4;
      break;
    default:
      throw malformed(`unsupported wire type ${tag % 8}`);
  }
  if (pos > end) throw malformed('field extends beyond the end of its message');
  return tag;
}

/**
 * Splits envelope bytes into their fields without copying or decoding anything: the raw length is
 * checked first, every declared length against the bytes left and the header's against the limit
 * (so a huge length prefix is refused before any allocation). Groups, field 0, wrong wire types and
 * repeated known fields are MALFORMED; unknown fields are skipped.
 */
export function readEnvelopeFrame(bytes: Uint8Array, limits: EnvelopeLimits): EnvelopeFrame {
  if (bytes.length > limits.maxEnvelopeBytes) {
    throw new TrustException(
      TrustFailure.TOO_LARGE,
      `envelope of ${bytes.length} bytes exceeds ${limits.maxEnvelopeBytes}`,
    );
  }
  buf = bytes;
  pos = 0;
  let header: Uint8Array = EMPTY;
  let payload: Uint8Array = EMPTY;
  let algorithm = 0;
  let keyId: Uint8Array = EMPTY;
  let signature: Uint8Array = EMPTY;
  let seen = 0;
  const once = (bit: number, what: string): void => {
    if (seen & bit) throw malformed(`${what} repeated`);
    seen |= bit;
  };
  try {
    while (pos < bytes.length) {
      const tag = nextField(bytes.length);
      const field = Math.floor(tag / 8);
      if (field > 3) continue;
      if (tag % 8 !== 2) throw malformed(`envelope field ${field} has wire type ${tag % 8}`);
      once(1 << field, `envelope field ${field}`);
      if (field === 1) {
        if (pos - start > limits.maxHeaderBytes) {
          throw new TrustException(TrustFailure.TOO_LARGE, `header exceeds ${limits.maxHeaderBytes} bytes`);
        }
        header = bytes.subarray(start, pos);
      } else if (field === 2) {
        payload = bytes.subarray(start, pos);
      } else {
        const end = pos;
        pos = start;
        while (pos < end) {
          const inner = nextField(end);
          const innerField = Math.floor(inner / 8);
          if (innerField > 3) continue;
          const wireType = innerField === 1 ? 0 : 2;
          if (inner % 8 !== wireType)
            throw malformed(`signature field ${innerField} has wire type ${inner % 8}`);
          once(1 << (4 + innerField), `signature field ${innerField}`);
          if (innerField === 1) algorithm = scalar;
          else if (innerField === 2) keyId = bytes.subarray(start, pos);
          else signature = bytes.subarray(start, pos);
        }
      }
    }
  } finally {
    buf = EMPTY;
  }
  return { header, payload, algorithm, keyId, signature, signed: (seen & 0b1000) !== 0 };
}
