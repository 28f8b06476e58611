"""The Afweging tab: answering the steps stores them, the verdict and indicators follow."""

from __future__ import annotations

from pathlib import Path

import pytest
from catalogue_samples import ship_samples
from editor_fakes import make_editor
from precedent_fixtures import TEST_FACTORS, new_dossier
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QTableWidget
from pytestqt.qtbot import QtBot

from maatwerkdesk.domain.chart import ChartData, ChartPoint
from maatwerkdesk.domain.decision import Decision, OutcomeType
from maatwerkdesk.domain.proportionality import VerdictValue
from maatwerkdesk.domain.weighing import AlternativeVerdict, DecisionNature, StepAnswer, StepId
from maatwerkdesk.services import precedents
from maatwerkdesk.services.weighing import load_weighing
from maatwerkdesk.services.workspace import Workspace
from maatwerkdesk.ui.common.dossier_tab import TEXT_SAVE_DELAY_MS
from maatwerkdesk.ui.weighing_panel import WeighingPanel


@pytest.fixture(autouse=True)
def shipped(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    ship_samples(tmp_path / "catalogues", monkeypatch)


def open_panel(qtbot: QtBot, workspace: Workspace) -> tuple[WeighingPanel, str]:
    dossier_id = new_dossier(workspace.database, workspace.context("test"))
    editor, _ = make_editor(qtbot, workspace)
    editor.resize(1200, 900)
    assert editor.open_dossier(dossier_id)
    editor.ui.tabs.setCurrentWidget(editor.weighing)
    qtbot.waitUntil(lambda: editor.weighing.state() is not None)
    return editor.weighing, dossier_id


def choose(combo: QComboBox, value: str) -> None:
    combo.setCurrentIndex(combo.findData(value))
    combo.activated.emit(combo.currentIndex())


def stored(workspace: Workspace, dossier_id: str):
    with workspace.database.sessions.begin() as session:
        return load_weighing(session, dossier_id)


def serving_payment_plan(table: QTableWidget) -> int:
    """Mark the payment plan as serving the aim in the table of lighter measures; its row."""
    row = next(
        r
        for r in range(table.rowCount())
        if table.item(r, 0).data(Qt.ItemDataRole.UserRole) == "payment_plan"
    )
    combo = table.cellWidget(row, 1)
    assert isinstance(combo, QComboBox)
    choose(combo, AlternativeVerdict.SERVES_AIM.value)
    return row


def test_answers_are_stored_and_the_verdict_is_computed(qtbot: QtBot, workspace: Workspace) -> None:
    panel, dossier_id = open_panel(qtbot, workspace)
    ui = panel.ui
    assert "onzeker" in ui.verdict_label.text()
    choose(ui.nature_combo, DecisionNature.BURDENING.value)
    choose(ui.suitability_combo, StepAnswer.YES.value)
    choose(ui.necessity_combo, StepAnswer.YES.value)
    choose(ui.balance_combo, StepAnswer.NO.value)
    state = stored(workspace, dossier_id)
    assert state.weighing.step(StepId.BALANCE).answer is StepAnswer.NO
    assert state.verdict.value is VerdictValue.DISPROPORTIONATE
    assert "onevenredig" in ui.verdict_label.text()
    ui.balance_edit.setPlainText("Huisuitzetting weegt zwaarder dan het terugvorderen.")
    qtbot.wait(TEXT_SAVE_DELAY_MS + 200)
    assert (
        stored(workspace, dossier_id)
        .weighing.step(StepId.BALANCE)
        .motivation.startswith("Huisuitzetting")
    )


def test_an_alternative_that_serves_the_aim_is_stored_from_the_table(
    qtbot: QtBot, workspace: Workspace
) -> None:
    panel, dossier_id = open_panel(qtbot, workspace)
    table = panel.ui.alternatives_table
    row = serving_payment_plan(table)
    table.item(row, 2).setText("Aflossen binnen drie jaar.")
    panel.commit_texts()
    state = stored(workspace, dossier_id)
    assert [(k.value, v.verdict, v.motivation) for k, v in state.weighing.alternatives.items()] == [
        ("payment_plan", AlternativeVerdict.SERVES_AIM, "Aflossen binnen drie jaar.")
    ]
    assert state.verdict.value is VerdictValue.DISPROPORTIONATE


def test_indicators_follow_the_chosen_outcome_and_lead_to_the_field(
    qtbot: QtBot, workspace: Workspace
) -> None:
    panel, dossier_id = open_panel(qtbot, workspace)
    tree = panel.ui.findings_tree
    assert "Kies hierboven een uitkomst" in tree.topLevelItem(0).text(1)
    choose(panel.ui.findings_outcome_combo, "deviate")
    messages = [tree.topLevelItem(i).text(1) for i in range(tree.topLevelItemCount())]
    assert any("evenwichtigheid" in m.lower() for m in messages)
    balance = next(
        tree.topLevelItem(i)
        for i in range(tree.topLevelItemCount())
        if "evenwichtigheid" in tree.topLevelItem(i).text(1).lower()
    )
    tree.itemActivated.emit(balance, 1)
    assert panel.focusWidget() is panel.ui.balance_combo
    deciders = next(
        tree.topLevelItem(i)
        for i in range(tree.topLevelItemCount())
        if "safeguards.deciders" in tree.topLevelItem(i).data(0, Qt.ItemDataRole.UserRole).fields
    )
    tree.itemActivated.emit(deciders, 1)
    editor = panel.parentWidget()
    while editor is not None and not hasattr(editor, "proposal"):
        editor = editor.parentWidget()
    assert editor is not None and editor.ui.tabs.currentWidget() is editor.proposal
    assert editor.proposal.focusWidget() is editor.proposal.ui.deciders_edit
    with workspace.database.sessions.begin() as session:
        context = workspace.context("test")
        precedents.save_factors(session, context, dossier_id, TEST_FACTORS, frozenset({"kinderen"}))
        precedents.save_decision(session, context, dossier_id, Decision(OutcomeType.FULL))
    choose(panel.ui.findings_outcome_combo, "")
    panel.refresh()
    state = panel.state()
    assert state is not None
    assert "single-decider" in {f.id for f in state.check.findings}


def test_the_chart_places_this_dossier_and_opens_a_clicked_precedent(
    qtbot: QtBot, workspace: Workspace
) -> None:
    panel, _ = open_panel(qtbot, workspace)
    chart = panel._chart
    chart.show_data(
        ChartData(
            (
                ChartPoint("MW-2026-00001", 0.8, 0.1, True),
                ChartPoint("MW-2026-00099", 0.5, 0.5, None, True),
            ),
            "pw-58-8",
        )
    )
    current = chart.data().current
    assert current is not None and current.id == "MW-2026-00099"
    where = chart.position(chart.data().points[0]).toPoint()
    with qtbot.waitSignal(panel.open_requested) as opened:
        qtbot.mouseClick(chart, Qt.MouseButton.LeftButton, pos=where)
    assert opened.args == ["MW-2026-00001"]
    assert chart.point_at(chart.position(current)) is None  # this dossier is not a link


def test_why_a_lighter_measure_was_set_aside_is_stored_and_settles_the_finding(
    qtbot: QtBot, workspace: Workspace
) -> None:
    panel, dossier_id = open_panel(qtbot, workspace)
    with workspace.database.sessions.begin() as session:
        context = workspace.context("test")
        precedents.save_factors(session, context, dossier_id, TEST_FACTORS, frozenset({"kinderen"}))
        precedents.save_decision(session, context, dossier_id, Decision(OutcomeType.FULL))
    panel.refresh()
    table = panel.ui.alternatives_table
    assert table.horizontalHeaderItem(3).text() == "Waarom niet gekozen"
    row = serving_payment_plan(table)

    def finding_ids() -> set[str]:
        state = panel.state()
        assert state is not None
        return {f.id for f in state.check.findings}

    assert "alternative-unexplained" in finding_ids()
    tree = panel.ui.findings_tree
    unexplained = next(
        tree.topLevelItem(i)
        for i in range(tree.topLevelItemCount())
        if tree.topLevelItem(i).data(0, Qt.ItemDataRole.UserRole).id == "alternative-unexplained"
    )
    tree.itemActivated.emit(unexplained, 1)
    assert panel.focusWidget() is table
    table.item(row, 3).setText("Ook in termijnen raakt de vordering het bestaansminimum.")
    panel.commit_texts()
    record = stored(workspace, dossier_id).weighing.alternatives
    assert [(k.value, v.set_aside) for k, v in record.items()] == [
        ("payment_plan", "Ook in termijnen raakt de vordering het bestaansminimum.")
    ]
    assert "alternative-unexplained" not in finding_ids()
    assert table.item(row, 3).text().startswith("Ook in termijnen")
