"""A dossier a colleague took along on a laptop, in the app: the list says who has it until
when, and the editor shows it read-only under the sentence the services refuse with."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from pytestqt.qtbot import QtBot

from maatwerkdesk.domain.dossier import DossierFields
from maatwerkdesk.domain.lease import away_line
from maatwerkdesk.domain.people import SYSTEM, Role, User
from maatwerkdesk.persistence.base import utc_now
from maatwerkdesk.services import dossiers, leases, users
from maatwerkdesk.services.workspace import Workspace
from maatwerkdesk.ui.dossier_list.model import Column, DossierListModel
from tests.ui.editor_fakes import make_editor


def _person(workspace: Workspace, name: str) -> User:
    with workspace.database.sessions.begin() as session:
        return users.add_user(
            session, workspace.context("test", user=SYSTEM), name, Role.CASEWORKER
        )


def _taken(workspace: Workspace) -> tuple[str, User, User, str]:
    """A dossier Anouk took along; (its id, Anouk, her colleague, the away line)."""
    holder, colleague = _person(workspace, "Anouk Verhoef"), _person(workspace, "Bram Collega")
    with workspace.database.sessions.begin() as session:
        context = workspace.context("test", user=holder)
        fields = DossierFields(title="Meegenomen", regulation="Participatiewet")
        dossier_id = dossiers.create_dossier(session, context, fields).id
        until = utc_now() + timedelta(days=2)
        lease = leases.take(session, context, [dossier_id], "LT-07", until)[0]
    return dossier_id, holder, colleague, away_line(lease)


def test_a_colleague_sees_a_taken_dossier_read_only_with_who_has_it(
    qtbot: QtBot, workspace: Workspace
) -> None:
    dossier_id, holder, colleague, line = _taken(workspace)
    workspace.user = colleague
    editor, _fake = make_editor(qtbot, workspace)
    assert editor.open_dossier(dossier_id)
    assert editor.is_read_only()
    assert editor.away_notice.isVisible()
    assert editor.away_notice.text().startswith("Dossier MW-")
    assert line in editor.away_notice.text()
    assert editor.ui.title_edit.isReadOnly() and not editor.ui.save_button.isEnabled()

    workspace.user = holder  # the holder works on as usual
    assert editor.open_dossier(dossier_id)
    assert not editor.is_read_only() and not editor.away_notice.isVisible()
    assert not editor.ui.title_edit.isReadOnly()


def test_the_list_says_who_has_a_taken_dossier_until_when(
    qtbot: QtBot, workspace: Workspace
) -> None:
    _dossier_id, _holder, _colleague, line = _taken(workspace)
    model = DossierListModel(workspace)
    try:
        with qtbot.waitSignal(model.reloaded, timeout=5000):
            pass
        status = model.index(0, Column.STATUS)
        assert status.data() == f"Intake, {line}"
        assert line in status.data(Qt.ItemDataRole.ToolTipRole)
    finally:
        model.shutdown()


def test_a_reader_sees_every_dossier_read_only_and_why(qtbot: QtBot, workspace: Workspace) -> None:
    _taken_id, holder, _colleague, _line = _taken(workspace)
    with workspace.database.sessions.begin() as session:
        reader = users.add_user(
            session, workspace.context("test", user=SYSTEM), "Rita Lezer", Role.READER
        )
    workspace.user = reader
    editor, _fake = make_editor(qtbot, workspace)
    with workspace.database.sessions.begin() as session:
        fields = DossierFields(title="Gewoon dossier", regulation="Participatiewet")
        other = dossiers.create_dossier(session, workspace.context("test", user=holder), fields)
    assert editor.open_dossier(other.id)
    assert editor.is_read_only()
    assert editor.locked_notice.isVisible()
    assert editor.locked_notice.text().startswith("U werkt als lezer: u kunt dit dossier bekijken")
    assert editor.ui.title_edit.isReadOnly() and editor.ui.notes_edit.isReadOnly()
    title = editor.ui.title_edit
    assert title.palette().color(QPalette.ColorRole.Base) == title.palette().color(
        QPalette.ColorRole.Window
    )  # it looks read-only too
    assert not editor.ui.timeline_add_button.isEnabled()
    assert not editor.ui.save_button.isEnabled()
    qtbot.keyClicks(editor.ui.title_edit, "getypt")  # nothing to type, nothing autosaved
    assert editor.ui.title_edit.text() == "Gewoon dossier"
    steps = editor.ui.step_list  # but every step can be read
    assert steps.isEnabled()
    steps.setCurrentRow(steps.count() - 1)
    assert editor.ui.tabs.currentWidget() is editor.loket
    assert not editor.loket.ui.add_organisation_button.isEnabled()

    workspace.user = holder  # a caseworker after a user switch works as usual
    editor.show_integrity()
    assert not editor.is_read_only() and not editor.locked_notice.isVisible()
    assert not editor.ui.title_edit.isReadOnly()
    assert title.palette().color(QPalette.ColorRole.Base) != title.palette().color(
        QPalette.ColorRole.Window
    )
