import { describe, expect, it } from 'vitest';
import { AuditorTokens } from './auditor-tokens';

describe('AuditorTokens', () => {
  const tokens = new AuditorTokens('operator token 0123', [{ name: 'alice', token: 'alice token 012345' }]);

  it('names the caller of a known bearer token', () => {
    expect(tokens.principalOf('Bearer operator token 0123')).toEqual({ name: 'operator' });
    expect(tokens.principalOf('Bearer alice token 012345')).toEqual({ name: 'alice' });
  });

  it('refuses a missing or unknown token as UNAUTHENTICATED', () => {
    for (const header of [undefined, '', 'alice token 012345', 'Bearer nope']) {
      expect(() => tokens.principalOf(header)).toThrow(expect.objectContaining({ code: 'UNAUTHENTICATED' }));
    }
  });

  it('lets anyone in as anonymous when no token is configured', () => {
    const open = new AuditorTokens('', []);
    expect(open.open).toBe(true);
    expect(open.principalOf(undefined)).toEqual({ name: 'anonymous' });
  });
});
