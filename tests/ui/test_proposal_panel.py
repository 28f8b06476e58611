"""The Voorstel tab: texts, safeguards and the signal are stored as they are entered."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from itertools import pairwise
from pathlib import Path

import pytest
from backends import open_existing
from catalogue_samples import ship_samples
from editor_fakes import make_editor
from precedent_fixtures import TEST_FACTORS, new_dossier
from PySide6.QtCore import QDate, Qt
from pytestqt.qtbot import QtBot

from maatwerkdesk.domain.decision import Decision, OutcomeType
from maatwerkdesk.domain.proposal import SignalKind, Zienswijze
from maatwerkdesk.services import precedents
from maatwerkdesk.services.context import Context, acting_as
from maatwerkdesk.services.proposals import load_proposal, save_proposal
from maatwerkdesk.services.unit_of_work import writing
from maatwerkdesk.services.workspace import Workspace
from maatwerkdesk.ui.proposal_panel import ProposalPanel


@pytest.fixture(autouse=True)
def shipped(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    ship_samples(tmp_path / "catalogues", monkeypatch)


def _show_proposal(qtbot: QtBot, workspace: Workspace, dossier_id: str) -> ProposalPanel:
    editor, _ = make_editor(qtbot, workspace)
    assert editor.open_dossier(dossier_id)
    editor.ui.tabs.setCurrentWidget(editor.proposal)
    qtbot.waitUntil(lambda: editor.proposal.state() is not None)
    return editor.proposal


def _decided_dossier(workspace: Workspace) -> str:
    """A dossier with two factors and a decision: temporary maatwerk."""
    context = workspace.context("test")
    dossier_id = new_dossier(workspace.database, context)
    with workspace.database.sessions.begin() as session:
        precedents.save_factors(
            session, context, dossier_id, TEST_FACTORS, frozenset({"eigen-aandeel", "kinderen"})
        )
        precedents.save_decision(session, context, dossier_id, Decision(OutcomeType.TEMPORARY))
    return dossier_id


def test_the_proposal_is_stored_as_it_is_entered(qtbot: QtBot, workspace: Workspace) -> None:
    dossier_id = _decided_dossier(workspace)
    panel = _show_proposal(qtbot, workspace, dossier_id)
    ui = panel.ui
    assert ui.decision_label.text().startswith("Tijdelijk maatwerk. Doorslaggevend:")
    assert ui.motivations_table.rowCount() == 2
    ui.motivations_table.item(0, 1).setText("De gemeente verwerkte de melding niet.")
    ui.citizen_edit.setPlainText("U hoeft minder terug te betalen.")
    ui.deciders_edit.setText("A. Behandelaar, B. Collega")
    ui.deciders_edit.textEdited.emit(ui.deciders_edit.text())
    panel.commit_texts()
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


def test_plain_language_advice_follows_the_typing(qtbot: QtBot, workspace: Workspace) -> None:
    dossier_id = new_dossier(workspace.database, workspace.context("test"))
    panel = _show_proposal(qtbot, workspace, dossier_id)
    ui = panel.ui
    assert ui.readability_label.text().startswith("Taaladvies (B1)")
    assert not ui.advice_list.isVisibleTo(panel)
    qtbot.keyClicks(
        ui.citizen_edit,
        "Indien u het niet eens bent met de beschikking, wordt uw bezwaar in het kader van "
        "de hardheidsclausule door de gemeente beoordeeld en derhalve kan het bedrag later "
        "alsnog worden teruggevorderd.",
    )
    qtbot.waitUntil(lambda: ui.advice_list.count() > 0)
    assert ui.readability_label.text().startswith("Leesbaarheid (Flesch-Douma): ")
    advice = [ui.advice_list.item(row).text() for row in range(ui.advice_list.count())]
    assert advice[:3] == [
        "Deze zin heeft 31 woorden. Maak er twee zinnen van: "
        "B1 houdt zinnen op 20 woorden of minder.",
        "'Indien': schrijf liever 'als'.",
        "'beschikking': schrijf liever 'besluit'.",
    ]
    assert any(text.startswith("Lijdende vorm: 'wordt") for text in advice)
    assert len(ui.citizen_edit.extraSelections()) == len(advice)

    _click_advice(qtbot, panel, 2)
    assert ui.citizen_edit.textCursor().selectedText() == "beschikking"
    # Advice, never a block: the text is stored as typed.
    panel.commit_texts()
    with workspace.database.sessions.begin() as session:
        stored = load_proposal(session, dossier_id).citizen_text
    assert stored.startswith("Indien u het niet eens bent")


def test_the_readability_line_stands_between_the_text_and_the_advice(
    qtbot: QtBot, workspace: Workspace
) -> None:
    """At the editor's width beside the list on a 1366×768 screen, with a proposal and a
    text with advice, the column is taller than the tab: the tab scrolls, and nothing in
    the citizen's box is drawn over the text box (the readability line once was)."""
    dossier_id = _decided_dossier(workspace)
    panel = _show_proposal(qtbot, workspace, dossier_id)
    panel.window().resize(720, 600)
    ui = panel.ui
    ui.citizen_edit.setPlainText(
        "Indien u het niet eens bent met de beschikking, dan kunt u derhalve bezwaar maken "
        "binnen zes weken na de dagtekening van deze brief, schriftelijk of digitaal."
    )
    panel.plain_language.refresh()
    qtbot.waitUntil(lambda: ui.advice_list.isVisible())
    parts = (ui.citizen_edit, ui.readability_label, ui.advice_list)

    def stacked() -> bool:
        return all(
            upper.geometry().bottom() < lower.geometry().top() for upper, lower in pairwise(parts)
        )

    qtbot.waitUntil(stacked)
    label = ui.readability_label
    assert label.height() >= label.heightForWidth(label.width())
    assert ui.scroll_area.verticalScrollBar().maximum() > 0  # taller than the tab: it scrolls


def test_advice_selects_its_span_after_an_emoji(qtbot: QtBot, workspace: Workspace) -> None:
    """The editor counts an emoji as two positions; the advice must still hit its word."""
    panel = _show_proposal(
        qtbot, workspace, new_dossier(workspace.database, workspace.context("t"))
    )
    panel.ui.citizen_edit.setPlainText("Fijn 😀 nieuws.\nIndien u wilt, bel ons.")
    panel.plain_language.refresh()
    assert panel.ui.readability_label.text().endswith("makkelijk (B1)")
    _click_advice(qtbot, panel, 0)
    assert panel.ui.citizen_edit.textCursor().selectedText() == "Indien"


def _click_advice(qtbot: QtBot, panel: ProposalPanel, row: int) -> None:
    advice = panel.ui.advice_list
    advice.scrollToItem(advice.item(row))
    rect = advice.visualItemRect(advice.item(row))
    qtbot.mouseClick(advice.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def _colleague_saves(workspace: Workspace, dossier_id: str, **changes: object) -> None:
    """Another program saves the proposal (as the command line's user, under another name)."""
    context = Context(actor=acting_as("Bert Bakker", "bbakker"), origin="test")
    other = open_existing(workspace.paths.database)
    try:
        with writing(other) as session:
            proposal = load_proposal(session, dossier_id)
            save_proposal(session, context, dossier_id, replace(proposal, **changes))
    finally:
        other.close()


def test_a_colleagues_save_of_another_part_is_kept(qtbot: QtBot, workspace: Workspace) -> None:
    dossier_id = new_dossier(workspace.database, workspace.context("test"))
    panel = _show_proposal(qtbot, workspace, dossier_id)
    ui = panel.ui
    ui.citizen_edit.setPlainText("Mijn tekst voor de burger.")
    panel.commit_texts()
    _colleague_saves(workspace, dossier_id, deciders=("B. Bakker",))
    ui.escalate_check.setChecked(True)
    with workspace.reading() as session:
        stored = load_proposal(session, dossier_id)
    assert stored.deciders == ("B. Bakker",)  # theirs, kept
    assert stored.escalate and stored.citizen_text == "Mijn tekst voor de burger."  # mine
    assert panel._calls.dialogs.informed == []  # type: ignore[attr-defined]
    assert ui.deciders_edit.text() == "B. Bakker"  # shown, so the next change keeps it
    ui.application_check.setChecked(not ui.application_check.isChecked())
    with workspace.reading() as session:
        assert load_proposal(session, dossier_id).deciders == ("B. Bakker",)


def test_a_clash_in_the_same_part_names_the_colleague(qtbot: QtBot, workspace: Workspace) -> None:
    dossier_id = new_dossier(workspace.database, workspace.context("test"))
    panel = _show_proposal(qtbot, workspace, dossier_id)
    ui = panel.ui
    _colleague_saves(workspace, dossier_id, citizen_text="Tekst van Bert.")
    ui.citizen_edit.setPlainText("Mijn tekst.")
    panel.commit_texts()
    ((_title, text),) = panel._calls.dialogs.informed  # type: ignore[attr-defined]
    assert text.startswith("Het voorstel van MW-") and "gewijzigd door Bert Bakker om " in text
    assert ui.citizen_edit.toPlainText() == "Tekst van Bert."
