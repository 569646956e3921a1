// Parsers of the audit service's structured settings (each returns the value or what is wrong).
import { PAYLOAD_KEY_BYTES } from '@sild/audit-domain';
import { parseTokenList } from '@sild/platform-config';

export interface AuditorToken {
  /** Who the token stands for, recorded in the query log. */
  readonly name: string;
  readonly token: string;
}

const NAME = /^[A-Za-z0-9._@-]{1,64}$/;
/** AUDIT_AUDITOR_TOKENS: `name=token,...`, names as recorded in the query log. */
export function parseAuditorTokens(text: string): AuditorToken[] | { error: string } {
  const entries = parseTokenList(text, 'name', (name) => (NAME.test(name) ? name : undefined));
  if ('error' in entries) return entries;
  if (new Set(entries.map(({ grant }) => grant)).size !== entries.length) {
    return { error: 'names and tokens may each be listed once' };
  }
  return entries.map(({ grant, token }) => ({ name: grant, token }));
}

/** AUDIT_PAYLOAD_KEY: empty, or 32 bytes in base64 (`openssl rand -base64 32`). */
export function parsePayloadKey(text: string): Buffer | { error: string } {
  if (text === '') return Buffer.alloc(0);
  const key = Buffer.from(text, 'base64');
  if (key.toString('base64') !== text || key.length !== PAYLOAD_KEY_BYTES) {
    return { error: `must be ${PAYLOAD_KEY_BYTES} bytes in base64` };
  }
  return key;
}

/** AUDIT_STORE_PAYLOADS: services (`INSTANCE/CLASS/CODE/SUBSYSTEM/SERVICE/VERSION`) or event types, `*` suffix for prefixes. */
export function parsePayloadServices(text: string): string[] | { error: string } {
  const patterns = text
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
  const bad = patterns.find(
    (pattern) => /\s/.test(pattern) || pattern.slice(0, -1).includes('*') || pattern === '*',
  );
  return bad === undefined
    ? patterns
    : { error: `"${bad}" is not a service, an event type or a prefix ending in *` };
}
