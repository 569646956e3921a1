import pg from 'pg';
import type { Logger } from '@sild/platform-logging';
import { DatabaseErrorCode, DatabaseException } from './database.exception';

/**
 * A session-level PostgreSQL advisory lock held on a connection of its own. It is held until
 * release(), or until that connection breaks: `lost` then settles, and the holder must stop
 * doing what the lock guarded (another process may hold it a moment later).
 */
export interface AdvisoryLock {
  readonly key: string;
  /** Resolves with the reason when the lock's connection failed (never after release()). */
  readonly lost: Promise<Error>;
  release(): Promise<void>;
}

export interface PgAdvisoryLockOptions {
  readonly url: string;
  readonly applicationName?: string;
  readonly connectTimeoutMs?: number;
  /** How often the lock's connection is probed, so a dead one is noticed (default 5 s). */
  readonly probeIntervalMs?: number;
}

const KEY_PATTERN = /^-?[0-9]{1,19}$/;

export function checkLockKey(key: string): string {
  if (!KEY_PATTERN.test(key) || BigInt(key) > 2n ** 63n - 1n || BigInt(key) < -(2n ** 63n)) {
    throw new DatabaseException(
      DatabaseErrorCode.INVALID_LOCK_KEY,
      `advisory lock key ${key} is not an int8`,
    );
  }
  return key;
}

/** Tries once to take the lock on a new connection; undefined when another session holds it. */
export async function tryPgAdvisoryLock(
  key: string,
  options: PgAdvisoryLockOptions,
  logger?: Logger,
): Promise<AdvisoryLock | undefined> {
  checkLockKey(key);
  const client = new pg.Client({
    connectionString: options.url,
    application_name: options.applicationName ?? 'sild-lock',
    connectionTimeoutMillis: options.connectTimeoutMs ?? 5_000,
    keepAlive: true,
  });
  try {
    await client.connect();
  } catch (error) {
    throw new DatabaseException(DatabaseErrorCode.UNAVAILABLE, `cannot connect to take lock ${key}`, {
      cause: error,
    });
  }
  let locked = false;
  try {
    const { rows } = await client.query<{ locked: boolean }>(
      'select pg_try_advisory_lock($1::bigint) as locked',
      [key],
    );
    locked = rows[0]?.locked === true;
  } finally {
    if (!locked) await client.end().catch(() => undefined);
  }
  if (!locked) return undefined;
  return heldLock(key, client, options.probeIntervalMs ?? 5_000, logger);
}

function heldLock(key: string, client: pg.Client, probeIntervalMs: number, logger?: Logger): AdvisoryLock {
  let released = false;
  let settle: (reason: Error) => void = () => undefined;
  const lost = new Promise<Error>((resolve) => (settle = resolve));
  const fail = (reason: Error): void => {
    if (released) return;
    released = true;
    clearInterval(probe);
    logger?.error({ err: reason, key }, 'advisory lock lost');
    settle(reason);
    void client.end().catch(() => undefined);
  };
  client.on('error', fail);
  client.on('end', () => {
    fail(new Error('the connection holding the lock ended'));
  });
  const probe = setInterval(() => {
    client.query('select 1').catch((error: unknown) => {
      fail(error instanceof Error ? error : new Error(String(error)));
    });
  }, probeIntervalMs);
  probe.unref();
  return {
    key,
    lost,
    async release() {
      if (released) return;
      released = true;
      clearInterval(probe);
      try {
        await client.query('select pg_advisory_unlock($1::bigint)', [key]);
      } finally {
        await client.end().catch(() => undefined);
      }
    },
  };
}
