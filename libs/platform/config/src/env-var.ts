import { ConfigErrorCode } from './config.exception';

/** One environment variable: its name, how to parse it, and what it is for. */
export interface EnvVar<T> {
  readonly kind: 'env-var';
  readonly name: string;
  readonly description: string;
  readonly defaultText: string | undefined;
  /** A secret: never repeated in error messages, marked in the configuration tables. */
  readonly secret: boolean;
  parse(
    raw: string | undefined,
  ): { ok: true; value: T } | { ok: false; code: ConfigErrorCode; message: string };
}

interface Options<T> {
  /** What the variable means, for error messages and the generated configuration table. */
  description: string;
  /** Used when the variable is unset or empty; without it the variable is required. */
  default?: T;
  /** A secret: an error message never repeats the value. */
  secret?: boolean;
}

type Parser<T> = (raw: string) => T | { error: string };

const isError = (value: unknown): value is { error: string } =>
  typeof value === 'object' && value !== null && 'error' in value && Object.keys(value).length === 1;

function envVar<T>(name: string, options: Options<T>, parse: Parser<T>): EnvVar<T> {
  return {
    kind: 'env-var',
    name,
    description: options.description,
    defaultText: options.default === undefined ? undefined : JSON.stringify(options.default),
    secret: options.secret ?? false,
    parse(raw) {
      const text = raw?.trim();
      if (text === undefined || text === '') {
        if (options.default !== undefined) return { ok: true, value: options.default };
        return { ok: false, code: ConfigErrorCode.MISSING, message: `is required (${options.description})` };
      }
      const parsed = parse(text);
      if (isError(parsed)) {
        const got = options.secret ? '' : ` (got "${text}")`;
        return { ok: false, code: ConfigErrorCode.INVALID, message: `${parsed.error}${got}` };
      }
      return { ok: true, value: parsed };
    },
  };
}

function parseInteger(text: string, min: number, max: number): number | { error: string } {
  if (!/^-?\d+$/.test(text)) return { error: 'must be an integer' };
  const value = Number(text);
  if (!Number.isSafeInteger(value) || value < min || value > max) {
    return { error: `must be an integer from ${min} to ${max}` };
  }
  return value;
}

/** Typed environment variable declarations. */
export const env = {
  string: (name: string, options: Options<string>) => envVar(name, options, (text) => text),

  /** A value with its own syntax: `parse` returns the value or `{ error }` saying what is wrong. */
  parsed: <T>(name: string, options: Options<T>, parse: (text: string) => T | { error: string }) =>
    envVar(name, options, parse),

  integer: (name: string, options: Options<number> & { min?: number; max?: number }) =>
    envVar(name, options, (text) =>
      parseInteger(text, options.min ?? Number.MIN_SAFE_INTEGER, options.max ?? Number.MAX_SAFE_INTEGER),
    ),

  port: (name: string, options: Options<number>) =>
    envVar(name, options, (text) => parseInteger(text, 0, 65_535)),

  boolean: (name: string, options: Options<boolean>) =>
    envVar(name, options, (text) => {
      const lower = text.toLowerCase();
      if (['true', '1', 'yes', 'on'].includes(lower)) return true;
      if (['false', '0', 'no', 'off'].includes(lower)) return false;
      return { error: 'must be true or false' };
    }),

  oneOf: <const V extends string>(name: string, values: readonly V[], options: Options<V>) =>
    envVar(name, options, (text): V | { error: string } =>
      (values as readonly string[]).includes(text)
        ? (text as V)
        : { error: `must be one of ${values.join(', ')}` },
    ),

  url: (name: string, options: Options<string> & { protocols: readonly string[] }) =>
    envVar(name, options, (text) => {
      let url: URL;
      try {
        url = new URL(text);
      } catch {
        return { error: 'must be a URL' };
      }
      const protocol = url.protocol.replace(/:$/, '');
      return options.protocols.includes(protocol)
        ? text
        : { error: `must be a ${options.protocols.join(' or ')} URL` };
    }),

  /** Comma-separated host:port list, e.g. KAFKA_BROKERS=10.0.0.1:9092,10.0.0.2:9092. */
  hostPorts: (name: string, options: Options<readonly string[]>) =>
    envVar(name, options, (text) => {
      const items = text.split(',').map((item) => item.trim());
      const bad = items.find((item) => !/^[^\s:,]+:\d{1,5}$/.test(item));
      return bad === undefined ? items : { error: `must be host:port[,host:port...], "${bad}" is not` };
    }),
};
