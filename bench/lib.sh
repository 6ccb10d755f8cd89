# Sourced by the bench scripts that take an input file, a work directory and a port:
#   bench_args NAME DEFAULT_PORT "$@"
# sets root, input (the first argument, absolute), work (the second, or target/bench-NAME, made
# empty and entered), port (the third, or DEFAULT_PORT) and jar (DRAGOMAN_JAR or the packaged one).
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
bench_args() {
  local name="$1" default_port="$2"
  shift 2
  input="$(realpath "$1")"
  work="${2:-$root/target/bench-$name}"
  port="${3:-$default_port}"
  jar="${DRAGOMAN_JAR:-$root/target/quarkus-app/quarkus-run.jar}"
  export DRAGOMAN_JAR="$jar"
  rm -rf "$work" && mkdir -p "$work" && cd "$work"
}
