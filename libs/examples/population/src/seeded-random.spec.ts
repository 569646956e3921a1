import { describe, expect, it } from 'vitest';
import { SeededRandom } from './seeded-random';

const draw = (random: SeededRandom, n: number) => Array.from({ length: n }, () => random.next());

describe('SeededRandom', () => {
  it('gives the same sequence for the same seed and another for another seed', () => {
    expect(draw(new SeededRandom('a'), 100)).toEqual(draw(new SeededRandom('a'), 100));
    expect(draw(new SeededRandom('a'), 100)).not.toEqual(draw(new SeededRandom('b'), 100));
  });

  it('stays in range and reaches both ends', () => {
    const random = new SeededRandom('range');
    const values = new Set<number>();
    for (let i = 0; i < 10_000; i += 1) {
      const value = random.integer(3, 7);
      expect(value).toBeGreaterThanOrEqual(3);
      expect(value).toBeLessThanOrEqual(7);
      values.add(value);
    }
    expect([...values].sort()).toEqual([3, 4, 5, 6, 7]);
    for (const value of draw(random, 1_000)) expect(value >= 0 && value < 1).toBe(true);
  });

  it('chooses in proportion to the weights', () => {
    const random = new SeededRandom('weights');
    const counts = { a: 0, b: 0, c: 0 };
    for (let i = 0; i < 30_000; i += 1) {
      const key = random.weighted([
        { value: 'a' as const, weight: 1 },
        { value: 'b' as const, weight: 2 },
        { value: 'c' as const, weight: 0 },
      ]);
      counts[key] += 1;
    }
    expect(counts.c).toBe(0);
    expect(counts.b / counts.a).toBeGreaterThan(1.8);
    expect(counts.b / counts.a).toBeLessThan(2.2);
  });

  it('refuses to pick from nothing', () => {
    expect(() => new SeededRandom('x').pick([])).toThrow('empty');
    expect(() => new SeededRandom('x').weighted([])).toThrow('empty');
  });
});
