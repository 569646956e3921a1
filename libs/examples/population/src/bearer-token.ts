import { BearerTokens } from '@sild/platform-config';

/**
 * True when the `authorization` header carries `Bearer <expected>`, compared in constant time;
 * always true when no token is expected ('').
 */
export function bearerTokenMatches(authorization: string | undefined, expected: string): boolean {
  if (expected === '') return true;
  return new BearerTokens([{ grant: true, token: expected }]).grantOf(authorization) === true;
}
