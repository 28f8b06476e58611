"""Changes made in another program show up without a restart: the list, an open editor
without local edits and the conference's review within two seconds; an editor or review
with unsaved work shows a notice instead of overwriting it."""

from __future__ import annotations

import time
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from backends import open_existing
from pytestqt.qtbot import QtBot
from test_main_window import ScriptedDialogs, add_dossiers, select_row, settings_in

from maatwerkdesk.domain.dossier import DossierFields
from maatwerkdesk.persistence.db import Database
from maatwerkdesk.services import dossiers
from maatwerkdesk.services.context import Context, acting_as
from maatwerkdesk.services.unit_of_work import writing
from maatwerkdesk.services.workspace import Workspace
from maatwerkdesk.ui.main_window import MainWindow

WITHIN_MS = 2000
BERT = Context(actor=acting_as("Bert Bakker", "bbakker"), origin="test")


@pytest.fixture
def colleague(workspace: Workspace) -> Iterator[Database]:
    """Another program on the same database file."""
    other = open_existing(workspace.paths.database)
    yield other
    other.close()


@pytest.fixture
def window(qtbot: QtBot, workspace: Workspace, tmp_path: Path) -> Iterator[MainWindow]:
    add_dossiers(workspace, 5)
    shown = MainWindow(settings_in(tmp_path))
    qtbot.addWidget(shown)
    shown.show()
    shown.attach_workspace(workspace)
    qtbot.waitUntil(lambda: shown.editor is not None)
    shown.editor.dialogs = ScriptedDialogs()  # type: ignore[union-attr]
    qtbot.waitUntil(lambda: shown._colleagues is not None and shown._colleagues.is_watching())
    yield shown
    shown.shutdown()


def rename(database: Database, dossier_id: str, title: str) -> None:
    with writing(database) as session:
        record = dossiers.open_dossier(session, BERT, dossier_id)
        dossiers.update_dossier(
            session, BERT, dossier_id, replace(record.fields, title=title),
            expected_revision=record.revision,
        )  # fmt: skip


def test_a_colleagues_new_dossier_shows_in_the_list(
    window: MainWindow, colleague: Database, qtbot: QtBot
) -> None:
    assert window._count_label.text() == "5 dossiers"
    with writing(colleague) as session:
        dossiers.create_dossier(session, BERT, DossierFields(title="Van Bert"))
    started = time.monotonic()
    qtbot.waitUntil(lambda: window._count_label.text() == "6 dossiers", timeout=WITHIN_MS)
    print(f"\nthe list showed a colleague's dossier after {time.monotonic() - started:.2f} s")
    model = window.list_model
    qtbot.waitUntil(lambda: model.index(0, 1).data() == "Van Bert", timeout=WITHIN_MS)


def test_an_editor_without_local_edits_shows_the_colleagues_save(
    window: MainWindow, colleague: Database, qtbot: QtBot
) -> None:
    dossier_id = select_row(window, qtbot, 2)
    editor = window.editor
    assert editor is not None
    rename(colleague, dossier_id, "Door Bert hernoemd")
    qtbot.waitUntil(lambda: editor.ui.title_edit.text() == "Door Bert hernoemd", timeout=WITHIN_MS)
    assert not editor.is_modified()
    assert not editor.colleague_notice.isVisible()


def test_an_editor_with_local_edits_shows_a_notice_and_keeps_them(
    window: MainWindow, colleague: Database, qtbot: QtBot
) -> None:
    dossier_id = select_row(window, qtbot, 2)
    editor = window.editor
    assert editor is not None
    editor.ui.knelpunt_edit.setPlainText("Mijn eigen tekst.")
    assert editor.is_modified()
    rename(colleague, dossier_id, "Door Bert hernoemd")
    notice = editor.colleague_notice
    qtbot.waitUntil(notice.isVisible, timeout=WITHIN_MS)
    assert notice.text().startswith("Dossier MW-")
    assert "is gewijzigd door Bert Bakker om " in notice.text()
    assert "bij Opslaan kiest u" in notice.text()
    assert editor.ui.knelpunt_edit.toPlainText() == "Mijn eigen tekst."
    assert editor.ui.title_edit.text() != "Door Bert hernoemd"
    editor.dialogs.answers = ["discard"]  # type: ignore[attr-defined]


def test_own_saves_are_no_colleagues_change(
    window: MainWindow, workspace: Workspace, qtbot: QtBot
) -> None:
    dossier_id = select_row(window, qtbot, 2)
    editor = window.editor
    assert editor is not None
    seen: list[object] = []
    window._colleagues.changed.connect(seen.append)  # type: ignore[union-attr]
    editor.ui.title_edit.setText("Mijn titel")
    assert editor.save()
    qtbot.waitUntil(lambda: bool(seen), timeout=WITHIN_MS)  # the save was seen ...
    editor.ui.knelpunt_edit.setPlainText("Verder typen.")
    qtbot.wait(600)
    assert not editor.colleague_notice.isVisible()  # ... and was not told as a colleague's
    assert editor.current_dossier_id() == dossier_id
    editor.dialogs.answers = ["discard"]  # type: ignore[attr-defined]
