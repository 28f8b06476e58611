#!/usr/bin/env bash
# Every check CI runs, in order, stopping at the first failure. Extra arguments go to pytest.
set -euo pipefail
cd "$(dirname "$0")/.."

now_us() { local t=${EPOCHREALTIME:-$SECONDS.000000}; echo "${t/[.,]/}"; }

# step NAME COMMAND...: run COMMAND, report its time, stop the script if it fails.
step() {
    local name=$1 start rc=0
    shift
    echo "==> $name"
    start=$(now_us)
    "$@" || rc=$?
    local us=$(($(now_us) - start))
    if [ "$rc" -ne 0 ]; then
        printf '<== %s FAILED (exit %d) after %d.%02d s\n' "$name" "$rc" $((us / 1000000)) $((us % 1000000 / 10000)) >&2
        exit "$rc"
    fi
    printf '<== %s ok in %d.%02d s\n' "$name" $((us / 1000000)) $((us % 1000000 / 10000))
}

run_pytest() {
    local rc=0
    .venv/bin/python -m pytest -q -p no:cacheprovider "$@" || rc=$?
    if [ "$rc" -eq 5 ]; then
        echo "pytest collected no tests: that counts as a failure here." >&2
    fi
    return "$rc"
}

# A throwaway PostgreSQL server for the tests that run on both databases: its own temporary
# folder, a free port on 127.0.0.1, trust authentication on loopback only, UTF-8. initdb and
# postgres refuse to run as root, so as root they run as the postgres user. Durability is
# of no use to a server that is deleted afterwards, so it does not fsync (several times
# faster to create and drop the databases the tests make). The trap stops it and removes
# its folder however the script ends.
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
    # Trust on loopback, except for the one login the tests of passwords use.
    cat >"$pg_dir/pg_hba.conf" <<HBA
local all all trust
host all maatwerkdesk_met_wachtwoord 127.0.0.1/32 scram-sha-256
host all all 127.0.0.1/32 trust
HBA
    local port attempt
    local settings="-c listen_addresses=127.0.0.1 -k $pg_dir -c hba_file=$pg_dir/pg_hba.conf"
    settings+=" -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c timezone=UTC"
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
trap stop_postgres EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

step bootstrap scripts/bootstrap.sh --test

export QT_QPA_PLATFORM=offscreen
export PYTHON_KEYRING_BACKEND=keyring.backends.null.Keyring

step "ruff check" .venv/bin/ruff check .
step "ruff format" .venv/bin/ruff format --check .
step "import contracts" .venv/bin/lint-imports
step "forms up to date" .venv/bin/python scripts/build_forms.py --check
step postgresql start_postgres
step pytest run_pytest "$@"
