#!/usr/bin/env bash
# Compose's `calls` step, in the sild/cli image: Amsterdam's system calls the population register
# through Amsterdam's gateway and the register's gateway (SILD_GATEWAY, SILD_GATEWAY_TOKEN).
set -uo pipefail
service=NL/GOV/00000001/brp/persons/v1
call() { # what, subsystem, type, payload
  echo "== $1"
  sild call "$service" --as "NL/MUN/0363/$2" --type "sild.examples.population.v1.$3" --json-payload "$4" \
    --on-behalf-of demo-clerk-7 --purpose "demo: resident registration case 2026-001" || true
}
call 'search residents of Amsterdam (page of 3)' burgerzaken SearchPersonsRequest '{"municipalityCode":"0363","pageSize":3}'
call 'get an unknown person (NOT_FOUND)' burgerzaken GetPersonRequest '{"nationalId":"111222333"}'
call 'the same as subsystem sociaal (ACCESS_DENIED: no grant)' sociaal GetPersonRequest '{"nationalId":"111222333"}'
