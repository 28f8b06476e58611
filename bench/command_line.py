"""The command line: a quick verb costs little more than the database library it needs.

`maatwerkdesk list --json` on a small database (demo dossiers, written once by the real
`demo` verb), each run a fresh process, against `python -c "import sqlalchemy.orm"` in the
same run: the least any verb that reads the database has to load. Target: at most 3x,
wall clock; the CPU time of the same processes is shown beside it, being less sensitive
to load from elsewhere. That the verbs load neither Qt nor reportlab is a test
(tests/integration/test_cli_lean.py), not a figure.

    .venv/bin/python bench/command_line.py [--runs 9] [--dossiers 40] [--work DIR]
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from figures import Figure, child_env, interleaved, median, print_figures, run_process

TARGET = 3.0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--dossiers", type=int, default=40)
    parser.add_argument(
        "--work", type=Path, default=Path(tempfile.gettempdir()) / "maatwerkdesk-bench"
    )
    options = parser.parse_args()
    env = child_env()
    profile = options.work / f"cli-{options.dossiers}"
    verb = [sys.executable, "-m", "maatwerkdesk", "--profile", str(profile)]
    if not (profile / "data").exists():
        subprocess.run(
            [*verb, "demo", "--cases", str(options.dossiers), "--seed", "1"], env=env, check=True
        )
    listing, baseline = interleaved(
        options.runs,
        lambda: run_process([*verb, "list", "--json"], env),
        lambda: run_process([sys.executable, "-c", "import sqlalchemy.orm"], env),
    )
    print(f"runs: {options.runs}, database: {options.dossiers} dossiers, medians")
    print_figures(
        [
            Figure(
                f"list --json, {name}",
                median([getattr(t, kind) for t in listing]) * 1000,
                median([getattr(t, kind) for t in baseline]) * 1000,
                TARGET,
            )
            for name, kind in (("wall clock", "wall"), ("CPU time", "cpu"))
        ]
    )


if __name__ == "__main__":
    main()
