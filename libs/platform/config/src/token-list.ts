import { createHash, timingSafeEqual } from 'node:crypto';

/** Shortest bearer token a token list accepts. */
export const MIN_TOKEN_LENGTH = 16;

export interface TokenEntry<T> {
  /** What the token grants, as `parseGrant` read it. */
  readonly grant: T;
  readonly token: string;
}

/**
 * A secret setting of the form `grant=token, grant=token, ...`: each token at least 16
 * characters and listed once (a token's text may itself contain `=`; the first one splits).
 * `parseGrant` reads the part before `=` (undefined: not valid). Errors describe the expected
 * `shape` and never repeat a token.
 */
export function parseTokenList<T>(
  text: string,
  shape: string,
  parseGrant: (grant: string) => T | undefined,
): TokenEntry<T>[] | { error: string } {
  const entries: TokenEntry<T>[] = [];
  for (const entry of text
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean)) {
    const at = entry.indexOf('=');
    const grant = at > 0 ? parseGrant(entry.slice(0, at)) : undefined;
    const token = entry.slice(at + 1);
    if (grant === undefined || token.length < MIN_TOKEN_LENGTH) {
      return {
        error: `entries must be ${shape}=token with tokens of at least ${MIN_TOKEN_LENGTH} characters`,
      };
    }
    if (entries.some((known) => known.token === token)) {
      return { error: 'a token may be listed once' };
    }
    entries.push({ grant, token });
  }
  return entries;
}

/** The token of an `authorization: Bearer <token>` header (HTTP or gRPC metadata), if any. */
export const bearerTokenOf = (authorization: string | undefined): string | undefined =>
  /^Bearer (.+)$/.exec(authorization ?? '')?.[1];

const digestOf = (token: string): Buffer => createHash('sha256').update(token).digest();

/**
 * What each of a set of bearer tokens grants. Tokens are kept only as SHA-256 digests and
 * compared in constant time; the first entry whose token matches decides.
 */
export class BearerTokens<T> {
  private readonly known: readonly { readonly digest: Buffer; readonly grant: T }[];

  constructor(entries: readonly TokenEntry<T>[]) {
    this.known = entries.map(({ grant, token }) => ({ digest: digestOf(token), grant }));
  }

  get size(): number {
    return this.known.length;
  }

  /** The grant of the header's bearer token; undefined without a known one. */
  grantOf(authorization: string | undefined): T | undefined {
    const token = bearerTokenOf(authorization);
    if (token === undefined) return undefined;
    const presented = digestOf(token);
    return this.known.find((known) => timingSafeEqual(known.digest, presented))?.grant;
  }
}
