// The completeness report's queries: sequences per sending instance and their gaps, decisions
// without their envelope, valid requests and events without any decision.
import type { EntryRecord, GapRow, SenderRow } from '@sild/audit-domain';
import type { SqlDatabase } from '@sild/platform-database';
import { ENTRY_SELECT, entryRecord, msParam, type EntryRow } from './entry-records';
import { memberOf } from '@sild/audit-evidence';

interface SenderTableRow {
  instance_id: string;
  sender: string;
  first_sequence: string;
  last_sequence: string;
  entries: string;
}

export abstract class SqlCompleteness {
  protected constructor(protected readonly db: SqlDatabase) {}

  async senders(excludeMembers: readonly string[]): Promise<SenderRow[]> {
    const { rows } = await this.db.query<SenderTableRow>(
      `select instance_id, sender, first_sequence::text as first_sequence, last_sequence::text as last_sequence,
              entries::text as entries from audit_senders order by instance_id`,
    );
    return rows
      .filter((row) => !excludeMembers.includes(memberOf(row.sender) ?? ''))
      .map((row) => ({
        instanceId: row.instance_id,
        sender: row.sender,
        firstSequence: Number(row.first_sequence),
        lastSequence: Number(row.last_sequence),
        entries: Number(row.entries),
      }));
  }

  async gaps(excludeMembers: readonly string[], limit: number): Promise<GapRow[]> {
    const { rows } = await this.db.query<{ instance_id: string; first: string; last: string }>(
      `select instance_id, (sequence + 1)::text as first, (next - 1)::text as last from (
         select instance_id, sender_sequence as sequence,
                lead(sender_sequence) over (partition by instance_id order by sender_sequence) as next
           from (select distinct instance_id, sender_sequence from audit_entries
                  where entry_type = 1 and sender_sequence is not null and instance_id is not null
                    and coalesce(sender_member, '') <> all($1::text[])) seen
       ) steps where next > sequence + 1 order by instance_id, sequence limit $2`,
      [excludeMembers, limit],
    );
    return rows.map((row) => ({
      instanceId: row.instance_id,
      first: Number(row.first),
      last: Number(row.last),
    }));
  }

  decisionsWithoutEnvelope(olderThanMs: number, limit: number): Promise<EntryRecord[]> {
    return this.rows(
      `${ENTRY_SELECT} d where d.entry_type = 2 and d.message_id is not null and d.created_at < ${msParam(1)}
         and not exists (select 1 from audit_entries e where e.entry_type = 1 and e.message_id = d.message_id)
       order by d.idx desc limit $2`,
      [String(olderThanMs), limit],
    );
  }

  envelopesWithoutDecision(olderThanMs: number, limit: number): Promise<EntryRecord[]> {
    return this.rows(
      `${ENTRY_SELECT} e where e.idx in (
         select min(idx) from audit_entries e
          where e.entry_type = 1 and e.verdict = 1 and e.kind in (1, 3) and e.created_at < ${msParam(1)}
            and not exists (select 1 from audit_entries d where d.entry_type = 2 and d.message_id = e.message_id)
          group by e.message_id)
       order by e.idx desc limit $2`,
      [String(olderThanMs), limit],
    );
  }

  private async rows(sql: string, params: readonly unknown[]): Promise<EntryRecord[]> {
    return (await this.db.query<EntryRow>(sql, params)).rows.map(entryRecord);
  }
}
