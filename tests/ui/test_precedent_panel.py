"""The Precedenten tab: ticking factors, the status of both outcomes, distinctions, decisions."""

from __future__ import annotations

from pathlib import Path

import pytest
from catalogue_samples import SMALL_FACTORS, ship_samples
from editor_fakes import FakeDialogs, make_editor
from precedent_fixtures import TEST_ROUTE, conflicting_case, decided, new_dossier
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidget
from pytestqt.qtbot import QtBot

from maatwerkdesk.domain.decision import Decision, Degree, DegreeUnit, OutcomeType
from maatwerkdesk.domain.precedent import Outcome, Status
from maatwerkdesk.persistence.models import ImportedPrecedentRow
from maatwerkdesk.services import catalogues, precedents
from maatwerkdesk.services.assess_report import assess_document, assess_text
from maatwerkdesk.services.dossier_check import load_check
from maatwerkdesk.services.precedents import PrecedentState
from maatwerkdesk.services.workspace import Workspace
from maatwerkdesk.ui.dossier_editor import DossierEditor
from maatwerkdesk.ui.precedent_panel import PrecedentPanel


@pytest.fixture(autouse=True)
def shipped(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    ship_samples(tmp_path / "catalogues", monkeypatch)


def open_panel(
    qtbot: QtBot, workspace: Workspace, route: str | None = TEST_ROUTE
) -> tuple[DossierEditor, PrecedentPanel, FakeDialogs, str]:
    """A new dossier under `route` open on the Precedenten step."""
    dossier_id = new_dossier(workspace.database, workspace.context("test"), "Terugvordering", route)
    editor, fake = make_editor(qtbot, workspace)
    editor.resize(1100, 900)
    assert editor.open_dossier(dossier_id)
    editor.ui.tabs.setCurrentWidget(editor.precedents)
    qtbot.waitUntil(lambda: editor.precedents.state() is not None)
    return editor, editor.precedents, fake, dossier_id


def tick(view: QListWidget, factor: str, *, checked: bool = True) -> None:
    """Tick (or untick) a factor and wait until it is stored and its result shown (a
    worker does it)."""
    for row in range(view.count()):
        item = view.item(row)
        if item.data(Qt.ItemDataRole.UserRole) == factor:
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            panel = view.parentWidget()
            while not isinstance(panel, PrecedentPanel):
                panel = panel.parentWidget()
            panel.settle()
            return
    raise AssertionError(f"{factor} is not offered")


def stored(workspace: Workspace, dossier_id: str) -> precedents.PrecedentState:
    with workspace.database.sessions.begin() as session:
        return precedents.load_precedents(session, workspace.context("test"), dossier_id)


def choose_outcome(panel: PrecedentPanel, outcome_type: OutcomeType) -> None:
    combo = panel.ui.outcome_type_combo
    combo.setCurrentIndex(combo.findData(outcome_type.value))
    combo.activated.emit(combo.currentIndex())


def test_a_new_dossier_asks_to_be_saved_first(qtbot: QtBot, workspace: Workspace) -> None:
    editor, _ = make_editor(qtbot, workspace)
    editor.new_dossier()
    editor.ui.tabs.setCurrentWidget(editor.precedents)
    assert editor.precedents.ui.unavailable_label.isVisible()
    assert not editor.precedents.ui.scroll_area.isVisible()


def test_ticking_factors_stores_them_and_shows_the_forcing_precedent(
    qtbot: QtBot, workspace: Workspace
) -> None:
    earlier = decided(
        workspace.database,
        workspace.context("test"),
        {"eigen-aandeel", "geen-verwijt", "groot-bedrag"},
        Decision(OutcomeType.PARTIAL, Degree(DegreeUnit.PERCENT, 40), frozenset({"eigen-aandeel"})),
    )
    _, panel, _, dossier_id = open_panel(qtbot, workspace)
    ui = panel.ui
    assert "Testfactoren" in ui.catalogue_label.text()
    assert ui.pro_list.count() == 3 and ui.con_list.count() == 3
    assert "vrij" in ui.deviate_status_label.text()
    tick(ui.pro_list, "eigen-aandeel")
    tick(ui.con_list, "groot-bedrag")
    assert stored(workspace, dossier_id).factors == {"eigen-aandeel", "groot-bedrag"}
    deviate, generic = ui.deviate_status_label.text(), ui.generic_status_label.text()
    assert deviate.startswith("<b>Maatwerk: afwijken van de regel</b>")
    assert f"Eerdere beslissing {earlier} dwingt het afwijken van de regel af" in deviate
    assert generic.startswith("<b>De algemene regel toepassen</b>")
    assert f"Het toepassen van de algemene regel is in strijd met {earlier}" in generic
    assert "Afwijzen" not in generic
    assert "Mate bij de dwingende beslissingen: 40%" in ui.details_label.text()
    assert ui.similar_tree.topLevelItemCount() == 1
    assert ui.similar_count_label.text() == "1 vergelijkbare beslissing."
    row = ui.similar_tree.topLevelItem(0)
    assert (row.text(0), row.text(2)) == (earlier, "dwingt deze uitkomst af")
    detail = " ".join(ui.similar_detail.toPlainText().replace("\u00a0", " ").split())
    assert "Gedeelde factoren: + Overheid heeft een eigen aandeel" in detail
    assert "Alleen in die beslissing: + Geen verwijtbaarheid" in detail


def watch(panel: PrecedentPanel) -> list[tuple[PrecedentState, tuple[str, ...]]]:
    """Every state the panel shows from now on, with what it then says of it."""
    shown: list[tuple[PrecedentState, tuple[str, ...]]] = []
    show, ui = panel._show_state, panel.ui
    labels = (
        ui.deviate_status_label,
        ui.generic_status_label,
        ui.details_label,
        ui.similar_count_label,
        ui.factors_box,
    )

    def showing(state: PrecedentState) -> None:
        show(state)
        said = tuple(w.title() if w is ui.factors_box else w.text() for w in labels)  # type: ignore[attr-defined]
        shown.append((state, said))

    panel._show_state = showing  # type: ignore[method-assign]
    return shown


def test_quick_ticks_are_stored_in_order_and_only_the_last_result_is_shown(
    qtbot: QtBot, workspace: Workspace
) -> None:
    """A tick is stored on the panel's worker: the window does not wait for it. The
    result of the last tick is shown before it is stored, then as stored."""
    _, panel, _, dossier_id = open_panel(qtbot, workspace)
    ui = panel.ui
    shown = watch(panel)
    first, second = (ui.pro_list.item(row) for row in range(2))
    first.setCheckState(Qt.CheckState.Checked)
    second.setCheckState(Qt.CheckState.Checked)
    both = {first.data(Qt.ItemDataRole.UserRole), second.data(Qt.ItemDataRole.UserRole)}
    panel.settle()
    assert stored(workspace, dossier_id).factors == both
    assert [state.factors for state, _ in shown] == [both, both]
    (preview, said_first), (as_stored, said_then) = shown
    assert preview.factors_revision < as_stored.factors_revision  # shown before it was stored
    assert said_first == said_then
    assert ui.factors_box.title() == "Factoren van dit dossier (2 aangevinkt)"


def test_the_result_shown_before_the_store_is_the_stored_one_with_the_decision_pruned(
    qtbot: QtBot, workspace: Workspace
) -> None:
    decided(
        workspace.database,
        workspace.context("test"),
        {"eigen-aandeel", "geen-verwijt", "groot-bedrag"},
        Decision(OutcomeType.PARTIAL, Degree(DegreeUnit.PERCENT, 40), frozenset({"eigen-aandeel"})),
    )
    _, panel, _, dossier_id = open_panel(qtbot, workspace)
    ui = panel.ui
    for factor in ("eigen-aandeel", "kinderen"):
        tick(ui.pro_list, factor)
    tick(ui.con_list, "groot-bedrag")
    choose_outcome(panel, OutcomeType.PARTIAL)
    ui.reason_list.item(1).setCheckState(Qt.CheckState.Unchecked)  # only the first decides
    ui.save_decision_button.click()
    decision = stored(workspace, dossier_id).decision
    assert decision is not None and decision.reason
    shown = watch(panel)
    for factor in sorted(decision.reason):
        tick(ui.pro_list, factor, checked=False)
    previews, results = shown[::2], shown[1::2]
    assert len(previews) == len(results) == len(decision.reason)
    for (preview, said_first), (as_stored, said_then) in zip(previews, results, strict=True):
        assert preview.factors_revision < as_stored.factors_revision
        assert (preview.decision, said_first) == (as_stored.decision, said_then)
    final = stored(workspace, dossier_id).decision
    assert final is not None and final.reason is None and shown[-1][0].decision == final
    assert "1 vergelijkbare beslissing." in shown[-1][1]


def test_a_conflict_is_distinguished_and_the_decision_carries_it(
    qtbot: QtBot, workspace: Workspace
) -> None:
    earlier = decided(
        workspace.database,
        workspace.context("test"),
        {"geen-verwijt", "bewuste-schending"},
        Decision(OutcomeType.REFUSE, reason=frozenset({"bewuste-schending"})),
    )
    _, panel, fake, dossier_id = open_panel(qtbot, workspace)
    ui = panel.ui
    for factor in ("geen-verwijt", "eigen-aandeel"):
        tick(ui.pro_list, factor)
    tick(ui.con_list, "bewuste-schending")
    choose_outcome(panel, OutcomeType.FULL)
    assert ui.conflicts_list.count() == 1
    assert "tenzij" in ui.conflicts_list.item(0).text()
    assert (
        f"Het afwijken van de regel is in strijd met {earlier}, tenzij"
        in ui.deviate_status_label.text()
    )
    assert ui.conflicts_label.text() == (
        "Eerdere beslissingen waarvan u zich moet onderscheiden om van de regel af te wijken:"
    )
    fake.answers.append("eigen-aandeel")
    ui.distinguish_button.click()
    assert fake.asked[-1]["keys"] == ["eigen-aandeel", ""]
    decision = stored(workspace, dossier_id).decision
    assert decision is not None and decision.outcome_type is OutcomeType.FULL
    assert [(d.precedent, d.factor) for d in decision.distinctions] == [(earlier, "eigen-aandeel")]
    assert ui.conflicts_list.item(0).text().startswith(f"Onderscheiden van {earlier}")
    assert "Maatwerk: afwijken van de regel</b><br><b>Vrij.</b>" in ui.deviate_status_label.text()
    assert "Overheid heeft een eigen aandeel" in ui.distinctions_value.text()


def test_a_decision_is_saved_with_degree_reason_and_motivation_and_withdrawn(
    qtbot: QtBot, workspace: Workspace
) -> None:
    _, panel, fake, dossier_id = open_panel(qtbot, workspace)
    ui = panel.ui
    assert not ui.decision_box.isEnabled()  # no factors yet
    for factor in ("eigen-aandeel", "kinderen"):
        tick(ui.pro_list, factor)
    assert ui.decision_box.isEnabled() and not ui.save_decision_button.isEnabled()
    choose_outcome(panel, OutcomeType.PARTIAL)
    assert ui.reason_list.count() == 2
    ui.reason_list.item(1).setCheckState(Qt.CheckState.Unchecked)  # only the first decides
    ui.degree_unit_combo.setCurrentIndex(ui.degree_unit_combo.findData("percent"))
    ui.degree_spin.setValue(60)
    ui.motivation_edit.setPlainText("Fictief: de fout lag bij de gemeente.")
    assert "nog niet vastgelegd" in ui.decision_state_label.text()
    ui.save_decision_button.click()
    decision = stored(workspace, dossier_id).decision
    assert decision is not None
    assert decision.degree == Degree(DegreeUnit.PERCENT, 60)
    assert decision.reason == {ui.reason_list.item(0).data(Qt.ItemDataRole.UserRole)}
    assert decision.motivation == "Fictief: de fout lag bij de gemeente."
    assert "Vastgelegd op" in ui.decision_state_label.text()
    fake.answers.append("remove")
    ui.withdraw_decision_button.click()
    assert fake.asked[-1]["title"] == "Beslissing intrekken"
    assert stored(workspace, dossier_id).decision is None
    assert ui.outcome_type_combo.currentData() is None


def test_a_decision_under_another_route_is_listed_as_persuasive_only(
    qtbot: QtBot, workspace: Workspace
) -> None:
    earlier = decided(
        workspace.database,
        workspace.context("test"),
        {"eigen-aandeel", "groot-bedrag"},
        Decision(OutcomeType.FULL, reason=frozenset({"eigen-aandeel"})),
        route="awb-4-84",
    )
    _, panel, _, _ = open_panel(qtbot, workspace)
    tick(panel.ui.pro_list, "eigen-aandeel")
    tick(panel.ui.con_list, "groot-bedrag")
    ui = panel.ui
    for label in (ui.deviate_status_label, ui.generic_status_label):
        assert "<b>Vrij.</b>" in label.text() and earlier not in label.text()
    row = ui.similar_tree.topLevelItem(0)
    assert (row.text(0), row.text(2)) == (earlier, "overtuigend, andere route")
    why = (
        "Overtuigend, niet bindend: ze is genomen langs een andere route (Afwijken van een "
        "beleidsregel (art. 4:84 Awb))."
    )
    assert why in row.toolTip(2)
    assert f"Betekenis hier: {why}" in ui.similar_detail.toPlainText()


def test_without_a_route_the_panel_says_precedent_binds_once_one_is_chosen(
    qtbot: QtBot, workspace: Workspace
) -> None:
    earlier = decided(
        workspace.database,
        workspace.context("test"),
        {"eigen-aandeel", "groot-bedrag"},
        Decision(OutcomeType.FULL, reason=frozenset({"eigen-aandeel"})),
    )
    _, panel, _, _ = open_panel(qtbot, workspace, route=None)
    tick(panel.ui.pro_list, "eigen-aandeel")
    ui = panel.ui
    deviate = ui.deviate_status_label.text()
    assert "<b>Nog geen route.</b> Het afwijken van de regel is nog niet aan eerdere " in deviate
    assert "binden alleen bij dezelfde route, dus zodra de route vaststaat" in deviate
    assert "<b>Nog geen route.</b>" in ui.generic_status_label.text()
    row = ui.similar_tree.topLevelItem(0)
    assert (row.text(0), row.text(2)) == (earlier, "overtuigend, nog geen route gekozen")
    assert ui.similar_count_label.text().startswith(
        "1 vergelijkbare beslissing. Er is nog geen route gekozen: vergelijkbare beslissingen "
        "zijn alleen overtuigend"
    )


def test_opening_a_precedent_asks_for_its_dossier_and_an_imported_one_is_explained(
    qtbot: QtBot, workspace: Workspace
) -> None:
    earlier = decided(
        workspace.database,
        workspace.context("test"),
        {"kinderen", "eerder-maatwerk"},
        Decision(OutcomeType.GENERIC),
    )
    with workspace.database.sessions.begin() as session:
        session.add(
            ImportedPrecedentRow(
                reference="VB-2025-001",
                origin="Gemeente Voorbeeld (fictief)",
                catalogue_id="nl.test.factoren",
                catalogue_version="1.0",
                factors=["kinderen"],
                outcome="deviate",
                outcome_type="full",
                reason=["kinderen"],
                summary="Fictief: kinderen geraakt.",
            )
        )
    editor, panel, fake, _ = open_panel(qtbot, workspace)
    tick(panel.ui.pro_list, "kinderen")
    tick(panel.ui.con_list, "eerder-maatwerk")
    choose_outcome(panel, OutcomeType.GENERIC)
    tree = panel.ui.similar_tree
    names = [tree.topLevelItem(i).text(0) for i in range(tree.topLevelItemCount())]
    assert names == [earlier, "VB-2025-001 (geïmporteerd)"]
    assert panel.ui.similar_count_label.text() == (
        "2 meest vergelijkbare beslissingen; dezelfde route eerst."
    )
    meanings = [tree.topLevelItem(i).text(2) for i in range(tree.topLevelItemCount())]
    assert meanings == ["dwingt deze uitkomst af", "overtuigend, zonder route"]
    with qtbot.waitSignal(editor.dossier_requested) as requested:
        panel.ui.open_precedent_button.click()
    assert requested.args is not None
    tree.setCurrentItem(tree.topLevelItem(1))
    assert "Geïmporteerde, geanonimiseerde beslissing" in panel.ui.similar_detail.toPlainText()
    panel.ui.open_precedent_button.click()
    assert fake.informed[-1][0] == "Geïmporteerde beslissing"
    state = panel.state()
    assert state is not None and state.report is not None
    assert state.report.outcomes[Outcome.GENERIC].status is Status.FORCED


def test_a_retired_factor_is_not_offered_and_a_precedent_resting_on_it_says_so(
    qtbot: QtBot, workspace: Workspace
) -> None:
    context = workspace.context("test")
    earlier = decided(
        workspace.database,
        context,
        {"kinderen", "groot-bedrag"},
        Decision(OutcomeType.FULL, reason=frozenset({"kinderen"})),
    )
    retiring = SMALL_FACTORS.replace('version = "1.0"', 'version = "1.1"').replace(
        'id = "kinderen"\n', 'id = "kinderen"\nretired = true\n'
    )
    with workspace.database.sessions.begin() as session:
        catalogues.add_catalogue(session, context, retiring, "factoren-1.1.toml")
    _, panel, _, _ = open_panel(qtbot, workspace)
    ui = panel.ui
    offered = [
        ui.pro_list.item(n).data(Qt.ItemDataRole.UserRole) for n in range(ui.pro_list.count())
    ]
    assert offered == ["eigen-aandeel", "geen-verwijt"]
    tick(ui.con_list, "groot-bedrag")
    sentence = (
        "Deze beslissing rust (mede) op de vervallen factor ‘Minderjarige kinderen geraakt’ "
        "(vervallen in versie 1.1)."
    )
    assert f"{earlier}: {sentence}" in ui.details_label.text()
    assert ui.similar_tree.topLevelItem(0).text(0) == earlier
    detail = " ".join(ui.similar_detail.toPlainText().split())
    assert f"Vervallen factor: {sentence}" in detail


@pytest.mark.parametrize("named", [True, False])
def test_the_panel_says_what_assess_says_about_a_conflict(
    qtbot: QtBot, workspace: Workspace, named: bool
) -> None:
    context = workspace.context("test")
    earlier, dossier_id = conflicting_case(workspace.database, context)
    reason = frozenset({"eigen-aandeel", "geen-verwijt"}) if named else None
    with workspace.database.sessions.begin() as session:
        precedents.save_decision(
            session, context, dossier_id, Decision(OutcomeType.FULL, reason=reason)
        )
        check = load_check(session, context, dossier_id, audit_read=False)
        data = assess_document(check, [])
        text = assess_text(check, [])
    editor, _fake = make_editor(qtbot, workspace)
    assert editor.open_dossier(dossier_id)
    editor.ui.tabs.setCurrentWidget(editor.precedents)
    qtbot.waitUntil(lambda: editor.precedents.state() is not None)
    ui = editor.precedents.ui
    assert (
        data["precedents"]["outcomes"]["deviate"]["explanation"] in ui.deviate_status_label.text()
    )
    (note,) = [ui.conflicts_list.item(i).text() for i in range(ui.conflicts_list.count())]
    assert f"  {note}" in text.splitlines()
    opening = f"Onderscheiden van {earlier}" if named else "Het afwijken van de regel is in strijd"
    assert note.startswith(opening)


def typed_decision(
    qtbot: QtBot, workspace: Workspace
) -> tuple[DossierEditor, PrecedentPanel, FakeDialogs, str]:
    """A dossier open on its Precedenten tab, with a decision chosen but not recorded."""
    editor, panel, fake, dossier_id = open_panel(qtbot, workspace)
    tick(panel.ui.pro_list, "kinderen")
    choose_outcome(panel, OutcomeType.GENERIC)
    return editor, panel, fake, dossier_id


def test_a_decision_not_recorded_yet_is_unsaved_work_when_leaving(
    qtbot: QtBot, workspace: Workspace
) -> None:
    editor, panel, fake, dossier_id = typed_decision(qtbot, workspace)
    assert panel.has_unrecorded_decision() and not editor.is_modified()

    fake.answers = ["save"]  # a decision the services refuse keeps the person there
    assert not editor.maybe_save()
    assert fake.informed[-1][0] == "Beslissing niet vastgelegd"
    tick(panel.ui.con_list, "eerder-maatwerk")
    choose_outcome(panel, OutcomeType.GENERIC)

    fake.answers = ["cancel"]  # leaving asks, and Annuleren stays with the decision
    assert not editor.maybe_save()
    assert "nog niet vastgelegd" in fake.asked[-1]["detail"]
    assert panel.has_unrecorded_decision()

    fake.answers = ["save"]  # Opslaan records it
    assert editor.maybe_save()
    assert stored(workspace, dossier_id).decision is not None
    assert not panel.has_unrecorded_decision()
    assert editor.maybe_save()  # nothing left to ask about


def test_a_decision_left_unrecorded_on_purpose_is_dropped(
    qtbot: QtBot, workspace: Workspace
) -> None:
    editor, _panel, fake, dossier_id = typed_decision(qtbot, workspace)
    fake.answers = ["discard"]
    assert editor.maybe_save()
    assert stored(workspace, dossier_id).decision is None
