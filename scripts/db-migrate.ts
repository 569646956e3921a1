// Applies a component's SQL migrations to the PostgreSQL database named by DATABASE_URL.
//   npm run db:migrate -- --component registry --dir apps/registry/migrations
// Exit codes: 0 applied or up to date; 1 bad configuration or a refused/failed migration (one
// line on stderr); 2 bad arguments. Services using embedded PGlite migrate themselves at start.
import { parseArgs } from 'node:util';
import { ConfigException, loadConfig } from '@sild/platform-config';
import {
  PgDatabase,
  redactDatabaseUrl,
  requiredDatabaseConfigSchema,
  runMigrations,
} from '@sild/platform-database';

const USAGE = 'usage: npm run db:migrate -- --component <name> --dir <migrations directory>';

/** Connection failures can be an AggregateError with an empty message: fall back to its code. */
function oneLine(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const code = 'code' in error && typeof error.code === 'string' ? error.code : undefined;
  const text = error.message.split('\n')[0] ?? '';
  return text !== '' ? text : `database error ${code ?? error.name}`;
}

async function main(): Promise<number> {
  let config;
  try {
    config = loadConfig(requiredDatabaseConfigSchema);
  } catch (error) {
    if (!(error instanceof ConfigException)) throw error;
    console.error(error.message);
    return 1;
  }

  let component: string | undefined;
  let directory: string | undefined;
  try {
    ({
      values: { component, dir: directory },
    } = parseArgs({ options: { component: { type: 'string' }, dir: { type: 'string' } }, strict: true }));
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : String(error)}; ${USAGE}`);
    return 2;
  }
  if (component === undefined || directory === undefined) {
    console.error(USAGE);
    return 2;
  }

  const db = new PgDatabase({ url: config.url, applicationName: 'sild-db-migrate', maxConnections: 2 });
  try {
    console.log(`migrating ${component} from ${directory} on ${redactDatabaseUrl(config.url)}`);
    const report = await runMigrations(db, {
      component,
      directory,
      onApplied: (name, ms) => {
        console.log(`applied ${component} ${name} (${ms} ms)`);
      },
    });
    console.log(
      `${component}: ${report.applied.length} applied, ${report.alreadyApplied.length} already applied`,
    );
    return 0;
  } catch (error) {
    console.error(oneLine(error));
    return 1;
  } finally {
    await db.close();
  }
}

process.exitCode = await main();
