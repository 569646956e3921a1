-- The audit log (docs/auditing.md, "Storage"). Entries and tree nodes are only ever inserted;
-- `sild audit verify-log` recomputes the tree from audit_entries.leaf and compares it with the
-- signed checkpoints, so any change, deletion or insertion of a row is found.

-- The committed tree: size and root (one row, locked by every append and checkpoint).
create table audit_state (
  id smallint primary key default 1 check (id = 1),
  tree_size bigint not null check (tree_size >= 0),
  root bytea not null,
  updated_at timestamptz not null default now()
);
insert into audit_state (id, tree_size, root)
values (1, 0, decode('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855', 'hex'));

-- One row per leaf. `leaf` is what the tree commits to; the other leaf columns are copies for
-- indexes (NULL where the leaf holds an empty string, zeros or 0).
create table audit_entries (
  idx bigint primary key check (idx >= 0),
  leaf bytea not null,
  entry_type smallint not null,
  kind smallint not null,
  verdict smallint not null,
  outcome smallint not null,
  role smallint not null,
  reason integer not null,
  record_sha256 bytea not null,
  envelope_sha256 bytea,
  trace_id text,
  created_at timestamptz,
  topic text not null,
  kafka_partition integer not null,
  kafka_offset bigint not null,
  sender_sequence bigint,
  message_id text,
  related_message_id text,
  correlation_id text,
  sender text,
  recipient text,
  service text,
  instance_id text,
  subject_key text,
  purpose text,
  on_behalf_of text,
  decided_by text,
  sender_member text,
  recipient_member text,
  decided_by_member text,
  -- not in the leaf: the verifier's words for an invalid envelope, the evidence kept
  refusal text,
  envelope_header bytea,
  signature_algorithm smallint,
  signature_key_id bytea,
  signature bytea,
  decision_record bytea,
  sealed_record bytea,
  appended_at timestamptz not null default now(),
  unique (topic, kafka_partition, kafka_offset)
);
create index audit_entries_by_trace on audit_entries (trace_id, created_at, idx) where trace_id is not null;
create index audit_entries_by_message on audit_entries (message_id) where message_id is not null;
create index audit_entries_by_subject on audit_entries (subject_key, idx) where subject_key is not null;
create index audit_entries_by_sender on audit_entries (sender_member, idx);
create index audit_entries_by_recipient on audit_entries (recipient_member, idx);
create index audit_entries_by_decider on audit_entries (decided_by_member, idx);
create index audit_entries_by_service on audit_entries (service, idx);
create index audit_entries_by_created on audit_entries (created_at, idx);
create index audit_entries_by_sequence on audit_entries (instance_id, sender_sequence)
  where sender_sequence is not null;

-- Perfect subtrees completed by appends (level 0: leaf hashes), what proofs are made of.
create table audit_nodes (
  level smallint not null,
  idx bigint not null,
  hash bytea not null,
  primary key (level, idx)
);

-- How far each Kafka partition is in the log: the next offset to append.
create table audit_positions (
  topic text not null,
  kafka_partition integer not null,
  next_offset bigint not null,
  primary key (topic, kafka_partition)
);

-- Signed checkpoints; published_at is set once the note is on the checkpoints topic.
create table audit_checkpoints (
  tree_size bigint primary key,
  root bytea not null,
  note text not null,
  signed_at timestamptz not null,
  published_at timestamptz
);

-- Per sending gateway instance: the sequences seen (the completeness report's overview).
create table audit_senders (
  instance_id text primary key,
  sender text not null,
  first_sequence bigint not null,
  last_sequence bigint not null,
  entries bigint not null,
  last_seen timestamptz not null
);

-- Every auditor query: who asked what, when, and how many entries it returned.
create table audit_queries (
  id bigserial primary key,
  asked_at timestamptz not null default now(),
  principal text not null,
  operation text not null,
  parameters jsonb not null,
  results integer not null
);
