#!/usr/bin/env bash
# Command-line start-up (not part of mvn verify): wall and CPU time of a trivial sub-command
# (`memories`) on a database that already holds a memory, under each JVM and Dragoman setting
# that was weighed for bin/dragoman, one run each, one after the other.
#   mvn -B -ntp package -DskipTests && bench/import-path.sh FILE.tmx.gz DIR && bench/cli-startup.sh DIR
# DIR is the work directory of bench/import-path.sh (its data/ holds the imported memory).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
jar="${DRAGOMAN_JAR:-$root/target/quarkus-app/quarkus-run.jar}"
work="$(realpath "$1")"
cd "$work"
[[ -f data/dragoman.mv.db ]] || { echo "cli-startup: $work/data holds no database" >&2; exit 2; }
echo "== machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg), jar $jar"
common=(-Dquarkus.http.host-enabled=false -Dquarkus.log.level=WARN -Dquarkus.banner.enabled=false
  -Ddragoman.match.enabled=false -Ddragoman.tmx.sweep-interval=0)
short=(-Ddragoman.seed.enabled=false -XX:TieredStopAtLevel=1 -XX:+UseSerialGC)
run() { # label, then JVM options
  /usr/bin/time -f "$1: wall %e s, CPU (user) %U s" java "${@:2}" "${common[@]}" -jar "$jar" memories >/dev/null
}
run "as landed (seed check, C2, G1)"
run "seed check skipped" -Ddragoman.seed.enabled=false
run "seed skipped, C1 only, SerialGC" "${short[@]}"
java "${short[@]}" -XX:ArchiveClassesAtExit=target-cli.jsa "${common[@]}" -jar "$jar" memories >/dev/null 2>&1
run "the same plus an AppCDS archive (bin/dragoman now)" "${short[@]}" -XX:SharedArchiveFile=target-cli.jsa
run "the same, schema and Flyway validation off" "${short[@]}" \
  -Dquarkus.hibernate-orm.schema-management.strategy=none -Dquarkus.flyway.validate-on-migrate=false
echo "== load after: $(cut -d' ' -f1-3 /proc/loadavg)"
