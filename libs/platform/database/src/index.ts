export { checkLockKey, type AdvisoryLock } from './advisory-lock';
export { databaseConfigSchema, requiredDatabaseConfigSchema, type DatabaseConfig } from './database.config';
export {
  copyStatement,
  encodeCopyBinary,
  type CopyColumn,
  type CopyType,
  type CopyValue,
} from './copy-binary';
export { DatabaseErrorCode, DatabaseException } from './database.exception';
export { openDatabase, pgliteDirectory } from './database.factory';
export { MIGRATION_FILE_PATTERN, readMigrationFiles, type MigrationFile } from './migration-files';
export {
  MIGRATIONS_TABLE,
  runMigrations,
  type MigrationOptions,
  type MigrationReport,
} from './migration-runner.service';
export { PgDatabase, redactDatabaseUrl, type PgDatabaseOptions } from './pg-database.repository';
export { PgliteDatabase, type PgliteDatabaseOptions } from './pglite-database.repository';
export { sqlStateOf, type QueryResult, type SqlClient, type SqlDatabase } from './sql-database.repository';
