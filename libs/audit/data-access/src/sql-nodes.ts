import type { NodeId } from '@sild/audit-proofs';
import { AuditErrorCode, auditError } from '@sild/audit-domain';
import type { SqlClient } from '@sild/platform-database';

/** The stored hashes of perfect subtrees, in the order asked, in one query. */
export async function nodeHashesOf(client: SqlClient, ids: readonly NodeId[]): Promise<Uint8Array[]> {
  if (ids.length === 0) return [];
  const { rows } = await client.query<{ level: number; idx: string; hash: Uint8Array }>(
    `select n.level, n.idx::text as idx, n.hash
       from audit_nodes n
       join unnest($1::smallint[], $2::bigint[]) as w(level, idx) on n.level = w.level and n.idx = w.idx`,
    [ids.map((id) => id.level), ids.map((id) => String(id.index))],
  );
  const found = new Map(rows.map((row) => [`${row.level}:${row.idx}`, row.hash]));
  return ids.map(({ level, index }) => {
    const hash = found.get(`${level}:${index}`);
    if (!hash)
      throw auditError(AuditErrorCode.LOG_INCONSISTENT, `node ${index} of level ${level} is not stored`);
    return hash;
  });
}
