import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { expectEventually } from '@sild/platform-testing';
import { DatabaseErrorCode } from './database.exception';
import { MIGRATION_LOCK_KEY, MIGRATIONS_TABLE, runMigrations } from './migration-runner.service';
import { PgDatabase } from './pg-database.repository';
import { createTestSchema, testDatabaseUrl, type TestSchema } from './testing';

describe('runMigrations against PostgreSQL', () => {
  let schema: TestSchema;
  let directory: string;
  const open: PgDatabase[] = [];

  const database = (applicationName = 'sild-migrations-test'): PgDatabase => {
    const db = new PgDatabase({ url: schema.url, applicationName });
    open.push(db);
    return db;
  };

  beforeEach(async () => {
    schema = await createTestSchema('migrations');
    directory = await mkdtemp(join(tmpdir(), 'sild-migrations-'));
    await writeFile(join(directory, '0001_init.sql'), 'create table runs (migration text);\n');
    for (const n of ['0002', '0003', '0004']) {
      await writeFile(join(directory, `${n}_step.sql`), `insert into runs values ('${n}');\n`);
    }
  });

  afterEach(async () => {
    await Promise.all(open.splice(0).map((db) => db.close()));
    await schema.drop();
    await rm(directory, { recursive: true, force: true });
  });

  const runs = async (db: PgDatabase): Promise<string[]> =>
    (await db.query<{ migration: string }>('select migration from runs order by migration')).rows.map(
      (r) => r.migration,
    );

  it('applies the files into the schema and records them', async () => {
    const db = database();
    const report = await runMigrations(db, { component: 'registry', directory });
    expect(report.applied).toEqual(['0001_init.sql', '0002_step.sql', '0003_step.sql', '0004_step.sql']);
    expect(await runs(db)).toEqual(['0002', '0003', '0004']);
    const { rows } = await db.query<{ table_schema: string }>(
      `select table_schema from information_schema.tables where table_name = $1`,
      [MIGRATIONS_TABLE],
    );
    expect(rows.map((r) => r.table_schema)).toContain(schema.schema);
    expect((await runMigrations(db, { component: 'registry', directory })).applied).toEqual([]);
  });

  it('applies each migration exactly once when two replicas start together', async () => {
    // hold the migration lock so both runners are provably waiting on it at the same time
    const holder = new pg.Client({ connectionString: testDatabaseUrl() });
    await holder.connect();
    try {
      await holder.query('begin');
      await holder.query('select pg_advisory_xact_lock($1::bigint)', [MIGRATION_LOCK_KEY]);
      const [a, b] = [database('sild-replica-a'), database('sild-replica-b')];
      const racing = Promise.all([
        runMigrations(a, { component: 'registry', directory }),
        runMigrations(b, { component: 'registry', directory }),
      ]);
      await expectEventually(async () => {
        const waiting = await holder.query<{ n: number }>(
          `select count(*)::int as n from pg_locks l join pg_stat_activity s using (pid)
           where l.locktype = 'advisory' and not l.granted
             and s.application_name in ('sild-replica-a', 'sild-replica-b')`,
        );
        expect(waiting.rows[0]!.n).toBe(2);
      });
      await holder.query('commit');
      const reports = await racing;
      const applied = reports.flatMap((r) => r.applied).sort();
      expect(applied).toEqual(['0001_init.sql', '0002_step.sql', '0003_step.sql', '0004_step.sql']);
      for (const report of reports) {
        expect([...report.applied, ...report.alreadyApplied].sort()).toEqual(applied);
      }
      expect(await runs(a)).toEqual(['0002', '0003', '0004']);
    } finally {
      await holder.end();
    }
  });

  it('rolls back a failing migration and refuses an edited one', async () => {
    const db = database();
    await writeFile(join(directory, '0005_broken.sql'), "insert into runs values ('0005');\nselect 1/0;\n");
    await expect(runMigrations(db, { component: 'registry', directory })).rejects.toMatchObject({
      code: DatabaseErrorCode.MIGRATION_FAILED,
      message: expect.stringContaining('0005_broken.sql') as unknown,
    });
    expect(await runs(db)).toEqual(['0002', '0003', '0004']);
    await writeFile(join(directory, '0005_broken.sql'), "insert into runs values ('0005');\n");
    await writeFile(join(directory, '0002_step.sql'), "insert into runs values ('edited');\n");
    await expect(runMigrations(db, { component: 'registry', directory })).rejects.toMatchObject({
      code: DatabaseErrorCode.MIGRATION_CHECKSUM_MISMATCH,
      message: expect.stringContaining('0002_step.sql') as unknown,
    });
    expect(await runs(db)).toEqual(['0002', '0003', '0004']);
  });
});
