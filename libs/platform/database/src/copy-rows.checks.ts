// The copyRows behaviour both adapters must show; their specs run it against PGlite and PostgreSQL.
import { expect } from 'vitest';
import type { CopyColumn } from './copy-binary';
import type { SqlDatabase } from './sql-database.repository';

const COLUMNS: readonly CopyColumn[] = [
  { name: 'id', type: 'bigint' },
  { name: 'small', type: 'smallint' },
  { name: 'medium', type: 'integer' },
  { name: 'label', type: 'text' },
  { name: 'bytes', type: 'bytea' },
  { name: 'at', type: 'timestamptz' },
];

interface Row {
  id: string;
  small: number | null;
  medium: number | null;
  label: string | null;
  bytes: Uint8Array | null;
  at: Date | null;
}

export async function checkCopyRows(db: SqlDatabase, table: string): Promise<void> {
  await db.exec(
    `create table ${table} (id int8 primary key, small int2, medium int4, label text, bytes bytea, at timestamptz)`,
  );
  const at = new Date('2026-11-30T03:30:00.123Z');
  await db.copyRows(table, COLUMNS, [
    ['9007199254740993', -2, 2_000_000_000, 'zoë, "tab"\there', Uint8Array.from([0, 255, 10, 92]), at],
    [2, null, null, null, null, null],
  ]);
  await db.copyRows(table, COLUMNS, []);
  // inside a transaction: visible to it, gone after a rollback
  await expect(
    db.transaction(async (tx) => {
      await tx.copyRows(table, COLUMNS, [[3, 1, 1, 'x', new Uint8Array(0), new Date(0)]]);
      const { rows } = await tx.query<{ n: number }>(`select count(*)::int as n from ${table}`);
      expect(rows[0]?.n).toBe(3);
      throw new Error('roll back');
    }),
  ).rejects.toThrow('roll back');
  // a value that does not fit its column: nothing of the batch is stored
  await expect(
    db.copyRows(table, COLUMNS, [
      [4, 1, 1, 'x', null, null],
      [5, 'one', 1, 'x', null, null],
    ]),
  ).rejects.toThrow(TypeError);
  await expect(db.copyRows(table, COLUMNS, [[4, 1]])).rejects.toThrow('2 values for 6 columns');
  // a duplicate key fails the whole COPY, as PostgreSQL reports it
  await expect(db.copyRows(table, COLUMNS, [[2, null, null, null, null, null]])).rejects.toThrow();

  const { rows } = await db.query<Row>(`select * from ${table} order by id`);
  expect(rows).toHaveLength(2);
  expect(rows[0]).toMatchObject({ id: '2', small: null, medium: null, label: null, bytes: null, at: null });
  const first = rows[1];
  expect(first).toMatchObject({
    id: '9007199254740993',
    small: -2,
    medium: 2_000_000_000,
    label: 'zoë, "tab"\there',
  });
  expect([...(first?.bytes ?? [])]).toEqual([0, 255, 10, 92]);
  expect(first?.at?.toISOString()).toBe(at.toISOString());
  // the connection is fine afterwards
  expect((await db.query<{ one: number }>('select 1 as one')).rows[0]?.one).toBe(1);
}
