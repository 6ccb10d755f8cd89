#!/usr/bin/env bash
# Repeats the server-kill case of CrashIT (not part of mvn verify): a server on a fresh H2 file
# imports a generated TMX as a job, is killed with -9 once two thirds of it were read, and is
# started again; the restarted node must list no unit of the killed import (200 with total 0, then
# 404 once the sweep removed the memory it created) within a minute. A run where the listing
# answers 409 for that whole minute is counted "stuck": the cut-off transaction still holds its
# locks after the restart (an H2 defect, see docs/architecture.md).
#   mvn -B -ntp package -DskipTests && bench/crash-job.sh [RUNS] [UNITS] [WORKDIR] [PORT]
# DRAGOMAN_JAR=/path/to/quarkus-run.jar runs another build.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
runs="${1:-5}"
units="${2:-60000}"
work="${3:-$root/target/bench-crash-job}"
port="${4:-18087}"
jar="${DRAGOMAN_JAR:-$root/target/quarkus-app/quarkus-run.jar}"
rm -rf "$work" && mkdir -p "$work" && cd "$work"
echo "== machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg); $(ls "$(dirname "$jar")/lib/main" | grep -o "com.h2database.h2-[0-9.]*[0-9]")"

{
  echo '<?xml version="1.0" encoding="UTF-8"?>'
  echo '<tmx version="1.4"><header creationtool="bench" creationtoolversion="1" segtype="sentence" o-tmf="bench" adminlang="en" srclang="ar" datatype="plaintext"/><body>'
  awk -v n="$units" 'BEGIN { for (i = 0; i < n; i++) printf "<tu><tuv xml:lang=\"ar\"><seg>هذه جملة رقم %d عن قوة حفظ السلام في غزة %d</seg></tuv><tuv xml:lang=\"en\"><seg>This is sentence number %d about the peacekeeping force in Gaza %d</seg></tuv></tu>\n", i, i * 7, i, i * 7 }'
  echo '</body></tmx>'
} > generated.tmx
killed_at=$((units * 2 / 3))

stuck=0
for run in $(seq 1 "$runs"); do
  rm -rf data
  java -Dquarkus.http.port="$port" -Ddragoman.data-dir=data -jar "$jar" >first.log 2>&1 &
  server=$!
  until curl -fs "http://127.0.0.1:$port/q/health/ready" >/dev/null; do sleep 0.5; done
  auth="admin:$(cat data/admin-password)"
  job=$(curl -fs -u "$auth" -H 'Content-Type: application/xml' --data-binary @generated.tmx \
    "http://127.0.0.1:$port/api/imports?memory=job" | sed 's/.*"id":"\([^"]*\)".*/\1/')
  until [ "$(curl -fs -u "$auth" "http://127.0.0.1:$port/api/imports/$job" | sed -n 's/.*"unitsRead":\([0-9]*\).*/\1/p')" -ge "$killed_at" ] 2>/dev/null; do
    sleep 0.2
  done
  kill -9 "$server"; wait "$server" 2>/dev/null || true

  java -Dquarkus.http.port="$port" -Ddragoman.data-dir=data -Ddragoman.tmx.import-stale-after=0s \
    -Ddragoman.jobs.stale-after=0s -jar "$jar" >restart.log 2>&1 &
  server=$!
  until curl -s -o /dev/null "http://127.0.0.1:$port/q/health/live"; do sleep 0.1; done
  deadline=$((SECONDS + 60))
  codes=""
  outcome="stuck"
  while [ "$SECONDS" -lt "$deadline" ]; do
    code=$(curl -s -o listing.json -w '%{http_code}' -u "$auth" "http://127.0.0.1:$port/api/units?memory=job&size=1")
    codes="$codes $code"
    if [ "$code" = 404 ] || { [ "$code" = 200 ] && grep -q '"total":0' listing.json; }; then
      outcome="clean"
      break
    fi
    sleep 0.5
  done
  [ "$outcome" = stuck ] && stuck=$((stuck + 1))
  # shellcheck disable=SC2086
  echo "run $run: $outcome; listings answered:$(printf '%s\n' $codes | sort | uniq -c | awk '{printf " %s×%s", $1, $2}')"
  kill "$server"; wait "$server" 2>/dev/null || true
done
echo "== $stuck of $runs runs stuck"
