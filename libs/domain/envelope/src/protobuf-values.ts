import type { Timestamp } from '@sild/contracts';
import { TrustException, TrustFailure } from './trust.exception';

/** What protobufjs hands out for 64-bit integers: a number, or a Long when `long` is loaded. */
export type Int64 = number | { toNumber(): number };

/** A 64-bit protobuf integer as a safe JS integer; MALFORMED when it does not fit. */
export function safeInteger(value: Int64 | null | undefined, what: string): number {
  // Long.toNumber() is exact below 2^53 and yields an unsafe (rejected) number above it
  const number =
    value === null || value === undefined ? 0 : typeof value === 'number' ? value : value.toNumber();
  if (!Number.isSafeInteger(number)) {
    throw new TrustException(TrustFailure.MALFORMED, `${what} is not a safe integer`);
  }
  return number;
}

/** Milliseconds since the epoch of a required protobuf Timestamp; MALFORMED when absent or invalid. */
export function timestampMs(value: Timestamp | null | undefined, what: string): number {
  if (!value) throw new TrustException(TrustFailure.MALFORMED, `${what} is missing`);
  const nanos = value.nanos ?? 0;
  if (!Number.isInteger(nanos) || nanos < 0 || nanos > 999_999_999) {
    throw new TrustException(TrustFailure.MALFORMED, `${what} has invalid nanos`);
  }
  return safeInteger(value.seconds, what) * 1000 + Math.floor(nanos / 1_000_000);
}

/** A protobuf Timestamp for milliseconds since the epoch. */
export function timestampOf(ms: number): Timestamp {
  const seconds = Math.floor(ms / 1000);
  return { seconds, nanos: (ms - seconds * 1000) * 1_000_000 };
}
