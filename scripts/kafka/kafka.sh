#!/usr/bin/env bash
# The project's local Apache Kafka broker (KRaft, one combined broker+controller).
#   scripts/kafka/kafka.sh up      resolve the pinned release with Maven (cached), format storage,
#                                  start the broker, return once it answers metadata requests
#   scripts/kafka/kafka.sh down    stop the broker by its pid and wait until it is gone
#   scripts/kafka/kafka.sh status  say whether it runs
# With KAFKA_BROKERS set, an existing cluster is used and nothing is started or stopped.
# Paths (all git-ignored): .cache/kafka/<version>/libs (jars), .data/kafka (storage, log, pid).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
version="${SILD_KAFKA_VERSION:-$(sed -n 's:.*<kafka.version>\(.*\)</kafka.version>.*:\1:p' "$here/pom.xml")}"
port="${SILD_KAFKA_PORT:-9092}"
controller_port="${SILD_KAFKA_CONTROLLER_PORT:-9093}"
libs="$root/.cache/kafka/$version/libs"
data="${SILD_KAFKA_DATA_DIR:-$root/.data/kafka}"
pidfile="$data/kafka.pid"
logfile="$data/broker.log"
start_timeout="${SILD_KAFKA_START_TIMEOUT:-120}"
stop_timeout="${SILD_KAFKA_STOP_TIMEOUT:-60}"

say() { printf 'kafka: %s\n' "$*" >&2; }
die() { say "$*"; exit 1; }

running_pid() {
  [ -f "$pidfile" ] || return 1
  local pid
  pid="$(cat "$pidfile")"
  [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null || return 1
  # the pid must still be our broker, not a recycled pid
  tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | grep -q 'kafka.Kafka' || return 1
  echo "$pid"
}

port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

resolve() {
  if [ -f "$libs/.complete" ]; then return 0; fi
  command -v mvn >/dev/null || die "Maven (mvn) is needed to fetch Kafka $version; install it or set KAFKA_BROKERS"
  say "resolving org.apache.kafka:kafka_2.13:$version with Maven into ${libs#"$root"/}"
  rm -rf "$libs"
  mvn -q -B -f "$here/pom.xml" -Dkafka.version="$version" \
    dependency:copy-dependencies -DincludeScope=runtime -DoutputDirectory="$libs" >&2 \
    || die "Maven could not resolve Kafka $version"
  touch "$libs/.complete"
}

java_cmd() {
  local java="${JAVA_HOME:+$JAVA_HOME/bin/}java"
  command -v "$java" >/dev/null || die "Java 17+ is needed for the local broker; install it or set KAFKA_BROKERS"
  echo "$java"
}

format_storage() {
  mkdir -p "$data"
  sed -e "s#@DATA_DIR@#$data#g" -e "s#@PORT@#$port#g" -e "s#@CONTROLLER_PORT@#$controller_port#g" \
    "$here/server.properties" >"$data/server.properties"
  if [ -f "$data/kraft-logs/meta.properties" ]; then return 0; fi
  local cluster_id
  cluster_id="$("$(java_cmd)" -cp "$libs/*" kafka.tools.StorageTool random-uuid 2>/dev/null | tail -1)"
  say "formatting KRaft storage (cluster $cluster_id)"
  "$(java_cmd)" -Dlog4j2.configurationFile="$here/log4j2.properties" -cp "$libs/*" \
    kafka.tools.StorageTool format -t "$cluster_id" -c "$data/server.properties" >>"$logfile" 2>&1 \
    || die "formatting storage failed; see ${logfile#"$root"/}"
}

wait_ready() {
  local pid="$1" deadline=$((SECONDS + start_timeout))
  while ((SECONDS < deadline)); do
    kill -0 "$pid" 2>/dev/null || die "broker exited during start-up; last lines of ${logfile#"$root"/}:
$(tail -20 "$logfile")"
    if node "$here/wait-ready.mjs" "127.0.0.1:$port" 2>/dev/null; then return 0; fi
    sleep 1
  done
  die "broker did not answer metadata requests within ${start_timeout}s; see ${logfile#"$root"/}"
}

up() {
  if [ -n "${KAFKA_BROKERS:-}" ]; then say "KAFKA_BROKERS=$KAFKA_BROKERS is set: using that cluster, starting nothing"; return 0; fi
  local pid
  if pid="$(running_pid)"; then
    wait_ready "$pid"
    say "already running (pid $pid) on 127.0.0.1:$port"
    return 0
  fi
  port_in_use "$port" && die "127.0.0.1:$port is taken by another process; stop it or set KAFKA_BROKERS"
  resolve
  format_storage
  say "starting Kafka $version on 127.0.0.1:$port"
  # setsid: the broker outlives this script and is not hit by the terminal's Ctrl-C
  setsid "$(java_cmd)" -Xms512m -Xmx1g -XX:+UseG1GC -Djava.awt.headless=true \
    -Dlog4j2.configurationFile="$here/log4j2.properties" \
    -cp "$libs/*" kafka.Kafka "$data/server.properties" >>"$logfile" 2>&1 </dev/null &
  pid=$!
  echo "$pid" >"$pidfile"
  wait_ready "$pid"
  say "ready (pid $pid) on 127.0.0.1:$port"
}

down() {
  if [ -n "${KAFKA_BROKERS:-}" ]; then say "KAFKA_BROKERS is set: not stopping an external cluster"; return 0; fi
  local pid
  if ! pid="$(running_pid)"; then
    rm -f "$pidfile"
    say "not running"
    return 0
  fi
  say "stopping pid $pid"
  kill -TERM "$pid"
  local deadline=$((SECONDS + stop_timeout))
  while kill -0 "$pid" 2>/dev/null && ((SECONDS < deadline)); do sleep 0.5; done
  if kill -0 "$pid" 2>/dev/null; then
    say "still running after ${stop_timeout}s: killing pid $pid"
    kill -KILL "$pid"
    while kill -0 "$pid" 2>/dev/null; do sleep 0.2; done
  fi
  rm -f "$pidfile"
  say "stopped"
}

status() {
  if [ -n "${KAFKA_BROKERS:-}" ]; then say "using external cluster $KAFKA_BROKERS"; return 0; fi
  local pid
  if pid="$(running_pid)"; then say "running (pid $pid) on 127.0.0.1:$port"; else say "not running"; return 1; fi
}

case "${1:-}" in
  up) up ;;
  down) down ;;
  status) status ;;
  *) echo "usage: $0 up|down|status" >&2; exit 2 ;;
esac
