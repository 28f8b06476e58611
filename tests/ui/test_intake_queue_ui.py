"""The window Mogelijk maatwerk: the demo's open dossiers with signals, explained; sorting,
opening a dossier with Enter, dismissing one with a reason, a reader who may only look;
room on a laptop's screen and no Alt+letter taken twice."""

from __future__ import annotations

from editor_fakes import FakeDialogs
from layout_check import layout_problems
from main_windows import main_window_with_editor
from mnemonics import window_problems
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from maatwerkdesk.domain.people import Role, User
from maatwerkdesk.services import users
from maatwerkdesk.services.intake_queue import QueueOrder
from maatwerkdesk.services.workspace import Workspace
from maatwerkdesk.ui.common.service_calls import ServiceCaller
from maatwerkdesk.ui.intake.queue_dialog import IntakeQueueDialog


def person(workspace: Workspace, role: Role) -> User:
    with workspace.database.reads() as session:
        return next(u for u in users.list_users(session) if role in u.roles)


def dialog_for(qtbot: QtBot, workspace: Workspace, opened: list[str]) -> IntakeQueueDialog:
    calls = ServiceCaller(None, workspace, FakeDialogs)  # type: ignore[arg-type]
    dialog = IntakeQueueDialog(calls, show_dossier=opened.append)
    qtbot.addWidget(dialog)
    dialog.show()
    QApplication.processEvents()
    return dialog


def test_the_queue_shows_the_demos_signals_and_fits(
    qtbot: QtBot, demo_workspace: Workspace
) -> None:
    demo_workspace.user = person(demo_workspace, Role.CASEWORKER)
    opened: list[str] = []
    dialog = dialog_for(qtbot, demo_workspace, opened)
    tree = dialog.ui.queue_tree
    assert tree.topLevelItemCount() >= 3
    first = dialog.entry()
    assert first is not None and tree.currentItem().text(0) == first.reference
    shown = dialog.ui.hits_view.toPlainText()
    assert first.hits[0].label in shown and "Drempel: " in shown
    assert "nl.maatwerkdesk.signalering versie 2026.1" in dialog.ui.catalogue_label.text()
    counts = [len(e.hits) for e in dialog._queue.entries]  # type: ignore[union-attr]
    assert tree.topLevelItem(0).text(4).startswith(f"{max(counts)}: ")
    for width, height in ((1366, 768), (1280, 800)):
        dialog.resize(width - 40, height - 80)
        QApplication.processEvents()
        assert dialog.width() <= width and dialog.height() <= height
        assert layout_problems(dialog, dialog) == []
    assert window_problems(dialog, "mogelijk maatwerk") == []

    dialog.ui.order_combo.setCurrentIndex(dialog.ui.order_combo.findData(QueueOrder.REFERENCE))
    references = [tree.topLevelItem(i).text(0) for i in range(tree.topLevelItemCount())]
    assert references == sorted(references)

    tree.setFocus()
    qtbot.keyClick(tree, Qt.Key.Key_Return)
    assert opened == [dialog.entry().dossier_id]  # type: ignore[union-attr]


def test_a_caseworker_dismisses_with_a_reason(qtbot: QtBot, demo_workspace: Workspace) -> None:
    demo_workspace.user = person(demo_workspace, Role.CASEWORKER)
    dialog = dialog_for(qtbot, demo_workspace, [])
    before = dialog.ui.queue_tree.topLevelItemCount()
    chosen = dialog.entry()
    assert chosen is not None and chosen.lease is None
    assert not dialog.ui.dismiss_button.isEnabled()  # no reason yet
    dialog.ui.reason_edit.setText("Fictief: een betalingsregeling vangt de gevolgen op.")
    assert dialog.ui.dismiss_button.isEnabled()
    dialog.ui.dismiss_button.click()
    assert dialog.ui.queue_tree.topLevelItemCount() == before - 1
    assert chosen.dossier_id not in {e.dossier_id for e in dialog._queue.entries}  # type: ignore[union-attr]
    assert dialog.ui.reason_edit.text() == ""


def test_a_reader_sees_the_queue_but_cannot_dismiss(
    qtbot: QtBot, demo_workspace: Workspace
) -> None:
    demo_workspace.user = person(demo_workspace, Role.READER)
    dialog = dialog_for(qtbot, demo_workspace, [])
    assert dialog.ui.queue_tree.topLevelItemCount() >= 3
    dialog.ui.reason_edit.setText("Geprobeerd.")
    assert not dialog.ui.reason_edit.isEnabled()
    assert not dialog.ui.dismiss_button.isEnabled()


def test_the_main_window_opens_the_queue_and_a_dossier_from_it(
    qtbot: QtBot, demo_workspace: Workspace, settings: QSettings
) -> None:
    window, editor = main_window_with_editor(qtbot, demo_workspace, settings)
    assert window.ui.action_intake_queue.isEnabled()
    window.ui.action_intake_queue.trigger()
    dialog = window.findChild(IntakeQueueDialog)
    assert dialog is not None
    entry = dialog.entry()
    assert entry is not None
    dialog.ui.open_button.click()
    qtbot.waitUntil(lambda: editor.current_dossier_id() == entry.dossier_id)
    dialog.close()
    window.shutdown()
