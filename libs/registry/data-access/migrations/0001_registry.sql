-- The registry's source of truth. Identifiers are stored in their parts (instance, member class,
-- member code, subsystem code) so foreign keys keep members, subsystems and services consistent.
-- Every change also writes a configuration record to config_outbox in the same transaction; the
-- outbox publisher signs and produces it to Kafka after commit (nothing lost if the process dies
-- between commit and publish).

create table trust_anchors (
  key_id text primary key,
  instance text not null,
  certificate_der bytea not null,
  created_at timestamptz not null default now()
);

create table members (
  instance text not null,
  member_class text not null,
  member_code text not null,
  name text not null,
  created_at timestamptz not null default now(),
  primary key (instance, member_class, member_code)
);

create table subsystems (
  instance text not null,
  member_class text not null,
  member_code text not null,
  subsystem_code text not null,
  created_at timestamptz not null default now(),
  primary key (instance, member_class, member_code, subsystem_code),
  foreign key (instance, member_class, member_code) references members
);

create table services (
  instance text not null,
  member_class text not null,
  member_code text not null,
  subsystem_code text not null,
  service_code text not null,
  service_version text not null,
  description text not null default '',
  endpoint_kind text not null check (endpoint_kind in ('GRPC', 'HTTP')),
  created_at timestamptz not null default now(),
  primary key (instance, member_class, member_code, subsystem_code, service_code, service_version),
  foreign key (instance, member_class, member_code, subsystem_code) references subsystems
);

create table event_types (
  name text primary key,
  instance text not null,
  member_class text not null,
  member_code text not null,
  subsystem_code text not null,
  payload_type text not null,
  descriptor_set bytea,
  partition_key_rule text not null default 'subject_key',
  description text not null default '',
  created_at timestamptz not null default now(),
  foreign key (instance, member_class, member_code, subsystem_code) references subsystems
);

create table grants (
  id uuid primary key,
  client_instance text not null,
  client_member_class text not null,
  client_member_code text not null,
  client_subsystem_code text not null,
  instance text not null,
  member_class text not null,
  member_code text not null,
  subsystem_code text not null,
  service_code text not null,
  service_version text not null,
  purpose text not null,
  valid_from timestamptz not null default now(),
  valid_until timestamptz,
  status text not null check (status in ('ACTIVE', 'REVOKED')),
  revoked_at timestamptz,
  created_at timestamptz not null default now(),
  foreign key (client_instance, client_member_class, client_member_code, client_subsystem_code) references subsystems,
  foreign key (instance, member_class, member_code, subsystem_code, service_code, service_version) references services
);
create unique index grants_one_active on grants (
  client_instance, client_member_class, client_member_code, client_subsystem_code,
  instance, member_class, member_code, subsystem_code, service_code, service_version
) where status = 'ACTIVE';

create table subscriptions (
  id uuid primary key,
  instance text not null,
  member_class text not null,
  member_code text not null,
  subsystem_code text not null,
  event_type text not null references event_types,
  filter_json text not null default '',
  purpose text not null,
  status text not null check (status in ('REQUESTED', 'APPROVED', 'REJECTED', 'REVOKED')),
  decided_by text,
  decided_at timestamptz,
  reason text not null default '',
  created_at timestamptz not null default now(),
  foreign key (instance, member_class, member_code, subsystem_code) references subsystems
);
create unique index subscriptions_one_open on subscriptions (
  instance, member_class, member_code, subsystem_code, event_type
) where status in ('REQUESTED', 'APPROVED');

create table certificates (
  key_id text primary key,
  instance text not null,
  member_class text not null,
  member_code text not null,
  certificate_der bytea not null,
  status text not null check (status in ('ACTIVE', 'REVOKED')),
  not_before timestamptz not null,
  not_after timestamptz not null,
  revoked_at timestamptz,
  revocation_reason text not null default '',
  created_at timestamptz not null default now(),
  foreign key (instance, member_class, member_code) references members
);

-- Configuration changes waiting to be (or already) published. version is the configuration
-- version: writers take one advisory lock per change, so versions commit in order.
create table config_outbox (
  version bigserial primary key,
  entity_key text not null,
  record bytea not null,
  created_at timestamptz not null default now(),
  published_at timestamptz
);
create index config_outbox_unpublished on config_outbox (version) where published_at is null;

-- Every management request that crossed the bus, with its outcome: applied once, answered once.
create table management_requests (
  message_id text primary key,
  sender text not null,
  action text not null,
  outcome text not null check (outcome in ('APPLIED', 'REJECTED')),
  reason text not null default '',
  -- configuration version of the change, when applied
  version bigint,
  received_at timestamptz not null default now()
);
