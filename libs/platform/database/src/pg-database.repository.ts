import { finished as streamFinished } from 'node:stream/promises';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import type { Logger } from '@sild/platform-logging';
import { tryPgAdvisoryLock, type AdvisoryLock } from './advisory-lock';
import { copyStatement, encodeCopyRows, type CopyColumn, type CopyValue } from './copy-binary';
import { DatabaseErrorCode, DatabaseException } from './database.exception';
import type { QueryResult, SqlClient, SqlDatabase } from './sql-database.repository';

export interface PgDatabaseOptions {
  /** postgres:// URL; `?options=-c search_path=...` and other libpq-style parameters work. */
  readonly url: string;
  /** Pool size (default 10). */
  readonly maxConnections?: number;
  /** How long to wait for a connection before giving up (default 5 s), so ping() is bounded. */
  readonly connectTimeoutMs?: number;
  readonly applicationName?: string;
}

/** A URL fit for logs: no password. */
export function redactDatabaseUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password !== '') parsed.password = '***';
    return parsed.toString();
  } catch {
    return '[unparseable database URL]';
  }
}

const toResult = <Row>(result: pg.QueryResult): QueryResult<Row> => ({
  rows: result.rows as Row[],
  rowCount: result.rowCount ?? 0,
});

/** Binary COPY of `rows` on one connection (pg-copy-streams speaks COPY FROM STDIN). */
async function copyOn(
  client: pg.PoolClient,
  table: string,
  columns: readonly CopyColumn[],
  rows: readonly (readonly CopyValue[])[],
): Promise<void> {
  if (rows.length === 0) return;
  // encode first: a value that does not fit must fail before COPY starts on the connection, or
  // the half-started COPY's stream would be left without an error listener
  const data = encodeCopyRows(columns, rows);
  const stream = client.query(copyFrom(copyStatement(table, columns, 'stdin')));
  stream.end(data);
  await streamFinished(stream);
}

/** SqlDatabase over a pg connection pool (PostgreSQL server, DATABASE_URL). */
export class PgDatabase implements SqlDatabase {
  readonly kind = 'postgres';
  private readonly pool: pg.Pool;
  private closing: Promise<void> | undefined;

  constructor(
    private readonly options: PgDatabaseOptions,
    private readonly logger?: Logger,
  ) {
    this.pool = new pg.Pool({
      connectionString: options.url,
      max: options.maxConnections ?? 10,
      connectionTimeoutMillis: options.connectTimeoutMs ?? 5_000,
      application_name: options.applicationName ?? 'sild',
    });
    // an idle connection that breaks (server restart) must not crash the process
    this.pool.on('error', (error) => {
      this.logger?.warn({ err: error }, 'idle PostgreSQL connection failed');
    });
  }

  async query<Row extends object = Record<string, unknown>>(
    sql: string,
    params: readonly unknown[] = [],
  ): Promise<QueryResult<Row>> {
    this.assertOpen();
    return toResult<Row>(await this.pool.query(sql, [...params]));
  }

  async exec(script: string): Promise<void> {
    this.assertOpen();
    await this.pool.query(script);
  }

  async copyRows(
    table: string,
    columns: readonly CopyColumn[],
    rows: readonly (readonly CopyValue[])[],
  ): Promise<void> {
    this.assertOpen();
    const client = await this.pool.connect();
    let healthy = true;
    try {
      await copyOn(client, table, columns, rows);
    } catch (error) {
      healthy = false;
      throw error;
    } finally {
      client.release(!healthy);
    }
  }

  async transaction<T>(fn: (tx: SqlClient) => Promise<T>): Promise<T> {
    this.assertOpen();
    const client = await this.pool.connect();
    let finished = false;
    const assertActive = (): void => {
      if (finished) throw new DatabaseException(DatabaseErrorCode.CLOSED, 'transaction already ended');
    };
    const tx: SqlClient = {
      query: async <Row extends object>(sql: string, params: readonly unknown[] = []) => {
        assertActive();
        return toResult<Row>(await client.query(sql, [...params]));
      },
      exec: async (script) => {
        assertActive();
        await client.query(script);
      },
      copyRows: async (table, columns, rows) => {
        assertActive();
        await copyOn(client, table, columns, rows);
      },
    };
    let healthy = true;
    // BEGIN/COMMIT/ROLLBACK failing leaves the connection in an unknown state: destroy it after
    const control = async (sql: string): Promise<pg.QueryResult> => {
      try {
        return await client.query(sql);
      } catch (error) {
        healthy = false;
        throw error;
      }
    };
    try {
      await control('BEGIN');
      let value: T;
      try {
        value = await fn(tx);
      } catch (error) {
        finished = true;
        await control('ROLLBACK').catch(() => undefined);
        throw error;
      }
      finished = true;
      const commit = await control('COMMIT');
      if (commit.command === 'ROLLBACK') {
        throw new DatabaseException(
          DatabaseErrorCode.TRANSACTION_ABORTED,
          'transaction rolled back at COMMIT: one of its statements had failed',
        );
      }
      return value;
    } finally {
      finished = true;
      client.release(!healthy);
    }
  }

  async ping(): Promise<void> {
    try {
      await this.query('select 1');
    } catch (error) {
      throw new DatabaseException(
        DatabaseErrorCode.UNAVAILABLE,
        `PostgreSQL does not answer: ${String(error)}`,
        {
          cause: error,
        },
      );
    }
  }

  tryAdvisoryLock(key: string): Promise<AdvisoryLock | undefined> {
    this.assertOpen();
    return tryPgAdvisoryLock(
      key,
      {
        url: this.options.url,
        applicationName: `${this.options.applicationName ?? 'sild'}-lock`,
        connectTimeoutMs: this.options.connectTimeoutMs ?? 5_000,
      },
      this.logger,
    );
  }

  close(): Promise<void> {
    this.closing ??= this.pool.end();
    return this.closing;
  }

  private assertOpen(): void {
    if (this.closing) throw new DatabaseException(DatabaseErrorCode.CLOSED, 'database is closed');
  }
}
