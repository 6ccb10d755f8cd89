#!/usr/bin/env bash
# A QA run over a whole memory through the command line (not part of mvn verify), two builds side
# by side: each run on a fresh copy of the same database, the builds alternating, so that both see
# the same data and the same load. Prints wall and CPU time (/usr/bin/time), the run's phases (the
# INFO lines of QaRunner and QaReports) and whether the two builds' findings are the same.
#   bench/qa-run.sh DATA_DIR MEMORY BASE_JAR NEW_JAR [ROUNDS] [WORK]
# DATA_DIR holds an imported memory (e.g. `JAVA_OPTS=-Ddragoman.data-dir=DIR bin/dragoman import
# ../shared/data/debian-bookworm-ar-en.tmx.gz --memory debian`); BASE_JAR is a copy of
# target/quarkus-app/quarkus-run.jar (its directory with it) built before the change.
# BASE_BIN=/path/to/bin/dragoman runs the base jar with its own launcher (its JVM options).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
data="$(realpath "$1")" memory="$2" base="$(realpath "$3")" new="$(realpath "$4")"
rounds="${5:-3}" work="${6:-$root/target/bench-qa}"
launcher() { if [[ "$1" == base ]]; then echo "${BASE_BIN:-$root/bin/dragoman}"; else echo "$root/bin/dragoman"; fi; }
[[ -f "$data/dragoman.mv.db" ]] || { echo "qa-run: $data holds no database" >&2; exit 2; }
mkdir -p "$work"
echo "== machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
for build in base new; do
  # The first command after a build records bin/dragoman's class archive: not part of a run.
  jar="$base"; [[ "$build" == new ]] && jar="$new"
  rm -rf "$work/data" && cp -a "$data" "$work/data"
  DRAGOMAN_JAR="$jar" JAVA_OPTS="-Ddragoman.data-dir=$work/data" "$(launcher "$build")" memories >/dev/null 2>&1 || true
done
for round in $(seq 1 "$rounds"); do
  for build in base new; do
    jar="$base"; [[ "$build" == new ]] && jar="$new"
    rm -rf "$work/data" && cp -a "$data" "$work/data"
    log="$work/$build-$round.log"
    DRAGOMAN_JAR="$jar" JAVA_OPTS="-Ddragoman.data-dir=$work/data -Dquarkus.log.category.\"io.dragoman.qa\".level=INFO" \
      /usr/bin/time -f "time: wall %e s, CPU user %U s, system %S s, max RSS %M kB" \
      "$(launcher "$build")" qa "$memory" --format=json -o "$work/$build.json" >/dev/null 2>"$log" || true
    echo "-- $build, round $round (load $(cut -d' ' -f1 /proc/loadavg))"
    grep -E "^time:|QaRunner|QaReports|^QA run" "$log" | sed -e 's/^.*\(QA run [0-9]*:\)/  \1/' -e 's/^time:/  /'
  done
done
python3 - "$work/base.json" "$work/new.json" <<'EOF'
import json, sys
def findings(path):
    # Ids and the run's number differ between runs; everything else of a finding must not.
    return [{k: v for k, v in f.items() if k not in ("id", "runId")} for f in json.load(open(path))["findings"]]
a, b = findings(sys.argv[1]), findings(sys.argv[2])
print(f"== findings: base {len(a)}, new {len(b)}, " + ("identical, in the same order" if a == b else "DIFFERENT"))
EOF
echo "== load after: $(cut -d' ' -f1-3 /proc/loadavg)"
