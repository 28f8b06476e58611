#!/usr/bin/env bash
# Sourced by scripts/test.sh; run as `scripts/postgres.sh run COMMAND...` it starts the
# server, runs COMMAND with MAATWERKDESK_TEST_POSTGRES naming it (the benchmarks measure
# against it so) and stops it again however COMMAND ends.

# A throwaway PostgreSQL server: its own temporary folder, a free port on 127.0.0.1, trust
# authentication on loopback only, UTF-8. initdb and postgres refuse to run as root, so as
# root they run as the postgres user. For the tests durability is of no use to a server
# that is deleted afterwards, so it does not fsync (several times faster to create and drop
# the databases the tests make); a benchmark's server does, as a real one (pg_durable=1).
# A script that sources this file sets a trap that calls stop_postgres, which stops it and
# removes its folder.
pg_durable=${pg_durable:-0}
pg_dir=
pg_as=()
pg_bin=

postgres_bin() {
    if command -v initdb >/dev/null; then
        dirname "$(command -v initdb)"
        return
    fi
    local found
    found=$(find /usr/lib/postgresql -path '*/bin/initdb' 2>/dev/null | sort -V | tail -n 1)
    [ -n "$found" ] && dirname "$found"
}

free_port() {
    .venv/bin/python -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

start_postgres() {
    pg_bin=$(postgres_bin) || {
        echo "PostgreSQL is not installed: run scripts/bootstrap.sh --test as root, or install Debian's postgresql package." >&2
        return 1
    }
    pg_dir=$(mktemp -d "${TMPDIR:-/tmp}/maatwerkdesk-pg.XXXXXX")
    if [ "$(id -u)" -eq 0 ]; then
        chown postgres: "$pg_dir"
        pg_as=(runuser -u postgres --)
    fi
    "${pg_as[@]}" "$pg_bin/initdb" -D "$pg_dir/data" -U postgres --auth=trust -E UTF8 \
        --locale=C.UTF-8 >"$pg_dir/initdb.log" 2>&1 || {
        cat "$pg_dir/initdb.log" >&2
        return 1
    }
    # Trust on loopback, except for the logins the tests of passwords use: the members of
    # one group, a login for each test process (tests/backends.py: password_login).
    cat >"$pg_dir/pg_hba.conf" <<HBA
local all all trust
host all +maatwerkdesk_met_wachtwoord 127.0.0.1/32 scram-sha-256
host all all 127.0.0.1/32 trust
HBA
    local port attempt
    local settings="-c listen_addresses=127.0.0.1 -k $pg_dir -c hba_file=$pg_dir/pg_hba.conf"
    settings+=" -c timezone=UTC"
    if [ "$pg_durable" != 1 ]; then
        settings+=" -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
    fi
    for attempt in 1 2 3; do # another program may take the free port first
        port=$(free_port)
        if "${pg_as[@]}" "$pg_bin/pg_ctl" -D "$pg_dir/data" -l "$pg_dir/server.log" -w \
            -o "$settings -p $port" start >/dev/null; then
            export MAATWERKDESK_TEST_POSTGRES="postgresql+psycopg://postgres@127.0.0.1:$port/postgres"
            export MAATWERKDESK_TEST_REQUIRE_POSTGRES=1 # tests/backends.py: fail, never skip
            echo "PostgreSQL $("$pg_bin/postgres" --version | awk '{print $3}') on 127.0.0.1:$port"
            return 0
        fi
        echo "PostgreSQL did not start (attempt $attempt):" >&2
        tail -n 5 "$pg_dir/server.log" >&2
    done
    return 1
}

stop_postgres() {
    [ -n "$pg_dir" ] || return 0
    if [ -f "$pg_dir/data/postmaster.pid" ]; then
        "${pg_as[@]}" "$pg_bin/pg_ctl" -D "$pg_dir/data" -w stop -m fast >/dev/null 2>&1 || true
    fi
    rm -rf "$pg_dir"
}

if [ "${BASH_SOURCE[0]}" = "$0" ]; then
    set -euo pipefail
    cd "$(dirname "$0")/.."
    if [ "${1:-}" != run ] || [ $# -lt 2 ]; then
        echo "usage: scripts/postgres.sh run COMMAND..." >&2
        exit 2
    fi
    shift
    pg_durable=1
    trap stop_postgres EXIT
    start_postgres >&2
    "$@"
fi
