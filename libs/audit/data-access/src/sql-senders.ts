// The per-instance overview of sender sequences (first, last, entries), kept with every append.
import type { LogEntry } from '@sild/audit-domain';
import type { SqlClient } from '@sild/platform-database';

interface Seen {
  sender: string;
  first: number;
  last: number;
  entries: number;
}

export async function trackSenders(tx: SqlClient, entries: readonly LogEntry[]): Promise<void> {
  const seen = new Map<string, Seen>();
  for (const { leaf } of entries) {
    if (leaf.senderSequence === 0 || leaf.instanceId === '') continue;
    const known = seen.get(leaf.instanceId);
    if (known) {
      known.first = Math.min(known.first, leaf.senderSequence);
      known.last = Math.max(known.last, leaf.senderSequence);
      known.entries += 1;
    } else {
      seen.set(leaf.instanceId, {
        sender: leaf.sender,
        first: leaf.senderSequence,
        last: leaf.senderSequence,
        entries: 1,
      });
    }
  }
  if (seen.size === 0) return;
  const rows = [...seen];
  await tx.query(
    `insert into audit_senders (instance_id, sender, first_sequence, last_sequence, entries, last_seen)
     select i, s, f, l, n, now() from unnest($1::text[], $2::text[], $3::bigint[], $4::bigint[], $5::bigint[])
       as t(i, s, f, l, n)
     on conflict (instance_id) do update set
       first_sequence = least(audit_senders.first_sequence, excluded.first_sequence),
       last_sequence = greatest(audit_senders.last_sequence, excluded.last_sequence),
       entries = audit_senders.entries + excluded.entries,
       last_seen = excluded.last_seen`,
    [
      rows.map(([id]) => id),
      rows.map(([, s]) => s.sender),
      rows.map(([, s]) => String(s.first)),
      rows.map(([, s]) => String(s.last)),
      rows.map(([, s]) => String(s.entries)),
    ],
  );
}
