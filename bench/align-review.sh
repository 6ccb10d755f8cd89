#!/usr/bin/env bash
# How the alignment review answers at 300 and 3,000 pairs (not part of mvn verify): one packaged
# node on a fresh data directory, alignments created through the API from FLORES sentences, the
# review opened and driven by keys in headless Chromium (io.dragoman.web.AlignmentReviewBench).
#   mvn -B -ntp package -DskipTests && bench/align-review.sh [FLORES_DIR] [PORT] [WORK_DIR] [SIZES]
# FLORES_DIR defaults to ../shared/data/flores200-devtest (next to the repository).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
shared="${SHARED:-$root/../shared}"
[[ -d "$shared" ]] || shared="$root/../../shared"
flores="$(realpath "${1:-$shared/data/flores200-devtest}")"
port="${2:-18090}"
work="${3:-$root/target/bench-align-review}"
sizes="${4:-300,3000}"
jar="${DRAGOMAN_JAR:-$root/target/quarkus-app/quarkus-run.jar}"
cd "$root"
mvn -B -ntp -q test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.cp -Dmdep.includeScope=test
rm -rf "$work" && mkdir -p "$work"
echo "== machine: $(nproc) cores, $(free -h | awk '/Mem:/ {print $2}') RAM, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
echo "== $(/usr/bin/chromium --version 2>/dev/null | head -1), $(git rev-parse --short HEAD), load before: $(cut -d' ' -f1-3 /proc/loadavg)"
(cd "$work" && exec java -Dquarkus.http.port="$port" -jar "$jar" >server.log 2>&1) &
server=$!
trap 'kill $server 2>/dev/null || true' EXIT
until curl -sf "localhost:$port/q/health/ready" >/dev/null; do sleep 0.5; done
java -cp "target/classes:target/test-classes:$(cat target/bench.cp)" io.dragoman.web.AlignmentReviewBench \
  "http://127.0.0.1:$port/" "$flores" "$(cat "$work/data/admin-password")" "$sizes"
echo "== server log: $(grep -c ' ERROR ' "$work/server.log" || true) ERROR lines; load after: $(cut -d' ' -f1-3 /proc/loadavg)"
