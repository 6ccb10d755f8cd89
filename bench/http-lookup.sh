#!/usr/bin/env bash
# HTTP lookup latency and throughput of one build (not part of mvn verify), see docs/benchmarks.md
# "HTTP lookups: where the time goes". Starts the packaged server on a data directory that already
# holds a memory (e.g. the Debian TM imported by bench/import-path.sh), then measures:
#   - sequential: one client thread, 300 Debian strings in both directions, minScore 50, each lookup
#     followed by a /q/health/live round trip (HttpLoadBenchmark sequential);
#   - wrk with 4 and with 50 connections cycling through the same 600 lookups (bench/wrk-lookup.lua),
#     the server's CPU time per lookup over the 4-connection run;
#   - wrk on GET /api/units/{id} and /q/health/live, the same server and token, for comparison.
#   bench/http-lookup.sh JAR DATA_DIR PORT TOKEN_FILE CLIENT_CP SHARED_DATA [UNIT_ID]
# TOKEN_FILE holds an API token of that database (POST /api/tokens); CLIENT_CP the classpath of the
# test classes (target/test-classes:target/classes). Needs wrk (Debian package wrk).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
jar="$1" data="$2" port="$3" token="$(cat "$4")" cp="$5" shared="$6" unit="${7:-1}"
base="http://localhost:$port"
work="$(mktemp -d)"
java -cp "$cp" io.dragoman.match.HttpLoadBenchmark queries "$shared" "$work/paths.txt" 300
java -Xmx1g ${SERVER_OPTS:-} -Ddragoman.data-dir="$data" -Dquarkus.http.port="$port" -jar "$jar" >"$work/server.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null; wait $server 2>/dev/null; rm -rf "$work"' EXIT
until curl -sf "$base/q/health/ready" >/dev/null; do sleep 1; done
echo "== $(date -u +%H:%M:%S) jar $jar, load $(cut -d' ' -f1-3 /proc/loadavg)"
export LOOKUP_PATHS="$work/paths.txt" DRAGOMAN_TOKEN="$token"
cpu() { awk '{print $14 + $15}' "/proc/$server/stat"; }
java -cp "$cp" io.dragoman.match.HttpLoadBenchmark sequential "$base" "$shared" "$token" 3
wrk -t2 -c4 -d10s -s "$root/bench/wrk-lookup.lua" "$base" >/dev/null   # warm-up
before=$(cpu)
wrk -t2 -c4 -d30s -s "$root/bench/wrk-lookup.lua" "$base" | tee "$work/wrk4.txt" | grep -E "Requests/sec|non-200|Socket errors"
after=$(cpu)
requests=$(awk '/requests in/ {print $1}' "$work/wrk4.txt")
echo "server CPU per lookup (4 connections): $(echo "scale=3; ($after - $before) * 1000 / $(getconf CLK_TCK) / $requests" | bc) ms"
echo "-- 50 connections"
wrk -t2 -c50 -d30s -s "$root/bench/wrk-lookup.lua" "$base" | grep -E "Requests/sec|non-200|Socket errors"
echo "-- GET /api/units/$unit, 4 connections"
wrk -t2 -c4 -d15s --latency -H "Authorization: Bearer $token" "$base/api/units/$unit" | grep -E "Requests/sec| 50%| 99%|Non-2xx"
echo "-- GET /q/health/live, 4 connections"
wrk -t2 -c4 -d10s --latency "$base/q/health/live" | grep -E "Requests/sec| 50%| 99%"
echo "== $(date -u +%H:%M:%S) load $(cut -d' ' -f1-3 /proc/loadavg)"
