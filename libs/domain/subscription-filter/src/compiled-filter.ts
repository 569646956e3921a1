import { DEFAULT_FILTER_LIMITS, type FilterLimits, type FilterNode } from './filter-node';
import { parseFilterText } from './filter-parser';

/** An event's header attributes: CloudEvents attribute name -> string value. */
export type FilterAttributes = Readonly<Record<string, string>>;

/** A validated filter, ready to be evaluated many times. */
export interface CompiledFilter {
  /** The validated expression; null matches every event. */
  readonly node: FilterNode | null;
  /** Whether an event with these header attributes passes. No parsing or allocation per call. */
  readonly matches: (attributes: FilterAttributes) => boolean;
}

type Predicate = CompiledFilter['matches'];

/**
 * Parses, validates and compiles a subscription's `filter_json` once. Empty text, `{}` and `[]`
 * match everything. Throws {@link SubscriptionFilterException} naming the path and the reason.
 */
export function compileFilter(json: string, limits: FilterLimits = DEFAULT_FILTER_LIMITS): CompiledFilter {
  return compiledOf(parseFilterText(json, limits));
}

/** Compiles an already validated expression (null: match everything). */
export function compiledOf(node: FilterNode | null): CompiledFilter {
  return Object.freeze({ node, matches: node ? predicateOf(node) : matchEverything });
}

/**
 * Canonical JSON text of a filter: no whitespace, one key per object, a top-level list written as
 * `all`; "" when it matches everything. `compileFilter(toJSON(f))` is equivalent to `f` and
 * serializes to the same text.
 */
export function toJSON(filter: CompiledFilter): string {
  return filter.node ? JSON.stringify(jsonOf(filter.node)) : '';
}

const matchEverything: Predicate = () => true;

function predicateOf(node: FilterNode): Predicate {
  switch (node.dialect) {
    case 'exact': {
      const { attribute, value } = node;
      return (attributes) => attributes[attribute] === value;
    }
    case 'prefix': {
      const { attribute, value } = node;
      // typeof also turns away inherited members: attributes.constructor is not a header
      return (attributes) => {
        const actual = attributes[attribute];
        return typeof actual === 'string' && actual.startsWith(value);
      };
    }
    case 'suffix': {
      const { attribute, value } = node;
      return (attributes) => {
        const actual = attributes[attribute];
        return typeof actual === 'string' && actual.endsWith(value);
      };
    }
    case 'not': {
      const inner = predicateOf(node.filter);
      return (attributes) => !inner(attributes);
    }
    case 'all': {
      const parts = node.filters.map(predicateOf);
      return (attributes) => {
        for (const part of parts) if (!part(attributes)) return false;
        return true;
      };
    }
    case 'any': {
      const parts = node.filters.map(predicateOf);
      return (attributes) => {
        for (const part of parts) if (part(attributes)) return true;
        return false;
      };
    }
  }
}

function jsonOf(node: FilterNode): unknown {
  switch (node.dialect) {
    case 'exact':
    case 'prefix':
    case 'suffix':
      return { [node.dialect]: { [node.attribute]: node.value } };
    case 'all':
    case 'any':
      return { [node.dialect]: node.filters.map(jsonOf) };
    case 'not':
      return { not: jsonOf(node.filter) };
  }
}
