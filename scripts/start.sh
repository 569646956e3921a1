#!/usr/bin/env bash
# `npm start`: runs a local Sild instance and a short demo.
#   1. the project's Kafka broker (unless KAFKA_BROKERS is set) and PostgreSQL (or embedded PGlite);
#   2. `sild instance init` on first run (root CA, registry key, anchor in .data/instance);
#   3. the registry and the signer;
#   4. a demo through the `sild` CLI: a population register and two municipalities get keys and
#      certificates, a service, an event type, a grant and subscriptions; then the configuration
#      as every service's registry view reads it from the signed Kafka topic;
#   5. the event router, the example population register (a provider system and publisher of
#      change events), the register's gateway and Amsterdam's and Rotterdam's gateways, each
#      signing with a key file of its own, and a municipality system per municipality keeping a
#      resident table from the events; then a few service calls, and a live line of event
#      counts per municipality;
#   6. the audit log (from step 5 on it reads every envelope and decision of the instance): the
#      "get person" call as an auditor sees it across both organisations, and its evidence bundle
#      exported and checked offline.
# It keeps running until Ctrl-C, which stops the services (and the broker, if it started it).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
source scripts/use-node.sh
[ -d node_modules ] || npm ci --no-audit --no-fund

data=.data
logs="$data/logs"
mkdir -p "$logs"
# Demo-only secrets: set your own in the environment for anything but a laptop.
export SIGNER_TOKEN_PASSPHRASE="${SIGNER_TOKEN_PASSPHRASE:-demo signer token passphrase}"
export REGISTRY_KEY_PASSPHRASE="${REGISTRY_KEY_PASSPHRASE:-demo registry key passphrase}"
# the operator's bearer token for the registry and signer APIs (services: GRPC_AUTH_TOKEN; sild: SILD_OPERATOR_TOKEN)
export SILD_OPERATOR_TOKEN="${SILD_OPERATOR_TOKEN:-demo operator token}"
export GRPC_AUTH_TOKEN="$SILD_OPERATOR_TOKEN"
export SILD_ANCHOR_FILE="${SILD_ANCHOR_FILE:-$data/instance/anchor.json}"
export SILD_REGISTRY=127.0.0.1:50051 SILD_SIGNER=127.0.0.1:50052

say() { printf '\n== %s\n' "$*"; }

# the audit's database: AUDIT_DATABASE_URL, else sild_audit next to the local registry database,
# else the registry's DATABASE_URL (its tables are its own), else embedded PGlite in .data/audit
if [ -z "${DATABASE_URL:-}" ] && bash scripts/ensure-postgres.sh 2>/dev/null; then
  export DATABASE_URL=postgres://postgres@127.0.0.1:5432/sild
  AUDIT_DATABASE_URL="${AUDIT_DATABASE_URL:-postgres://postgres@127.0.0.1:5432/sild_audit}"
fi
AUDIT_DATABASE_URL="${AUDIT_DATABASE_URL:-${DATABASE_URL:-}}"
echo "registry database: ${DATABASE_URL:-embedded PGlite in $data/registry/pglite}"
echo "audit database: ${AUDIT_DATABASE_URL:-embedded PGlite in $data/audit/pglite}"

started_kafka=false
if [ -z "${KAFKA_BROKERS:-}" ] && ! bash scripts/kafka/kafka.sh status 2>/dev/null; then started_kafka=true; fi
bash scripts/kafka/kafka.sh up

if [ ! -f "$SILD_ANCHOR_FILE" ]; then
  say "creating instance NL (first run)"
  bin/sild instance init --instance NL --dir "$data/instance"
fi

pids=()
stop_all() {
  trap - INT TERM EXIT
  say "stopping"
  for pid in "${pids[@]}"; do kill -TERM "$pid" 2>/dev/null || true; done
  for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
  if $started_kafka; then bash scripts/kafka/kafka.sh down; fi
  echo "stopped"
}
trap stop_all INT TERM EXIT

start_service() { # app[:name] http-port env...
  local app=${1%%:*} name=${1#*:} port=$2
  shift 2
  # kafkajs 2.2.4 trips a harmless TimeoutNegativeWarning on Node 24
  env HTTP_PORT="$port" "$@" node --disable-warning=TimeoutNegativeWarning --import @swc-node/register/esm-register "apps/$app/src/main.ts" >>"$logs/$name.log" 2>&1 &
  pids+=($!)
  for _ in $(seq 1 120); do
    if curl -fs "http://127.0.0.1:$port/readyz" >/dev/null 2>&1; then echo "$name ready (health and metrics on :$port, log $logs/$name.log)"; return 0; fi
    kill -0 "${pids[-1]}" 2>/dev/null || { echo "$name exited; last lines of $logs/$name.log:"; tail -20 "$logs/$name.log"; exit 1; }
    sleep 1
  done
  echo "$name did not become ready; see $logs/$name.log"
  exit 1
}

say "starting the registry and the signer"
start_service registry 8081 REGISTRY_KEY_FILE="$data/instance/registry.key.pem" SILD_DATA_DIR="$data/registry" GRPC_PORT=50051
start_service signer 8082 SIGNER_TOKEN_DIR="$data/instance/signer-token" SILD_DATA_DIR="$data/signer" \
  REGISTRY_ADDRESS="$SILD_REGISTRY" GRPC_PORT=50052

bash scripts/demo.sh

PROVIDER=NL/GOV/00000001 AMSTERDAM=NL/MUN/0363
export SILD_KEY_PASSPHRASE="${SILD_KEY_PASSPHRASE:-demo gateway key passphrase}"
BACKEND_TOKEN="${BACKEND_TOKEN:-demo provider backend token}"
API_TOKEN="${API_TOKEN:-demo municipality system token}"
PUBLISHER_TOKEN="${PUBLISHER_TOKEN:-demo register publisher token}"
WEBHOOK_TOKEN="${WEBHOOK_TOKEN:-demo municipality webhook token}"
# the instance secret of subject keys: the same in every gateway of the instance
SUBJECT_SECRET="${SILD_SUBJECT_KEY_SECRET:-demo subject key secret, at least 32 characters}"
ROTTERDAM=NL/MUN/0599
changes_per_second="${DEMO_CHANGES_PER_SECOND:-20}"
say "gateway keys: each organisation signs with a key file of its own"
for m in "$PROVIDER" "$AMSTERDAM" "$ROTTERDAM"; do
  dir="$data/gateways/${m//\//_}"
  if [ -f "$dir/signing.cert.pem" ]; then echo "$m: $dir/signing.key.pem (certified before)"; continue; fi
  bin/sild key generate "$m" --out "$dir" >/dev/null
  bin/sild cert issue --csr "$dir/signing.csr.pem" --out "$dir/signing.cert.pem" >/dev/null
  echo "$m: key file $dir/signing.key.pem, certificate $dir/signing.cert.pem"
done
bin/sild subsystem add "$AMSTERDAM/sociaal" >/dev/null 2>&1 || true

say "starting the event router, the population register with its gateway, and the municipalities' gateways"
gateway_env() { # member: the gateway's identity and key settings, into the array gw_env
  local dir="$data/gateways/${1//\//_}"
  gw_env=(GATEWAY_MEMBER="$1" GATEWAY_KEY_FILE="$dir/signing.key.pem" GATEWAY_CERTIFICATE_FILE="$dir/signing.cert.pem"
    GATEWAY_KEY_PASSPHRASE="$SILD_KEY_PASSPHRASE" GATEWAY_SUBJECT_KEY_SECRET="$SUBJECT_SECRET")
}
start_service router 8085
# auditors query with their own tokens; the operator's token works too
AUDITOR_TOKEN="${AUDITOR_TOKEN:-demo auditor token}"
audit_db=()
[ -n "$AUDIT_DATABASE_URL" ] && audit_db=(DATABASE_URL="$AUDIT_DATABASE_URL")
start_service audit 8086 GRPC_PORT=50056 SILD_DATA_DIR="$data/audit" \
  AUDIT_AUDITOR_TOKENS="demo-auditor=$AUDITOR_TOKEN" "${audit_db[@]}"
gateway_env "$PROVIDER"
start_service gateway:gateway-rvig 8084 GRPC_PORT=50054 "${gw_env[@]}" \
  GATEWAY_PROVIDERS="brp=grpc://127.0.0.1:50061" GATEWAY_BACKEND_TOKEN="$BACKEND_TOKEN" \
  GATEWAY_API_TOKENS="brp=$PUBLISHER_TOKEN"
start_service population-register 8091 GRPC_PORT=50061 GRPC_AUTH_TOKEN="$BACKEND_TOKEN" \
  POPULATION_GATEWAY_ADDRESS=127.0.0.1:50054 POPULATION_GATEWAY_TOKEN="$PUBLISHER_TOKEN" \
  POPULATION_CHANGES_PER_SECOND="$changes_per_second"
# member name gateway-grpc-port gateway-http-port system-port
municipalities=("$AMSTERDAM amsterdam 50053 8083 8100" "$ROTTERDAM rotterdam 50055 8087 8101")
for entry in "${municipalities[@]}"; do
  read -r member name grpc http system <<<"$entry"
  webhooks=$(tr ',' '\n' <".data/demo/subscriptions/${member##*/}" | sed "s|\$|=webhook:http://127.0.0.1:$system/events|" | paste -sd, -)
  gateway_env "$member"
  start_service "gateway:gateway-$name" "$http" GRPC_PORT="$grpc" "${gw_env[@]}" \
    GATEWAY_API_TOKENS="burgerzaken+sociaal=$API_TOKEN" GATEWAY_SUBSCRIPTIONS="$webhooks" \
    GATEWAY_WEBHOOK_TOKEN="$WEBHOOK_TOKEN"
done
for entry in "${municipalities[@]}"; do
  read -r member name grpc http system <<<"$entry"
  start_service "municipality:municipality-$name" "$system" MUNICIPALITY_CODE="${member##*/}" \
    MUNICIPALITY_GATEWAY_ADDRESS="127.0.0.1:$grpc" MUNICIPALITY_GATEWAY_TOKEN="$API_TOKEN" \
    MUNICIPALITY_SUBSCRIBER="$member/burgerzaken" MUNICIPALITY_DELIVERY=webhook \
    MUNICIPALITY_SUBSCRIPTION_IDS="$(cat ".data/demo/subscriptions/${member##*/}")" \
    MUNICIPALITY_HTTP_TOKEN="$WEBHOOK_TOKEN"
done

say "service calls: Amsterdam's system -> its gateway -> Kafka -> the register's gateway -> the register"
npx tsx scripts/demo-calls.ts 127.0.0.1:50053 "$API_TOKEN" "$PROVIDER/brp" "$AMSTERDAM" "$data/demo/person-call.trace"

say "the audit log: the 'get person' call as an auditor sees it, across both organisations"
export SILD_AUDIT=127.0.0.1:50056 SILD_AUDIT_TOKEN="$AUDITOR_TOKEN"
trace=$(cat "$data/demo/person-call.trace")
evidence="$data/demo/evidence-$trace"
node -e 'process.stdout.write(JSON.parse(require("fs").readFileSync(process.argv[1], "utf8")).root_certificate_pem)' \
  "$SILD_ANCHOR_FILE" >"$data/demo/root-ca.pem"
# the request, the response and four decisions (sent, accepted, answered, delivered), all of them
# under a signed checkpoint (one is signed at least every AUDIT_CHECKPOINT_INTERVAL_MS, 5 s)
complete='const r = JSON.parse(require("fs").readFileSync(0, "utf8")); process.exit(r.entries >= 6 && r.notYetCovered === 0 ? 0 : 1)'
for _ in $(seq 1 30); do
  bin/sild --json audit export --trace "$trace" --out "$evidence" 2>/dev/null | node -e "$complete" && break
  sleep 1
done
bin/sild audit trace "$trace"
echo "evidence bundle: $evidence/bundle.json; checked offline against the instance's root CA:"
bin/sild audit verify "$evidence" --root "$data/demo/root-ca.pem"

cat <<MSG

Sild is running:
  registry             gRPC $SILD_REGISTRY   health/metrics http://127.0.0.1:8081/readyz  /metrics
  signer               gRPC $SILD_SIGNER   health/metrics http://127.0.0.1:8082/readyz  /metrics
  gateway Amsterdam    gRPC 127.0.0.1:50053   health/metrics http://127.0.0.1:8083/readyz  /metrics
  gateway RvIG         gRPC 127.0.0.1:50054   health/metrics http://127.0.0.1:8084/readyz  /metrics
  gateway Rotterdam    gRPC 127.0.0.1:50055   health/metrics http://127.0.0.1:8087/readyz  /metrics
  population register  gRPC 127.0.0.1:50061   health/metrics http://127.0.0.1:8091/readyz  /metrics  (changes: /sild/changes)
  event router                                health/metrics http://127.0.0.1:8085/readyz  /metrics
  audit log            gRPC 127.0.0.1:50056   health/metrics http://127.0.0.1:8086/readyz  /metrics  (REST /v1/..., docs/auditing.md)
  Amsterdam's system                          http://127.0.0.1:8100/stats  /residents (webhook /events)
  Rotterdam's system                          http://127.0.0.1:8101/stats  /residents (webhook /events)
  Kafka                ${KAFKA_BROKERS:-127.0.0.1:9092}
Try: bin/sild call $PROVIDER/brp/persons/v1 --as $AMSTERDAM/burgerzaken --token "$API_TOKEN" \\
       --type sild.examples.population.v1.SearchPersonsRequest --json-payload '{"municipalityCode":"0599","pageSize":2}' \\
       --on-behalf-of clerk-1 --purpose "case 1"
     bin/sild registry show    bin/sild --help
     SILD_AUDIT_TOKEN="$AUDITOR_TOKEN" bin/sild audit trace <trace id of a line above>
The register applies $changes_per_second changes a second (DEMO_CHANGES_PER_SECOND) and publishes each as a
signed event; below, every 5 s: events published and routed, entries in the audit log, and per
municipality its residents, the events applied and the lag.
Ctrl-C stops everything.
MSG
# node itself (not npx) runs the printer, so stop_all stops it by its pid
node --import tsx scripts/demo-events.ts "$BACKEND_TOKEN" 8091 8085 8086 "Amsterdam=8100" "Rotterdam=8101" &
pids+=($!)
sleep_pid=""
trap 'kill "$sleep_pid" 2>/dev/null; stop_all; exit 0' INT TERM
while true; do sleep 3600 & sleep_pid=$!; wait $sleep_pid; done
