#!/usr/bin/env bash
# Alignment benchmark (not part of mvn verify): Dragoman against hunalign with an empty
# dictionary, on the same inputs, in one run. Builds hunalign from ../shared/tools/hunalign into
# target/hunalign (its sources are not part of Dragoman), then runs io.dragoman.bench.AlignmentBenchmark.
#   bench/align.sh [FLORES_DIR] [SEED]      (JAVA_OPTS=-DtimingOnly=true: the speed rows only)
# FLORES_DIR defaults to ../shared/data/flores200-devtest (next to the repository).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
shared="${SHARED:-$root/../shared}"
[[ -d "$shared" ]] || shared="$root/../../shared"
flores="$(realpath "${1:-$shared/data/flores200-devtest}")"
cd "$root"
bin="$root/target/hunalign/src/hunalign/hunalign"
if [[ ! -x "$bin" ]]; then
  rm -rf target/hunalign
  bin="$("$shared/tools/hunalign/build.sh" "$root/target/hunalign" | tail -1)"
fi
mvn -B -ntp -q test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.cp -Dmdep.includeScope=test
echo "== machine: $(nproc) cores, $(free -h | awk '/Mem:/ {print $2}') RAM, load $(cut -d' ' -f1-3 /proc/loadavg), $(git rev-parse --short HEAD)"
java -version 2>&1 | head -1
# Run from a copy of the classes, so that a build during the run cannot disturb it.
rm -rf target/bench-align && mkdir -p target/bench-align && cp -r target/classes target/test-classes target/bench-align/
java -Xmx2g ${JAVA_OPTS:-} -cp "target/bench-align/classes:target/bench-align/test-classes:$(cat target/bench.cp)" \
  io.dragoman.bench.AlignmentBenchmark "$flores" "$bin" target/bench-align "${2:-42}"
echo "== load after: $(cut -d' ' -f1-3 /proc/loadavg)"
