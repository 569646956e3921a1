import { describe, expect, it } from 'vitest';
import { compileFilter, toJSON, type FilterAttributes } from './index';

const RELOCATION: FilterAttributes = {
  type: 'nl.brp.person.relocated',
  municipality: '0363',
  source: '/nl/brp',
};
const BIRTH: FilterAttributes = { type: 'nl.brp.person.born', municipality: '0599' };
const BARE: FilterAttributes = {};

const matching = (json: string) => {
  const filter = compileFilter(json);
  return [RELOCATION, BIRTH, BARE].map((attributes) => filter.matches(attributes));
};

describe('compileFilter / matches', () => {
  it('exact compares the whole value, case-sensitively', () => {
    expect(matching('{"exact":{"municipality":"0363"}}')).toEqual([true, false, false]);
    expect(matching('{"exact":{"municipality":"036"}}')).toEqual([false, false, false]);
    expect(matching('{"exact":{"type":"NL.BRP.PERSON.RELOCATED"}}')).toEqual([false, false, false]);
  });

  it('prefix and suffix compare the start and the end', () => {
    expect(matching('{"prefix":{"type":"nl.brp.person."}}')).toEqual([true, true, false]);
    expect(matching('{"prefix":{"type":"nl.brp.person.relocated.x"}}')).toEqual([false, false, false]);
    expect(matching('{"suffix":{"type":".born"}}')).toEqual([false, true, false]);
    expect(matching('{"suffix":{"municipality":"0363"}}')).toEqual([true, false, false]);
  });

  it('all needs every part, any needs one, not inverts', () => {
    expect(matching('{"all":[{"prefix":{"type":"nl.brp."}},{"exact":{"municipality":"0599"}}]}')).toEqual([
      false,
      true,
      false,
    ]);
    expect(matching('{"any":[{"exact":{"municipality":"0363"}},{"suffix":{"type":".born"}}]}')).toEqual([
      true,
      true,
      false,
    ]);
    expect(matching('{"not":{"exact":{"municipality":"0363"}}}')).toEqual([false, true, true]);
  });

  it('nests dialects', () => {
    const json =
      '{"any":[{"all":[{"exact":{"municipality":"0363"}},{"not":{"suffix":{"type":".born"}}}]},' +
      '{"not":{"any":[{"prefix":{"type":"nl."}},{"exact":{"source":"/nl/brp"}}]}}]}';
    expect(matching(json)).toEqual([true, false, true]);
  });

  it('a missing attribute matches no exact, prefix or suffix, so its not matches', () => {
    for (const dialect of ['exact', 'prefix', 'suffix']) {
      expect(compileFilter(`{"${dialect}":{"subject":"x"}}`).matches(BIRTH)).toBe(false);
      expect(compileFilter(`{"not":{"${dialect}":{"subject":"x"}}}`).matches(BIRTH)).toBe(true);
    }
  });

  it('inherited members of the attribute object are not attributes', () => {
    for (const name of ['constructor', 'tostring', 'valueof']) {
      for (const dialect of ['exact', 'prefix', 'suffix']) {
        expect(compileFilter(`{"${dialect}":{"${name}":"f"}}`).matches({})).toBe(false);
      }
    }
    const withoutPrototype = Object.assign(Object.create(null) as Record<string, string>, { type: 'a.b' });
    expect(compileFilter('{"prefix":{"type":"a."}}').matches(withoutPrototype)).toBe(true);
    expect(compileFilter('{"exact":{"constructor":"x"}}').matches({ constructor: 'x' })).toBe(true);
  });

  it('empty text, blank text, {} and [] match everything', () => {
    for (const json of ['', '  \n', '{}', '[]', ' [ ] ']) {
      const filter = compileFilter(json);
      expect(filter.node).toBeNull();
      expect([RELOCATION, BIRTH, BARE].every((attributes) => filter.matches(attributes))).toBe(true);
      expect(toJSON(filter)).toBe('');
    }
  });

  it('a top-level list means all', () => {
    const list = compileFilter('[{"prefix":{"type":"nl.brp."}},{"exact":{"municipality":"0599"}}]');
    expect([RELOCATION, BIRTH, BARE].map((attributes) => list.matches(attributes))).toEqual([
      false,
      true,
      false,
    ]);
    expect(toJSON(list)).toBe('{"all":[{"prefix":{"type":"nl.brp."}},{"exact":{"municipality":"0599"}}]}');
  });
});

describe('toJSON', () => {
  it('writes canonical text that compiles back to the same filter', () => {
    const cases: Record<string, string> = {
      ' { "exact" : { "municipality" : "0363" } } ': '{"exact":{"municipality":"0363"}}',
      '[{"not":{"suffix":{"type":"\\u002eborn"}}}]': '{"all":[{"not":{"suffix":{"type":".born"}}}]}',
      '{"any":[{"exact":{"municipality":"0363"}},{"prefix":{"type":"nl.brp.person."}}]}':
        '{"any":[{"exact":{"municipality":"0363"}},{"prefix":{"type":"nl.brp.person."}}]}',
      '{"exact":{"subject":"a\\"b\\\\c é"}}': '{"exact":{"subject":"a\\"b\\\\c é"}}',
    };
    for (const [input, canonical] of Object.entries(cases)) {
      const filter = compileFilter(input);
      expect(toJSON(filter)).toBe(canonical);
      const again = compileFilter(toJSON(filter));
      expect(again.node).toEqual(filter.node);
      expect(toJSON(again)).toBe(canonical);
    }
  });
});
