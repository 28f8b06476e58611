#!/usr/bin/env bash
# Build the one-folder bundle dist/MaatwerkDesk/ (work files in build/pyinstaller/).
# PyInstaller does not cross-compile: run this on the OS you ship for (Linux: the oldest glibc you support).
set -euo pipefail
cd "$(dirname "$0")/../.."

scripts/bootstrap.sh
.venv/bin/python -m pip install -q --disable-pip-version-check pyinstaller
exec .venv/bin/pyinstaller --noconfirm --clean --log-level WARN \
    --workpath build/pyinstaller --distpath dist packaging/pyinstaller/maatwerkdesk.spec "$@"
