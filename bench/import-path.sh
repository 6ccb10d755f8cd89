#!/usr/bin/env bash
# Command-line import path benchmark (not part of mvn verify): import wall time and database file
# size (peak while importing, after the command exits), export wall time, and the fixed cost of a
# sub-command on a database holding the imported memory.
#   mvn -B -ntp package -DskipTests && bench/import-path.sh FILE.tmx.gz [WORKDIR]
# DRAGOMAN_JAR=/path/to/quarkus-run.jar runs another build (e.g. a baseline) with the same script,
# DRAGOMAN_BIN=/path/to/bin/dragoman another launcher (the baseline's own).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
bin="${DRAGOMAN_BIN:-$root/bin/dragoman}"
data="$(realpath "$1")"
work="${2:-$root/target/bench-import}"
rm -rf "$work" && mkdir -p "$work" && cd "$work"
db="$work/data/dragoman.mv.db"
echo "== machine: $(nproc) cores, $(free -h | awk '/Mem:/ {print $2}') RAM, load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "== jar: ${DRAGOMAN_JAR:-$root/target/quarkus-app/quarkus-run.jar}, launcher: $bin"
echo "== unpacked TMX: $(gzip -dc "$data" | wc -c) bytes"

# Samples the database file size every 200 ms into $1 while the command runs.
sample() {
  while :; do stat -c %s "$db" 2>/dev/null || echo 0; sleep 0.2; done >"$1"
}
peak() { sort -n "$1" | tail -1; }
exec 3>&1
timed() { # label, then the command; prints (to the script's stdout) the wall and CPU time and the load
  /usr/bin/time -o timed.out -f "wall %e s, CPU %U s user + %S s sys" "${@:2}" || true
  echo "$1: $(tail -1 timed.out), load $(cut -d' ' -f1 /proc/loadavg)" >&3
}

# After a build, the first sub-command also records the launcher's class archive (if it has one).
timed "first command (memories, empty database)" "$bin" memories >/dev/null 2>&1

sample import.sizes & sampler=$!
timed "import -Xmx512m" env JAVA_OPTS="-Xmx512m" "$bin" import "$data" --memory bench \
  >import.out 2>import.err
kill "$sampler"
cat import.out
echo "db peak during import: $(peak import.sizes) bytes; after exit: $(stat -c %s "$db") bytes"

timed "export -Xmx512m" env JAVA_OPTS="-Xmx512m" "$bin" export --memory bench -o export.tmx 2>export.err
echo "export: $(grep -c '<tu[ >]' export.tmx) tu, $(stat -c %s export.tmx) bytes"
for i in 1 2 3; do
  timed "fixed cost (export of an unknown memory) #$i" "$bin" export --memory none -o none.tmx 2>/dev/null
done
for i in 1 2 3; do
  timed "memories (lists the memory and counts its units) #$i" "$bin" memories >/dev/null 2>&1
done
echo "db after the runs: $(stat -c %s "$db") bytes"
