#!/usr/bin/env bash
# Install what is missing, then start MaatwerkDesk; arguments go to the app (e.g. --demo).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/bootstrap.sh
exec .venv/bin/maatwerkdesk "$@"
