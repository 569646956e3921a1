import type { Logger } from '@sild/platform-logging';
import { DatabaseErrorCode, DatabaseException } from './database.exception';
import { compareNames, readMigrationFiles, type MigrationFile } from './migration-files';
import type { SqlClient, SqlDatabase } from './sql-database.repository';

export const MIGRATIONS_TABLE = 'sild_migrations';

/**
 * One advisory lock for every migration runner of a database (any component): runners on other
 * replicas wait for it, so each migration is applied exactly once. PGlite has the same functions
 * (with one connection the lock is always free; the PGlite adapter's queue does the serializing).
 */
export const MIGRATION_LOCK_KEY = '5196201404823367511';

export interface MigrationOptions {
  /** Owner of the migrations, e.g. "registry": each component has its own history. */
  readonly component: string;
  /** Folder with NNNN_name.sql files. */
  readonly directory: string;
  readonly logger?: Logger;
  /** Called after each migration this run applied (progress for command-line tools). */
  readonly onApplied?: (name: string, ms: number) => void;
}

export interface MigrationReport {
  readonly component: string;
  /** Files this call applied, in order. */
  readonly applied: readonly string[];
  /** Files that were already applied (by an earlier run or by another replica meanwhile). */
  readonly alreadyApplied: readonly string[];
}

interface AppliedRow {
  name: string;
  checksum: string;
}

const COMPONENT_PATTERN = /^[a-z][a-z0-9-]*$/;

/** Must open the transaction: under read committed, reads after the lock see earlier commits. */
async function lock(tx: SqlClient): Promise<void> {
  await tx.exec('set transaction isolation level read committed');
  await tx.query('select pg_advisory_xact_lock($1::bigint)', [MIGRATION_LOCK_KEY]);
}

async function readHistory(tx: SqlClient, component: string): Promise<Map<string, string>> {
  const { rows } = await tx.query<AppliedRow>(
    `select name, checksum from ${MIGRATIONS_TABLE} where component = $1`,
    [component],
  );
  return new Map(rows.map((row) => [row.name, row.checksum]));
}

function verifyHistory(
  files: readonly MigrationFile[],
  history: Map<string, string>,
  directory: string,
): void {
  const byName = new Map(files.map((file) => [file.name, file]));
  for (const [name, checksum] of [...history].sort(([a], [b]) => compareNames(a, b))) {
    const file = byName.get(name);
    if (file === undefined) {
      throw new DatabaseException(
        DatabaseErrorCode.MIGRATION_MISSING,
        `migration ${name} was applied but is missing from ${directory}`,
      );
    }
    if (file.checksum !== checksum) {
      throw new DatabaseException(
        DatabaseErrorCode.MIGRATION_CHECKSUM_MISMATCH,
        `migration ${name} changed after it was applied (checksum ${checksum}, file now ${file.checksum}); add a new migration instead`,
      );
    }
  }
  const latest = [...history.keys()].sort(compareNames).at(-1);
  const early = files.find((file) => !history.has(file.name) && latest !== undefined && file.name < latest);
  if (early !== undefined && latest !== undefined) {
    throw new DatabaseException(
      DatabaseErrorCode.MIGRATION_OUT_OF_ORDER,
      `migration ${early.name} is pending but sorts before the applied ${latest}; renumber it`,
    );
  }
}

/**
 * Applies a component's pending migrations in lexical order, each in its own transaction that
 * also records it in sild_migrations. Refuses (DatabaseException naming the file) when an
 * applied file changed or disappeared, or a new file sorts before an applied one. Safe to run
 * from several replicas at once.
 */
export async function runMigrations(db: SqlDatabase, options: MigrationOptions): Promise<MigrationReport> {
  const { component, directory, logger, onApplied } = options;
  if (!COMPONENT_PATTERN.test(component)) {
    throw new DatabaseException(
      DatabaseErrorCode.INVALID_MIGRATIONS,
      `invalid component name "${component}"`,
    );
  }
  const files = await readMigrationFiles(directory);
  const history = await db.transaction(async (tx) => {
    await lock(tx);
    await tx.exec(
      `create table if not exists ${MIGRATIONS_TABLE} (
         component text not null,
         name text not null,
         checksum text not null,
         applied_at timestamptz not null default now(),
         primary key (component, name)
       )`,
    );
    return readHistory(tx, component);
  });
  verifyHistory(files, history, directory);

  const applied: string[] = [];
  const alreadyApplied = files.filter((file) => history.has(file.name)).map((file) => file.name);
  for (const file of files.filter((candidate) => !history.has(candidate.name))) {
    const started = Date.now();
    const ran = await db.transaction(async (tx) => {
      await lock(tx);
      const current = await readHistory(tx, component);
      // another replica may have applied this file (or others) while we waited for the lock
      verifyHistory(files, current, directory);
      if (current.has(file.name)) return false;
      try {
        await tx.exec(file.sql);
      } catch (error) {
        throw new DatabaseException(
          DatabaseErrorCode.MIGRATION_FAILED,
          `migration ${file.name} of ${component} failed and was rolled back: ${error instanceof Error ? error.message : String(error)}`,
          { cause: error },
        );
      }
      await tx.query(`insert into ${MIGRATIONS_TABLE} (component, name, checksum) values ($1, $2, $3)`, [
        component,
        file.name,
        file.checksum,
      ]);
      return true;
    });
    if (ran) {
      const ms = Date.now() - started;
      applied.push(file.name);
      logger?.info({ component, migration: file.name, ms }, 'applied migration');
      onApplied?.(file.name, ms);
    } else {
      alreadyApplied.push(file.name);
    }
  }
  logger?.info(
    { component, applied: applied.length, alreadyApplied: alreadyApplied.length },
    applied.length > 0 ? 'migrations applied' : 'database schema up to date',
  );
  return { component, applied, alreadyApplied };
}
