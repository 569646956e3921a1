// Reading entries back: the leaf bytes are decoded (they, not the copied columns, are the truth).
import { decodeLeaf } from '@sild/audit-proofs';
import type { EntryRecord } from '@sild/audit-domain';

export interface EntryRow {
  entry_index: string;
  leaf: Uint8Array;
  refusal: string | null;
  appended_at: Date;
}

/** Entries with their index as text (an alias of its own: ORDER BY idx must mean the int8 column). */
export const ENTRY_SELECT = 'select idx::text as entry_index, leaf, refusal, appended_at from audit_entries';

export const entryRecord = (row: EntryRow): EntryRecord => ({
  index: Number(row.entry_index),
  leaf: decodeLeaf(row.leaf),
  leafBytes: row.leaf,
  refusal: row.refusal,
  appendedAt: row.appended_at,
});

/** `$n` as a timestamptz from ms since the epoch (exact, unlike to_timestamp's float seconds). */
export const msParam = (n: number): string =>
  `(timestamptz 'epoch' + $${n}::bigint * interval '1 millisecond')`;

/** SQL conditions and parameters of list criteria, numbered from `first`. */
export function criteriaSql(
  criteria: { member?: string; service?: string; fromMs?: number; toMs?: number },
  first: number,
): { conditions: string[]; params: unknown[] } {
  const conditions: string[] = [];
  const params: unknown[] = [];
  const next = (value: unknown): number => {
    params.push(value);
    return first + params.length - 1;
  };
  if (criteria.member !== undefined) {
    const n = next(criteria.member);
    conditions.push(`(sender_member = $${n} or recipient_member = $${n} or decided_by_member = $${n})`);
  }
  if (criteria.service !== undefined) conditions.push(`service = $${next(criteria.service)}`);
  if (criteria.fromMs !== undefined)
    conditions.push(`created_at >= ${msParam(next(String(criteria.fromMs)))}`);
  if (criteria.toMs !== undefined) conditions.push(`created_at < ${msParam(next(String(criteria.toMs)))}`);
  return { conditions, params };
}
