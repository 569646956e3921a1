import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkCopyRows } from './copy-rows.checks';
import { DatabaseErrorCode, DatabaseException } from './database.exception';
import { PgliteDatabase } from './pglite-database.repository';
import { sqlStateOf } from './sql-database.repository';
import { memoryDatabase } from './testing';

// the first PGlite of a process runs initdb: seconds on a busy two-core machine
const SLOW = 120_000;

/** A promise the test resolves itself: ordering without timers. */
function deferred(): { promise: Promise<void>; resolve: () => void } {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

describe('PgliteDatabase', { timeout: SLOW }, () => {
  let db: PgliteDatabase;

  beforeEach(async () => {
    db = await memoryDatabase();
    await db.exec('create table item (id int8 primary key, name text not null unique)');
  }, SLOW);

  afterEach(async () => {
    await db.close();
  });

  const count = async (): Promise<number> =>
    (await db.query<{ n: number }>('select count(*)::int as n from item')).rows[0]!.n;

  it('copies rows in binary, in and outside transactions, refusing values that do not fit', async () => {
    await checkCopyRows(db, 'copied');
  });

  it('runs parameterized queries, reports row counts, and returns int8 as a string like pg', async () => {
    const inserted = await db.query('insert into item values ($1, $2), ($3, $4)', [
      '9007199254740993',
      'a',
      2,
      'b',
    ]);
    expect(inserted.rowCount).toBe(2);
    const updated = await db.query("update item set name = name || '!' where id = $1", [2]);
    expect(updated.rowCount).toBe(1);
    const selected = await db.query<{ id: string; name: string }>('select id, name from item order by name');
    expect(selected).toEqual({
      rows: [
        { id: '9007199254740993', name: 'a' },
        { id: '2', name: 'b!' },
      ],
      rowCount: 2,
    });
  });

  it('exposes the SQLSTATE of a failed statement', async () => {
    await db.query("insert into item values (1, 'a')");
    const error: unknown = await db.query("insert into item values (2, 'a')").catch((e: unknown) => e);
    expect(sqlStateOf(error)).toBe('23505');
    expect(sqlStateOf(new Error('plain'))).toBeUndefined();
  });

  it('commits a transaction when its function resolves', async () => {
    const value = await db.transaction(async (tx) => {
      await tx.query("insert into item values (1, 'a')");
      await tx.query("insert into item values (2, 'b')");
      return 'done';
    });
    expect(value).toBe('done');
    expect(await count()).toBe(2);
  });

  it('rolls back and rethrows when the function throws', async () => {
    const failure = new Error('boom');
    await expect(
      db.transaction(async (tx) => {
        await tx.query("insert into item values (1, 'a')");
        throw failure;
      }),
    ).rejects.toBe(failure);
    expect(await count()).toBe(0);
  });

  it('refuses to commit a transaction whose statement failed, even if the error was caught', async () => {
    const result = db.transaction(async (tx) => {
      await tx.query("insert into item values (1, 'a')");
      await tx.query("insert into item values (2, 'a')").catch(() => undefined);
    });
    await expect(result).rejects.toMatchObject({ code: DatabaseErrorCode.TRANSACTION_ABORTED });
    expect(await count()).toBe(0);
  });

  it('runs concurrent transactions one after another, never interleaved', async () => {
    const steps: string[] = [];
    const firstStarted = deferred();
    const release = deferred();
    const first = db.transaction(async (tx) => {
      steps.push('first:begin');
      await tx.query("insert into item values (1, 'first')");
      firstStarted.resolve();
      await release.promise;
      steps.push('first:end');
    });
    await firstStarted.promise;
    const second = db.transaction(async (tx) => {
      steps.push('second:begin');
      const { rows } = await tx.query<{ name: string }>('select name from item');
      steps.push(`second:sees ${rows.map((r) => r.name).join(',')}`);
    });
    // the second transaction is queued, not running inside the first one
    const outside = db.query<{ n: number }>('select count(*)::int as n from item');
    release.resolve();
    await Promise.all([first, second]);
    expect(steps).toEqual(['first:begin', 'first:end', 'second:begin', 'second:sees first']);
    expect((await outside).rows[0]!.n).toBe(1);
  });

  it('keeps a plain query out of an open transaction that then rolls back', async () => {
    const inserted = deferred();
    const release = deferred();
    const transaction = db.transaction(async (tx) => {
      await tx.query("insert into item values (1, 'a')");
      inserted.resolve();
      await release.promise;
      throw new Error('roll back');
    });
    await inserted.promise;
    const counted = count();
    release.resolve();
    await expect(transaction).rejects.toThrow('roll back');
    expect(await counted).toBe(0);
  });

  it('refuses a transaction client used after its transaction ended', async () => {
    let leaked: Parameters<Parameters<PgliteDatabase['transaction']>[0]>[0] | undefined;
    await db.transaction(async (tx) => {
      leaked = tx;
      await tx.query('select 1');
    });
    await expect(leaked!.query('select 1')).rejects.toMatchObject({ code: DatabaseErrorCode.CLOSED });
  });

  it('takes and releases the advisory lock of its one session', async () => {
    const held = await db.tryAdvisoryLock('42');
    expect(held?.key).toBe('42');
    const holders = async () =>
      (await db.query<{ n: number }>("select count(*)::int as n from pg_locks where locktype = 'advisory'"))
        .rows[0]!.n;
    expect(await holders()).toBe(1);
    await held!.release();
    expect(await holders()).toBe(0);
    await expect(db.tryAdvisoryLock('forty-two')).rejects.toMatchObject({
      code: DatabaseErrorCode.INVALID_LOCK_KEY,
    });
  });

  it('answers ping and refuses work after close', async () => {
    await expect(db.ping()).resolves.toBeUndefined();
    await db.close();
    await expect(db.query('select 1')).rejects.toBeInstanceOf(DatabaseException);
    await expect(db.ping()).rejects.toMatchObject({ code: DatabaseErrorCode.UNAVAILABLE });
  });
});

describe('PgliteDatabase in a data folder', { timeout: SLOW }, () => {
  it('keeps its data across close and reopen', async () => {
    const root = await mkdtemp(join(tmpdir(), 'sild-pglite-'));
    try {
      const dataDir = join(root, 'nested', 'pglite');
      const first = await PgliteDatabase.open({ dataDir });
      await first.exec("create table kept (v text); insert into kept values ('still here')");
      await first.close();
      const second = await PgliteDatabase.open({ dataDir });
      try {
        expect((await second.query('select v from kept')).rows).toEqual([{ v: 'still here' }]);
      } finally {
        await second.close();
      }
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });
});
