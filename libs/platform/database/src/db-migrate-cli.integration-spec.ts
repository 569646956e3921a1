// The repo's migration command, scripts/db-migrate.ts, run as a user runs it (through tsx).
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PgDatabase } from './pg-database.repository';
import { createTestSchema, type TestSchema } from './testing';

const root = resolve(import.meta.dirname, '../../../..');

interface Outcome {
  code: number | null;
  stdout: string;
  stderr: string;
}

function migrate(databaseUrl: string | undefined, args: readonly string[]): Promise<Outcome> {
  const env: NodeJS.ProcessEnv = { ...process.env };
  delete env['DATABASE_URL'];
  if (databaseUrl !== undefined) env['DATABASE_URL'] = databaseUrl;
  return new Promise((done) => {
    execFile(
      join(root, 'node_modules/.bin/tsx'),
      ['scripts/db-migrate.ts', ...args],
      { cwd: root, env },
      (error, stdout, stderr) => {
        done({ code: error ? (typeof error.code === 'number' ? error.code : null) : 0, stdout, stderr });
      },
    );
  });
}

const lines = (text: string): string[] => text.split('\n').filter((line) => line !== '');

describe('npm run db:migrate (scripts/db-migrate.ts)', () => {
  let schema: TestSchema;
  let directory: string;
  let args: string[];

  beforeAll(async () => {
    schema = await createTestSchema('cli');
    directory = await mkdtemp(join(tmpdir(), 'sild-cli-migrations-'));
    await writeFile(join(directory, '0001_init.sql'), 'create table cli_thing (id int primary key);\n');
    await writeFile(join(directory, '0002_seed.sql'), 'insert into cli_thing values (1), (2);\n');
    args = ['--component', 'registry', '--dir', directory];
  });

  afterAll(async () => {
    await schema.drop();
    await rm(directory, { recursive: true, force: true });
  });

  it('stops with one line naming DATABASE_URL when it is missing', async () => {
    const outcome = await migrate(undefined, args);
    expect(outcome.code).toBe(1);
    expect(lines(outcome.stderr)).toHaveLength(1);
    expect(outcome.stderr).toContain('DATABASE_URL is required');
    expect(outcome.stdout).toBe('');
  });

  it('stops with one line naming DATABASE_URL when it is not a PostgreSQL URL', async () => {
    const outcome = await migrate('mysql://x', args);
    expect(outcome.code).toBe(1);
    expect(lines(outcome.stderr)).toEqual([
      'invalid configuration: DATABASE_URL must be a postgres or postgresql URL (got "mysql://x")',
    ]);
  });

  it('applies the migrations, prints each, and is a no-op the second time', async () => {
    const first = await migrate(schema.url, args);
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/applied registry 0001_init\.sql/);
    expect(first.stdout).toMatch(/applied registry 0002_seed\.sql/);
    expect(first.stdout).toContain('registry: 2 applied, 0 already applied');

    const db = new PgDatabase({ url: schema.url });
    try {
      expect((await db.query('select id from cli_thing order by id')).rows).toEqual([{ id: 1 }, { id: 2 }]);
    } finally {
      await db.close();
    }

    const second = await migrate(schema.url, args);
    expect(second.code).toBe(0);
    expect(second.stdout).toContain('registry: 0 applied, 2 already applied');
  });

  it('refuses an edited migration with one line naming the file', async () => {
    expect((await migrate(schema.url, args)).code).toBe(0);
    await writeFile(join(directory, '0002_seed.sql'), 'insert into cli_thing values (3);\n');
    const outcome = await migrate(schema.url, args);
    expect(outcome.code).toBe(1);
    expect(lines(outcome.stderr)).toHaveLength(1);
    expect(outcome.stderr).toContain('0002_seed.sql');
  });

  it('explains its arguments when they are missing', async () => {
    const outcome = await migrate(schema.url, ['--component', 'registry']);
    expect(outcome.code).toBe(2);
    expect(lines(outcome.stderr)).toEqual([
      'usage: npm run db:migrate -- --component <name> --dir <migrations directory>',
    ]);
  });
});
