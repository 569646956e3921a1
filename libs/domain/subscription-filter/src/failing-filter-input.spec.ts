// Bad input: every refused filter names its path, its dialect and why, with a stable code.
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_FILTER_LIMITS,
  FilterErrorCode as Code,
  SubscriptionFilterException,
  compileFilter,
  type FilterDialect,
  type FilterLimits,
} from './index';

const refusal = (json: string, limits?: FilterLimits) => {
  try {
    compileFilter(json, limits);
  } catch (error) {
    if (error instanceof SubscriptionFilterException) return error;
    throw error;
  }
  throw new Error(`accepted ${json}`);
};

const nest = (levels: number): string =>
  levels === 1 ? '{"exact":{"type":"x"}}' : `{"not":${nest(levels - 1)}}`;

const cases: readonly [string, Code, FilterDialect | null, string][] = [
  ['{"exact":', Code.INVALID_JSON, null, '$: is not valid JSON ('],
  ['null', Code.NOT_A_FILTER, null, '$: expected a filter object, got null'],
  ['"exact"', Code.NOT_A_FILTER, null, '$: expected a filter object, got a string'],
  ['[{"exact":{"type":"x"}},7]', Code.NOT_A_FILTER, null, '$[1]: expected a filter object, got a number'],
  ['{"all":[[]]}', Code.NOT_A_FILTER, null, '$.all[0]: expected a filter object, got a list'],
  ['{"not":{}}', Code.DIALECT_COUNT, null, '$.not: expected exactly one dialect, got 0'],
  [
    '{"exact":{"type":"x"},"prefix":{"type":"y"}}',
    Code.DIALECT_COUNT,
    null,
    '$: expected exactly one dialect, got 2',
  ],
  [
    '{"equals":{"type":"x"}}',
    Code.UNKNOWN_DIALECT,
    null,
    '$: unknown dialect "equals", expected one of exact, prefix, suffix, all, any, not',
  ],
  ['{"sql":"type = \'x\'"}', Code.UNKNOWN_DIALECT, null, '$: unknown dialect "sql"'],
  [
    '{"exact":"type"}',
    Code.NOT_AN_ATTRIBUTE_MAP,
    'exact',
    '$.exact: expected {"<attribute>": "<value>"}, got a string',
  ],
  [
    '{"prefix":[]}',
    Code.NOT_AN_ATTRIBUTE_MAP,
    'prefix',
    '$.prefix: expected {"<attribute>": "<value>"}, got a list',
  ],
  ['{"suffix":{}}', Code.ATTRIBUTE_COUNT, 'suffix', '$.suffix: expected exactly one attribute, got 0'],
  [
    '{"all":[{"exact":{"type":"x"}},{"exact":{"type":"x","source":"y"}}]}',
    Code.ATTRIBUTE_COUNT,
    'exact',
    '$.all[1].exact: expected exactly one attribute, got 2',
  ],
  [
    '{"exact":{"Type":"x"}}',
    Code.INVALID_ATTRIBUTE_NAME,
    'exact',
    '$.exact: attribute name "Type" must be 1 to 20 characters a-z or 0-9',
  ],
  ['{"exact":{"":"x"}}', Code.INVALID_ATTRIBUTE_NAME, 'exact', '$.exact: attribute name "" must be'],
  [
    '{"prefix":{"subject_key":"x"}}',
    Code.INVALID_ATTRIBUTE_NAME,
    'prefix',
    '$.prefix: attribute name "subject_key"',
  ],
  [
    '{"exact":{"__proto__":"x"}}',
    Code.INVALID_ATTRIBUTE_NAME,
    'exact',
    '$.exact: attribute name "__proto__"',
  ],
  [
    '{"exact":{"abcdefghijklmnopqrstu":"x"}}',
    Code.INVALID_ATTRIBUTE_NAME,
    'exact',
    '$.exact: attribute name',
  ],
  [
    '{"exact":{"type":""}}',
    Code.INVALID_VALUE,
    'exact',
    '$.exact.type: expected a non-empty string, got an empty string',
  ],
  [
    '{"any":[{"suffix":{"type":1}}]}',
    Code.INVALID_VALUE,
    'suffix',
    '$.any[0].suffix.type: expected a non-empty string, got a number',
  ],
  [
    '{"prefix":{"type":null}}',
    Code.INVALID_VALUE,
    'prefix',
    '$.prefix.type: expected a non-empty string, got null',
  ],
  [
    '{"exact":{"type":{}}}',
    Code.INVALID_VALUE,
    'exact',
    '$.exact.type: expected a non-empty string, got an object',
  ],
  [
    '{"all":{"exact":{"type":"x"}}}',
    Code.NOT_A_LIST,
    'all',
    '$.all: expected a list of filters, got an object',
  ],
  ['{"not":{"any":"x"}}', Code.NOT_A_LIST, 'any', '$.not.any: expected a list of filters, got a string'],
  ['{"all":[]}', Code.EMPTY_LIST, 'all', '$.all: expected at least one filter'],
  ['{"not":{"any":[]}}', Code.EMPTY_LIST, 'any', '$.not.any: expected at least one filter'],
  [
    '{"not":[{"exact":{"type":"x"}}]}',
    Code.NOT_A_FILTER,
    null,
    '$.not: expected a filter object, got a list',
  ],
  [nest(9), Code.TOO_DEEP, null, `$${'.not'.repeat(8)}: nested deeper than 8 levels`],
];

describe('failing filter input', () => {
  it.each(cases)('%s is refused as %s', (json, code, dialect, message) => {
    const error = refusal(json);
    expect(error.code).toBe(code);
    expect(error.dialect).toBe(dialect);
    expect(error.message.startsWith(message)).toBe(true);
    expect(error.message).toBe(`${error.path}: ${error.detail}`);
  });

  it('accepts exactly the limits', () => {
    expect(compileFilter(nest(8)).node).not.toBeNull();
    const parts = (n: number) => Array.from({ length: n }, (_, i) => `{"exact":{"n${i}":"v"}}`).join(',');
    expect(compileFilter(`{"any":[${parts(63)}]}`).node).not.toBeNull();
    expect(compileFilter(`[${parts(63)}]`).node).not.toBeNull();
    expect(compileFilter(`{"exact":{"abcdefghijklmnopqrst":"${'v'.repeat(256)}"}}`).node).not.toBeNull();
  });

  it('refuses one more than the limits', () => {
    const parts = (n: number) => Array.from({ length: n }, () => '{"exact":{"type":"v"}}').join(',');
    expect(refusal(`{"any":[${parts(64)}]}`)).toMatchObject({
      code: Code.TOO_MANY_NODES,
      message: '$.any[63]: more than 64 filters in all',
    });
    expect(refusal(`[${parts(64)}]`)).toMatchObject({ code: Code.TOO_MANY_NODES, path: '$[63]' });
    expect(refusal(`{"exact":{"type":"${'v'.repeat(257)}"}}`)).toMatchObject({
      code: Code.VALUE_TOO_LONG,
      dialect: 'exact',
      message: '$.exact.type: is 257 characters long, at most 256',
    });
    expect(refusal(`{"exact":{"type":"${'v'.repeat(40_000)}"}}`)).toMatchObject({
      code: Code.TOO_LARGE,
      message: '$: is 40021 characters long, at most 32768',
    });
  });

  it('applies the limits it is given', () => {
    const limits = {
      ...DEFAULT_FILTER_LIMITS,
      maxDepth: 2,
      maxNodes: 3,
      maxValueLength: 3,
      maxNameLength: 4,
    };
    expect(refusal(nest(3), limits)).toMatchObject({ code: Code.TOO_DEEP, path: '$.not.not' });
    expect(refusal('[{"exact":{"a":"1"}},{"exact":{"b":"2"}},{"exact":{"c":"3"}}]', limits)).toMatchObject({
      code: Code.TOO_MANY_NODES,
      path: '$[2]',
    });
    expect(refusal('{"exact":{"a":"1234"}}', limits).code).toBe(Code.VALUE_TOO_LONG);
    expect(refusal('{"exact":{"abcde":"1"}}', limits).code).toBe(Code.INVALID_ATTRIBUTE_NAME);
  });

  it('cuts a long key short in the message', () => {
    const error = refusal(`{"${'x'.repeat(5000)}":1}`);
    expect(error.code).toBe(Code.UNKNOWN_DIALECT);
    expect(error.message.length).toBeLessThan(150);
  });

  it('refuses what is not text at all', () => {
    expect(refusal(undefined as unknown as string)).toMatchObject({
      code: Code.INVALID_JSON,
      message: '$: expected JSON text, got nothing',
    });
  });
});
