"""The command line: a quick verb costs little more than the database library it needs.

`maatwerkdesk list --json` on a small database (demo dossiers, written once by the real
`demo` verb), each run a fresh process, against `python -c "import sqlalchemy.orm"` in the
same run: the least any verb that reads the database has to load. Target: at most 3x,
wall clock; the CPU time of the same processes is shown beside it, being less sensitive
to load from elsewhere. That the verbs load neither Qt nor reportlab is a test
(tests/integration/test_cli_lean.py), not a figure.

On a PostgreSQL server (under scripts/postgres.sh, or `--server URL`) the same command
with `--db URL` on a copy of the same database runs in the same rounds, against the same
baseline and against the command on SQLite.

    .venv/bin/python bench/command_line.py [--runs 9] [--dossiers 40] [--work DIR]
    scripts/postgres.sh run .venv/bin/python bench/command_line.py   # and on a server
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from figures import (
    Figure,
    ProcessTime,
    child_env,
    interleaved,
    median,
    print_figures,
    run_process,
    with_server,
)
from server import add_server_option, copy_to_server, tell_server

from maatwerkdesk.infra.paths import resolve_paths

TARGET = 3.0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--dossiers", type=int, default=40)
    parser.add_argument(
        "--work", type=Path, default=Path(tempfile.gettempdir()) / "maatwerkdesk-bench"
    )
    add_server_option(parser)
    options = parser.parse_args()
    env = child_env()
    profile = options.work / f"cli-{options.dossiers}"
    verb = [sys.executable, "-m", "maatwerkdesk", "--profile", str(profile)]
    if not (profile / "data").exists():
        subprocess.run(
            [*verb, "demo", "--cases", str(options.dossiers), "--seed", "1"], env=env, check=True
        )
    server = copy_to_server(
        resolve_paths(profile).database, f"mw_bench_cli_{options.dossiers}", options.server
    )
    measures = [
        lambda: run_process([*verb, "list", "--json"], env),
        lambda: run_process([sys.executable, "-c", "import sqlalchemy.orm"], env),
    ]
    if server:
        measures.append(lambda: run_process([*verb, "--db", server, "list", "--json"], env))
    listing, baseline, *on_server = interleaved(options.runs, *measures)
    print(f"runs: {options.runs}, database: {options.dossiers} dossiers, medians")
    tell_server(server is not None)
    print_figures(
        with_server(
            figures(listing, baseline), figures(on_server[0], baseline) if on_server else None
        )
    )


def figures(listing: list[ProcessTime], baseline: list[ProcessTime]) -> list[Figure]:
    return [
        Figure(
            f"list --json, {name}",
            median([getattr(t, kind) for t in listing]) * 1000,
            median([getattr(t, kind) for t in baseline]) * 1000,
            TARGET,
        )
        for name, kind in (("wall clock", "wall"), ("CPU time", "cpu"))
    ]


if __name__ == "__main__":
    main()
