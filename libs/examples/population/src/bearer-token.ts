import { createHash, timingSafeEqual } from 'node:crypto';

/**
 * True when the `authorization` header carries `Bearer <expected>`, compared in constant time;
 * always true when no token is expected ('').
 */
export function bearerTokenMatches(authorization: string | undefined, expected: string): boolean {
  if (expected === '') return true;
  const presented = /^Bearer (.+)$/.exec(authorization ?? '')?.[1] ?? '';
  const digest = (text: string) => createHash('sha256').update(text).digest();
  return timingSafeEqual(digest(presented), digest(expected));
}
