import { describe, expect, it } from 'vitest';
import { RegistryErrorCode, RegistryException } from '@sild/registry-config';
import { parseFilter } from './inputs';

const refusal = (value: unknown, field?: string): RegistryException => {
  try {
    parseFilter(value, field);
  } catch (error) {
    if (error instanceof RegistryException) return error;
    throw error;
  }
  throw new Error(`accepted ${String(value)}`);
};

describe('parseFilter', () => {
  it('returns the canonical filter text, and "" for no filter', () => {
    expect(parseFilter(' { "exact" : { "municipality" : "0363" } } ')).toBe(
      '{"exact":{"municipality":"0363"}}',
    );
    expect(parseFilter('[{"prefix":{"type":"nl.brp."}},{"not":{"exact":{"municipality":"0363"}}}]')).toBe(
      '{"all":[{"prefix":{"type":"nl.brp."}},{"not":{"exact":{"municipality":"0363"}}}]}',
    );
    for (const none of [undefined, null, '', ' ', '{}', '[]']) expect(parseFilter(none)).toBe('');
  });

  it('refuses a bad filter as INVALID_ARGUMENT naming the place inside filter_json', () => {
    const cases: [unknown, string][] = [
      [42, 'filter_json: must be JSON text'],
      ['{"exact":', 'filter_json: is not valid JSON ('],
      [
        '{"exact":{"municipality":"0363","type":"x"}}',
        'filter_json.exact: expected exactly one attribute, got 2',
      ],
      ['[{"exact":{"type":"x"}},{"all":[]}]', 'filter_json[1].all: expected at least one filter'],
      ['{"not":{"suffix":{"Type":"x"}}}', 'filter_json.not.suffix: attribute name "Type" must be'],
      ['{"any":[{"prefix":{"type":""}}]}', 'filter_json.any[0].prefix.type: expected a non-empty string'],
      [
        `{"exact":{"type":"${'x'.repeat(257)}"}}`,
        'filter_json.exact.type: is 257 characters long, at most 256',
      ],
    ];
    for (const [value, message] of cases) {
      const error = refusal(value);
      expect(error.code).toBe(RegistryErrorCode.INVALID_ARGUMENT);
      expect(error.message.startsWith(message), `${error.message} starts with ${message}`).toBe(true);
    }
  });

  it('names the field it is given', () => {
    expect(refusal('{"exakt":{}}', 'approved_filter_json')).toMatchObject({
      code: RegistryErrorCode.INVALID_ARGUMENT,
      message: expect.stringMatching(/^approved_filter_json: unknown dialect "exakt"/) as unknown,
    });
    expect(parseFilter('[{"exact":{"type":"x"}}]', 'approved_filter_json')).toBe(
      '{"all":[{"exact":{"type":"x"}}]}',
    );
  });
});
