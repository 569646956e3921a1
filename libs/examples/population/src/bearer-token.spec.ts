import { describe, expect, it } from 'vitest';
import { bearerTokenMatches } from './bearer-token';

describe('bearerTokenMatches', () => {
  it('accepts only the expected bearer token, and anything when none is expected', () => {
    expect(bearerTokenMatches('Bearer s3cret', 's3cret')).toBe(true);
    expect(bearerTokenMatches('Bearer s3cre', 's3cret')).toBe(false);
    expect(bearerTokenMatches('s3cret', 's3cret')).toBe(false);
    expect(bearerTokenMatches(undefined, 's3cret')).toBe(false);
    expect(bearerTokenMatches(undefined, '')).toBe(true);
  });
});
