"""Whatever someone typed or imported is shown as typed, in every view: never as rich text.

Qt labels, message boxes and tooltips guess whether a text is HTML (`Qt::mightBeRichText`).
Here every field of a dossier, people's names, a meeting's place, advice, a signed
decision's motivation and an imported precedent's summary get markup, entities and long
words; every screen that shows them is opened, and the text of every widget, item and
tooltip is compared with what was stored.

With MAATWERKDESK_SCREENSHOTS set to a folder, each screen is also saved there as a PNG
(at 1366×768), to look at by eye.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from editor_fakes import FakeDialogs
from hostile_workspace import TODAY, Hostile, build_hostile, line, lines
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QDialog, QInputDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot
from shown_text import SCREEN, Walk

from maatwerkdesk.domain.errors import DomainError
from maatwerkdesk.services import signing_keys
from maatwerkdesk.services.workspace import Workspace
from maatwerkdesk.ui.common.dialogs import Choice, Dialogs
from maatwerkdesk.ui.common.service_calls import ServiceCaller
from maatwerkdesk.ui.conference import ConferenceWindow
from maatwerkdesk.ui.conference.plan_dialog import PlanDialog
from maatwerkdesk.ui.conference.review import ReviewDialog
from maatwerkdesk.ui.conference.signing_key import SigningKeyDialog
from maatwerkdesk.ui.errors import ErrorReporter
from maatwerkdesk.ui.export.building import agenda_candidates, decision_export
from maatwerkdesk.ui.export.pack_dialog import PackDialog
from maatwerkdesk.ui.export.preview import PdfPreviewDialog
from maatwerkdesk.ui.main_window import MainWindow
from maatwerkdesk.ui.people.person_form import PersonDialog
from maatwerkdesk.ui.people.signing_keys import RegisterKeyDialog
from maatwerkdesk.ui.people.users_dialog import UsersDialog
from maatwerkdesk.ui.people.who_are_you import WhoAreYouDialog


@pytest.fixture
def hostile(workspace: Workspace, tmp_path: Path) -> Hostile:
    return build_hostile(workspace, tmp_path)


@pytest.fixture
def walk(hostile: Hostile) -> Walk:
    folder = os.environ.get("MAATWERKDESK_SCREENSHOTS")
    return Walk(hostile.values, [], set(), Path(folder) if folder else None)


def shown_at_size(qtbot: QtBot, widget: QWidget) -> None:
    qtbot.addWidget(widget)
    if hasattr(widget, "dialogs"):
        widget.dialogs = FakeDialogs()  # type: ignore[attr-defined]
    widget.resize(*SCREEN)
    widget.show()


def test_the_main_window_and_every_editor_tab_show_typed_text_as_typed(
    qtbot: QtBot, hostile: Hostile, walk: Walk, tmp_path: Path
) -> None:
    window = MainWindow(QSettings(str(tmp_path / "venster.ini"), QSettings.Format.IniFormat))
    shown_at_size(qtbot, window)
    window.attach_workspace(hostile.workspace)
    qtbot.waitUntil(lambda: window.editor is not None)
    model, editor = window.list_model, window.editor
    assert model is not None and editor is not None
    qtbot.waitUntil(lambda: all(model.dossier_id(r) for r in range(model.rowCount())))
    editor.dialogs = FakeDialogs()  # type: ignore[assignment]
    assert window.list_pane is not None
    tabs = editor.ui.tabs
    for dossier_id in (hostile.dossier_id, hostile.candidate_id):
        window.list_pane.dossier_chosen.emit(dossier_id)
        qtbot.waitUntil(lambda d=dossier_id: editor.current_dossier_id() == d)  # type: ignore[misc]
        for index in range(tabs.count()):
            tabs.setCurrentIndex(index)
            walk.check(window, f"dossier-{dossier_id[:4]}-{index}")
        similar = editor.precedents.ui.similar_tree
        tabs.setCurrentWidget(editor.precedents)
        for row in range(similar.topLevelItemCount()):
            similar.setCurrentItem(similar.topLevelItem(row))
            walk.check(editor.precedents.ui.similar_detail, f"precedent-{row}")
    window.shutdown()
    assert not walk.problems, "\n".join(walk.problems)
    assert {
        "«title»",
        "«owner»",
        "«deviation»",
        "«knelpunt»",
        "«imported»",
        "«signed»",
    } <= walk.seen
    assert {"«amount»", "«party»", "«party-note»", "«ruling»"} <= walk.seen  # the Feiten step
    assert {"«routes-0»", "«factors-0»", "«candidate-why»"} <= walk.seen  # catalogue titles


def test_the_conference_and_its_review_show_typed_text_as_typed(
    qtbot: QtBot, hostile: Hostile, walk: Walk, tmp_path: Path
) -> None:
    workspace = hostile.workspace
    workspace.user = hostile.people[1]  # the secretary keeps the record
    settings = QSettings(str(tmp_path / "venster.ini"), QSettings.Format.IniFormat)
    conference = ConferenceWindow(workspace, settings)
    shown_at_size(qtbot, conference)
    conference.refresh(select=hostile.meeting_id)
    walk.check(conference, "overleg")
    for number, item_id in enumerate(hostile.item_ids):
        review = ReviewDialog(workspace, item_id, TODAY)
        shown_at_size(qtbot, review)
        qtbot.waitUntil(lambda r=review: r.review is not None and not r.is_loading())  # type: ignore[misc]
        walk.check(review, f"bespreking-{number}")
        departed = walk.values["«departed»"] = line("departed")
        review.form.show_departure((departed,), signed=number == 0)
        walk.check(review.ui.departure_frame, f"afwijking-{number}")
        review.reject()
    conference.shutdown()
    assert not walk.problems, "\n".join(walk.problems)
    assert {"«location»", "«chair»", "«advice»", "«who»", "«dissent-2»", "«candidate»"} <= walk.seen


def test_people_and_export_dialogs_show_typed_text_as_typed(
    qtbot: QtBot, hostile: Hostile, walk: Walk, tmp_path: Path
) -> None:
    workspace = hostile.workspace
    workspace.user = hostile.people[1]
    settings = QSettings(str(tmp_path / "venster.ini"), QSettings.Format.IniFormat)
    parent = QWidget()
    qtbot.addWidget(parent)
    calls = ServiceCaller(parent, workspace, FakeDialogs)
    with workspace.database.sessions.begin() as session:  # the chair's new key waits
        chair = workspace.context("test", user=hostile.people[0])
        pending = signing_keys.create_key(session, chair)
    dialogs: dict[str, QWidget] = {
        "gebruikers": UsersDialog(calls),
        "sleutel-registreren": RegisterKeyDialog(calls, pending),
        "mijn-sleutel": SigningKeyDialog(calls),
        "wie-bent-u": WhoAreYouDialog(calls, hostile.people, None, first_start=False),
        "gebruiker": PersonDialog(calls, hostile.people[0]),
        "overleg-plannen": PlanDialog(calls, hostile.people, TODAY),
        "voorbeeld": PdfPreviewDialog(
            workspace, settings, decision_export(workspace, hostile.dossier_id, TODAY)
        ),
        "vergaderstukken": PackDialog(workspace, agenda_candidates(workspace), TODAY),
    }
    for name, dialog in dialogs.items():
        shown_at_size(qtbot, dialog)
        walk.check(dialog, name)
    assert not walk.problems, "\n".join(walk.problems)
    assert {"«chair»", "«income»", "«other»", "«other-owner»"} <= walk.seen


def test_message_boxes_show_typed_text_as_typed(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    values = {
        f"«{name}»": text(name)
        for name, text in (
            ("question", line),
            ("detail", lines),
            ("told", line),
            ("asked", line),
            ("error", line),
        )
    }
    boxes: list[QDialog] = []
    for kind in (QMessageBox, QInputDialog):
        monkeypatch.setattr(kind, "exec", lambda box: boxes.append(box) or 0)
    for static in ("information", "question", "warning", "critical"):
        # Their text format cannot be set: they guess, and would show the markup.
        refuse = staticmethod(lambda *_args: pytest.fail("a static QMessageBox guesses rich text"))
        monkeypatch.setattr(QMessageBox, static, refuse)
    parent = QWidget()
    qtbot.addWidget(parent)
    dialogs = Dialogs()
    dialogs.ask(
        parent,
        "Vraag",
        values["«question»"],
        [Choice("ok", "OK")],
        default="ok",
        escape="ok",
        detail=values["«detail»"],
    )
    dialogs.inform(parent, "Mededeling", values["«told»"])
    dialogs.ask_text(parent, "Omschrijving", values["«asked»"])
    ErrorReporter(None).report(DomainError(values["«error»"]))
    walk = Walk(values, [], set(), None)
    for number, box in enumerate(boxes):
        walk.check(box, f"melding-{number}")
    assert not walk.problems, "\n".join(walk.problems)
    assert walk.seen == set(values)
