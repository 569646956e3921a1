#!/usr/bin/env bash
# Makes sure PostgreSQL answers and the databases Sild's tests and demo use exist.
# With TEST_DATABASE_URL/DATABASE_URL pointing elsewhere, only checks that server.
# Locally it uses the machine's cluster on 127.0.0.1:5432 (trust auth), starting it with
# pg_ctlcluster when it is down.
set -euo pipefail

host="${PGHOST:-127.0.0.1}"
port="${PGPORT:-5432}"
user="${PGUSER:-postgres}"
databases=(sild_test sild sild_audit)

say() { printf 'postgres: %s\n' "$*" >&2; }

answers() { pg_isready -q -h "$host" -p "$port" 2>/dev/null; }

if ! command -v pg_isready >/dev/null; then
  say "pg_isready not found: install PostgreSQL client tools (Debian: postgresql-client)"
  exit 1
fi

if ! answers; then
  if command -v pg_ctlcluster >/dev/null && [ -d /etc/postgresql ]; then
    version="$(ls /etc/postgresql | sort -V | tail -1)"
    say "not answering on $host:$port; starting cluster $version/main"
    pg_ctlcluster --skip-systemctl-redirect "$version" main start || true
  fi
  for _ in $(seq 1 60); do answers && break; sleep 1; done
  answers || { say "PostgreSQL does not answer on $host:$port"; exit 1; }
fi

for db in "${databases[@]}"; do
  exists="$(psql -h "$host" -p "$port" -U "$user" -d postgres -Atc "select 1 from pg_database where datname = '$db'")"
  if [ "$exists" != "1" ]; then
    psql -h "$host" -p "$port" -U "$user" -d postgres -qc "create database \"$db\"" >/dev/null
    say "created database $db"
  fi
done
say "ready on $host:$port (databases: ${databases[*]})"
