import pg from 'pg';
import { uniqueName } from '@sild/platform-testing';
import { PgliteDatabase } from './pglite-database.repository';

/** The PostgreSQL database of the integration tests (the global setup creates it). */
export const testDatabaseUrl = (): string =>
  process.env['TEST_DATABASE_URL'] ?? 'postgres://postgres@127.0.0.1:5432/sild_test';

let template: Promise<Blob> | undefined;

async function createTemplate(): Promise<Blob> {
  const empty = await PgliteDatabase.open();
  try {
    return await empty.dump();
  } finally {
    await empty.close();
  }
}

/**
 * A fresh, empty in-memory PGlite database for unit tests; close it in afterEach. The first call
 * in a process runs initdb (seconds on a busy machine: give that hook a generous timeout); later
 * calls copy the result (well under a second).
 */
export async function memoryDatabase(): Promise<PgliteDatabase> {
  template ??= createTemplate();
  return PgliteDatabase.open({ initialData: await template });
}

export interface TestSchema {
  readonly schema: string;
  /** The test database URL with this schema first on the search path. */
  readonly url: string;
  /** Drops the schema and everything in it. */
  drop(): Promise<void>;
}

async function withAdmin<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/**
 * A schema of its own in the integration test database, so test runs (and tests) never see each
 * other's tables, sild_migrations included. Unqualified names in the URL's sessions land in it.
 */
export async function createTestSchema(prefix = 'test'): Promise<TestSchema> {
  const base = testDatabaseUrl();
  const schema = uniqueName(prefix)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_');
  await withAdmin(base, (client) => client.query(`create schema "${schema}"`));
  const url = new URL(base);
  url.searchParams.set('options', `-c search_path=${schema}`);
  return {
    schema,
    url: url.toString(),
    drop: () =>
      withAdmin(base, (client) => client.query(`drop schema if exists "${schema}" cascade`)).then(
        () => undefined,
      ),
  };
}
