#!/usr/bin/env bash
# Write the lock the test command installs from: locks/test-pyX.Y.txt, the exact version of
# every package that `pip install -e '.[test,bundle]'` brings in, for this interpreter (the
# test command builds the desktop bundle too: packaging/pyinstaller/build.sh).
#
#   scripts/lock.sh            # with python3 (or PYTHON=python3.12 scripts/lock.sh)
#
# The packages are resolved afresh in a throwaway virtual environment, newest where
# pyproject.toml allows. Run it when a dependency in pyproject.toml changes, or to take
# newer releases; review the difference and commit it. scripts/bootstrap.sh --test installs
# with the lock as pip constraints (pip install -c), so CI gets these versions and no
# others; the desktop install (scripts/bootstrap.sh) is not bound by it.
set -euo pipefail
cd "$(dirname "$0")/.."

python=${PYTHON:-python3}
version=$("$python" -c 'import sys; print(f"{sys.version_info[0]}.{sys.version_info[1]}")')
work=$(mktemp -d "${TMPDIR:-/tmp}/maatwerkdesk-lock.XXXXXX")
trap 'rm -rf "$work"' EXIT

"$python" -m venv "$work/venv"
"$work/venv/bin/python" -m pip install -q --disable-pip-version-check --upgrade pip
"$work/venv/bin/python" -m pip install -q --disable-pip-version-check ".[test,bundle]"
lock=locks/test-py$version.txt
{
    echo "# The test command's packages for Python $version: written by scripts/lock.sh, do not edit."
    "$work/venv/bin/python" -m pip freeze --disable-pip-version-check | grep -iv '^maatwerkdesk[= @]'
} >"$lock"
echo "lock.sh: wrote $lock ($(grep -vc '^#' "$lock") packages)"
