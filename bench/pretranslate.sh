#!/usr/bin/env bash
# XLIFF pre-translation benchmark (not part of mvn verify): a 10,000-segment XLIFF made from the
# Debian TMX, pre-translated by the packaged server against the same TMX imported as a memory.
# Prints the import's wall time and peak RSS, then per request the wall time, the server's CPU
# time (utime + stime from /proc) and the report of the last request.
#   mvn -B -ntp package -DskipTests && bench/pretranslate.sh ../shared/data/debian-bookworm-ar-en.tmx.gz [WORKDIR] [PORT]
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
bench_args pretranslate 18083 "$@"
tmx="$input"
echo "== machine: $(nproc) cores, $(free -h | awk '/Mem:/ {print $2}') RAM, load $(cut -d' ' -f1-3 /proc/loadavg)"
python3 "$root/bench/make-xliff.py" "$tmx" bench-10k.xlf 10000
/usr/bin/time -f "import: wall %e s, max RSS %M KB" "$root/bin/dragoman" import "$tmx" --memory debian >/dev/null
java -Dquarkus.http.port="$port" -jar "$jar" >server.log 2>&1 &
server=$!
trap 'kill $server 2>/dev/null || true' EXIT
until curl -sf "localhost:$port/q/health/ready" >/dev/null; do sleep 0.5; done
grep -o "Match index: .*" server.log || true
cpu() { awk '{print $14 + $15}' "/proc/$server/stat"; }
ticks=$(getconf CLK_TCK)
request() { # label, then query parameters
  local before after start end
  before=$(cpu); start=$(date +%s.%N)
  curl -sf -u "admin:$(cat data/admin-password)" -X POST "localhost:$port/api/pretranslate?memory=debian&file=bench-10k.xlf&$2" \
    -H 'Content-Type: application/xliff+xml' --data-binary @bench-10k.xlf -D headers.txt -o out.xlf
  end=$(date +%s.%N); after=$(cpu)
  printf '%s: wall %.1f s, server CPU %.1f s\n' "$1" "$(echo "$end - $start" | bc)" "$(echo "($after - $before) / $ticks" | bc -l)"
}
request "first request after start" "threshold=75"
request "warm #1" "threshold=75"
request "warm #2" "threshold=75"
request "warm, analyseOnly" "threshold=75&analyseOnly=true"
grep -i '^Dragoman-Report' headers.txt || head -c 2000 out.xlf
echo "== load after: $(cut -d' ' -f1-3 /proc/loadavg)"
