"""Two workstations on one database edit the same dossier: the one who saves second gets
the choice between the new version and their own kept as a concept, and loses nothing."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from editor_fakes import FakeDialogs, make_editor, store
from PySide6.QtGui import QTextCursor
from pytestqt.qtbot import QtBot

from maatwerkdesk.domain.dossier import DossierFields, DossierRecord, TimelineEntry
from maatwerkdesk.domain.people import Role, User
from maatwerkdesk.domain.vocabulary import DossierStatus, TimelineKind
from maatwerkdesk.infra.paths import prepare_paths
from maatwerkdesk.services import dossiers, drafts, users
from maatwerkdesk.services.workspace import Workspace, open_workspace
from maatwerkdesk.ui.dossier_editor import DossierEditor


@pytest.fixture
def colleague(workspace: Workspace, tmp_path: Path) -> Iterator[Workspace]:
    """A second workstation: its own program, profile and user, on the same database."""
    other = open_workspace(prepare_paths(tmp_path / "werkplek-2"), str(workspace.paths.database))
    yield other
    other.close()


@pytest.fixture
def people(workspace: Workspace, colleague: Workspace) -> tuple[User, User]:
    with workspace.writing() as session:
        context = workspace.context("test")
        anouk = users.add_user(session, context, "Anouk Verhoef", Role.CASEWORKER)
        bert = users.add_user(session, context, "Bert Bakker", Role.CASEWORKER)
    workspace.user, colleague.user = anouk, bert
    return anouk, bert


def fields() -> DossierFields:
    return DossierFields(
        title="Terugvordering huurtoeslag",
        status=DossierStatus.ANALYSE,
        regulation="Awir",
        knelpunt="Het bedrag is hoog.",
        notes="Bellen na het MDO.",
    )


def read(workspace: Workspace, dossier_id: str) -> DossierRecord:
    with workspace.writing() as session:
        return dossiers.open_dossier(session, workspace.context("test"), dossier_id)


def own_drafts(workspace: Workspace) -> list[drafts.Draft]:
    with workspace.reading() as session:
        return drafts.pending_drafts(session, workspace.context("test"))


def type_at_end(qtbot: QtBot, editor: DossierEditor, text: str) -> None:
    editor.ui.tabs.setCurrentWidget(editor.ui.notes_tab)
    editor.ui.notes_edit.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(editor.ui.notes_edit, text)


def both_open(
    qtbot: QtBot, workspace: Workspace, colleague: Workspace
) -> tuple[DossierEditor, FakeDialogs, DossierEditor, DossierRecord]:
    record = store(workspace, fields())
    mine, dialogs = make_editor(qtbot, workspace)
    theirs, _ = make_editor(qtbot, colleague)
    assert mine.open_dossier(record.id) and theirs.open_dossier(record.id)
    return mine, dialogs, theirs, record


@pytest.mark.usefixtures("people")
def test_keeping_ones_version_as_a_concept_loses_nothing_of_either(
    qtbot: QtBot, workspace: Workspace, colleague: Workspace
) -> None:
    mine, dialogs, theirs, record = both_open(qtbot, workspace, colleague)
    theirs.ui.title_edit.setText("Titel van Bert")
    theirs.ui.knelpunt_edit.setPlainText("Bert vult het knelpunt aan.")
    assert theirs.save()
    mine.ui.title_edit.setText("Titel van Anouk")
    type_at_end(qtbot, mine, " Anouk belde.")

    dialogs.answers = ["concept"]
    assert not mine.save()
    (asked,) = dialogs.asked
    assert asked["title"] == "Intussen gewijzigd"
    assert asked["text"].startswith(f"Dossier {record.reference} is gewijzigd door Bert Bakker om ")
    assert "vernieuwen" in asked["text"].lower() and "concept" in asked["text"]
    assert "Bert Bakker wijzigde: de titel en waarom het knelt." in asked["detail"]
    assert "U wijzigde ook: de titel." in asked["detail"]
    assert (asked["default"], asked["escape"]) == ("concept", "concept")

    # On screen: Anouk's changes on top of Bert's version, unsaved, and kept as her draft.
    assert mine.ui.title_edit.text() == "Titel van Anouk"
    assert mine.ui.knelpunt_edit.toPlainText() == "Bert vult het knelpunt aan."
    assert mine.ui.notes_edit.toPlainText() == "Bellen na het MDO. Anouk belde."
    assert mine.is_modified()
    stored = read(workspace, record.id)
    assert stored.fields.title == "Titel van Bert"
    (concept,) = own_drafts(workspace)
    assert (concept.dossier_id, concept.base_revision) == (record.id, stored.revision)
    assert concept.payload["notes"] == "Bellen na het MDO. Anouk belde."
    assert own_drafts(colleague) == []  # never offered to Bert

    assert mine.save()  # her concept, saved deliberately over the version she saw
    saved = read(workspace, record.id).fields
    assert (saved.title, saved.knelpunt) == ("Titel van Anouk", "Bert vult het knelpunt aan.")
    assert saved.notes.endswith("Anouk belde.")
    assert own_drafts(workspace) == []


@pytest.mark.usefixtures("people")
def test_refreshing_shows_the_colleagues_version(
    qtbot: QtBot, workspace: Workspace, colleague: Workspace
) -> None:
    mine, dialogs, theirs, record = both_open(qtbot, workspace, colleague)
    theirs.ui.title_edit.setText("Titel van Bert")
    assert theirs.save()
    mine.ui.title_edit.setText("Titel van Anouk")
    dialogs.answers = ["refresh"]
    assert not mine.save()
    assert mine.ui.title_edit.text() == "Titel van Bert"
    assert not mine.is_modified()
    assert own_drafts(workspace) == []
    assert read(workspace, record.id).fields.title == "Titel van Bert"


@pytest.mark.usefixtures("people")
def test_a_colleagues_timeline_entry_is_no_reason_to_ask(
    qtbot: QtBot, workspace: Workspace, colleague: Workspace
) -> None:
    mine, dialogs, _theirs, record = both_open(qtbot, workspace, colleague)
    with colleague.writing() as session:
        dossiers.add_timeline_entry(
            session,
            colleague.context("test"),
            record.id,
            TimelineEntry(date.today(), TimelineKind.CONTACT, "Bert sprak de burger."),
        )
    mine.ui.title_edit.setText("Titel van Anouk")
    assert mine.save()
    assert dialogs.asked == []
    stored = read(workspace, record.id)
    assert stored.fields.title == "Titel van Anouk"
    assert [e.description for e in stored.timeline] == ["Bert sprak de burger."]


def test_a_change_made_outside_the_program_still_offers_the_choice(
    qtbot: QtBot, workspace: Workspace
) -> None:
    record = store(workspace, fields())
    mine, dialogs = make_editor(qtbot, workspace)
    mine.open_dossier(record.id)
    with workspace.database.engine.begin() as connection:
        connection.exec_driver_sql(
            "UPDATE dossier SET notes = 'Buiten het programma', revision = revision + 1 "
            f"WHERE id = '{record.id}'"
        )
    mine.ui.title_edit.setText("Mijn titel")
    dialogs.answers = ["concept"]
    assert not mine.save()
    assert "gewijzigd door " in dialogs.asked[0]["text"]
    assert mine.ui.notes_edit.toPlainText() == "Buiten het programma"
    assert mine.ui.title_edit.text() == "Mijn titel"
    assert replace(read(workspace, record.id).fields, notes="").title == fields().title
