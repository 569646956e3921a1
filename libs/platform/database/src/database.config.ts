import { env, type EnvVar } from '@sild/platform-config';

const DATABASE_URL_PROTOCOLS = ['postgres', 'postgresql'] as const;

const databaseUrl = (description: string): EnvVar<string> =>
  env.url('DATABASE_URL', { description, protocols: DATABASE_URL_PROTOCOLS });

/** An unset (or empty) variable is `undefined`; a set one must still parse. */
function optional<T>(variable: EnvVar<T>): EnvVar<T | undefined> {
  return {
    ...variable,
    defaultText: JSON.stringify(''), // documented as empty: unset is a choice, not a missing value
    parse: (raw) =>
      raw === undefined || raw.trim() === '' ? { ok: true, value: undefined } : variable.parse(raw),
  };
}

/**
 * The database part of a service's configuration schema: PostgreSQL when DATABASE_URL is set,
 * otherwise an embedded PGlite database in `<SILD_DATA_DIR>/pglite` (default
 * `.data/<service>/pglite`), migrated with the same SQL files.
 */
export function databaseConfigSchema(service: string) {
  return {
    url: optional(
      databaseUrl('PostgreSQL URL, postgres://user:password@host:5432/db; unset: embedded PGlite'),
    ),
    dataDir: env.string('SILD_DATA_DIR', {
      description: `folder for the service's local data; the embedded database lives in its pglite/ folder`,
      default: `.data/${service}`,
    }),
  };
}

/** For tools that only work against a PostgreSQL server (the migration command). */
export const requiredDatabaseConfigSchema = {
  url: databaseUrl('PostgreSQL URL, postgres://user:password@host:5432/db'),
};

export interface DatabaseConfig {
  /** PostgreSQL URL; undefined selects the embedded PGlite database. */
  readonly url: string | undefined;
  /** The service's data folder; PGlite keeps its files in `<dataDir>/pglite`. */
  readonly dataDir: string;
}
