import { describe, expect, it } from 'vitest';
import { SlicedTurns } from './sliced-turns';

/** How many of 1,000 turns had been given when a timer set at the start fired. */
async function givenBeforeTimer(turns: SlicedTurns): Promise<number> {
  let given = 0;
  const all = Promise.all(Array.from({ length: 1000 }, () => turns.next().then(() => given++)));
  const atTimer = await new Promise<number>((resolve) => {
    setTimeout(() => {
      resolve(given);
    }, 0);
  });
  await all;
  expect(given).toBe(1000);
  return atTimer;
}

describe('SlicedTurns', () => {
  it('lets the event loop run timers and I/O between slices of turns', async () => {
    expect(await givenBeforeTimer(new SlicedTurns(10))).toBeLessThan(1000);
  });

  it('gives every turn in one go when a slice holds them all', async () => {
    expect(await givenBeforeTimer(new SlicedTurns(Number.POSITIVE_INFINITY))).toBe(1000);
  });

  it('gives turns in the order they were asked for', async () => {
    const turns = new SlicedTurns(3);
    const order: number[] = [];
    await Promise.all([0, 1, 2, 3, 4, 5, 6].map((i) => turns.next().then(() => order.push(i))));
    expect(order).toEqual([0, 1, 2, 3, 4, 5, 6]);
  });
});
