import { describe, expect, it } from 'vitest';
import { FollowIndex, type FollowEntry } from './index';

const entry = (overrides: Partial<FollowEntry> = {}): FollowEntry => ({
  subscriptionId: 's1',
  subjectKey: 'p-1',
  following: true,
  untilMs: null,
  createdAtMs: 100,
  ...overrides,
});

describe('FollowIndex', () => {
  it('follows until withdrawn, or until the given end', () => {
    const index = new FollowIndex();
    expect(index.apply(entry())).toBe('followed');
    expect(index.apply(entry({ subjectKey: 'p-2', untilMs: 500 }))).toBe('followed');
    expect(index.isFollowed('s1', 'p-1', 10 ** 15)).toBe(true);
    expect(index.isFollowed('s1', 'p-2', 499)).toBe(true);
    expect(index.isFollowed('s1', 'p-2', 500)).toBe(false);
    expect(index.isFollowed('s2', 'p-1', 0)).toBe(false);
    expect(index.size).toBe(2);
    expect(index.apply(entry({ following: false, createdAtMs: 101 }))).toBe('withdrawn');
    expect(index.isFollowed('s1', 'p-1', 0)).toBe(false);
    expect(index.size).toBe(1);
  });

  it('never lets an older indication replace a newer one, even after a withdrawal', () => {
    const index = new FollowIndex();
    index.apply(entry({ following: false, createdAtMs: 200 }));
    expect(index.apply(entry({ createdAtMs: 100 }))).toBe('stale');
    expect(index.isFollowed('s1', 'p-1', 0)).toBe(false);
    expect(index.apply(entry({ createdAtMs: 300 }))).toBe('followed');
    expect(index.isFollowed('s1', 'p-1', 0)).toBe(true);
  });

  it('forgets a pair on a tombstone', () => {
    const index = new FollowIndex();
    index.apply(entry());
    index.forget('s1', 'p-1');
    index.forget('s1', 'p-unknown');
    expect(index.isFollowed('s1', 'p-1', 0)).toBe(false);
    expect(index.size).toBe(0);
    expect(index.apply(entry({ createdAtMs: 1 }))).toBe('followed');
  });
});
