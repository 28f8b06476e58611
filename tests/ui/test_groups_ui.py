"""The groups window and a member's group line: the demo's group with its members and
each member's check, the line in the Dossier step that opens it, room on a laptop's screen
and no Alt+letter taken twice."""

from __future__ import annotations

from editor_fakes import FakeDialogs
from layout_check import layout_problems
from main_windows import main_window_with_editor
from mnemonics import window_problems
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from pytestqt.qtbot import QtBot

from maatwerkdesk.domain.decision import OutcomeType
from maatwerkdesk.domain.groups import MemberCheck
from maatwerkdesk.domain.people import Role, User
from maatwerkdesk.services import groups, users
from maatwerkdesk.services.demo.data import GROUP_TITLE
from maatwerkdesk.services.workspace import Workspace
from maatwerkdesk.ui.common.service_calls import ServiceCaller
from maatwerkdesk.ui.groups.group_form import GroupFormDialog
from maatwerkdesk.ui.groups.groups_dialog import GroupsDialog


def people(workspace: Workspace) -> dict[str, User]:
    with workspace.database.reads() as session:
        return {user.name: user for user in users.list_users(session)}


def _demo_group(workspace: Workspace) -> groups.Group:
    with workspace.database.sessions.begin() as session:
        (group,) = groups.list_groups(session, workspace.context("test"))
        return group


def test_the_groups_window_shows_the_members_and_their_check_and_fits(
    qtbot: QtBot, demo_workspace: Workspace
) -> None:
    group = _demo_group(demo_workspace)
    calls = ServiceCaller(None, demo_workspace, FakeDialogs)  # type: ignore[arg-type]
    dialog = GroupsDialog(calls, open_dossier=lambda: None, show_dossier=print)
    qtbot.addWidget(dialog)
    dialog.show()
    QApplication.processEvents()
    assert dialog.ui.group_tree.topLevelItem(0).text(1) == GROUP_TITLE
    members = dialog.ui.member_tree
    assert members.topLevelItemCount() == len(group.members)
    last = members.topLevelItem(members.topLevelItemCount() - 1)
    assert last.text(2) == MemberCheck.INDIVIDUAL.label
    assert "Tijdelijk maatwerk, 6 maanden" in dialog.ui.detail_label.text()
    assert not dialog.ui.add_button.isEnabled()  # no dossier open
    for width, height in ((1366, 768), (1280, 800)):
        dialog.resize(width - 40, height - 80)
        QApplication.processEvents()
        assert dialog.width() <= width and dialog.height() <= height
        assert layout_problems(dialog, dialog) == []
    assert window_problems(dialog, "groepen") == []


def test_a_member_shows_its_group_line_which_opens_the_group(
    qtbot: QtBot, demo_workspace: Workspace, settings: QSettings
) -> None:
    group = _demo_group(demo_workspace)
    window, editor = main_window_with_editor(qtbot, demo_workspace, settings)
    assert editor.open_dossier(group.members[0].dossier_id)
    assert editor.ui.group_row.isVisibleTo(editor)
    assert editor.ui.group_line.text() == f"Hoort bij groep {group.reference} — {GROUP_TITLE}"
    assert window_problems(window, "hoofdvenster met groepslid") == []
    editor.ui.group_button.click()
    opened = window.findChild(GroupsDialog)
    assert opened is not None and opened.group() is not None
    assert opened.group().id == group.id  # type: ignore[union-attr]
    opened.close()
    window.shutdown()


def test_the_form_makes_a_group_with_its_decision(qtbot: QtBot, demo_workspace: Workspace) -> None:
    demo_workspace.user = next(
        u for u in people(demo_workspace).values() if Role.CASEWORKER in u.roles
    )
    calls = ServiceCaller(None, demo_workspace, FakeDialogs)  # type: ignore[arg-type]
    form = GroupFormDialog(calls, None)
    qtbot.addWidget(form)
    form.ui.title_edit.setText("Herstel na een systeemfout")
    form.ui.regulation_edit.setText("Participatiewet")
    form.ui.pattern_edit.setPlainText("Fictief: één fout in de koppeling trof iedereen.")
    form.ui.outcome_combo.setCurrentIndex(
        form.ui.outcome_combo.findData(OutcomeType.CORRECTION.value)
    )
    form.ui.motivation_edit.setPlainText("Fictief: het besluit wordt hersteld.")
    form.ui.button_box.button(QDialogButtonBox.StandardButton.Ok).click()
    assert form.saved is not None and form.saved.decision is not None
    assert form.saved.decision.outcome_type is OutcomeType.CORRECTION
    assert form.saved.reference.startswith("GR-")
    again = GroupFormDialog(calls, form.saved)
    qtbot.addWidget(again)
    assert again.ui.outcome_combo.currentData() == OutcomeType.CORRECTION.value
    assert again.ui.pattern_edit.toPlainText().startswith("Fictief: één fout")
