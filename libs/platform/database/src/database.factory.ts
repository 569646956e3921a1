import { join } from 'node:path';
import type { Logger } from '@sild/platform-logging';
import type { DatabaseConfig } from './database.config';
import { PgDatabase, redactDatabaseUrl } from './pg-database.repository';
import { PgliteDatabase } from './pglite-database.repository';
import type { SqlDatabase } from './sql-database.repository';

/** The folder openDatabase gives PGlite for a configuration. */
export const pgliteDirectory = (config: DatabaseConfig): string => join(config.dataDir, 'pglite');

/**
 * PostgreSQL (a pg pool) when DATABASE_URL is set, otherwise the embedded PGlite database in the
 * data folder. Either way the caller runs the component's migrations next.
 */
export async function openDatabase(config: DatabaseConfig, logger?: Logger): Promise<SqlDatabase> {
  if (config.url !== undefined) {
    logger?.info({ url: redactDatabaseUrl(config.url) }, 'using PostgreSQL');
    return new PgDatabase({ url: config.url }, logger);
  }
  return PgliteDatabase.open({ dataDir: pgliteDirectory(config) }, logger);
}
