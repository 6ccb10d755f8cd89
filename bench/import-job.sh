#!/usr/bin/env bash
# Server import job benchmark (not part of mvn verify): a packaged server on a fresh H2 file imports
# a TMX through POST /api/imports; prints the job's time and the database file's size at the end of
# the job, every 15 s for two minutes after it (while the server keeps serving), and after a graceful
# stop, with the peak of samples taken every 0.5 s.
#   mvn -B -ntp package -DskipTests && bench/import-job.sh FILE.tmx.gz [WORKDIR] [PORT]
# DRAGOMAN_JAR=/path/to/quarkus-run.jar runs another build (e.g. a baseline) with the same script.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
bench_args import-job 18441 "$@"
db="$work/data/dragoman.mv.db"
gzip -dcf "$input" > upload.tmx
echo "== machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg); jar $jar; TMX $(stat -c %s upload.tmx) bytes"
java -Xmx1g -Dquarkus.http.port="$port" -Ddragoman.data-dir=data -jar "$jar" >server.log 2>&1 &
server=$!
trap 'kill "$server" 2>/dev/null || true; kill "$sampler" 2>/dev/null || true' EXIT
until curl -fs "http://127.0.0.1:$port/q/health/ready" >/dev/null; do sleep 0.5; done
while :; do stat -c %s "$db"; sleep 0.5; done >sizes 2>/dev/null &
sampler=$!
auth="admin:$(cat data/admin-password)"
start=$(date +%s)
job=$(curl -fs -u "$auth" -H 'Content-Type: application/xml' --data-binary @upload.tmx \
  "http://127.0.0.1:$port/api/imports?memory=bench" | sed 's/.*"id":"\([^"]*\)".*/\1/')
while curl -fs -u "$auth" "http://127.0.0.1:$port/api/imports/$job" | grep -q '"status":"\(queued\|running\)"'; do
  sleep 1
done
end=$(date +%s)
echo "job: $(curl -fs -u "$auth" "http://127.0.0.1:$port/api/imports/$job" | grep -o '"status":"[a-z]*"'), $((end - start)) s; file at its end: $(stat -c %s "$db") bytes"
for _ in 1 2 3 4 5 6 7 8; do
  sleep 15
  echo "$(($(date +%s) - end)) s after: $(stat -c %s "$db") bytes"
done
kill "$server"; wait "$server" 2>/dev/null || true
kill "$sampler"
echo "after a graceful stop: $(stat -c %s "$db") bytes; peak $(sort -n sizes | tail -1) bytes"
grep -a "compacted the open database file" server.log || echo "(no compaction logged)"
