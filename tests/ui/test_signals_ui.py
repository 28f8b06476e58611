"""The knelpuntsignalen window: the demo's signals with their counts, a signal's dossiers
one click away, a step and a proposal taken through the services, room on a laptop's
screen and no Alt+letter taken twice."""

from __future__ import annotations

import os
from pathlib import Path

from editor_fakes import FakeDialogs
from hostile_workspace import TODAY, line, lines
from layout_check import layout_problems
from mnemonics import window_problems
from PySide6.QtCore import QPointF, QSettings, Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from pytestqt.qtbot import QtBot
from shown_text import SCREEN, Walk

from maatwerkdesk.domain.people import Role, User
from maatwerkdesk.domain.policy_signals import Dimension, SignalState
from maatwerkdesk.persistence.models import PolicySignalRow, PolicySignalTransitionRow
from maatwerkdesk.services import demo, dossiers, users
from maatwerkdesk.services.workspace import Workspace
from maatwerkdesk.ui.common.service_calls import ServiceCaller
from maatwerkdesk.ui.main_window import MainWindow
from maatwerkdesk.ui.signals.signal_form import SignalFormDialog
from maatwerkdesk.ui.signals.signals_dialog import LOOKING, SignalsDialog

SHOTS = os.environ.get("MAATWERKDESK_SHOTS")
"""A folder to save the window's picture in, when set (for looking at it)."""


def _person(workspace: Workspace, role: Role) -> User:
    with workspace.database.reads() as session:
        return next(u for u in users.list_users(session) if role in u.roles)


def _dialog(
    qtbot: QtBot, workspace: Workspace, dialogs: FakeDialogs, shown: list[str]
) -> SignalsDialog:
    calls = ServiceCaller(None, workspace, lambda: dialogs)  # type: ignore[arg-type]
    dialog = SignalsDialog(calls, open_dossier=lambda: None, show_dossier=shown.append)
    qtbot.addWidget(dialog)
    dialog.resize(1326, 688)
    dialog.show()
    dialog.wait_for_proposals()
    return dialog


def test_the_window_shows_every_signal_counts_and_fits(qtbot: QtBot, workspace: Workspace) -> None:
    with workspace.database.sessions.begin() as session:
        demo.add_demo_dossiers(session, workspace.context("test"), 40, 3)
    shown: list[str] = []
    dialog = _dialog(qtbot, workspace, FakeDialogs(), shown)
    assert dialog.ui.signal_tree.topLevelItemCount() == len(SignalState)
    assert sum(c.total for c in dialog.chart.counts()) == len(SignalState)
    assert dialog.ui.proposal_tree.topLevelItemCount() >= 1
    for width, height in ((1366, 768), (1280, 800)):
        dialog.resize(width - 40, height - 80)
        QApplication.processEvents()
        assert dialog.width() <= width and dialog.height() <= height
        assert layout_problems(dialog, dialog) == []
    assert window_problems(dialog, "knelpuntsignalen") == []
    if SHOTS:
        dialog.resize(1326, 688)
        QApplication.processEvents()
        dialog.grab().save(str(Path(SHOTS) / "signals-window.png"))
    dialog.ui.dossier_tree.setCurrentItem(dialog.ui.dossier_tree.topLevelItem(0))
    dialog.ui.open_button.click()
    assert len(shown) == 1
    first = dialog.chart.counts()[0].key
    qtbot.mouseClick(
        dialog.chart,
        Qt.MouseButton.LeftButton,
        pos=dialog.chart.rect().topLeft() + QPointF(200, 14).toPoint(),
    )
    assert dialog.ui.regulation_combo.currentText() == first
    assert all(s.fields.regulation == first for s in dialog.shown())
    dialog.ui.dimension_combo.setCurrentIndex(
        dialog.ui.dimension_combo.findData(Dimension.QUARTER.value)
    )
    assert all("-K" in c.key for c in dialog.chart.counts())


def test_a_chair_takes_the_next_step_and_a_caseworker_takes_a_proposal(
    qtbot: QtBot, workspace: Workspace
) -> None:
    with workspace.database.sessions.begin() as session:
        demo.add_demo_dossiers(session, workspace.context("test"), 40, 3)
    dialogs = FakeDialogs()
    workspace.user = _person(workspace, Role.CHAIR)
    dialog = _dialog(qtbot, workspace, dialogs, [])
    concept = next(s for s in dialog.shown() if s.state is SignalState.CONCEPT)
    dialog.reload(concept.id)
    dialogs.answers.append(SignalState.REPORTED.value)
    dialog.ui.step_button.click()
    assert dialog.signal() is not None and dialog.signal().state is SignalState.REPORTED  # type: ignore[union-attr]
    workspace.user = _person(workspace, Role.CASEWORKER)
    dialog.wait_for_proposals()
    before = dialog.ui.proposal_tree.topLevelItemCount()
    dialogs.texts.append("Gemeenteraad")
    dialog.ui.take_button.click()
    assert dialog.ui.proposal_label.text() == LOOKING  # the window answers meanwhile
    dialog.wait_for_proposals()
    assert dialog.ui.proposal_tree.topLevelItemCount() == before - 1
    assert dialog.signal() is not None and dialog.signal().state is SignalState.CONCEPT  # type: ignore[union-attr]


def test_the_main_window_opens_the_signals_window(
    qtbot: QtBot, demo_workspace: Workspace, settings: QSettings
) -> None:
    window = MainWindow(settings)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    window.attach_workspace(demo_workspace)
    qtbot.waitUntil(lambda: window.ui.action_signals.isEnabled())
    window.ui.action_signals.trigger()
    opened = window.findChild(SignalsDialog)
    assert opened is not None and opened.ui.signal_tree.topLevelItemCount() == len(SignalState)
    assert window_problems(window, "hoofdvenster") == []
    opened.close()
    window.shutdown()


def test_typed_text_is_shown_as_typed(qtbot: QtBot, workspace: Workspace) -> None:
    """Markup in a signal's texts (as typed, or changed outside the program) never renders."""
    values = {
        f"«{name}»": (lines if name in ("description", "response") else line)(name)
        for name in ("title", "description", "owner", "regulation", "response", "by")
    }
    text = {marker[1:-1]: value for marker, value in values.items()}
    with workspace.database.sessions.begin() as session:
        row = PolicySignalRow(
            reference="KS-2026-0001",
            category="hardheid",
            regulation=text["regulation"],
            article="",
            owner=text["owner"],
            title=text["title"][:200],
            description=text["description"],
            state="opgelost",
        )
        session.add(row)
        session.flush()
        for state, response in (("concept", ""), ("opgelost", text["response"])):
            session.add(
                PolicySignalTransitionRow(
                    signal_id=row.id,
                    state=state,
                    occurred_on=TODAY,
                    by_name=text["by"][:200],
                    response=response,
                )
            )
    dialog = _dialog(qtbot, workspace, FakeDialogs(), [])
    dialog.resize(*SCREEN)
    walk = Walk(values, [], set(), None)
    walk.check(dialog, "knelpuntsignalen")
    assert not walk.problems, "\n".join(walk.problems)
    assert {"«title»", "«description»", "«owner»", "«response»", "«by»"} <= walk.seen


def test_a_caseworker_writes_a_signal_on_the_open_dossier_and_links_another(
    qtbot: QtBot, demo_workspace: Workspace
) -> None:
    workspace = demo_workspace
    workspace.user = _person(workspace, Role.CASEWORKER)
    with workspace.database.reads() as session:
        first, second = dossiers.list_dossiers(session, dossiers.DossierQuery(), limit=2)
        name = dossiers.open_dossier(
            session, workspace.context("test"), first.id
        ).fields.subject.name
    dialogs = FakeDialogs()
    calls = ServiceCaller(None, workspace, lambda: dialogs)  # type: ignore[arg-type]
    form = SignalFormDialog(calls, None, [first.id])
    qtbot.addWidget(form)
    form.ui.regulation_edit.setText("Participatiewet")
    form.ui.owner_combo.setCurrentText("Gemeenteraad")
    form.ui.title_edit.setText("Fictief knelpunt")
    form.ui.description_edit.setPlainText(f"Fictief: {name} kwam klem te zitten.")
    form.ui.button_box.button(QDialogButtonBox.StandardButton.Ok).click()
    assert form.saved is None and "een naam" in dialogs.informed[-1][1]
    form.ui.description_edit.setPlainText("Fictief: de regel zet mensen klem.")
    form.ui.button_box.button(QDialogButtonBox.StandardButton.Ok).click()
    assert form.saved is not None and [d.id for d in form.saved.dossiers] == [first.id]
    opened = second.id
    dialog = SignalsDialog(calls, open_dossier=lambda: opened, show_dossier=print)
    qtbot.addWidget(dialog)
    dialog.reload(form.saved.id)
    assert dialog.ui.edit_button.isEnabled() and dialog.ui.link_button.isEnabled()
    dialog.ui.link_button.click()
    assert {d.id for d in dialog.signal().dossiers} == {first.id, second.id}  # type: ignore[union-attr]
    dialogs.answers.append("remove")
    dialog.ui.unlink_button.click()
    assert len(dialog.signal().dossiers) == 1  # type: ignore[union-attr]
