import { describe, expect, it } from 'vitest';
import { BearerTokens, parseTokenList } from './token-list';

const TOKEN = 'a-token-of-24-characters';
const upper = (grant: string) => (/^[A-Z]+$/.test(grant) ? grant.toLowerCase() : undefined);

describe('parseTokenList', () => {
  it('reads grant=token entries, splitting at the first =', () => {
    expect(parseTokenList(` AB=${TOKEN} , CD=${TOKEN}=x,`, 'NAME', upper)).toEqual([
      { grant: 'ab', token: TOKEN },
      { grant: 'cd', token: `${TOKEN}=x` },
    ]);
    expect(parseTokenList('', 'NAME', upper)).toEqual([]);
  });

  it.each([
    ['a short token', 'AB=fifteen-chars'],
    ['no grant', `=${TOKEN}`],
    ['no =', TOKEN],
    ['a grant its parser refuses', `ab=${TOKEN}`],
  ])('refuses %s, naming the shape and not the token', (_, text) => {
    const result = parseTokenList(text, 'NAME', upper);
    expect(result).toEqual({ error: 'entries must be NAME=token with tokens of at least 16 characters' });
  });

  it('refuses a token listed twice', () => {
    expect(parseTokenList(`AB=${TOKEN},CD=${TOKEN}`, 'NAME', upper)).toEqual({
      error: 'a token may be listed once',
    });
  });
});

describe('BearerTokens', () => {
  const tokens = new BearerTokens([
    { grant: 'alice', token: TOKEN },
    { grant: 'bob', token: `${TOKEN}-bob` },
  ]);

  it("gives the grant of the header's bearer token", () => {
    expect(tokens.grantOf(`Bearer ${TOKEN}`)).toBe('alice');
    expect(tokens.grantOf(`Bearer ${TOKEN}-bob`)).toBe('bob');
    expect(tokens.size).toBe(2);
  });

  it('gives nothing for an unknown token, another scheme or no header', () => {
    for (const header of [`Bearer ${TOKEN}x`, `Basic ${TOKEN}`, TOKEN, 'Bearer ', '', undefined]) {
      expect(tokens.grantOf(header)).toBeUndefined();
    }
  });
});
