"""The Precedenten tab warns when the chosen factor catalogue belongs to another domain than
the dossier, with the shipped catalogues: a WW dossier weighed with the toeslagen list."""

from __future__ import annotations

from dataclasses import replace

from editor_fakes import make_editor
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from maatwerkdesk.domain.dossier import DossierFields
from maatwerkdesk.services import assessments, dossiers
from maatwerkdesk.services.workspace import Workspace
from maatwerkdesk.ui.precedent_panel import PrecedentPanel

PREFIX = "nl.maatwerkdesk.factoren."


def ww_dossier(workspace: Workspace) -> str:
    """A WW dossier on the narrow route, which the terugvordering and toeslagen lists share."""
    context = workspace.context("test")
    with workspace.database.sessions.begin() as session:
        fields = DossierFields(
            title="Terugvordering WW", regulation="Werkloosheidswet (WW)", article="art. 36"
        )
        dossier_id = dossiers.create_dossier(session, context, fields).id
        state = assessments.load_assessment(session, context, dossier_id)
        assessments.save_assessment(
            session, context, dossier_id, replace(state.assessment, route="smalle-route")
        )
    return dossier_id


def choose(panel: PrecedentPanel, catalogue_id: str) -> None:
    combo = panel.ui.catalogue_combo
    combo.setCurrentIndex(combo.findData(catalogue_id))
    combo.activated.emit(combo.currentIndex())


def tick(panel: PrecedentPanel, factor: str, *, checked: bool = True) -> None:
    """(Un)tick a factor for deviating and wait until it is stored and shown."""
    view = panel.ui.pro_list
    item = next(
        view.item(row)
        for row in range(view.count())
        if view.item(row).data(Qt.ItemDataRole.UserRole) == factor
    )
    item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
    panel.settle()


def test_a_list_of_another_domain_is_warned_of_and_the_fitting_or_general_one_is_not(
    qtbot: QtBot, workspace: Workspace
) -> None:
    editor, _ = make_editor(qtbot, workspace)
    assert editor.open_dossier(ww_dossier(workspace))
    editor.ui.tabs.setCurrentWidget(editor.precedents)
    panel = editor.precedents
    qtbot.waitUntil(lambda: panel.state() is not None)
    warning = panel.ui.catalogue_warning_label

    def showing(catalogue_id: str) -> bool:
        state = panel.state()
        return (
            state is not None
            and state.catalogue is not None
            and (state.catalogue.header.id == catalogue_id)
        )

    assert showing(PREFIX + "terugvordering") and not warning.isVisible()

    choose(panel, PREFIX + "toeslagen")
    qtbot.waitUntil(lambda: showing(PREFIX + "toeslagen"))
    assert warning.isVisible()
    assert warning.text() == (
        "Let op: De factorcatalogus ‘Factoren bij toeslagen’ hoort bij een ander rechtsgebied: "
        "de route en de regeling van dit dossier passen er niet bij. Bij dit dossier past "
        "‘Factoren bij terugvordering en herziening in de sociale zekerheid’. Kies die rechts "
        "bij Factorcatalogus."
    )
    tick(panel, "geen-verwijtbaarheid")  # the dossier now keeps this list until unticked
    assert warning.isVisible() and warning.text().endswith(
        "Vink eerst alle factoren uit; daarna kunt u die kiezen bij Factorcatalogus."
    )
    tick(panel, "geen-verwijtbaarheid", checked=False)

    choose(panel, PREFIX + "algemeen")
    qtbot.waitUntil(lambda: showing(PREFIX + "algemeen"))
    assert not warning.isVisible()
