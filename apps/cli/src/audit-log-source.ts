// The audit log's tables read straight from its database for `sild audit verify-log`, page by
// page in primary-key order (docs/auditing.md, "Storage"), never trusting the audit service.
import type { StoredNode } from '@sild/audit-proofs';
import { ENTRY_COLUMNS, type LogRow, type LogSource } from '@sild/audit-evidence';
import type { SqlClient } from '@sild/platform-database';

const PAGE = 5_000;

async function* pages<Row extends object, T>(
  fetch: (after: string) => Promise<Row[]>,
  cursor: (row: Row) => string,
  map: (row: Row) => T,
): AsyncIterable<T> {
  let after = '-1';
  for (;;) {
    const rows = await fetch(after);
    for (const row of rows) yield map(row);
    const last = rows.at(-1);
    if (rows.length < PAGE || last === undefined) return;
    after = cursor(last);
  }
}

type EntryRow = Record<string, unknown> & { idx: string; leaf: Uint8Array };

export function sqlLogSource(db: SqlClient): LogSource {
  return {
    rows: () =>
      pages<EntryRow, LogRow>(
        async (after) =>
          (
            await db.query<EntryRow>(
              `select idx::text as idx, leaf, ${ENTRY_COLUMNS.join(', ')} from audit_entries
                where idx > $1::bigint order by audit_entries.idx limit ${PAGE}`,
              [after],
            )
          ).rows,
        (row) => row.idx,
        (row) => ({
          index: Number(row.idx),
          leaf: row.leaf,
          columns: Object.fromEntries(ENTRY_COLUMNS.map((column) => [column, row[column]])),
        }),
      ),
    nodes: (level) =>
      pages<{ idx: string; hash: Uint8Array }, StoredNode>(
        async (after) =>
          (
            await db.query<{ idx: string; hash: Uint8Array }>(
              `select idx::text as idx, hash from audit_nodes where level = $1 and idx > $2::bigint
                order by audit_nodes.idx limit ${PAGE}`,
              [level, after],
            )
          ).rows,
        (row) => row.idx,
        (row) => ({ level, index: Number(row.idx), hash: row.hash }),
      ),
    checkpoints: async () =>
      (
        await db.query<{ tree_size: string; note: string }>(
          'select tree_size::text as tree_size, note from audit_checkpoints order by audit_checkpoints.tree_size',
        )
      ).rows.map((row) => ({ size: Number(row.tree_size), note: row.note })),
    state: async () => {
      const { rows } = await db.query<{ tree_size: string; root: Uint8Array }>(
        'select tree_size::text as tree_size, root from audit_state where id = 1',
      );
      const row = rows[0];
      if (!row) throw new Error('the audit_state row is missing');
      return { size: Number(row.tree_size), root: row.root };
    },
  };
}
