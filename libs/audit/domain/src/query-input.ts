// Checks of auditors' query arguments: every bad input is an INVALID_ARGUMENT naming the field.
import { AuditErrorCode, auditError } from './audit.exception';

export const DEFAULT_PAGE_SIZE = 100;
export const MAX_PAGE_SIZE = 1_000;

const invalid = (message: string): Error => auditError(AuditErrorCode.INVALID_ARGUMENT, message);

export function traceIdOf(value: string): string {
  if (!/^[0-9a-f]{32}$/.test(value) || /^0+$/.test(value)) {
    throw invalid(
      `trace_id must be 32 lower-case hex digits, not all zero (got ${JSON.stringify(value.slice(0, 40))})`,
    );
  }
  return value;
}

export function textOf(value: string, field: string, max = 512): string {
  if (value.trim() === '' || value.length > max || /[\p{Cc}]/u.test(value)) {
    throw invalid(`${field} must be 1 to ${max} characters without control characters`);
  }
  return value;
}

export function pageSizeOf(value: number): number {
  if (!Number.isSafeInteger(value) || value < 0 || value > MAX_PAGE_SIZE) {
    throw invalid(`page_size must be 0 (default ${DEFAULT_PAGE_SIZE}) to ${MAX_PAGE_SIZE}`);
  }
  return value === 0 ? DEFAULT_PAGE_SIZE : value;
}

/** Page tokens are the last index of the previous page, opaque to callers (base64url). */
export const pageToken = (index: number): string => Buffer.from(`after:${index}`).toString('base64url');

/** The index after which the page starts: -1 for the first page. */
export function afterIndexOf(token: string): number {
  if (token === '') return -1;
  const match = /^after:(\d{1,16})$/.exec(Buffer.from(token, 'base64url').toString('utf8'));
  const index = Number(match?.[1]);
  if (!match || !Number.isSafeInteger(index)) throw invalid('page_token is not one this service issued');
  return index;
}

/** A time range of ms since the epoch (0: open); `to` must come after `from`. */
export function rangeOf(fromMs: number, toMs: number): { fromMs?: number; toMs?: number } {
  if (fromMs < 0 || toMs < 0) throw invalid('from and to must not be before 1970');
  if (fromMs > 0 && toMs > 0 && toMs <= fromMs) throw invalid('to must be after from');
  return { ...(fromMs > 0 ? { fromMs } : {}), ...(toMs > 0 ? { toMs } : {}) };
}

export function sizeOf(value: number, field: string): number {
  if (!Number.isSafeInteger(value) || value < 0)
    throw invalid(`${field} must be a non-negative integer below 2^53`);
  return value;
}
