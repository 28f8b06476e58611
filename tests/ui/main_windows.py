"""The main window on a laptop's screen, its database attached and its editor built."""

from __future__ import annotations

from editor_fakes import FakeDialogs
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from maatwerkdesk.services.workspace import Workspace
from maatwerkdesk.ui.dossier_editor import DossierEditor
from maatwerkdesk.ui.main_window import MainWindow


def main_window_with_editor(
    qtbot: QtBot, workspace: Workspace, settings: QSettings
) -> tuple[MainWindow, DossierEditor]:
    """The window at 1366×768 on `workspace`, once its editor is built; the editor asks
    its questions of a `FakeDialogs`."""
    window = MainWindow(settings)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    window.attach_workspace(workspace)
    qtbot.waitUntil(lambda: window.editor is not None)
    editor = window.editor
    assert editor is not None
    editor.dialogs = FakeDialogs()  # type: ignore[assignment]  # answers as a Dialogs does
    return window, editor
