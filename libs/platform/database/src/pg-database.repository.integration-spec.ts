import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkCopyRows } from './copy-rows.checks';
import { DatabaseErrorCode } from './database.exception';
import { PgDatabase } from './pg-database.repository';
import { sqlStateOf } from './sql-database.repository';
import { createTestSchema, type TestSchema } from './testing';

describe('PgDatabase against PostgreSQL', () => {
  let schema: TestSchema;
  let db: PgDatabase;

  beforeAll(async () => {
    schema = await createTestSchema('pgdb');
    db = new PgDatabase({ url: schema.url });
    await db.exec('create table item (id int8 primary key, name text not null unique)');
  });

  afterAll(async () => {
    await db.close();
    await schema.drop();
  });

  const names = async (): Promise<string[]> =>
    (await db.query<{ name: string }>('select name from item order by id')).rows.map((r) => r.name);

  it('works in the schema named by the URL and parses like the PGlite adapter', async () => {
    const { rows } = await db.query<{ schema: string; big: string; at: Date }>(
      `select current_schema() as schema, 9007199254740993::int8 as big, now() as at`,
    );
    expect(rows[0]!.schema).toBe(schema.schema);
    expect(rows[0]!.big).toBe('9007199254740993');
    expect(rows[0]!.at).toBeInstanceOf(Date);
    await db.ping();
  });

  it('copies rows in binary, in and outside transactions, refusing values that do not fit', async () => {
    await checkCopyRows(db, 'copied');
  });

  it('commits a transaction and rolls one back on throw', async () => {
    await db.transaction(async (tx) => {
      await tx.query("insert into item values (1, 'kept')");
    });
    const failure = new Error('boom');
    await expect(
      db.transaction(async (tx) => {
        const inserted = await tx.query("insert into item values (2, 'dropped')");
        expect(inserted.rowCount).toBe(1);
        throw failure;
      }),
    ).rejects.toBe(failure);
    expect(await names()).toEqual(['kept']);
  });

  it('refuses to commit a transaction whose statement failed, even if the error was caught', async () => {
    let state: string | undefined;
    await expect(
      db.transaction(async (tx) => {
        await tx.query("insert into item values (3, 'lost')");
        state = await tx.query("insert into item values (4, 'kept')").then(() => 'no error', sqlStateOf);
      }),
    ).rejects.toMatchObject({ code: DatabaseErrorCode.TRANSACTION_ABORTED });
    expect(state).toBe('23505');
    expect(await names()).toEqual(['kept']);
    // the pool still works: the connection went back clean
    await db.transaction(async (tx) => tx.query("insert into item values (5, 'after')"));
    expect(await names()).toEqual(['kept', 'after']);
  });

  it('reports an unreachable server as UNAVAILABLE from ping', async () => {
    const nowhere = new PgDatabase({ url: 'postgres://postgres@127.0.0.1:1/none', connectTimeoutMs: 2_000 });
    try {
      await expect(nowhere.ping()).rejects.toMatchObject({ code: DatabaseErrorCode.UNAVAILABLE });
    } finally {
      await nowhere.close();
    }
  });
});
