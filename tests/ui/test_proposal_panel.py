"""The Voorstel tab: texts, safeguards and the signal are stored as they are entered."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from catalogue_samples import ship_samples
from editor_fakes import make_editor
from precedent_fixtures import TEST_FACTORS, new_dossier
from PySide6.QtCore import QDate, Qt
from pytestqt.qtbot import QtBot

from maatwerkdesk.domain.decision import Decision, OutcomeType
from maatwerkdesk.domain.proposal import SignalKind, Zienswijze
from maatwerkdesk.services import precedents
from maatwerkdesk.services.proposals import load_proposal
from maatwerkdesk.services.workspace import Workspace


@pytest.fixture(autouse=True)
def shipped(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    ship_samples(tmp_path / "catalogues", monkeypatch)


def test_the_proposal_is_stored_as_it_is_entered(qtbot: QtBot, workspace: Workspace) -> None:
    context = workspace.context("test")
    dossier_id = new_dossier(workspace.database, context)
    with workspace.database.sessions.begin() as session:
        precedents.save_factors(
            session, context, dossier_id, TEST_FACTORS, frozenset({"eigen-aandeel", "kinderen"})
        )
        precedents.save_decision(session, context, dossier_id, Decision(OutcomeType.TEMPORARY))
    editor, _ = make_editor(qtbot, workspace)
    assert editor.open_dossier(dossier_id)
    editor.ui.tabs.setCurrentWidget(editor.proposal)
    qtbot.waitUntil(lambda: editor.proposal.state() is not None)
    ui = editor.proposal.ui
    assert ui.decision_label.text().startswith("Tijdelijk maatwerk. Doorslaggevend:")
    assert ui.motivations_table.rowCount() == 2
    ui.motivations_table.item(0, 1).setText("De gemeente verwerkte de melding niet.")
    ui.citizen_edit.setPlainText("U hoeft minder terug te betalen.")
    ui.deciders_edit.setText("A. Behandelaar, B. Collega")
    ui.deciders_edit.textEdited.emit(ui.deciders_edit.text())
    editor.proposal.commit_texts()
    ui.zienswijze_combo.setCurrentIndex(ui.zienswijze_combo.findData("offered"))
    ui.zienswijze_combo.activated.emit(ui.zienswijze_combo.currentIndex())
    ui.review_check.setChecked(True)
    ui.review_date_edit.setDate(QDate(2027, 6, 1))
    ui.signal_combo.setCurrentIndex(ui.signal_combo.findData("policy_rule"))
    ui.signal_combo.activated.emit(ui.signal_combo.currentIndex())
    with workspace.database.sessions.begin() as session:
        proposal = load_proposal(session, dossier_id)
    first = ui.motivations_table.item(0, 0).data(Qt.ItemDataRole.UserRole)
    assert proposal.factor_motivations == {first: "De gemeente verwerkte de melding niet."}
    assert proposal.citizen_text == "U hoeft minder terug te betalen."
    assert proposal.deciders == ("A. Behandelaar", "B. Collega")
    assert proposal.zienswijze is Zienswijze.OFFERED
    assert proposal.review_date == date(2027, 6, 1)
    assert proposal.signal.kind is SignalKind.POLICY_RULE
