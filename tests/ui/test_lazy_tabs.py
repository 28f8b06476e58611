"""The editor's panels are built when first needed, and then behave as if always there."""

from __future__ import annotations

from pathlib import Path

import pytest
from catalogue_samples import ship_samples
from editor_fakes import make_editor
from precedent_fixtures import TEST_FACTORS, new_dossier
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidget, QWidget
from pytestqt.qtbot import QtBot

from maatwerkdesk.services import precedents
from maatwerkdesk.services.proposals import load_proposal
from maatwerkdesk.services.workspace import Workspace
from maatwerkdesk.ui.criteria_panel import CriteriaPanel
from maatwerkdesk.ui.dossier_editor import DossierEditor
from maatwerkdesk.ui.loket import LoketPanel
from maatwerkdesk.ui.precedent_panel import PrecedentPanel
from maatwerkdesk.ui.proposal_panel import ProposalPanel
from maatwerkdesk.ui.weighing_panel import WeighingPanel

PANELS = {
    "Toetsing": CriteriaPanel,
    "Precedenten": PrecedentPanel,
    "Afweging": WeighingPanel,
    "Voorstel": ProposalPanel,
    "Loket": LoketPanel,
}


@pytest.fixture(autouse=True)
def shipped(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    ship_samples(tmp_path / "catalogues", monkeypatch)


def with_factors(workspace: Workspace, title: str, factors: set[str]) -> str:
    context = workspace.context("test")
    dossier_id = new_dossier(workspace.database, context, title)
    with workspace.database.sessions.begin() as session:
        precedents.save_factors(session, context, dossier_id, TEST_FACTORS, frozenset(factors))
    return dossier_id


def tabs_by_title(editor: DossierEditor) -> dict[str, QWidget]:
    tabs = editor.ui.tabs
    return {tabs.tabText(index): tabs.widget(index) for index in range(tabs.count())}


def built(editor: DossierEditor) -> set[str]:
    return {title for title, kind in PANELS.items() if editor.findChildren(kind)}


def ticked(view: QListWidget) -> set[str]:
    return {
        view.item(row).data(Qt.ItemDataRole.UserRole)
        for row in range(view.count())
        if view.item(row).checkState() == Qt.CheckState.Checked
    }


def test_a_new_editor_builds_no_panel_and_keeps_their_tabs_in_place(
    qtbot: QtBot, workspace: Workspace
) -> None:
    editor, _ = make_editor(qtbot, workspace)
    before = list(tabs_by_title(editor))
    assert before[-5:] == list(PANELS) and built(editor) == set()
    editor.ui.tabs.setCurrentIndex(before.index("Precedenten"))
    after = tabs_by_title(editor)
    assert list(after) == before  # same titles, same places
    assert isinstance(after["Precedenten"], PrecedentPanel)
    assert editor.ui.tabs.currentWidget() is after["Precedenten"] is editor.precedents
    assert built(editor) == {"Precedenten"}


def test_a_panel_built_late_shows_the_dossier_and_stores_what_is_ticked(
    qtbot: QtBot, workspace: Workspace
) -> None:
    first = with_factors(workspace, "Eerste", {"eigen-aandeel"})
    second = with_factors(workspace, "Tweede", {"groot-bedrag"})
    editor, _ = make_editor(qtbot, workspace)
    assert editor.open_dossier(first)
    assert built(editor) == set()  # opening a dossier builds nothing
    titles = list(tabs_by_title(editor))
    editor.ui.tabs.setCurrentIndex(titles.index("Precedenten"))
    panel = editor.precedents
    qtbot.waitUntil(lambda: panel.state() is not None)
    assert ticked(panel.ui.pro_list) == {"eigen-aandeel"}
    for row in range(panel.ui.pro_list.count()):
        item = panel.ui.pro_list.item(row)
        if item.data(Qt.ItemDataRole.UserRole) == "geen-verwijt":
            item.setCheckState(Qt.CheckState.Checked)
    panel.settle()
    with workspace.database.reads() as session:
        stored = precedents.load_precedents(session, workspace.context("test"), first)
    assert stored.factors == {"eigen-aandeel", "geen-verwijt"}
    # Once built, it follows the editor to the next dossier.
    assert editor.open_dossier(second)
    editor.ui.tabs.setCurrentWidget(panel)
    qtbot.waitUntil(lambda: ticked(panel.ui.con_list) == {"groot-bedrag"})
    assert ticked(panel.ui.pro_list) == set()


def test_asked_for_in_code_a_panel_takes_its_tab_without_showing_it(
    qtbot: QtBot, workspace: Workspace
) -> None:
    dossier_id = with_factors(workspace, "Dossier", {"eigen-aandeel"})
    editor, _ = make_editor(qtbot, workspace)
    assert editor.open_dossier(dossier_id)
    weighing = editor.weighing
    assert tabs_by_title(editor)["Afweging"] is weighing
    assert editor.ui.tabs.currentIndex() == 0 and not weighing.isVisible()
    assert weighing.state() is None  # read when it is seen, as every tab
    editor.ui.tabs.setCurrentWidget(weighing)
    qtbot.waitUntil(lambda: weighing.state() is not None)


def test_text_typed_in_a_panel_built_late_is_not_lost(qtbot: QtBot, workspace: Workspace) -> None:
    first = with_factors(workspace, "Eerste", {"eigen-aandeel"})
    second = with_factors(workspace, "Tweede", set())
    editor, _ = make_editor(qtbot, workspace)
    assert editor.open_dossier(first)
    editor.ui.tabs.setCurrentWidget(editor.proposal)
    proposal = editor.proposal
    qtbot.waitUntil(lambda: proposal.state() is not None)
    proposal.ui.citizen_edit.setPlainText("U hoeft minder terug te betalen.")
    editor.flush_draft()  # as before the session ends
    with workspace.database.reads() as session:
        assert load_proposal(session, first).citizen_text == "U hoeft minder terug te betalen."
    proposal.ui.citizen_edit.setPlainText("Nog niet bewaard, dan naar een ander dossier.")
    assert editor.open_dossier(second)  # stored before the other dossier is shown
    with workspace.database.reads() as session:
        assert load_proposal(session, first).citizen_text.startswith("Nog niet bewaard")
