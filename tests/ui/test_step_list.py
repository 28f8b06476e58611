"""The dossier's steps beside its pages: each with its state, and the next step named."""

from __future__ import annotations

from pathlib import Path

import pytest
from catalogue_samples import ship_samples
from editor_fakes import make_editor
from precedent_fixtures import TEST_FACTORS, new_dossier
from pytestqt.qtbot import QtBot

from maatwerkdesk.domain.decision import Decision, OutcomeType
from maatwerkdesk.domain.dossier_steps import STEP_TITLES
from maatwerkdesk.services import precedents
from maatwerkdesk.services.workspace import Workspace
from maatwerkdesk.ui.dossier_editor import DossierEditor


@pytest.fixture(autouse=True)
def shipped(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    ship_samples(tmp_path / "catalogues", monkeypatch)


def shown_steps(editor: DossierEditor) -> dict[str, str]:
    """Each step's line in the list, by title ("✓  Dossier")."""
    view = editor.ui.step_list
    return {title: view.item(row).text() for row, title in enumerate(STEP_TITLES)}


def test_the_steps_take_the_place_of_the_tab_strip(qtbot: QtBot, workspace: Workspace) -> None:
    editor, _ = make_editor(qtbot, workspace)
    tabs, view = editor.ui.tabs, editor.ui.step_list
    assert not tabs.tabBar().isVisible()
    assert [tabs.tabText(i) for i in range(tabs.count())] == list(STEP_TITLES)
    assert view.isVisible() and view.count() == tabs.count()
    view.setCurrentRow(STEP_TITLES.index("Toetsing"))
    assert tabs.currentWidget() is editor.criteria
    tabs.setCurrentWidget(editor.proposal)  # as a finding's "go there" does
    assert view.currentRow() == STEP_TITLES.index("Voorstel")
    editor.go_to_step(-1)
    assert view.currentRow() == STEP_TITLES.index("Afweging")


def test_a_new_dossier_names_its_next_step_as_it_is_filled_in(
    qtbot: QtBot, workspace: Workspace
) -> None:
    editor, _ = make_editor(qtbot, workspace)
    line = editor.ui.next_step_label
    assert line.text() == "Volgende stap: Dossier — geef het dossier een titel"
    assert shown_steps(editor)["Dossier"] == "○  Dossier"
    qtbot.keyClicks(editor.ui.title_edit, "Terugvordering na verhuizing")
    assert line.text() == "Volgende stap: Dossier — noem de regeling waar het om gaat"
    qtbot.keyClicks(editor.ui.regulation_edit, "Participatiewet")
    assert shown_steps(editor)["Dossier"] == "✓  Dossier"
    assert line.text().startswith("Volgende stap: Betrokkene")
    item = editor.ui.step_list.item(0)
    assert item.toolTip() == "Dossier: klaar — ingevuld"


def test_the_legal_steps_follow_what_is_stored(qtbot: QtBot, workspace: Workspace) -> None:
    context = workspace.context("test")
    dossier_id = new_dossier(workspace.database, context)
    with workspace.database.sessions.begin() as session:
        precedents.save_factors(session, context, dossier_id, TEST_FACTORS, frozenset({"kinderen"}))
        precedents.save_decision(session, context, dossier_id, Decision(OutcomeType.TEMPORARY))
    editor, _ = make_editor(qtbot, workspace)
    assert editor.open_dossier(dossier_id)
    steps = shown_steps(editor)
    assert (steps["Precedenten"], steps["Voorstel"]) == ("✓  Precedenten", "○  Voorstel")
    editor.ui.tabs.setCurrentWidget(editor.proposal)
    qtbot.waitUntil(lambda: editor.proposal.state() is not None)
    editor.proposal.ui.citizen_edit.setPlainText("U hoeft minder terug te betalen.")
    editor.proposal.commit_texts()  # stored by the panel: the step follows at once
    assert shown_steps(editor)["Voorstel"] == "✓  Voorstel"
