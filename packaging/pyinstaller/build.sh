#!/usr/bin/env bash
# Build the one-folder bundle dist/MaatwerkDesk/ (work files in build/pyinstaller/).
# PyInstaller does not cross-compile: run this on the OS you ship for (Linux: the oldest glibc you support).
#
#   packaging/pyinstaller/build.sh            # reuses what an earlier build analysed
#   packaging/pyinstaller/build.sh --clean    # from scratch, as for a release
set -euo pipefail
cd "$(dirname "$0")/../.."

scripts/bootstrap.sh
# PyInstaller as the `bundle` extra asks (pyproject.toml), at the version of the test
# command's lock when this interpreter has one (scripts/lock.sh).
lock=locks/test-py$(.venv/bin/python -c 'import sys; print(f"{sys.version_info[0]}.{sys.version_info[1]}")').txt
constraints=()
[ -f "$lock" ] && constraints=(-c "$lock")
mapfile -t tools < <(.venv/bin/python -c 'import tomllib
with open("pyproject.toml", "rb") as file:
    print(*tomllib.load(file)["project"]["optional-dependencies"]["bundle"], sep="\n")')
.venv/bin/python -m pip install -q --disable-pip-version-check "${constraints[@]}" "${tools[@]}"
exec .venv/bin/pyinstaller --noconfirm --log-level WARN \
    --workpath build/pyinstaller --distpath dist packaging/pyinstaller/maatwerkdesk.spec "$@"
