import { describe, expect, it } from 'vitest';
import type { Member, RegistryState } from '@sild/registry-config';
import { canonicalState } from '../src';

const member = (instance: string, memberClass: string, memberCode: string): Member => ({
  id: { instance, memberClass, memberCode, subsystem: '' },
  name: memberCode,
  createdAt: new Date(0),
});

const empty: RegistryState = {
  version: '1',
  members: [],
  subsystems: [],
  services: [],
  eventTypes: [],
  grants: [],
  subscriptions: [],
  certificates: [],
  trustAnchors: [],
};

describe('canonicalState', () => {
  it('sorts identifiers part by part in code-unit order, as PostgreSQL in the C collation', () => {
    const members = [
      member('NL', 'MUN', 'b'),
      member('NL', 'GOV.x', '1'),
      member('NL', 'GOV', '2'),
      member('NL', 'MUN', 'B'),
    ];
    const sorted = canonicalState({ ...empty, members }).members.map(
      (m) => `${m.id.memberClass}|${m.id.memberCode}`,
    );
    // part by part: GOV before GOV.x (a joined "GOV/2" would sort after "GOV.x/1")
    expect(sorted).toEqual(['GOV|2', 'GOV.x|1', 'MUN|B', 'MUN|b']);
  });

  it('sorts subscriptions by creation time, then id, and leaves the input alone', () => {
    const subscription = (id: string, at: number) => ({
      id,
      subscriber: { instance: 'NL', memberClass: 'MUN', memberCode: '1', subsystem: 's' },
      eventType: 'nl.x.v1',
      filterJson: '',
      approvedFilterJson: '',
      includeFollowed: false,
      purpose: 'p',
      status: 'APPROVED' as const,
      decidedBy: null,
      decidedAt: null,
      reason: '',
      createdAt: new Date(at),
    });
    const subscriptions = [subscription('b', 2), subscription('c', 1), subscription('a', 2)];
    expect(canonicalState({ ...empty, subscriptions }).subscriptions.map((s) => s.id)).toEqual([
      'c',
      'a',
      'b',
    ]);
    expect(subscriptions.map((s) => s.id)).toEqual(['b', 'c', 'a']);
  });
});
