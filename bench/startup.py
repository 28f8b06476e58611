"""Start-up time: process start to an interactive main window, as a ratio to a bare PySide6 window.

Each measurement is a fresh process on Qt's offscreen platform. "Interactive" is the moment
the event loop runs with the main window shown: a zero-timer queued just before
`QApplication.exec()` fires. For MaatwerkDesk the time until the dossier list shows its
first rows is reported as well. Target (DESIGN section 6): ratio at most 1.5.

    .venv/bin/python bench/startup.py [--runs 9] [--dossiers 10000]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

import dataset

BARE = """
import sys, time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv)
window = QMainWindow(); window.resize(1200, 800); window.show()
QTimer.singleShot(0, lambda: (print(json.dumps({"interactive": time.time()})), app.quit()))
sys.exit(app.exec())
""".replace("import sys, time", "import json, sys, time")

APP = """
import json, sys, time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QAbstractItemView

marks = {}
original_exec = QApplication.exec

def first_rows_shown():
    for widget in QApplication.allWidgets():
        if isinstance(widget, QAbstractItemView) and widget.isVisible():
            model = widget.model()
            if model is not None and model.rowCount() > 0:
                value = model.index(0, 0).data()
                if value and value != "…":
                    return True
    return False

def poll():
    if "interactive" not in marks:
        marks["interactive"] = time.time()
    if first_rows_shown():
        marks["first_rows"] = time.time()
        print(json.dumps(marks), flush=True)
        QApplication.instance().quit()
        return
    QTimer.singleShot(1, poll)

def patched_exec(*args):
    QTimer.singleShot(0, poll)
    return original_exec(*args)

QApplication.exec = patched_exec
from maatwerkdesk.__main__ import main
sys.exit(main(sys.argv[1:]))
"""


def measure(code: str, args: list[str], env: dict[str, str]) -> dict[str, float]:
    started = time.time()
    output = subprocess.run(
        [sys.executable, "-c", code, *args], env=env, capture_output=True, text=True, check=True
    ).stdout
    marks = json.loads(output.strip().splitlines()[-1])
    return {key: value - started for key, value in marks.items()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--dossiers", type=int, default=10_000)
    options = parser.parse_args()
    work = Path(tempfile.gettempdir()) / "maatwerkdesk-bench"
    database = dataset.build(work / f"startup-{options.dossiers}.sqlite3", options.dossiers)
    profile = work / "profile"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env.setdefault("PYTHON_KEYRING_BACKEND", "keyring.backends.null.Keyring")
    app_args = ["--profile", str(profile), "--db", str(database)]
    measure(BARE, [], env)  # warm the page cache
    measure(APP, app_args, env)
    bare, interactive, first_rows = [], [], []
    for _ in range(options.runs):  # interleaved, so machine noise hits both alike
        bare.append(measure(BARE, [], env)["interactive"])
        marks = measure(APP, app_args, env)
        interactive.append(marks["interactive"])
        first_rows.append(marks["first_rows"])
    b, i, f = (statistics.median(x) for x in (bare, interactive, first_rows))
    print(f"runs: {options.runs}, database: {options.dossiers:,} dossiers")
    print(f"bare PySide6 window interactive:   {b * 1000:7.1f} ms (median)")
    print(
        f"MaatwerkDesk window interactive:   {i * 1000:7.1f} ms (median)  ratio {i / b:.2f} (target <= 1.5)"
    )
    print(f"MaatwerkDesk first dossier rows:   {f * 1000:7.1f} ms (median)  ratio {f / b:.2f}")


if __name__ == "__main__":
    main()
