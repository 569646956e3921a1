import { mkdir } from 'node:fs/promises';
import { PGlite, TransactionAbortedError, types, type Results } from '@electric-sql/pglite';
import type { Logger } from '@sild/platform-logging';
import { checkLockKey, type AdvisoryLock } from './advisory-lock';
import { copyStatement, encodeCopyRows, type CopyColumn, type CopyValue } from './copy-binary';
import { DatabaseErrorCode, DatabaseException } from './database.exception';
import type { QueryResult, SqlClient, SqlDatabase } from './sql-database.repository';

export interface PgliteDatabaseOptions {
  /** Folder holding the database files (created if missing); omit for an in-memory database. */
  readonly dataDir?: string;
  /** Start from a copy of another database (a dump()) instead of an empty one: much faster. */
  readonly initialData?: Blob;
}

const toResult = <Row>(result: Results<Row>): QueryResult<Row> => ({
  rows: result.rows,
  rowCount: result.rowCount ?? 0,
});

/** PGlite reads COPY data from a Blob given with the query, named '/dev/blob' in the statement. */
async function copyWith(
  queryable: Pick<PGlite, 'query'>,
  table: string,
  columns: readonly CopyColumn[],
  rows: readonly (readonly CopyValue[])[],
): Promise<void> {
  if (rows.length === 0) return;
  await queryable.query(copyStatement(table, columns, "'/dev/blob'"), [], {
    blob: new Blob([encodeCopyRows(columns, rows)]),
  });
}

/**
 * SqlDatabase over PGlite: PostgreSQL compiled to WASM, in this process, with one connection.
 * Every query, script and transaction runs one after another through a queue, so a transaction
 * never interleaves with other work. One process per data folder: PGlite does not lock it.
 */
export class PgliteDatabase implements SqlDatabase {
  readonly kind = 'pglite';
  private tail: Promise<unknown> = Promise.resolve();
  private closing: Promise<void> | undefined;

  private constructor(
    private readonly pglite: PGlite,
    private readonly logger?: Logger,
  ) {}

  static async open(options: PgliteDatabaseOptions = {}, logger?: Logger): Promise<PgliteDatabase> {
    if (options.dataDir !== undefined) await mkdir(options.dataDir, { recursive: true });
    const pglite = await PGlite.create({
      ...(options.dataDir === undefined ? {} : { dataDir: options.dataDir }),
      ...(options.initialData === undefined ? {} : { loadDataDir: options.initialData }),
      // int8 as a string, as pg returns it: a number would silently lose precision above 2^53
      parsers: { [types.INT8]: (text: string) => text },
    });
    logger?.info({ dataDir: options.dataDir ?? 'memory' }, 'opened embedded PGlite database');
    return new PgliteDatabase(pglite, logger);
  }

  query<Row extends object = Record<string, unknown>>(
    sql: string,
    params: readonly unknown[] = [],
  ): Promise<QueryResult<Row>> {
    return this.exclusive(async () => toResult(await this.pglite.query<Row>(sql, [...params])));
  }

  exec(script: string): Promise<void> {
    return this.exclusive(async () => {
      await this.pglite.exec(script);
    });
  }

  copyRows(
    table: string,
    columns: readonly CopyColumn[],
    rows: readonly (readonly CopyValue[])[],
  ): Promise<void> {
    return this.exclusive(() => copyWith(this.pglite, table, columns, rows));
  }

  transaction<T>(fn: (tx: SqlClient) => Promise<T>): Promise<T> {
    return this.exclusive(() =>
      this.pglite.transaction(async (transaction) => {
        let finished = false;
        const assertActive = (): void => {
          if (finished) throw new DatabaseException(DatabaseErrorCode.CLOSED, 'transaction already ended');
        };
        const tx: SqlClient = {
          query: async <Row extends object>(sql: string, params: readonly unknown[] = []) => {
            assertActive();
            return toResult(await transaction.query<Row>(sql, [...params]));
          },
          exec: async (script) => {
            assertActive();
            await transaction.exec(script);
          },
          copyRows: async (table, columns, rows) => {
            assertActive();
            await copyWith(transaction, table, columns, rows);
          },
        };
        try {
          return await fn(tx);
        } finally {
          finished = true;
        }
      }),
    ).catch((error: unknown) => {
      if (error instanceof TransactionAbortedError) {
        throw new DatabaseException(
          DatabaseErrorCode.TRANSACTION_ABORTED,
          'transaction rolled back at COMMIT: one of its statements had failed',
          { cause: error },
        );
      }
      throw error;
    });
  }

  /** A tar archive of the whole database, for backups or as another database's initialData. */
  dump(): Promise<Blob> {
    return this.exclusive(() => this.pglite.dumpDataDir('none'));
  }

  async ping(): Promise<void> {
    try {
      await this.query('select 1');
    } catch (error) {
      throw new DatabaseException(DatabaseErrorCode.UNAVAILABLE, `PGlite does not answer: ${String(error)}`, {
        cause: error,
      });
    }
  }

  async tryAdvisoryLock(key: string): Promise<AdvisoryLock | undefined> {
    checkLockKey(key);
    const { rows } = await this.query<{ locked: boolean }>(
      'select pg_try_advisory_lock($1::bigint) as locked',
      [key],
    );
    if (rows[0]?.locked !== true) return undefined;
    let released = false;
    return {
      key,
      // the one connection lives as long as the database: the lock is lost only by release()
      lost: new Promise<Error>(() => undefined),
      release: async () => {
        if (released || this.closing) return;
        released = true;
        await this.query('select pg_advisory_unlock($1::bigint)', [key]);
      },
    };
  }

  close(): Promise<void> {
    // queued work finishes first; later calls are refused
    this.closing ??= this.tail.then(async () => {
      await this.pglite.close();
      this.logger?.info('closed embedded PGlite database');
    });
    return this.closing;
  }

  /** Runs `work` after everything queued before it; failures do not block the queue. */
  private exclusive<T>(work: () => Promise<T>): Promise<T> {
    if (this.closing) {
      return Promise.reject(new DatabaseException(DatabaseErrorCode.CLOSED, 'database is closed'));
    }
    const result = this.tail.then(work);
    this.tail = result.catch(() => undefined);
    return result;
  }
}
