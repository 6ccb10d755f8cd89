#!/usr/bin/env bash
# TMX exchange benchmark (not part of mvn verify). Needs the packaged jar and test classes:
#   mvn -B -ntp package -DskipTests && bench/tmx.sh [FILE.tmx.gz] [big]
# FILE defaults to ../shared/data/debian-bookworm-ar-en.tmx.gz; "big" adds the 10x file.
# Runs, in one go and on a fresh database under target/bench: the StAX baseline, the import with
# -Xmx512m, the export back, then a 10x file (2.9M units) imported with -Xmx512m. Heap peaks
# come from the GC logs (largest heap occupancy before a collection).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
data="$(realpath "${1:-$root/../shared/data/debian-bookworm-ar-en.tmx.gz}")"
work="$root/target/bench"
rm -rf "$work" && mkdir -p "$work" && cd "$work"
peak() { grep -o '[0-9]*M->' "$1" | sed 's/M->//' | sort -n | tail -1; }
echo "== machine: $(nproc) cores, $(free -h | awk '/Mem:/ {print $2}') RAM, load $(cut -d' ' -f1-3 /proc/loadavg)"
java -version 2>&1 | head -1
echo "== baseline"
java -Xmx512m -cp "$root/target/test-classes" io.dragoman.bench.StaxBaseline "$data"
echo "== import $(basename "$data") with -Xmx512m"
/usr/bin/time -f "wall %e s, user %U s, max RSS %M KB" env JAVA_OPTS="-Xmx512m -Xlog:gc:file=import-gc.log" \
  "$root/bin/dragoman" import "$data" --memory bench 2>import.err | tee import.out
tail -1 import.err
echo "heap peak: $(peak import-gc.log) MB"
echo "== export"
/usr/bin/time -f "wall %e s, user %U s" env JAVA_OPTS="-Xmx512m" \
  "$root/bin/dragoman" export --memory bench -o export.tmx 2>&1 | tail -2
ls -l export.tmx
[[ "${2:-}" == big ]] || exit 0
echo "== 10x file"
java -cp "$root/target/test-classes" io.dragoman.bench.TmxMultiplier "$data" 10 big.tmx.gz
/usr/bin/time -f "wall %e s, user %U s, max RSS %M KB" env JAVA_OPTS="-Xmx512m -Xlog:gc:file=big-gc.log" \
  "$root/bin/dragoman" import big.tmx.gz --memory big 2>big.err | tee big.out
tail -1 big.err
echo "heap peak: $(peak big-gc.log) MB"
