"""PySide6's feature hook is taken out of `__import__`, and Qt works as before."""

from __future__ import annotations

import os
import subprocess
import sys

# Imports a module Qt does not, with or without the hook, and uses Qt afterwards.
PROBE = """
import linecache, sys
from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication, QLabel
from maatwerkdesk.ui.import_hook import drop_feature_hook

if sys.argv[1] == "drop":
    print("DROPPED", drop_feature_hook(), drop_feature_hook())
import colorsys
print("KEPT", colorsys.__file__ in linecache.cache)

class Emitter(QObject):
    said = Signal(str)

app = QApplication([])
label = QLabel()
emitter = Emitter()
emitter.said.connect(label.setText)
emitter.said.emit("Terugvordering")
print("TEXT", label.text())
"""


def probe(mode: str) -> list[str]:
    result = subprocess.run(
        [sys.executable, "-c", PROBE, mode],
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout.splitlines()


def test_the_hook_keeps_the_source_of_every_later_import() -> None:
    """What ui/import_hook.py is for: without it, a module's source stays in memory."""
    assert probe("keep") == ["KEPT True", "TEXT Terugvordering"]


def test_without_the_hook_nothing_is_kept_and_qt_works_as_before() -> None:
    assert probe("drop") == ["DROPPED True False", "KEPT False", "TEXT Terugvordering"]
