import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigException, loadConfig } from '@sild/platform-config';
import { databaseConfigSchema, requiredDatabaseConfigSchema } from './database.config';
import { openDatabase, pgliteDirectory } from './database.factory';

const messageOf = (load: () => unknown): string => {
  try {
    load();
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigException);
    return (error as ConfigException).message;
  }
  throw new Error('expected a ConfigException');
};

describe('database configuration', () => {
  it('leaves DATABASE_URL optional and puts PGlite under the service data folder', () => {
    const config = loadConfig(databaseConfigSchema('registry'), { DATABASE_URL: ' ' });
    expect(config).toEqual({ url: undefined, dataDir: '.data/registry' });
    expect(pgliteDirectory(config)).toBe(join('.data/registry', 'pglite'));
    expect(
      loadConfig(databaseConfigSchema('audit'), {
        DATABASE_URL: 'postgresql://sild@db:5432/audit',
        SILD_DATA_DIR: '/var/lib/sild',
      }),
    ).toEqual({ url: 'postgresql://sild@db:5432/audit', dataDir: '/var/lib/sild' });
  });

  it('still rejects a set DATABASE_URL that is not a PostgreSQL URL', () => {
    expect(messageOf(() => loadConfig(databaseConfigSchema('registry'), { DATABASE_URL: 'mysql://x' }))).toBe(
      'invalid configuration: DATABASE_URL must be a postgres or postgresql URL (got "mysql://x")',
    );
  });

  it('requires DATABASE_URL in the schema of the migration command', () => {
    const message = messageOf(() => loadConfig(requiredDatabaseConfigSchema, {}));
    expect(message).toMatch(/^invalid configuration: DATABASE_URL is required/);
    expect(message).not.toContain('\n');
  });
});

describe('openDatabase', { timeout: 120_000 }, () => {
  it('opens PGlite in <dataDir>/pglite when DATABASE_URL is unset', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'sild-data-'));
    try {
      const db = await openDatabase({ url: undefined, dataDir });
      try {
        expect(db.kind).toBe('pglite');
        await db.ping();
        expect((await stat(join(dataDir, 'pglite'))).isDirectory()).toBe(true);
      } finally {
        await db.close();
      }
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  });

  it('opens a pg pool when DATABASE_URL is set (connecting lazily)', async () => {
    const db = await openDatabase({ url: 'postgres://nobody@127.0.0.1:1/none', dataDir: '/nonexistent' });
    expect(db.kind).toBe('postgres');
    await db.close();
  });
});
