// Global setup of the integration project: makes sure the real Kafka broker and the PostgreSQL
// test database are there before any integration test runs. The broker is the project's own
// (scripts/kafka/kafka.sh up is idempotent) unless KAFKA_BROKERS names another cluster.
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import pg from 'pg';

const root = resolve(import.meta.dirname, '../..');

export const TEST_DATABASE_URL =
  process.env['TEST_DATABASE_URL'] ?? 'postgres://postgres@127.0.0.1:5432/sild_test';

async function ensureDatabase(url: string): Promise<void> {
  const target = new URL(url);
  const name = decodeURIComponent(target.pathname.slice(1));
  const admin = new URL(url);
  admin.pathname = '/postgres';
  const client = new pg.Client({ connectionString: admin.toString() });
  try {
    await client.connect();
  } catch (error) {
    throw new Error(
      `PostgreSQL at ${admin.host} does not answer (${String(error)}); start it (scripts/ensure-postgres.sh) or set TEST_DATABASE_URL`,
      { cause: error },
    );
  }
  try {
    const found = await client.query('select 1 from pg_database where datname = $1', [name]);
    if (found.rowCount === 0) await client.query(`create database "${name.replaceAll('"', '""')}"`);
  } finally {
    await client.end();
  }
}

export default async function setup(): Promise<void> {
  if (!process.env['KAFKA_BROKERS']) {
    execFileSync('bash', [resolve(root, 'scripts/kafka/kafka.sh'), 'up'], { stdio: 'inherit' });
  }
  await ensureDatabase(TEST_DATABASE_URL);
}
