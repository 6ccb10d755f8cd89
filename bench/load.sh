#!/usr/bin/env bash
# Mixed load on one packaged node (not part of mvn verify): CLIENTS clients for SECONDS seconds,
# lookups 80 %, unit creations and edits 15 %, glossary reads and edits 5 %, while one import job of
# IMPORT_UNITS generated units runs; then every acknowledged write is checked (io.dragoman.bench.MixedLoad).
# Loopback only; the server starts on a fresh data directory with the seed.
#   mvn -B -ntp package -DskipTests && bench/load.sh [CLIENTS] [SECONDS] [IMPORT_UNITS] [PORT]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
clients="${1:-50}"
seconds="${2:-60}"
units="${3:-100000}"
port="${4:-18086}"
jar="${DRAGOMAN_JAR:-$root/target/quarkus-app/quarkus-run.jar}"
work="$root/target/bench-load"
cd "$root"
mvn -B -ntp -q test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.cp -Dmdep.includeScope=test
rm -rf "$work" && mkdir -p "$work"
echo "== machine: $(nproc) cores, $(free -h | awk '/Mem:/ {print $2}') RAM, load $(cut -d' ' -f1-3 /proc/loadavg)"
(cd "$work" && exec java -Dquarkus.http.port="$port" -jar "$jar" >server.log 2>&1) &
server=$!
trap 'kill $server 2>/dev/null || true' EXIT
until curl -sf "localhost:$port/q/health/ready" >/dev/null; do sleep 0.5; done
# The clients act as the first admin, whose password the first start wrote beside the database.
DRAGOMAN_AUTHORIZATION="Basic $(printf 'admin:%s' "$(cat "$work/data/admin-password")" | base64 -w0)"
export DRAGOMAN_AUTHORIZATION
java -cp "target/classes:target/test-classes:$(cat target/bench.cp)" io.dragoman.bench.MixedLoad \
  "http://127.0.0.1:$port" "$clients" "$seconds" "$units"
echo "== server log: $(grep -c ' ERROR ' "$work/server.log" || true) ERROR lines; load after: $(cut -d' ' -f1-3 /proc/loadavg)"
