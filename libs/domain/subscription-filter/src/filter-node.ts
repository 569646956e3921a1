/** Dialects that compare one header attribute with a string. */
export type AttributeDialect = 'exact' | 'prefix' | 'suffix';

/** The CloudEvents Subscriptions API dialects Sild supports. */
export type FilterDialect = AttributeDialect | 'all' | 'any' | 'not';

export const FILTER_DIALECTS: readonly FilterDialect[] = ['exact', 'prefix', 'suffix', 'all', 'any', 'not'];

/** A validated filter expression (immutable). */
export type FilterNode =
  | { readonly dialect: AttributeDialect; readonly attribute: string; readonly value: string }
  | { readonly dialect: 'all' | 'any'; readonly filters: readonly FilterNode[] }
  | { readonly dialect: 'not'; readonly filter: FilterNode };

/** Bounds on untrusted filter text, checked by {@link compileFilter}. */
export interface FilterLimits {
  /** Longest accepted JSON text, in UTF-16 code units. */
  readonly maxJsonLength: number;
  /** Deepest nesting: a lone `exact` has depth 1, `{"not":{"exact":…}}` depth 2. */
  readonly maxDepth: number;
  /** Most filter objects (every dialect counts one) in the whole expression. */
  readonly maxNodes: number;
  /** Longest attribute name (CloudEvents: names SHOULD NOT exceed 20 characters). */
  readonly maxNameLength: number;
  /** Longest value to compare with, in UTF-16 code units. */
  readonly maxValueLength: number;
}

export const DEFAULT_FILTER_LIMITS: FilterLimits = {
  maxJsonLength: 32_768,
  maxDepth: 8,
  maxNodes: 64,
  maxNameLength: 20,
  maxValueLength: 256,
};

/** CloudEvents attribute names: lower-case ASCII letters and digits. */
export const ATTRIBUTE_NAME = /^[a-z0-9]+$/;
