"""The dossier editor fits a laptop's screen: every step, on a filled-in demo dossier.

At 1280x800 and 1366x768 (2732x1536 at 200 % is 1366x768 in Qt's device-independent
pixels, which is what layouts are made in) the window does not grow past the screen, no
control lies outside the window, nothing in the editor scrolls sideways and no scroll area
sits inside another.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from layout_check import layout_problems
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from maatwerkdesk.domain.vocabulary import DossierStatus
from maatwerkdesk.services import dossiers
from maatwerkdesk.services.dossier_query import DossierQuery
from maatwerkdesk.services.workspace import Workspace
from maatwerkdesk.ui.main_window import MainWindow

SCREENS = [(1280, 800), (1366, 768)]


@pytest.fixture
def filled_window(qtbot: QtBot, demo_workspace: Workspace, tmp_path: Path) -> Iterator:
    window = MainWindow(QSettings(str(tmp_path / "venster.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.show()
    window.attach_workspace(demo_workspace)
    qtbot.waitUntil(lambda: window.editor is not None)
    yield window
    window.shutdown()


def _dossier_in(workspace: Workspace, status: DossierStatus) -> str:
    """A demo dossier with this status: a decided one went through every step, one at
    intake still offers every choice (the factor catalogue among them)."""
    with workspace.database.sessions.begin() as session:
        rows = dossiers.list_dossiers(session, DossierQuery(status=status))
        return rows[0].id


def step_problems(window: MainWindow, qtbot: QtBot, width: int, height: int) -> dict:
    """Per step of the dossier shown, what does not fit a screen of `width` x `height`."""
    editor = window.editor
    tabs = editor.ui.tabs
    found: dict[str, list[str]] = {}
    for index in range(tabs.count()):
        editor.ui.step_list.setCurrentRow(index)
        QApplication.processEvents()
        qtbot.wait(20)
        problems = layout_problems(window, editor)
        problems += layout_problems(window, window.list_pane, sideways=False)
        if window.width() > width or window.height() > height:
            problems.append(f"the window grew to {window.width()}x{window.height()}")
        if problems:
            found[tabs.tabText(index)] = problems
    return found


@pytest.mark.parametrize("status", [DossierStatus.BESLOTEN, DossierStatus.INTAKE])
@pytest.mark.parametrize(("width", "height"), SCREENS)
def test_every_step_of_a_stored_dossier_fits_the_screen(
    filled_window: MainWindow,
    demo_workspace: Workspace,
    qtbot: QtBot,
    width: int,
    height: int,
    status: DossierStatus,
) -> None:
    window = filled_window
    window.resize(width, height)
    assert window._open_dossier(_dossier_in(demo_workspace, status))
    assert step_problems(window, qtbot, width, height) == {}


@pytest.mark.parametrize(("width", "height"), SCREENS)
def test_every_step_of_a_new_dossier_fits_the_screen(
    filled_window: MainWindow, qtbot: QtBot, width: int, height: int
) -> None:
    """A new dossier's legal steps show their choices unanswered (long catalogue names)."""
    window = filled_window
    window.resize(width, height)
    window.ui.action_new.trigger()
    qtbot.waitUntil(lambda: window.editor.isVisible())
    assert step_problems(window, qtbot, width, height) == {}
    list_width = window.list_pane.width()
    assert list_width >= width // 3  # the list keeps its share
