import type { AdvisoryLock } from './advisory-lock';
import type { CopyColumn, CopyValue } from './copy-binary';

/** What a query returns: the rows (parsed the same way by both adapters) and the affected count. */
export interface QueryResult<Row> {
  readonly rows: Row[];
  /** Rows returned by a SELECT or changed by INSERT/UPDATE/DELETE; 0 for DDL. */
  readonly rowCount: number;
}

/**
 * The query API shared by a database and a transaction. Both adapters parse values alike:
 * int8 and numeric as strings, timestamps as Date, json/jsonb as objects, bytea as Uint8Array
 * (a Buffer with pg). Errors from PostgreSQL carry their SQLSTATE in `code` (see sqlStateOf).
 */
export interface SqlClient {
  /** One statement with `$1`-style parameters. */
  query<Row extends object = Record<string, unknown>>(
    sql: string,
    params?: readonly unknown[],
  ): Promise<QueryResult<Row>>;
  /** A script of one or more statements without parameters (migrations, fixtures). */
  exec(script: string): Promise<void>;
  /**
   * Inserts rows by binary COPY: for large batches several times cheaper for the server than an
   * INSERT, which must parse every value as text. Each row holds the columns' values in order.
   */
  copyRows(
    table: string,
    columns: readonly CopyColumn[],
    rows: readonly (readonly CopyValue[])[],
  ): Promise<void>;
}

/** The port every repository depends on: PostgreSQL through pg, or embedded PGlite. */
export interface SqlDatabase extends SqlClient {
  readonly kind: 'postgres' | 'pglite';
  /**
   * Runs `fn` in a transaction: commits when it resolves, rolls back when it throws (and
   * rethrows). The client `fn` gets is only valid until then. Do not call the database itself
   * inside `fn`: on PGlite, which has one connection, that waits for the transaction forever.
   */
  transaction<T>(fn: (tx: SqlClient) => Promise<T>): Promise<T>;
  /** Resolves when the database answers a query; throws DatabaseException UNAVAILABLE otherwise. */
  ping(): Promise<void>;
  /**
   * Tries once to take the session-level advisory lock `key` (an int8 in decimal), e.g. to let one
   * replica of a service be the only writer; undefined when another session holds it. PostgreSQL:
   * on a connection of its own, outside the pool. PGlite has one connection and one process per
   * folder, so its lock only keeps out other holders of the same PgliteDatabase's session.
   */
  tryAdvisoryLock(key: string): Promise<AdvisoryLock | undefined>;
  /** Waits for running work and releases connections (or the PGlite instance). Idempotent. */
  close(): Promise<void>;
}

/** The SQLSTATE of an error thrown by either adapter (e.g. '23505' unique violation), if any. */
export function sqlStateOf(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null || !('code' in error)) return undefined;
  const code = error.code;
  return typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code) ? code : undefined;
}
