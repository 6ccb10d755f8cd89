#!/usr/bin/env bash
# Starts a private PostgreSQL server on 127.0.0.1:55432 for the tests (database and user
# "dragoman"), installing Debian's package when missing. Usage: .ci/postgres.sh start|reset|stop
set -euo pipefail
PGPORT=55432
PGROOT=${DRAGOMAN_PG_DIR:-/tmp/dragoman-ci-pg}

bin_dir() {
    ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1
}

case "${1:-}" in
start)
    if [ -z "$(bin_dir)" ]; then
        apt-get update -qq
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
    fi
    BIN=$(bin_dir)
    # A server left by an interrupted run still holds the port and its directory: stop it first.
    if [ -f "$PGROOT/data/postmaster.pid" ]; then
        runuser -u postgres -- "$BIN/pg_ctl" -D "$PGROOT/data" -m immediate -w stop >/dev/null 2>&1 || true
        # A server that is being ended by someone else, or whose pg_ctl failed, still holds the port.
        old=$(head -1 "$PGROOT/data/postmaster.pid" 2>/dev/null || true)
        if [ -n "$old" ] && kill -0 "$old" 2>/dev/null; then
            kill -9 "$old" 2>/dev/null || true
        fi
    fi
    # Wait (10 s at most) until nothing listens on the port any more.
    for _ in $(seq 1 20); do
        (exec 3<>"/dev/tcp/127.0.0.1/$PGPORT") 2>/dev/null || break
        sleep 0.5
    done
    rm -rf "$PGROOT"
    mkdir -p "$PGROOT"
    chown postgres "$PGROOT"
    # initdb refuses to run as root: the server runs as the package's postgres user.
    runuser -u postgres -- "$BIN/initdb" -D "$PGROOT/data" -A trust -U postgres -E UTF8 --locale=C.UTF-8 >/dev/null
    if ! runuser -u postgres -- "$BIN/pg_ctl" -D "$PGROOT/data" -l "$PGROOT/server.log" -w \
        -o "-p $PGPORT -c listen_addresses=127.0.0.1 -k $PGROOT" start >/dev/null; then
        echo "postgres.sh: the test server did not start; its log:" >&2
        cat "$PGROOT/server.log" >&2
        exit 1
    fi
    psql -q -h 127.0.0.1 -p "$PGPORT" -U postgres -c "create user dragoman password 'dragoman'" \
        -c "create database dragoman owner dragoman" >/dev/null
    echo "jdbc:postgresql://127.0.0.1:$PGPORT/dragoman"
    ;;
reset)
    # An empty database again, for a pass that must not see what the one before it left.
    psql -q -h 127.0.0.1 -p "$PGPORT" -U postgres -c "drop database if exists dragoman with (force)" \
        -c "create database dragoman owner dragoman" >/dev/null
    ;;
stop)
    BIN=$(bin_dir)
    if [ -n "$BIN" ] && [ -d "$PGROOT/data" ]; then
        runuser -u postgres -- "$BIN/pg_ctl" -D "$PGROOT/data" -m fast -w stop >/dev/null || true
    fi
    ;;
*)
    echo "usage: $0 start|reset|stop" >&2
    exit 2
    ;;
esac
