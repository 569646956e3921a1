#!/usr/bin/env bash
# The demo `npm start` runs against a running registry and signer: every step through the
# `sild` CLI, as an operator would. Safe to run again (existing entries are kept).
set -uo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

say() { printf '\n== %s\n' "$*"; }
# run a sild command; an entry that exists already is fine on a second run
sild() {
  local out
  if out=$(bin/sild "$@" 2>&1); then echo "$out"; return 0; fi
  case "$out" in *ALREADY_EXISTS*) echo "(exists) ${out#sild: ALREADY_EXISTS: }"; return 0 ;; esac
  echo "$out" >&2
  return 1
}

PROVIDER=NL/GOV/00000001 AMSTERDAM=NL/MUN/0363 ROTTERDAM=NL/MUN/0599
# event type -> payload message (sild.examples.population.v1)
EVENTS="born:BirthRegistered died:DeathRegistered relocated:PersonRelocated renamed:NameChanged"
# where the subscription ids go, one file per municipality (start.sh configures the gateways with them)
SUBSCRIPTIONS_DIR="${SUBSCRIPTIONS_DIR:-.data/demo/subscriptions}"
mkdir -p "$SUBSCRIPTIONS_DIR"

say "members and their subsystems"
sild member add "$PROVIDER" --name "Population register (RvIG)" >/dev/null
sild member add "$AMSTERDAM" --name "Gemeente Amsterdam" >/dev/null
sild member add "$ROTTERDAM" --name "Gemeente Rotterdam" >/dev/null
for s in "$PROVIDER/brp" "$AMSTERDAM/burgerzaken" "$ROTTERDAM/burgerzaken"; do sild subsystem add "$s" >/dev/null; done
echo "3 members, 3 subsystems"

say "signing keys in the signer, certificates from the instance CA"
for m in "$PROVIDER" "$AMSTERDAM" "$ROTTERDAM"; do
  if bin/sild --json key list "$m" | grep -q '"certified": true'; then echo "$m already has a certificate"; continue; fi
  handle=$(bin/sild --json key create "$m" | sed -n 's/.*"handle": "\([0-9a-f]*\)".*/\1/p')
  sild cert issue --key "$handle" | sed -n "s|^keyId *|$m certificate, key id |p"
done

say "a service, four event types, grants and subscriptions"
sild service add "$PROVIDER/brp/persons/v1" --endpoint GRPC --description "get a person by id, search by municipality" >/dev/null
for event in $EVENTS; do
  sild event-type add "nl.brp.person.${event%%:*}.v1" --owner "$PROVIDER/brp" \
    --payload-type "type.googleapis.com/sild.examples.population.v1.${event##*:}" --description "a person ${event%%:*}" >/dev/null
done
for m in "$AMSTERDAM" "$ROTTERDAM"; do
  code=${m##*/}
  sild grant add --client "$m/burgerzaken" --service "$PROVIDER/brp/persons/v1" --purpose "civil registry tasks" >/dev/null
  file="$SUBSCRIPTIONS_DIR/$code"
  [ -s "$file" ] && continue # subscribed on an earlier run
  ids=()
  for event in $EVENTS; do
    id=$(bin/sild --json subscription request --subscriber "$m/burgerzaken" --event-type "nl.brp.person.${event%%:*}.v1" \
      --purpose "keep the resident table current" --include-followed \
      --filter "{\"any\":[{\"exact\":{\"municipality\":\"$code\"}},{\"exact\":{\"previousmunicipality\":\"$code\"}}]}" |
      sed -n 's/.*"id": "\([0-9a-f-]*\)".*/\1/p')
    [ -n "$id" ] || { echo "subscription of $m to ${event%%:*} failed" >&2; exit 1; }
    sild subscription approve "$id" --by "$PROVIDER/brp" --reason "residents and followed persons" >/dev/null
    ids+=("$id")
  done
  (IFS=,; echo "${ids[*]}") >"$file"
done
echo "persons.v1 granted to both municipalities; each subscribed to the four event types for its residents (moving in or out) and the persons it follows"

say "the configuration, as every service reads it from the signed topic"
bin/sild registry show
