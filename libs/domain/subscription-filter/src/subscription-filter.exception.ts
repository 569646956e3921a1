import type { FilterDialect } from './filter-node';

/** Why a subscription filter is refused. */
export enum FilterErrorCode {
  /** The text is not JSON. */
  INVALID_JSON = 'INVALID_JSON',
  /** The JSON text is longer than the limit. */
  TOO_LARGE = 'TOO_LARGE',
  /** A filter must be a JSON object. */
  NOT_A_FILTER = 'NOT_A_FILTER',
  /** A filter object must have exactly one key: its dialect. */
  DIALECT_COUNT = 'DIALECT_COUNT',
  /** The dialect is not exact, prefix, suffix, all, any or not. */
  UNKNOWN_DIALECT = 'UNKNOWN_DIALECT',
  /** exact, prefix and suffix take an object of attribute name -> string. */
  NOT_AN_ATTRIBUTE_MAP = 'NOT_AN_ATTRIBUTE_MAP',
  /** exact, prefix and suffix name exactly one attribute. */
  ATTRIBUTE_COUNT = 'ATTRIBUTE_COUNT',
  /** Attribute names are 1..maxNameLength characters a-z and 0-9 (CloudEvents naming). */
  INVALID_ATTRIBUTE_NAME = 'INVALID_ATTRIBUTE_NAME',
  /** The value to compare with must be a non-empty string. */
  INVALID_VALUE = 'INVALID_VALUE',
  /** The value to compare with is longer than the limit. */
  VALUE_TOO_LONG = 'VALUE_TOO_LONG',
  /** all and any take a JSON array of filters. */
  NOT_A_LIST = 'NOT_A_LIST',
  /** all and any need at least one filter. */
  EMPTY_LIST = 'EMPTY_LIST',
  /** Filters are nested deeper than the limit. */
  TOO_DEEP = 'TOO_DEEP',
  /** The filter has more nodes than the limit. */
  TOO_MANY_NODES = 'TOO_MANY_NODES',
}

/**
 * Raised for a filter that cannot be accepted. `path` is a JSONPath to the offending part
 * (`$` is the whole filter, e.g. `$.all[1].exact`), `dialect` the dialect it belongs to (null when
 * the problem is not inside one), `detail` why; the message is `<path>: <detail>`.
 */
export class SubscriptionFilterException extends Error {
  constructor(
    readonly code: FilterErrorCode,
    readonly path: string,
    readonly dialect: FilterDialect | null,
    readonly detail: string,
  ) {
    super(`${path}: ${detail}`);
    this.name = 'SubscriptionFilterException';
  }
}
