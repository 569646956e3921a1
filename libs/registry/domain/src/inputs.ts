import { ENDPOINT_KINDS, invalid, type EndpointKind, type SubscriptionStatus } from '@sild/registry-config';
import type { TimestampInput } from './registry.inputs';

const FILTER_DIALECTS = ['exact', 'prefix', 'suffix', 'all', 'any', 'not'];

/** Accepts GRPC/HTTP or the proto enum names ENDPOINT_KIND_GRPC/ENDPOINT_KIND_HTTP. */
export function parseEndpointKind(value: unknown): EndpointKind {
  const name = typeof value === 'string' ? value.replace(/^ENDPOINT_KIND_/, '') : '';
  const kind = ENDPOINT_KINDS.find((k) => k === name);
  if (!kind) throw invalid('endpoint_kind', 'must be GRPC or HTTP');
  return kind;
}

/** APPROVED, REJECTED or REVOKED (or their SUBSCRIPTION_STATUS_ names). */
export function parseDecision(value: unknown): SubscriptionStatus {
  const name = typeof value === 'string' ? value.replace(/^SUBSCRIPTION_STATUS_/, '') : '';
  if (name === 'APPROVED' || name === 'REJECTED' || name === 'REVOKED') return name;
  throw invalid('decision', 'must be APPROVED, REJECTED or REVOKED');
}

/**
 * A CloudEvents Subscriptions API filter as JSON: an object with one dialect key (exact, prefix,
 * suffix: attribute -> string; all, any: list of filters; not: a filter). Empty means no filter.
 * Returned in canonical form (re-serialized).
 */
export function parseFilter(value: unknown): string {
  if (value === undefined || value === null || value === '') return '';
  if (typeof value !== 'string') throw invalid('filter_json', 'must be JSON text');
  let parsed: unknown;
  try {
    parsed = JSON.parse(value);
  } catch {
    throw invalid('filter_json', 'is not valid JSON');
  }
  checkFilter(parsed, 'filter_json');
  return JSON.stringify(parsed);
}

function checkFilter(filter: unknown, path: string): void {
  if (typeof filter !== 'object' || filter === null || Array.isArray(filter))
    throw invalid(path, 'must be an object');
  const keys = Object.keys(filter);
  const [dialect] = keys;
  if (keys.length !== 1 || dialect === undefined || !FILTER_DIALECTS.includes(dialect)) {
    throw invalid(path, `must have exactly one of ${FILTER_DIALECTS.join(', ')}`);
  }
  const body = (filter as Record<string, unknown>)[dialect];
  if (dialect === 'all' || dialect === 'any') {
    if (!Array.isArray(body) || body.length === 0)
      throw invalid(`${path}.${dialect}`, 'must be a non-empty list');
    body.forEach((child, i) => {
      checkFilter(child, `${path}.${dialect}[${i}]`);
    });
  } else if (dialect === 'not') {
    checkFilter(body, `${path}.not`);
  } else {
    if (typeof body !== 'object' || body === null || Array.isArray(body) || Object.keys(body).length === 0) {
      throw invalid(`${path}.${dialect}`, 'must map attribute names to strings');
    }
    for (const [attribute, expected] of Object.entries(body)) {
      if (typeof expected !== 'string') throw invalid(`${path}.${dialect}.${attribute}`, 'must be a string');
    }
  }
}

/** Optional end of validity, which must lie in the future. */
export function parseValidUntil(value: TimestampInput | null | undefined, now: Date): Date | null {
  if (!value || value.seconds === undefined || value.seconds === null || Number(value.seconds) === 0)
    return null;
  const seconds = Number(value.seconds);
  if (!Number.isFinite(seconds)) throw invalid('valid_until', 'must be a timestamp');
  const date = new Date(seconds * 1000);
  if (date <= now) throw invalid('valid_until', 'must lie in the future');
  return date;
}
