import {
  ATTRIBUTE_NAME,
  FILTER_DIALECTS,
  type AttributeDialect,
  type FilterDialect,
  type FilterLimits,
  type FilterNode,
} from './filter-node';
import { FilterErrorCode as Code, SubscriptionFilterException } from './subscription-filter.exception';

type JsonObject = Readonly<Record<string, unknown>>;

/**
 * Validates filter JSON text into a {@link FilterNode}; null means "match everything" (empty or
 * blank text, `{}` or `[]`). A JSON array at the top level is a list of filters that must all
 * match, as in the CloudEvents subscription's `filters` property.
 */
export function parseFilterText(json: string, limits: FilterLimits): FilterNode | null {
  if (typeof json !== 'string')
    throw fail(Code.INVALID_JSON, '$', null, `expected JSON text, got ${kindOf(json)}`);
  if (json.length > limits.maxJsonLength) {
    throw fail(
      Code.TOO_LARGE,
      '$',
      null,
      `is ${json.length} characters long, at most ${limits.maxJsonLength}`,
    );
  }
  if (json.trim() === '') return null;
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch (error) {
    throw fail(Code.INVALID_JSON, '$', null, `is not valid JSON (${(error as Error).message})`);
  }
  const parser = new FilterParser(limits);
  if (Array.isArray(value)) {
    if (value.length === 0) return null;
    parser.count('$', 1);
    return { dialect: 'all', filters: parser.list('all', value, '$', 1) };
  }
  if (isObject(value) && Object.keys(value).length === 0) return null;
  return parser.filter(value, '$', 1);
}

class FilterParser {
  private nodes = 0;

  constructor(private readonly limits: FilterLimits) {}

  count(path: string, depth: number): void {
    if (depth > this.limits.maxDepth) {
      throw fail(Code.TOO_DEEP, path, null, `nested deeper than ${this.limits.maxDepth} levels`);
    }
    this.nodes += 1;
    if (this.nodes > this.limits.maxNodes) {
      throw fail(Code.TOO_MANY_NODES, path, null, `more than ${this.limits.maxNodes} filters in all`);
    }
  }

  filter(value: unknown, path: string, depth: number): FilterNode {
    this.count(path, depth);
    if (!isObject(value))
      throw fail(Code.NOT_A_FILTER, path, null, `expected a filter object, got ${kindOf(value)}`);
    const keys = Object.keys(value);
    const [dialect] = keys;
    if (keys.length !== 1 || dialect === undefined) {
      throw fail(Code.DIALECT_COUNT, path, null, `expected exactly one dialect, got ${keys.length}`);
    }
    const body = value[dialect];
    const at = `${path}.${dialect}`;
    switch (dialect) {
      case 'exact':
      case 'prefix':
      case 'suffix':
        return this.attribute(dialect, body, at);
      case 'all':
      case 'any':
        return { dialect, filters: this.list(dialect, body, at, depth) };
      case 'not':
        return { dialect, filter: this.filter(body, at, depth + 1) };
      default:
        throw fail(
          Code.UNKNOWN_DIALECT,
          path,
          null,
          `unknown dialect ${quote(dialect)}, expected one of ${FILTER_DIALECTS.join(', ')}`,
        );
    }
  }

  list(dialect: 'all' | 'any', body: unknown, path: string, depth: number): FilterNode[] {
    if (!Array.isArray(body)) {
      throw fail(Code.NOT_A_LIST, path, dialect, `expected a list of filters, got ${kindOf(body)}`);
    }
    if (body.length === 0) throw fail(Code.EMPTY_LIST, path, dialect, 'expected at least one filter');
    return body.map((child: unknown, i) => this.filter(child, `${path}[${i}]`, depth + 1));
  }

  private attribute(dialect: AttributeDialect, body: unknown, path: string): FilterNode {
    if (!isObject(body)) {
      throw fail(
        Code.NOT_AN_ATTRIBUTE_MAP,
        path,
        dialect,
        `expected {"<attribute>": "<value>"}, got ${kindOf(body)}`,
      );
    }
    const names = Object.keys(body);
    const [attribute] = names;
    if (names.length !== 1 || attribute === undefined) {
      throw fail(Code.ATTRIBUTE_COUNT, path, dialect, `expected exactly one attribute, got ${names.length}`);
    }
    const { maxNameLength, maxValueLength } = this.limits;
    if (attribute.length > maxNameLength || !ATTRIBUTE_NAME.test(attribute)) {
      const why = `attribute name ${quote(attribute)} must be 1 to ${maxNameLength} characters a-z or 0-9`;
      throw fail(Code.INVALID_ATTRIBUTE_NAME, path, dialect, why);
    }
    const value = body[attribute];
    const at = `${path}.${attribute}`;
    if (typeof value !== 'string' || value === '') {
      throw fail(Code.INVALID_VALUE, at, dialect, `expected a non-empty string, got ${kindOf(value)}`);
    }
    if (value.length > maxValueLength) {
      throw fail(
        Code.VALUE_TOO_LONG,
        at,
        dialect,
        `is ${value.length} characters long, at most ${maxValueLength}`,
      );
    }
    return { dialect, attribute, value };
  }
}

const fail = (code: Code, path: string, dialect: FilterDialect | null, why: string) =>
  new SubscriptionFilterException(code, path, dialect, why);

const isObject = (value: unknown): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A JSON string for messages, cut short so that a huge key does not flood a log line. */
const quote = (text: string): string => JSON.stringify(text.length > 40 ? `${text.slice(0, 40)}…` : text);

function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (value === undefined) return 'nothing';
  if (Array.isArray(value)) return 'a list';
  if (value === '') return 'an empty string';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}
