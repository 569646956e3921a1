import { describe, expect, it } from 'vitest';
import { subscriptionTopic } from '@sild/contracts';
import { FollowIndex, routes, subscriptionRoute } from './index';
import { AMSTERDAM, subscriptionEntity } from './testing';

const NOW = Date.parse('2026-03-01T00:00:00Z');
const AMSTERDAM_ONLY = '{"exact":{"municipality":"0363"}}';

function matcher(overrides: Parameters<typeof subscriptionEntity>[0], follows = new FollowIndex()) {
  const route = subscriptionRoute(subscriptionEntity(overrides));
  return (municipality: string, subjectKey = 'subject-1') =>
    routes(route, { municipality }, subjectKey, follows, NOW);
}

function following(subjectKey: string, untilMs: number | null = null): FollowIndex {
  const index = new FollowIndex();
  index.apply({ subscriptionId: 's1', subjectKey, following: true, untilMs, createdAtMs: 1 });
  return index;
}

describe('subscriptionRoute', () => {
  it("targets the subscriber's own topic", () => {
    expect(subscriptionRoute(subscriptionEntity({ id: 's1' })).topic).toBe(
      subscriptionTopic(AMSTERDAM, 's1'),
    );
  });

  it('delivers everything without filters, and only what the filter matches with one', () => {
    const all = matcher({ id: 's1' });
    expect([all('0363'), all('0599')]).toEqual([true, true]);
    const amsterdam = matcher({ id: 's1', filterJson: AMSTERDAM_ONLY });
    expect([amsterdam('0363'), amsterdam('0599')]).toEqual([true, false]);
  });

  it('never goes beyond the approved bound: approved AND requested', () => {
    const narrowed = matcher({
      id: 's1',
      filterJson: '{"prefix":{"municipality":"0"}}',
      approvedFilterJson: AMSTERDAM_ONLY,
    });
    expect([narrowed('0363'), narrowed('0599')]).toEqual([true, false]);
    const beyond = matcher({
      id: 's1',
      filterJson: '{"exact":{"municipality":"0599"}}',
      approvedFilterJson: AMSTERDAM_ONLY,
    });
    expect([beyond('0363'), beyond('0599')]).toEqual([false, false]);
    const wholeBound = matcher({ id: 's1', approvedFilterJson: AMSTERDAM_ONLY });
    expect([wholeBound('0363'), wholeBound('0599')]).toEqual([true, false]);
  });

  it('with include_followed and no filter: only the followed subjects, within the bound', () => {
    const only = matcher(
      { id: 's1', includeFollowed: true, approvedFilterJson: '{"prefix":{"municipality":"0"}}' },
      following('p-7'),
    );
    expect(only('0363', 'subject-1')).toBe(false);
    expect(only('0599', 'p-7')).toBe(true);
    expect(only('1680', 'p-7')).toBe(false);
  });

  it('with include_followed and a filter: the filter OR the followed subjects', () => {
    const both = matcher({ id: 's1', includeFollowed: true, filterJson: AMSTERDAM_ONLY }, following('p-7'));
    expect([both('0363', 'subject-1'), both('0599', 'subject-1'), both('0599', 'p-7')]).toEqual([
      true,
      false,
      true,
    ]);
  });

  it('ignores follows without include_followed, and follows that have ended', () => {
    expect(matcher({ id: 's1', filterJson: AMSTERDAM_ONLY }, following('p-7'))('0599', 'p-7')).toBe(false);
    const ended = matcher({ id: 's1', includeFollowed: true }, following('p-7', NOW))('0599', 'p-7');
    expect(ended).toBe(false);
    expect(matcher({ id: 's1', includeFollowed: true }, following('p-7', NOW + 1))('0599', 'p-7')).toBe(true);
  });

  it('refuses to compile a filter the registry should never have stored', () => {
    expect(() => subscriptionRoute(subscriptionEntity({ id: 's1', filterJson: '{"sql":"x"}' }))).toThrow();
  });
});
