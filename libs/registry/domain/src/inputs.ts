import { SubscriptionFilterException, compileFilter, toJSON } from '@sild/domain-subscription-filter';
import { ENDPOINT_KINDS, invalid, type EndpointKind, type SubscriptionStatus } from '@sild/registry-config';
import type { TimestampInput } from './registry.inputs';

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
 * A CloudEvents Subscriptions API filter as JSON (see @sild/domain-subscription-filter), validated
 * and returned in canonical form; empty means no filter. `field` names it in errors.
 */
export function parseFilter(value: unknown, field = 'filter_json'): string {
  if (value === undefined || value === null) return '';
  if (typeof value !== 'string') throw invalid(field, 'must be JSON text');
  try {
    return toJSON(compileFilter(value));
  } catch (error) {
    if (!(error instanceof SubscriptionFilterException)) throw error;
    // the filter's JSONPath starts with $: the field itself
    throw invalid(`${field}${error.path.slice(1)}`, error.detail);
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
