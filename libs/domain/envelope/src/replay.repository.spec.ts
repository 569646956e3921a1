import { describe, expect, it } from 'vitest';
import { InMemoryReplayRepository } from './replay.repository';

describe('InMemoryReplayRepository', () => {
  it('accepts a key once until it expires', async () => {
    const store = new InMemoryReplayRepository(10);
    expect(await store.rememberIfNew('a', 1000, 0)).toBe(true);
    expect(await store.rememberIfNew('a', 1000, 500)).toBe(false);
    expect(await store.rememberIfNew('b', 2000, 500)).toBe(true);
  });

  it('drops expired keys to stay within its bound', async () => {
    const store = new InMemoryReplayRepository(3);
    for (let i = 0; i < 100; i++) expect(await store.rememberIfNew(`k${i}`, i * 10 + 5, i * 10)).toBe(true);
    expect(store.size).toBeLessThanOrEqual(3);
  });

  it('when full of live keys, evicts the oldest and refuses what it can no longer prove new', async () => {
    const store = new InMemoryReplayRepository(2);
    expect(await store.rememberIfNew('a', 1000, 0)).toBe(true);
    expect(await store.rememberIfNew('b', 2000, 0)).toBe(true);
    expect(await store.rememberIfNew('c', 3000, 0)).toBe(true); // evicts a (expires 1000)
    expect(store.size).toBe(2);
    expect(await store.rememberIfNew('a', 1000, 0)).toBe(false); // a replay of a is still refused
    expect(await store.rememberIfNew('d', 999, 0)).toBe(false); // fail closed below the floor
    expect(await store.rememberIfNew('e', 4000, 0)).toBe(true);
  });
});
