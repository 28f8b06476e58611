"""Start-up: first dossier rows, event-loop stalls and memory, against a bare PySide6 window.

Each run is a fresh process on Qt's offscreen platform, timed from the moment it is
started. The harness around the app imports Qt only when the app does (an import hook puts
the watch in place then), so that what the app starts before Qt, the child that reads the
first rows, starts as early as it does for the user. The baseline is a bare PySide6 window showing an empty QMainWindow, measured in
the same run, interleaved with the app:

- "window interactive": the event loop runs with the main window shown (a zero-timer
  queued just before `QApplication.exec()` fires). Target (docs/architecture.md): 1.5x bare.
- "first dossier rows": a visible list view shows a first cell that is not the loading
  placeholder. Target (docs/architecture.md): 2x the bare window. Its CPU time (all threads, from the
  process's start) against the bare window's is shown beside it: on a busy machine the
  wall clock of a process with two busy threads suffers more than that of a bare window.
- "longest event-loop stall": the longest gap between two beats of a 10 ms QTimer in the
  first `--watch` seconds (default 10) after the event loop starts. Target: 100 ms.
- "resident memory after warm-up": VmRSS when the app logs that its precedent indexes
  are warm (or at the end of the watch if they never are). Target (docs/architecture.md): 200 MiB at
  100,000 decided cases; with fewer the figure is printed but not judged against it.

The database (bench/dataset.py, built once) holds `--dossiers` open dossiers (default
10,000) and `--decided` decided cases that bind (default 100,000), the precedent index
packed; the profile has checked that pack, as on any computer that ran the program
before, and has a remembered user, so no question is asked. With `--decided 0` it holds
`--dossiers` open and closed dossiers only.

    .venv/bin/python bench/startup.py [--runs 5] [--dossiers 10000] [--decided 100000]
    .venv/bin/python bench/startup.py --dossiers 500 --decided 1000 --watch 3   # to try it out

Building the database at the default sizes takes a few minutes, once.

On a PostgreSQL server (under scripts/postgres.sh, or `--server URL`) the app also starts
with `--db URL` on a copy of the same database, in the same rounds, against the same bare
window; its profile has checked the server's precedent index before, as the SQLite one has
the file's. There the first rows come from the server, read by the app's child process with
psycopg (services/list_ahead.py), as they come from the file with SQLCipher's driver.

    scripts/postgres.sh run .venv/bin/python bench/startup.py --dossiers 500 --decided 1000 --watch 3
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

import dataset
from figures import Figure, child_env, interleaved, median, print_figures, with_server
from server import add_server_option, checked_profile, copy_to_server, tell_server

# Shared by both children: a 10 ms heartbeat from the first event-loop turn, and what to
# print when the watch is over.
WATCH = """
import json, logging, sys, time

STARTED, WATCH = float(sys.argv[1]), float(sys.argv[2])
marks = {}
beats = []

def rss_mib(field="VmRSS"):
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith(field + ":"):
                return int(line.split()[1]) / 1024

def beat():
    beats.append(time.time())

def finish():
    from PySide6.QtWidgets import QApplication

    marks.setdefault("rss", rss_mib())
    gaps = [b - a for a, b in zip(beats, beats[1:])]
    marks["stall"] = max(gaps)
    marks["stall_at"] = beats[gaps.index(marks["stall"]) + 1] - STARTED
    # VmHWM: this program's peak. getrusage's ru_maxrss keeps the peak of the process that
    # started it (the harness, large after building a dataset) across the exec.
    marks["peak_rss"] = rss_mib("VmHWM")
    print(json.dumps(marks), flush=True)
    QApplication.instance().quit()

def watch(on_turn):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    marks["interactive"] = time.time() - STARTED
    marks["interactive_cpu"] = time.process_time()
    beats.append(time.time())
    heart = QTimer(QApplication.instance())
    heart.timeout.connect(beat)
    heart.start(10)
    QTimer.singleShot(int(WATCH * 1000), finish)
    on_turn()
"""

BARE = (
    WATCH
    + """
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
window = QMainWindow(); window.resize(1200, 800); window.show()
QTimer.singleShot(0, lambda: watch(lambda: None))
sys.exit(app.exec())
"""
)

APP = (
    WATCH
    + """
class Warm(logging.Handler):
    def emit(self, record):
        if record.getMessage().startswith("Precedent index ready") and "warm" not in marks:
            marks["warm"] = time.time() - STARTED
            marks["rss"] = rss_mib()

logging.getLogger("maatwerkdesk.ui.main_window").addHandler(Warm())

def first_rows_shown():
    from PySide6.QtWidgets import QAbstractItemView, QApplication

    # Only the views, found on the C++ side: wrapping every widget would slow the app down.
    for window in QApplication.topLevelWidgets():
        for view in window.findChildren(QAbstractItemView):
            model = view.model()
            if view.isVisible() and model is not None and model.rowCount() > 0:
                value = model.data(model.index(0, 0))
                if value and value != "…":
                    return True
    return False

def poll():
    from PySide6.QtCore import QTimer

    if first_rows_shown():
        marks["first_rows"] = time.time() - STARTED
        marks["first_rows_cpu"] = time.process_time()
    else:
        QTimer.singleShot(2, poll)

# Qt is imported when the app imports it, not before: what the app does ahead of Qt (its
# child reading the first rows) must start when it would start for the user.
import importlib.abc, importlib.machinery

class WatchExec(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path, target=None):
        if name != "PySide6.QtWidgets":
            return None
        spec = importlib.machinery.PathFinder.find_spec(name, path)
        load = spec.loader.exec_module

        def exec_module(module):
            load(module)
            original_exec = module.QApplication.exec

            def patched_exec(*args):
                from PySide6.QtCore import QTimer

                QTimer.singleShot(0, lambda: watch(poll))
                return original_exec(*args)

            module.QApplication.exec = patched_exec

        spec.loader.exec_module = exec_module
        return spec

sys.meta_path.insert(0, WatchExec())
from maatwerkdesk.__main__ import main
sys.exit(main(sys.argv[3:]))
"""
)


def measure(code: str, args: list[str], watch: float, env: dict[str, str]) -> dict[str, float]:
    started = time.time()
    output = subprocess.run(
        [sys.executable, "-c", code, str(started), str(watch), *args],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    return json.loads(output.strip().splitlines()[-1])


def decided_database(work: Path, dossiers: int, decided: int) -> tuple[Path, Path | None]:
    """A database with `dossiers` dossiers and `decided` decided cases, and the profile
    whose precedent-index folder has checked it (None: a fresh profile will do).

    Without decided cases: `dossiers` open and closed dossiers (`dataset.build`). With them:
    `dataset.build_decided`, whose decided dossiers bind (signed or historic versions) with
    the precedent index packed, and whose `dossiers` open dossiers (status analyse, with
    factors and a route) fill the list beside them; its profile has checked the pack, as a
    computer that ran the program before has, so the app reads the pack.
    """
    if decided == 0:
        return dataset.build(work / dataset.location("startup", dossiers).name, dossiers), None
    name = dataset.location(f"startup-{dossiers}-decided", decided).name
    base = dataset.build_decided(work / name, decided, dossiers=dossiers)
    return base.path, base.profile


def remembered_user(database: Path | str, settings: Path) -> None:
    """A caseworker in the database, remembered as who works at this workstation."""
    from maatwerkdesk.domain.people import Role
    from maatwerkdesk.services import users
    from maatwerkdesk.services.context import Context
    from maatwerkdesk.ui.people.workstation import SETTINGS_KEY

    opened = dataset.opened(database)
    with opened.sessions.begin() as session:
        found = [u for u in users.list_users(session) if u.has(Role.CASEWORKER)]
        user = (
            found[0]
            if found
            else users.add_user(
                session, Context("bench", "bench"), "Bench Behandelaar", Role.CASEWORKER
            )
        )
    opened.close()
    section, key = SETTINGS_KEY.split("/")
    settings.parent.mkdir(parents=True, exist_ok=True)
    settings.write_text(f"[{section}]\n{key}={user.id}\n", encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--dossiers", type=int, default=10_000)
    parser.add_argument("--decided", type=int, default=100_000, metavar="N")
    parser.add_argument("--watch", type=float, default=10.0, metavar="SECONDS")
    parser.add_argument(
        "--work", type=Path, default=Path(tempfile.gettempdir()) / "maatwerkdesk-bench"
    )
    add_server_option(parser)
    options = parser.parse_args()
    database, checked = decided_database(options.work, options.dossiers, options.decided)
    profile = checked or options.work / f"startup-profile-{database.stem}"
    remembered_user(database, profile / "config" / "venster.ini")
    server = copy_to_server(
        database, f"mw_bench_startup_{options.dossiers}_{options.decided}", options.server
    )
    env = child_env(QT_QPA_PLATFORM="offscreen")
    measures = [
        lambda: measure(BARE, [], options.watch, env),
        lambda: measure(
            APP, ["--profile", str(profile), "--db", str(database)], options.watch, env
        ),
    ]
    if server:
        on_server = checked_profile(
            server, options.work / f"startup-server-profile-{database.stem}"
        )
        remembered_user(server, on_server / "config" / "venster.ini")
        server_args = ["--profile", str(on_server), "--db", server]
        measures.append(lambda: measure(APP, server_args, options.watch, env))
    bare, app, *app_on_server = interleaved(options.runs, *measures)
    print(
        f"runs: {options.runs}, {options.dossiers:,} dossiers, {options.decided:,} decided "
        f"cases, watch {options.watch:g} s, medians"
    )
    tell_server(server is not None)
    print_figures(
        with_server(
            figures(bare, app, options),
            figures(bare, app_on_server[0], options) if app_on_server else None,
        )
    )


def figures(
    bare: list[dict[str, float]], app: list[dict[str, float]], options: argparse.Namespace
) -> list[Figure]:
    """The app's start against the bare window's."""

    def med(runs: list[dict[str, float]], key: str, scale: float = 1000) -> float:
        return median([run[key] for run in runs]) * scale

    warm = [run for run in app if "warm" in run]
    at_scale = options.decided >= 100_000
    rss_note = (
        f"warm in {len(warm)} of {len(app)} runs (median {med(warm, 'warm'):,.0f} ms)"
        if warm
        else "the indexes were not warm within the watch: memory at its end"
    )
    if not at_scale:
        rss_note += f"; {options.decided:,} decided cases, the target is for 100,000"
    return [
        Figure("window interactive", med(app, "interactive"), med(bare, "interactive"), 1.5),
        Figure("first dossier rows", med(app, "first_rows"), med(bare, "interactive"), 2),
        Figure(
            "first dossier rows, CPU time",
            med(app, "first_rows_cpu"),
            med(bare, "interactive_cpu"),
            2,
            note="CPU time of all the process's threads until then: less sensitive to "
            "load from elsewhere on the machine than the wall clock the target is for",
        ),
        Figure(
            f"longest event-loop stall, first {options.watch:g} s",
            med(app, "stall"),
            None,
            100,
            note=f"bare window: {med(bare, 'stall'):,.0f} ms; app stalls at "
            + ", ".join(f"{run['stall_at']:.1f} s" for run in app),
        ),
        Figure(
            "resident memory after warm-up",
            med(app, "rss", 1),
            None,
            200 if at_scale else None,
            unit="MiB",
            note=f"{rss_note}; bare window {med(bare, 'rss', 1):,.0f} MiB, app peak "
            f"{med(app, 'peak_rss', 1):,.0f} MiB",
        ),
    ]


if __name__ == "__main__":
    main()
