import { describe, expect, it } from 'vitest';
import { DEFAULT_FILTER_LIMITS, compileFilter, intersect, narrows, toJSON } from './index';

const RESIDENTS = compileFilter('{"exact":{"municipality":"0363"}}');
const PERSONS = compileFilter('{"prefix":{"type":"nl.brp.person."}}');
const EVERYTHING = compileFilter('');

describe('intersect', () => {
  it('matches where both match, and evaluates the first argument first', () => {
    const both = intersect(RESIDENTS, PERSONS);
    expect(toJSON(both)).toBe(
      '{"all":[{"exact":{"municipality":"0363"}},{"prefix":{"type":"nl.brp.person."}}]}',
    );
    expect(both.matches({ municipality: '0363', type: 'nl.brp.person.born' })).toBe(true);
    expect(both.matches({ municipality: '0363', type: 'nl.brp.address.changed' })).toBe(false);
    expect(both.matches({ municipality: '0599', type: 'nl.brp.person.born' })).toBe(false);
    expect(both.matches({})).toBe(false);
  });

  it('gives back the other filter when one matches everything', () => {
    expect(intersect(EVERYTHING, RESIDENTS)).toBe(RESIDENTS);
    expect(intersect(PERSONS, EVERYTHING)).toBe(PERSONS);
    expect(intersect(EVERYTHING, EVERYTHING).node).toBeNull();
  });

  it('flattens all lists and drops repeated parts', () => {
    const ab = compileFilter('[{"exact":{"a":"1"}},{"exact":{"b":"2"}}]');
    const bc = compileFilter('{"all":[{"exact":{"b":"2"}},{"not":{"exact":{"c":"3"}}}]}');
    expect(toJSON(intersect(ab, bc))).toBe(
      '{"all":[{"exact":{"a":"1"}},{"exact":{"b":"2"}},{"not":{"exact":{"c":"3"}}}]}',
    );
    expect(toJSON(intersect(RESIDENTS, RESIDENTS))).toBe(toJSON(RESIDENTS));
    const any = compileFilter('{"any":[{"exact":{"a":"1"}},{"exact":{"b":"2"}}]}');
    expect(toJSON(intersect(any, RESIDENTS))).toBe(
      '{"all":[{"any":[{"exact":{"a":"1"}},{"exact":{"b":"2"}}]},{"exact":{"municipality":"0363"}}]}',
    );
  });

  it('can exceed the default limits, which guard untrusted text only', () => {
    const wide = (name: string) =>
      compileFilter(
        `{"any":[${Array.from({ length: 63 }, (_, i) => `{"exact":{"${name}":"${i}"}}`).join(',')}]}`,
      );
    const both = intersect(wide('a'), wide('b'));
    expect(both.matches({ a: '5', b: '62' })).toBe(true);
    expect(() => compileFilter(toJSON(both))).toThrow(/more than 64 filters/);
    expect(compileFilter(toJSON(both), { ...DEFAULT_FILTER_LIMITS, maxNodes: 129 }).node).toEqual(both.node);
  });
});

describe('narrows', () => {
  it('bounds the requested filter by the approved one', () => {
    const approved = compileFilter('{"exact":{"municipality":"0363"}}');
    const requested = compileFilter(
      '{"any":[{"exact":{"municipality":"0599"}},{"suffix":{"type":".born"}}]}',
    );
    const effective = narrows(approved, requested);
    expect(effective.matches({ municipality: '0599', type: 'nl.brp.person.born' })).toBe(false);
    expect(effective.matches({ municipality: '0363', type: 'nl.brp.person.born' })).toBe(true);
    expect(effective.matches({ municipality: '0363', type: 'nl.brp.person.died' })).toBe(false);
    expect(narrows(approved, EVERYTHING)).toBe(approved);
    expect(narrows(EVERYTHING, requested)).toBe(requested);
  });
});
