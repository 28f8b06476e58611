"""The Toetsing tab: choosing a route, answering criteria by keyboard and mouse, the result."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from catalogue_samples import SMALL_CATALOGUE, next_version, ship_samples
from editor_fakes import make_editor, store
from PySide6.QtCore import QDate, Qt
from pytestqt.qtbot import QtBot

from maatwerkdesk.domain.assessment import Answer, EvidenceKind, GateState
from maatwerkdesk.domain.catalogue import RouteKind
from maatwerkdesk.domain.criteria_check import Applicability
from maatwerkdesk.domain.dossier import DossierFields, TimelineEntry
from maatwerkdesk.domain.vocabulary import TimelineKind
from maatwerkdesk.services import assessments, catalogues, dossiers
from maatwerkdesk.services.workspace import Workspace
from maatwerkdesk.ui.common.dossier_tab import TEXT_SAVE_DELAY_MS
from maatwerkdesk.ui.criteria_panel import CriteriaPanel
from maatwerkdesk.ui.dossier_editor.editor import DossierEditor
from maatwerkdesk.ui.forms.ui_criteria_panel import Ui_CriteriaPanel


def stored_state(workspace: Workspace, dossier_id: str) -> assessments.AssessmentState:
    with workspace.database.sessions.begin() as session:
        return assessments.load_assessment(session, workspace.context("test"), dossier_id)


def open_panel(qtbot: QtBot, workspace: Workspace) -> tuple[CriteriaPanel, str]:
    record = store(
        workspace,
        DossierFields(
            title="Terugvordering bijstand", regulation="Participatiewet", article="art. 58 lid 8"
        ),
    )
    with workspace.database.sessions.begin() as session:
        dossiers.add_timeline_entry(
            session,
            workspace.context("test"),
            record.id,
            TimelineEntry(date(2026, 3, 2), TimelineKind.HOME_VISIT, "Huisbezoek: post ongeopend."),
        )
    return open_editor(qtbot, workspace, record.id).criteria, record.id


def open_editor(qtbot: QtBot, workspace: Workspace, dossier_id: str) -> DossierEditor:
    """The editor on the dossier's Toetsing tab, its state read."""
    editor, _ = make_editor(qtbot, workspace)
    assert editor.open_dossier(dossier_id)
    editor.ui.tabs.setCurrentWidget(editor.criteria)
    qtbot.waitUntil(lambda: editor.criteria.state() is not None)
    return editor


def test_a_new_dossier_asks_to_be_saved_first(qtbot: QtBot, workspace: Workspace) -> None:
    editor, _ = make_editor(qtbot, workspace)
    editor.new_dossier()
    editor.ui.tabs.setCurrentWidget(editor.criteria)
    assert editor.criteria.ui.unsaved_label.isVisible()
    assert not editor.criteria.ui.scroll_area.isVisible()


def test_the_suggestion_is_shown_and_adopted(qtbot: QtBot, workspace: Workspace) -> None:
    panel, dossier_id = open_panel(qtbot, workspace)
    ui = panel.ui
    assert "art. 58 lid 8" in ui.suggestion_label.text()
    assert ui.verdict_label.text() == "Nog geen route gekozen"
    assert not ui.criteria_section.isVisible()
    qtbot.mouseClick(ui.adopt_suggestion_button, Qt.MouseButton.LeftButton)
    state = stored_state(workspace, dossier_id)
    assert state.saved and state.assessment.route == "pw-58-8"
    assert ui.route_combo.currentData() == "pw-58-8"
    assert ui.criteria_section.isVisible()
    assert not ui.adopt_suggestion_button.isVisible()
    assert ui.verdict_label.text() == "Nog niet te bepalen"
    assert ui.progress_bar.value() == 0 and ui.progress_bar.maximum() == state.result.total


def test_a_chosen_route_fills_in_an_empty_deviation_clause(
    qtbot: QtBot, workspace: Workspace
) -> None:
    """Adopting the suggestion offers the route's basis as the deviation clause: an edit
    that is saved with the dossier, and can be undone."""
    record = store(
        workspace,
        DossierFields(
            title="Terugvordering", regulation="Participatiewet", article="art. 58 lid 1"
        ),
    )
    editor = open_editor(qtbot, workspace, record.id)
    qtbot.mouseClick(editor.criteria.ui.adopt_suggestion_button, Qt.MouseButton.LeftButton)
    clause = editor.ui.deviation_article_edit
    assert clause.text() == "Participatiewet art. 58 lid 8"
    assert editor.is_modified()
    assert editor.save()
    with workspace.database.sessions.begin() as session:
        saved = dossiers.open_dossier(session, workspace.context("test"), record.id)
    assert saved.fields.article == "art. 58 lid 1"
    assert saved.fields.deviation_article == "Participatiewet art. 58 lid 8"


def test_a_written_deviation_clause_is_kept_and_escalating_offers_none(
    qtbot: QtBot, workspace: Workspace
) -> None:
    record = store(workspace, DossierFields(title="Terugvordering", regulation="Participatiewet"))
    editor = open_editor(qtbot, workspace, record.id)
    panel, clause = editor.criteria, editor.ui.deviation_article_edit
    combo = panel.ui.route_combo
    escalation = combo.findData("escaleren")
    combo.setCurrentIndex(escalation)
    combo.activated.emit(escalation)
    assert clause.text() == ""
    clause.setText("art. 58 lid 8, afzien van terugvordering")
    chosen = combo.findData("pw-58-8")
    combo.setCurrentIndex(chosen)
    combo.activated.emit(chosen)
    assert panel.state().assessment.route == "pw-58-8"
    assert clause.text() == "art. 58 lid 8, afzien van terugvordering"


def criteria_without_a_route(qtbot: QtBot, workspace: Workspace) -> tuple[str, Ui_CriteriaPanel]:
    """A dossier whose regulation has no route, and the criteria panel's form open on it."""
    record = store(workspace, DossierFields(title="Boete", regulation="Wet op de boetes"))
    editor, _ = make_editor(qtbot, workspace)
    assert editor.open_dossier(record.id)
    editor.ui.tabs.setCurrentWidget(editor.criteria)
    qtbot.waitUntil(lambda: editor.criteria.state() is not None)
    return record.id, editor.criteria.ui


def test_without_a_route_for_the_regulation_escalating_is_suggested(
    qtbot: QtBot, workspace: Workspace
) -> None:
    dossier_id, ui = criteria_without_a_route(qtbot, workspace)
    text = ui.suggestion_label.text()
    assert "De catalogus kent geen afwijkingsroute voor ‘Wet op de boetes’." in text
    assert "escaleren" in text and "knelpuntsignaal" in text
    qtbot.mouseClick(ui.adopt_suggestion_button, Qt.MouseButton.LeftButton)
    state = stored_state(workspace, dossier_id)
    assert state.catalogue.route(state.assessment.route).kind is RouteKind.ESCALATION
    assert "escaleren" in ui.explanation_label.text()


def test_the_law_of_an_earlier_day_can_be_chosen_before_the_first_answer(
    qtbot: QtBot, workspace: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ship_samples(tmp_path / "catalogues", monkeypatch)
    (tmp_path / "catalogues" / "routes-1.1.toml").write_text(next_version(), encoding="utf-8")
    panel, dossier_id = open_panel(qtbot, workspace)
    ui = panel.ui
    assert ui.law_date_edit.isVisible() and "versie 1.1" in ui.version_label.text()
    ui.law_date_edit.setDate(QDate(2026, 3, 1))
    ui.law_date_edit.editingFinished.emit()
    assert "versie 1.0" in ui.version_label.text()
    assert "Het recht zoals het gold op 01-03-2026." in ui.version_label.text()
    qtbot.mouseClick(ui.adopt_suggestion_button, Qt.MouseButton.LeftButton)
    state = stored_state(workspace, dossier_id)
    assert state.saved and state.catalogue.header.version == "1.0"
    assert not ui.law_date_edit.isVisible()  # pinned once answered


def test_answering_by_keyboard_updates_list_result_and_store(
    qtbot: QtBot, workspace: Workspace
) -> None:
    panel, dossier_id = open_panel(qtbot, workspace)
    ui = panel.ui
    qtbot.mouseClick(ui.adopt_suggestion_button, Qt.MouseButton.LeftButton)
    ui.criteria_list.setFocus()
    ui.criteria_list.setCurrentRow(0)
    first = ui.criteria_list.currentItem().data(Qt.ItemDataRole.UserRole)
    assert first == "H6"
    qtbot.keyClick(ui.criteria_list, Qt.Key.Key_V)
    state = stored_state(workspace, dossier_id)
    assert state.assessment.answer("H6").answer is Answer.MET
    assert state.result.applicable is Applicability.YES
    assert ui.met_radio.isChecked()
    assert ui.criteria_list.item(0).text().startswith("✓  H6")
    assert ui.verdict_label.text() == "Afwijken kan langs deze route"
    assert ui.progress_bar.value() == 1
    qtbot.keyClick(ui.criteria_list, Qt.Key.Key_N)
    assert stored_state(workspace, dossier_id).result.applicable is Applicability.NO
    assert ui.verdict_label.text() == "Afwijken kan niet langs deze route"
    assert "H6 (Dringende redenen)" in ui.explanation_label.text()
    qtbot.keyClick(ui.criteria_list, Qt.Key.Key_Down)
    second = ui.criteria_list.currentItem().data(Qt.ItemDataRole.UserRole)
    qtbot.keyClick(ui.criteria_list, Qt.Key.Key_O)
    assert stored_state(workspace, dossier_id).assessment.answer(second).answer is Answer.UNKNOWN
    qtbot.keyClick(ui.criteria_list, Qt.Key.Key_Return)
    assert panel.window().focusWidget() is ui.motivation_edit


def test_motivation_notes_and_evidence_are_stored(qtbot: QtBot, workspace: Workspace) -> None:
    panel, dossier_id = open_panel(qtbot, workspace)
    ui = panel.ui
    qtbot.mouseClick(ui.adopt_suggestion_button, Qt.MouseButton.LeftButton)
    ui.criteria_list.setCurrentRow(0)
    qtbot.mouseClick(ui.met_radio, Qt.MouseButton.LeftButton)
    ui.motivation_edit.setFocus()
    qtbot.keyClicks(ui.motivation_edit, "De melding is gedaan.")
    assert ui.considerations_group.isVisible()
    qtbot.wait(TEXT_SAVE_DELAY_MS + 300)
    state = stored_state(workspace, dossier_id)
    assert state.assessment.answer("H6").motivation == "De melding is gedaan."
    first_note = next(iter(panel._consideration_edits.values()))
    qtbot.keyClicks(first_note, "Fout bij de verwerking.")
    item = ui.evidence_list.item(0)
    assert item.text().startswith("02-03-2026")
    item.setCheckState(Qt.CheckState.Checked)  # stores the note typed before it as well
    state = stored_state(workspace, dossier_id)
    given = state.assessment.answer("H6")
    assert [link.kind for link in given.evidence] == [EvidenceKind.TIMELINE]
    assert list(dict(given.notes).values()) == ["Fout bij de verwerking."]
    assert state.result.considerations_open == (("H6", 9, 10),)


def test_typed_text_is_kept_when_switching_criteria(qtbot: QtBot, workspace: Workspace) -> None:
    panel, dossier_id = open_panel(qtbot, workspace)
    ui = panel.ui
    qtbot.mouseClick(ui.adopt_suggestion_button, Qt.MouseButton.LeftButton)
    ui.criteria_list.setCurrentRow(1)
    second = ui.criteria_list.currentItem().data(Qt.ItemDataRole.UserRole)
    qtbot.keyClicks(ui.motivation_edit, "Geen verwijt.")
    ui.criteria_list.setCurrentRow(0)
    assert ui.motivation_edit.toPlainText() == ""
    assert (
        stored_state(workspace, dossier_id).assessment.answer(second).motivation == "Geen verwijt."
    )
    ui.criteria_list.setCurrentRow(1)
    assert ui.motivation_edit.toPlainText() == "Geen verwijt."


def test_the_sluitstuk_is_answered_in_the_panel(qtbot: QtBot, workspace: Workspace) -> None:
    panel, dossier_id = open_panel(qtbot, workspace)
    items = stored_state(workspace, dossier_id).catalogue.gate
    for item in items:
        combo, reason = panel._gate_widgets[item.id]
        qtbot.keyClicks(reason, "Geprobeerd in april.")
        combo.setCurrentIndex(combo.findData(GateState.TRIED))
        combo.activated.emit(combo.currentIndex())
    state = stored_state(workspace, dossier_id)
    assert state.result.gate.status.value == "satisfied"
    assert all(state.assessment.gate_answer(i.id).reason == "Geprobeerd in april." for i in items)
    assert (
        "Eerst de gewone wegen: die zijn geprobeerd of waren niet mogelijk"
        in panel.ui.explanation_label.text()
    )


def test_closing_the_session_keeps_typed_text(qtbot: QtBot, workspace: Workspace) -> None:
    panel, dossier_id = open_panel(qtbot, workspace)
    ui = panel.ui
    qtbot.mouseClick(ui.adopt_suggestion_button, Qt.MouseButton.LeftButton)
    ui.criteria_list.setCurrentRow(0)
    qtbot.keyClicks(ui.motivation_edit, "Nog niet bewaard")
    editor = panel.parent()
    while not hasattr(editor, "flush_draft"):
        editor = editor.parent()
    editor.flush_draft()
    assert (
        stored_state(workspace, dossier_id).assessment.answer("H6").motivation == "Nog niet bewaard"
    )


def test_a_second_catalogue_is_offered_until_the_first_answer(
    qtbot: QtBot, workspace: Workspace
) -> None:
    with workspace.database.sessions.begin() as session:
        catalogues.add_catalogue(session, workspace.context("test"), SMALL_CATALOGUE, "eigen.toml")
    panel, dossier_id = open_panel(qtbot, workspace)
    combo = panel.ui.catalogue_combo
    assert combo.isVisible() and combo.count() == 2
    combo.setCurrentIndex(combo.findData("nl.test.routes"))
    combo.activated.emit(combo.currentIndex())
    assert panel.state().catalogue.header.id == "nl.test.routes"
    assert "Testroutes" in panel.ui.version_label.text()
    qtbot.mouseClick(panel.ui.adopt_suggestion_button, Qt.MouseButton.LeftButton)
    assert stored_state(workspace, dossier_id).assessment.catalogue.id == "nl.test.routes"
    assert not combo.isVisible()


def test_a_newer_version_is_offered_and_reassessment_keeps_unchanged_answers(
    qtbot: QtBot, workspace: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "catalogues"
    folder.mkdir()
    (folder / "routes-1.0.toml").write_text(SMALL_CATALOGUE, encoding="utf-8")
    monkeypatch.setattr(catalogues, "BUNDLED_DIR", folder)
    monkeypatch.setattr(catalogues, "DEFAULT_CRITERIA_CATALOGUE", "nl.test.routes")
    record = store(workspace, DossierFields(title="Woning", regulation="Beleidsregel"))
    editor, fake = make_editor(qtbot, workspace)
    editor.open_dossier(record.id)
    editor.ui.tabs.setCurrentWidget(editor.criteria)
    panel, ui = editor.criteria, editor.criteria.ui
    ui.route_combo.setCurrentIndex(ui.route_combo.findData("awb-4-84"))
    ui.route_combo.activated.emit(ui.route_combo.currentIndex())
    for row in (0, 1):
        ui.criteria_list.setCurrentRow(row)
        qtbot.keyClick(ui.criteria_list, Qt.Key.Key_V)
    assert not ui.reassess_button.isVisible()
    assert editor.ui.deviation_article_edit.text() == "Awb art. 4:84"  # offered by the route
    assert editor.save()
    (folder / "routes-1.1.toml").write_text(next_version(), encoding="utf-8")
    editor.open_dossier(record.id)
    editor.ui.tabs.setCurrentWidget(panel)
    assert "versie 1.0" in ui.version_label.text() and "Versie 1.1" in ui.version_label.text()
    assert ui.reassess_button.isVisible()
    fake.answers = ["reassess"]
    qtbot.mouseClick(ui.reassess_button, Qt.MouseButton.LeftButton)
    assert fake.informed[-1] == (
        "Opnieuw beoordeeld",
        "Overgenomen: 1 antwoord. Opnieuw te beantwoorden: H5 (Onevenredige gevolgen).",
    )
    state = stored_state(workspace, record.id)
    assert state.assessment.catalogue.version == "1.1"
    assert state.result.blocking_unknowns == ("H5",)
    assert not ui.reassess_button.isVisible()
    assert ui.verdict_label.text() == "Nog niet te bepalen"
