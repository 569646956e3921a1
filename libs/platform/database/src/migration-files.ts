import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DatabaseErrorCode, DatabaseException } from './database.exception';

/** One SQL migration file: `NNNN_what_it_does.sql`. */
export interface MigrationFile {
  /** The file name, which is also the migration's identity in sild_migrations. */
  readonly name: string;
  /** The numeric prefix, e.g. "0001". */
  readonly version: string;
  /** Hex SHA-256 of the file's bytes. */
  readonly checksum: string;
  readonly sql: string;
}

export const MIGRATION_FILE_PATTERN = /^(\d{4})_[a-z0-9][a-z0-9_-]*\.sql$/;

const invalid = (message: string): DatabaseException =>
  new DatabaseException(DatabaseErrorCode.INVALID_MIGRATIONS, message);

/**
 * Reads every `.sql` file of a directory, in lexical (byte) order. Names must match
 * NNNN_name.sql with lower-case names, and two files may not share a version number (two
 * branches that both added 0007 must be renumbered, not both applied in an accidental order).
 */
export async function readMigrationFiles(directory: string): Promise<MigrationFile[]> {
  let entries: string[];
  try {
    entries = await readdir(directory);
  } catch (error) {
    throw new DatabaseException(
      DatabaseErrorCode.INVALID_MIGRATIONS,
      `cannot read migrations directory ${directory}: ${String(error)}`,
      { cause: error },
    );
  }
  const names = entries.filter((name) => name.endsWith('.sql')).sort(compareNames);
  const files: MigrationFile[] = [];
  const seen = new Map<string, string>();
  for (const name of names) {
    const version = MIGRATION_FILE_PATTERN.exec(name)?.[1];
    if (version === undefined) {
      throw invalid(`migration file ${join(directory, name)} is not named NNNN_lower_case_name.sql`);
    }
    const clash = seen.get(version);
    if (clash !== undefined) {
      throw invalid(`migration files ${clash} and ${name} in ${directory} share version ${version}`);
    }
    seen.set(version, name);
    const bytes = await readFile(join(directory, name));
    files.push({
      name,
      version,
      checksum: createHash('sha256').update(bytes).digest('hex'),
      sql: bytes.toString('utf8'),
    });
  }
  return files;
}

/** Byte-wise order, independent of locale (the same order PostgreSQL's "C" collation gives). */
export const compareNames = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
