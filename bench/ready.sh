#!/usr/bin/env bash
# Start-up benchmark (not part of mvn verify): how long a server takes to answer /q/health/ready on
# a data directory that already holds a memory (e.g. the one bench/import-path.sh leaves), after a
# graceful stop and after a kill -9, three times each, alternating.
#   mvn -B -ntp package -DskipTests && bench/ready.sh DATA_DIR [PORT]
# DRAGOMAN_JAR=/path/to/quarkus-run.jar runs another build; JAVA_OPTS is passed to the server.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
jar="${DRAGOMAN_JAR:-$root/target/quarkus-app/quarkus-run.jar}"
dir="$(realpath "$1")"
port="${2:-18097}"
log="$(mktemp)"
now() { date +%s.%N; }
echo "== machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg); jar $jar; data $dir ($(du -sh "$dir" | cut -f1))"
start_server() { # prints the seconds to ready and the index line of the log
  local t0 rc
  t0=$(now)
  # shellcheck disable=SC2086
  java ${JAVA_OPTS:-} -Ddragoman.data-dir="$dir" -Dquarkus.http.port="$port" -jar "$jar" >"$log" 2>&1 &
  server=$!
  until curl -fs "http://127.0.0.1:$port/q/health/ready" >/dev/null 2>&1; do
    kill -0 "$server" 2>/dev/null || { echo "the server exited:"; tail -20 "$log"; exit 1; }
    sleep 0.1
  done
  printf '%.1f s to ready (load %s); %s\n' "$(echo "$(now) - $t0" | bc)" "$(cut -d' ' -f1 /proc/loadavg)" \
    "$(grep -o 'Match index:.*' "$log" | head -1)"
}
for round in 1 2 3; do
  echo -n "after a graceful stop #$round: "; start_server
  kill -9 "$server"; wait "$server" 2>/dev/null || true
  echo -n "after a kill -9 #$round:      "; start_server
  kill "$server"; wait "$server" 2>/dev/null || true
done
rm -f "$log"
