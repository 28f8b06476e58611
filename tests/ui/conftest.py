"""The desktop app's tests run on SQLite, the embedded database of one workstation."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from backends import SQLITE
from PySide6.QtCore import QCoreApplication, QSettings, QTranslator
from PySide6.QtWidgets import QApplication

from maatwerkdesk.services import demo
from maatwerkdesk.services.workspace import Workspace
from maatwerkdesk.ui.translation import APP_CATALOGUE, TRANSLATIONS


@pytest.fixture(scope="module")
def backend_name() -> str:
    return SQLITE


@pytest.fixture
def demo_workspace(workspace: Workspace) -> Workspace:
    """Demo dossiers, people in every role and a planned meeting."""
    with workspace.database.sessions.begin() as session:
        demo.add_demo_dossiers(session, workspace.context("test"), 10, 3)
    return workspace


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    """The window's settings in a file of the test's own."""
    return QSettings(str(tmp_path / "venster.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def english(qapp: QApplication) -> Iterator[None]:
    """The windows speak English: the app's compiled catalogue is installed for the test."""
    translator = QTranslator()
    assert translator.load(f"{APP_CATALOGUE}_en", str(TRANSLATIONS))
    assert QCoreApplication.installTranslator(translator)
    try:
        yield
    finally:
        QCoreApplication.removeTranslator(translator)
