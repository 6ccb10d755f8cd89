#!/usr/bin/env bash
# Crash harness (not part of mvn verify; CrashIT is its short version in CI): kill -9 of
# `bin/dragoman import` of a real file at three points (parse: the first progress line, write: past 50%,
# commit: 100% read), then of a server running the same import as a job, and after each kill
# the next start: its exit code and wall time, what it shows, the database file size.
#   mvn -B -ntp package -DskipTests && bench/crash.sh FILE.tmx.gz [WORKDIR] [PORT]
# DRAGOMAN_JAR=/path/to/quarkus-run.jar runs another build.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
bench_args crash 18085 "$@"
data="$input"
db="$work/data/dragoman.mv.db"
sweep_now="-Ddragoman.tmx.import-stale-after=0s -Ddragoman.jobs.stale-after=0s"
size() { stat -c %s "$db" 2>/dev/null || echo 0; }
now() { date +%s.%N; }
since() { printf '%.1f' "$(echo "$(now) - $1" | bc)"; }
echo "== machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg); unpacked $(gzip -dc "$data" | wc -c) bytes"

# A progress line every 256 units, so that the midway line is never skipped.
for point in "import: " "import: [5-9][0-9]%" "import: 100%"; do
  rm -f import.err
  JAVA_OPTS="-Xmx512m -Ddragoman.tmx.progress-interval=0s" "$root/bin/dragoman" import "$data" --memory crash >/dev/null 2>import.err &
  pid=$!
  until grep -Eq "$point" import.err 2>/dev/null || ! kill -0 "$pid" 2>/dev/null; do sleep 0.05; done
  kill -9 "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  killed=$(size)
  start=$(now)
  rc=0
  JAVA_OPTS="$sweep_now" "$root/bin/dragoman" memories >memories.out 2>next.err || rc=$?
  echo "kill at '$point': db ${killed} bytes at the kill; next start exit $rc in $(since "$start") s;" \
    "memory crash: $(awk -F'\t' '$1 == "crash" {print $2}' memories.out) units visible;" \
    "swept: $(grep -c 'Removing the units' next.err) import(s); db $(size) bytes"
done

start=$(now)
JAVA_OPTS="-Xmx512m" "$root/bin/dragoman" import "$data" --memory crash >clean.out 2>clean.err
echo "clean import after the kills: $(since "$start") s; $(head -1 clean.out | cut -c1-120); db $(size) bytes"

echo "== server killed during POST /api/imports"
java -Dquarkus.http.port="$port" -jar "$jar" >server.out 2>&1 &
server=$!
until curl -fs "http://127.0.0.1:$port/q/health/ready" >/dev/null; do sleep 0.5; done
job=$(curl -fs -u "admin:$(cat data/admin-password)" -H 'Content-Type: application/gzip' --data-binary @"$data" \
  "http://127.0.0.1:$port/api/imports?memory=job&filename=debian.tmx.gz" | sed 's/.*"id":"\([^"]*\)".*/\1/')
until curl -fs -u "admin:$(cat data/admin-password)" "http://127.0.0.1:$port/api/imports/$job" | grep -q '"unitsRead":[1-9][0-9][0-9][0-9][0-9]'; do sleep 0.5; done
kill -9 "$server"; wait "$server" 2>/dev/null || true
echo "killed with job $job running; db $(size) bytes"
start=$(now)
# shellcheck disable=SC2086
java $sweep_now -Dquarkus.http.port="$port" -jar "$jar" >restart.out 2>&1 &
server=$!
until curl -fs "http://127.0.0.1:$port/q/health/ready" >/dev/null; do
  kill -0 "$server" 2>/dev/null || { echo "the restart failed"; tail -20 restart.out; exit 1; }
  sleep 0.2
done
echo "restart ready after $(since "$start") s (first try)"
sleep 2
echo "job: $(curl -fs -u "admin:$(cat data/admin-password)" "http://127.0.0.1:$port/api/imports/$job" | grep -o '"status":"[a-z]*"\|"detail":"[^"]*"' | tr '\n' ' ')"
echo "memories: $(curl -fs -u "admin:$(cat data/admin-password)" "http://127.0.0.1:$port/api/memories" | grep -o '"name":"[^"]*"\|"units":[0-9]*' | tr '\n' ' ')"
kill "$server"; wait "$server" 2>/dev/null || true
echo "db after the restart: $(size) bytes"
