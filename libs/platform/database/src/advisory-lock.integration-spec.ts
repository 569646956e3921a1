// Session advisory locks against PostgreSQL: one holder at a time, released on release() and
// when the holding connection dies.
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectEventually } from '@sild/platform-testing';
import { DatabaseErrorCode } from './database.exception';
import { PgDatabase } from './pg-database.repository';
import { createTestSchema, type TestSchema } from './testing';

const KEY = '7310598817104413001';

describe('PgDatabase.tryAdvisoryLock', () => {
  let schema: TestSchema;
  let first: PgDatabase;
  let second: PgDatabase;

  beforeAll(async () => {
    schema = await createTestSchema('locks');
    first = new PgDatabase({ url: schema.url, applicationName: 'lock-test-a' });
    second = new PgDatabase({ url: schema.url, applicationName: 'lock-test-b' });
  });

  afterAll(async () => {
    await first.close();
    await second.close();
    await schema.drop();
  });

  it('lets one session hold the lock until it releases it', async () => {
    const held = await first.tryAdvisoryLock(KEY);
    expect(held).toBeDefined();
    expect(await second.tryAdvisoryLock(KEY)).toBeUndefined();
    await held!.release();
    const next = await second.tryAdvisoryLock(KEY);
    expect(next).toBeDefined();
    await next!.release();
  });

  it('reports the lock lost when its connection is killed, and frees it', async () => {
    const held = await first.tryAdvisoryLock(KEY);
    expect(held).toBeDefined();
    const admin = new pg.Client({ connectionString: schema.url });
    await admin.connect();
    try {
      await admin.query(
        `select pg_terminate_backend(pid) from pg_locks
          where locktype = 'advisory' and granted and ((classid::int8 << 32) | objid::int8) = $1::int8`,
        [KEY],
      );
    } finally {
      await admin.end();
    }
    await expect(held!.lost).resolves.toBeInstanceOf(Error);
    await expectEventually(async () => {
      const next = await second.tryAdvisoryLock(KEY);
      expect(next).toBeDefined();
      await next!.release();
    });
  });

  it('refuses a key that is not an int8', async () => {
    await expect(first.tryAdvisoryLock('audit')).rejects.toMatchObject({
      code: DatabaseErrorCode.INVALID_LOCK_KEY,
    });
  });
});
