import { createHash } from 'node:crypto';
import { mkdtemp, rm, unlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DatabaseErrorCode, DatabaseException } from './database.exception';
import { MIGRATIONS_TABLE, runMigrations } from './migration-runner.service';
import type { PgliteDatabase } from './pglite-database.repository';
import { memoryDatabase } from './testing';

const SLOW = 120_000;

const INIT = `create table step (n int primary key, note text);
insert into step values (1, 'init');`;
const SECOND = `alter table step add column extra text;
insert into step values (2, 'second');`;
const THIRD = `insert into step values (3, 'third');`;

describe('runMigrations', { timeout: SLOW }, () => {
  let db: PgliteDatabase;
  let directory: string;

  beforeEach(async () => {
    db = await memoryDatabase();
    directory = await mkdtemp(join(tmpdir(), 'sild-migrations-'));
  }, SLOW);

  afterEach(async () => {
    await db.close();
    await rm(directory, { recursive: true, force: true });
  });

  const write = (name: string, sql: string): Promise<void> => writeFile(join(directory, name), sql);
  const run = (component = 'registry') => runMigrations(db, { component, directory });
  const steps = async (): Promise<string[]> =>
    (await db.query<{ note: string }>('select note from step order by n')).rows.map((r) => r.note);
  const failure = (promise: Promise<unknown>): Promise<DatabaseException> =>
    promise.then(
      () => {
        throw new Error('expected runMigrations to refuse');
      },
      (error: unknown) => {
        expect(error).toBeInstanceOf(DatabaseException);
        return error as DatabaseException;
      },
    );

  it('applies pending files in lexical order and records each with its checksum', async () => {
    // written out of order: the directory listing order must not matter
    await write('0002_second.sql', SECOND);
    await write('0001_init.sql', INIT);
    await write('README.md', 'not a migration');
    const applied: string[] = [];
    const report = await runMigrations(db, {
      component: 'registry',
      directory,
      onApplied: (name) => applied.push(name),
    });
    expect(report).toEqual({
      component: 'registry',
      applied: ['0001_init.sql', '0002_second.sql'],
      alreadyApplied: [],
    });
    expect(applied).toEqual(report.applied);
    expect(await steps()).toEqual(['init', 'second']);
    const { rows } = await db.query<{ component: string; name: string; checksum: string; applied_at: Date }>(
      `select component, name, checksum, applied_at from ${MIGRATIONS_TABLE} order by name`,
    );
    expect(rows.map((r) => [r.component, r.name, r.checksum])).toEqual([
      ['registry', '0001_init.sql', createHash('sha256').update(INIT).digest('hex')],
      ['registry', '0002_second.sql', createHash('sha256').update(SECOND).digest('hex')],
    ]);
    expect(rows[0]!.applied_at).toBeInstanceOf(Date);
  });

  it('is idempotent and later applies only new files', async () => {
    await write('0001_init.sql', INIT);
    await run();
    expect(await run()).toEqual({ component: 'registry', applied: [], alreadyApplied: ['0001_init.sql'] });
    await write('0002_second.sql', SECOND);
    expect(await run()).toEqual({
      component: 'registry',
      applied: ['0002_second.sql'],
      alreadyApplied: ['0001_init.sql'],
    });
    expect(await steps()).toEqual(['init', 'second']);
  });

  it('refuses to run when an applied file changed, naming it, and applies nothing', async () => {
    await write('0001_init.sql', INIT);
    await run();
    await write('0001_init.sql', `${INIT}\n-- edited`);
    await write('0002_second.sql', SECOND);
    const error = await failure(run());
    expect(error.code).toBe(DatabaseErrorCode.MIGRATION_CHECKSUM_MISMATCH);
    expect(error.message).toContain('0001_init.sql');
    expect(await steps()).toEqual(['init']);
  });

  it('refuses to run when an applied file is missing', async () => {
    await write('0001_init.sql', INIT);
    await write('0002_second.sql', SECOND);
    await run();
    await unlink(join(directory, '0002_second.sql'));
    const error = await failure(run());
    expect(error.code).toBe(DatabaseErrorCode.MIGRATION_MISSING);
    expect(error.message).toContain('0002_second.sql');
  });

  it('refuses a new file that sorts before an applied one', async () => {
    await write('0001_init.sql', INIT);
    await write('0003_third.sql', THIRD);
    await run();
    await write('0002_second.sql', SECOND);
    const error = await failure(run());
    expect(error.code).toBe(DatabaseErrorCode.MIGRATION_OUT_OF_ORDER);
    expect(error.message).toContain('0002_second.sql');
  });

  it('rolls back a failing migration whole and keeps the ones before it', async () => {
    await write('0001_init.sql', INIT);
    await write('0002_broken.sql', `create table half_done (x int);\ninsert into nowhere values (1);`);
    const error = await failure(run());
    expect(error.code).toBe(DatabaseErrorCode.MIGRATION_FAILED);
    expect(error.message).toContain('0002_broken.sql');
    expect(await steps()).toEqual(['init']);
    const { rows } = await db.query(`select to_regclass('half_done') as t`);
    expect(rows).toEqual([{ t: null }]);
    const recorded = await db.query<{ name: string }>(`select name from ${MIGRATIONS_TABLE}`);
    expect(recorded.rows).toEqual([{ name: '0001_init.sql' }]);
  });

  it('rejects badly named files, shared version numbers and a missing directory', async () => {
    await write('1_init.sql', INIT);
    expect((await failure(run())).message).toContain('1_init.sql');
    await rm(join(directory, '1_init.sql'));
    await write('0001_init.sql', INIT);
    await write('0001_other.sql', THIRD);
    const shared = await failure(run());
    expect(shared.code).toBe(DatabaseErrorCode.INVALID_MIGRATIONS);
    expect(shared.message).toContain('0001_other.sql');
    const missing = await failure(
      runMigrations(db, { component: 'registry', directory: join(directory, 'nope') }),
    );
    expect(missing.code).toBe(DatabaseErrorCode.INVALID_MIGRATIONS);
    await expect(runMigrations(db, { component: 'Bad Name', directory })).rejects.toMatchObject({
      code: DatabaseErrorCode.INVALID_MIGRATIONS,
    });
  });

  it('keeps a separate history per component', async () => {
    await write('0001_init.sql', 'create table registry_thing (x int);');
    expect((await run('registry')).applied).toEqual(['0001_init.sql']);
    await write('0001_init.sql', 'create table audit_thing (x int);');
    expect((await run('audit')).applied).toEqual(['0001_init.sql']);
    // registry's 0001 now has other content on disk: registry refuses, audit is fine
    expect((await failure(run('registry'))).code).toBe(DatabaseErrorCode.MIGRATION_CHECKSUM_MISMATCH);
    expect((await run('audit')).applied).toEqual([]);
  });

  it('applies each migration once when runners race on one database', async () => {
    await write('0001_init.sql', INIT);
    await write('0002_second.sql', SECOND);
    await write('0003_third.sql', THIRD);
    const reports = await Promise.all([run(), run(), run()]);
    const applied = reports.flatMap((r) => r.applied).sort();
    expect(applied).toEqual(['0001_init.sql', '0002_second.sql', '0003_third.sql']);
    for (const report of reports) {
      expect([...report.applied, ...report.alreadyApplied].sort()).toEqual(applied);
    }
    expect(await steps()).toEqual(['init', 'second', 'third']);
  });
});
