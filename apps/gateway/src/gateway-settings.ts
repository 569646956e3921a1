// Parsers of the gateway's structured settings (GATEWAY_MEMBER, GATEWAY_PROVIDERS, GATEWAY_API_TOKENS).
import { MIN_SUBJECT_SECRET_LENGTH } from '@sild/gateway-domain';
import { parseTokenList } from '@sild/platform-config';
const PART = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;

export interface MemberSetting {
  readonly instance: string;
  readonly memberClass: string;
  readonly memberCode: string;
  readonly subsystem: '';
}

/** `INSTANCE/CLASS/CODE`. */
export function parseMemberSetting(text: string): MemberSetting | { error: string } {
  const parts = text.split('/');
  if (parts.length !== 3 || !parts.every((part) => PART.test(part))) {
    return { error: 'must be a member id INSTANCE/CLASS/CODE, e.g. NL/GOV/00000001' };
  }
  const [instance = '', memberClass = '', memberCode = ''] = parts;
  return { instance, memberClass, memberCode, subsystem: '' };
}

export interface BackendSetting {
  readonly subsystem: string;
  readonly kind: 'grpc' | 'http';
  /** host:port for gRPC, the full URL for HTTP. */
  readonly target: string;
}

/** `subsystem=grpc://host:port` or `subsystem=http(s)://host:port/path`, comma separated. */
export function parseBackends(text: string): BackendSetting[] | { error: string } {
  const backends: BackendSetting[] = [];
  for (const entry of text
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean)) {
    const match = /^([^=\s]+)=(grpc|https?):\/\/(\S+)$/.exec(entry);
    const subsystem = match?.[1] ?? '';
    if (!match || !PART.test(subsystem)) {
      return {
        error: `entry "${entry}" must be subsystem=grpc://host:port or subsystem=http://host:port/path`,
      };
    }
    if (backends.some((backend) => backend.subsystem === subsystem)) {
      return { error: `subsystem ${subsystem} is listed twice` };
    }
    const scheme = match[2] ?? '';
    const rest = match[3] ?? '';
    backends.push(
      scheme === 'grpc'
        ? { subsystem, kind: 'grpc', target: rest }
        : { subsystem, kind: 'http', target: `${scheme}://${rest}` },
    );
  }
  return backends;
}

export interface ApiToken {
  readonly token: string;
  readonly subsystems: readonly string[];
}

/** `subsystem[+subsystem...]=token`, comma separated: which subsystems a token may act as. */
export function parseApiTokens(text: string): ApiToken[] | { error: string } {
  const entries = parseTokenList(text, 'subsystem[+subsystem]', (grant) => {
    const subsystems = grant.split('+');
    return subsystems.every((s) => PART.test(s)) ? subsystems : undefined;
  });
  return 'error' in entries ? entries : entries.map(({ grant, token }) => ({ token, subsystems: grant }));
}

/** GATEWAY_SUBJECT_KEY_SECRET: empty (no publishing or following) or at least 32 bytes. */
export function parseSubjectSecret(text: string): Buffer | { error: string } {
  const secret = Buffer.from(text, 'utf8');
  if (secret.length > 0 && secret.length < MIN_SUBJECT_SECRET_LENGTH) {
    return { error: `must be at least ${MIN_SUBJECT_SECRET_LENGTH} characters` };
  }
  return secret;
}
