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

# The suite runs in a worker process per core (pytest-xdist); the tests of one file stay in one
# worker, as they share its module's fixtures. `scripts/test.sh -n 0` runs it in one process.
run_pytest() {
    local rc=0
    .venv/bin/python -m pytest -q -p no:cacheprovider -n auto --dist loadfile "$@" || rc=$?
    if [ "$rc" -eq 5 ]; then
        echo "pytest collected no tests: that counts as a failure here." >&2
    fi
    return "$rc"
}

# A throwaway PostgreSQL server for the tests that run on both databases.
# shellcheck source=scripts/postgres.sh
source scripts/postgres.sh
trap stop_postgres EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

step bootstrap scripts/bootstrap.sh --test

export QT_QPA_PLATFORM=offscreen
export PYTHON_KEYRING_BACKEND=keyring.backends.null.Keyring

step "ruff check" .venv/bin/ruff check .
step "ruff format" .venv/bin/ruff format --check .
step "import contracts" .venv/bin/lint-imports
step types .venv/bin/mypy
step "forms up to date" .venv/bin/python scripts/build_forms.py --check
step "translations up to date" .venv/bin/python scripts/build_translations.py --check
# Before pytest, whose run is long: builds the desktop bundle (a minute or two) and starts it.
step "bundle smoke test" packaging/pyinstaller/smoke.sh
step postgresql start_postgres
step pytest run_pytest "$@"
