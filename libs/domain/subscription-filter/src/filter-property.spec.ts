// Random attribute maps x random filters: the compiled filter agrees with a plain reading of the
// CloudEvents Subscriptions API rules, written here without the library's code.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_FILTER_LIMITS, compileFilter, intersect, toJSON } from './index';

type Json = Record<string, unknown> | unknown[];
type Attributes = Record<string, string>;

/** An intersection may exceed the default limits by design (one level and the sum of nodes). */
const ROOMY = { ...DEFAULT_FILTER_LIMITS, maxJsonLength: 1 << 20, maxDepth: 16, maxNodes: 256 };

// few names and short values over a tiny alphabet, so that matches and misses are both common
const NAMES = ['type', 'municipality', 'subject', 'constructor'];
const name = fc.constantFrom(...NAMES);
const text = fc.string({ unit: fc.constantFrom('a', 'b', '.'), minLength: 1, maxLength: 3 });

const { filter } = fc.letrec<{ filter: Json }>((tie) => ({
  filter: fc.oneof(
    { depthSize: 'small', maxDepth: 3 },
    fc.record({ exact: fc.dictionary(name, text, { minKeys: 1, maxKeys: 1 }) }),
    fc.record({ prefix: fc.dictionary(name, text, { minKeys: 1, maxKeys: 1 }) }),
    fc.record({ suffix: fc.dictionary(name, text, { minKeys: 1, maxKeys: 1 }) }),
    fc.record({ all: fc.array(tie('filter'), { minLength: 1, maxLength: 3 }) }),
    fc.record({ any: fc.array(tie('filter'), { minLength: 1, maxLength: 3 }) }),
    fc.record({ not: tie('filter') }),
  ),
}));
const topLevel: fc.Arbitrary<Json> = fc.oneof(filter, fc.array(filter, { maxLength: 3 }));
const attributes: fc.Arbitrary<Attributes> = fc.dictionary(fc.constantFrom(...NAMES, 'source'), text, {
  maxKeys: 5,
});

/** The spec, read literally. */
function reference(expression: unknown, event: Attributes): boolean {
  if (Array.isArray(expression)) return expression.every((part) => reference(part, event));
  const entries = Object.entries(expression as Record<string, unknown>);
  if (entries.length === 0) return true;
  const [[dialect, body]] = entries as [[string, unknown]];
  const [[attribute, expected]] = Object.entries(body as Record<string, string>) as [[string, string]];
  const present = Object.hasOwn(event, attribute);
  const actual = event[attribute] ?? '';
  switch (dialect) {
    case 'exact':
      return present && actual === expected;
    case 'prefix':
      return present && actual.slice(0, expected.length) === expected;
    case 'suffix':
      return (
        present &&
        actual.length >= expected.length &&
        actual.slice(actual.length - expected.length) === expected
      );
    case 'all':
      return (body as unknown[]).every((part) => reference(part, event));
    case 'any':
      return (body as unknown[]).some((part) => reference(part, event));
    case 'not':
      return !reference(body, event);
    default:
      throw new Error(`test generated dialect ${dialect}`);
  }
}

describe('subscription filter properties', () => {
  it('compiled evaluation equals the reference evaluation (2,000 filters x 20 events)', () => {
    fc.assert(
      fc.property(topLevel, fc.array(attributes, { minLength: 20, maxLength: 20 }), (expression, events) => {
        const compiled = compileFilter(JSON.stringify(expression));
        for (const event of events) expect(compiled.matches(event)).toBe(reference(expression, event));
      }),
      { numRuns: 2_000 },
    );
  });

  it('toJSON round-trips: same text, same node, same answers', () => {
    fc.assert(
      fc.property(topLevel, fc.array(attributes, { maxLength: 10 }), (expression, events) => {
        const compiled = compileFilter(JSON.stringify(expression));
        const again = compileFilter(toJSON(compiled));
        expect(toJSON(again)).toBe(toJSON(compiled));
        expect(again.node).toEqual(compiled.node);
        for (const event of events) expect(again.matches(event)).toBe(reference(expression, event));
      }),
      { numRuns: 1_000 },
    );
  });

  it('intersect matches exactly where both match', () => {
    fc.assert(
      fc.property(topLevel, topLevel, fc.array(attributes, { maxLength: 10 }), (a, b, events) => {
        const both = intersect(compileFilter(JSON.stringify(a)), compileFilter(JSON.stringify(b)));
        for (const event of events) {
          expect(both.matches(event)).toBe(reference(a, event) && reference(b, event));
        }
        expect(compileFilter(toJSON(both), ROOMY).node).toEqual(both.node);
      }),
      { numRuns: 1_000 },
    );
  });
});
