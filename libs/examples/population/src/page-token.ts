// Page tokens of the municipality search: base64url of `<municipality code>:<last national id>`.
// Opaque to clients; bound to the municipality searched, so a token of another search is refused.
import { NATIONAL_ID_PATTERN } from './national-id';
import { invalidArgument } from './population.exception';

export function encodePageToken(municipalityCode: string, lastNationalId: string): string {
  return Buffer.from(`${municipalityCode}:${lastNationalId}`, 'utf8').toString('base64url');
}

/** The national id after which the page starts; INVALID_ARGUMENT for anything but our token. */
export function decodePageToken(token: string, municipalityCode: string): string {
  const refused = () => invalidArgument('page_token', 'is not a page token of this search');
  if (!/^[A-Za-z0-9_-]{1,64}$/.test(token)) throw refused();
  const text = Buffer.from(token, 'base64url').toString('utf8');
  const [code, lastNationalId, ...rest] = text.split(':');
  if (
    rest.length > 0 ||
    code !== municipalityCode ||
    lastNationalId === undefined ||
    !NATIONAL_ID_PATTERN.test(lastNationalId) ||
    encodePageToken(code, lastNationalId) !== token
  ) {
    throw refused();
  }
  return lastNationalId;
}
