"""The route check's explanations and the indicators' findings reach an English window in
English (docs/translations.md, "The core's sentences"), and a Dutch one as they were."""

from __future__ import annotations

from catalogue_samples import SMALL_CATALOGUE
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from test_criteria_panel import criteria_without_a_route

from maatwerkdesk.domain.assessment import Answer, Assessment, CriterionAnswer
from maatwerkdesk.domain.catalogue import RouteCriterion
from maatwerkdesk.domain.catalogue_loading import load_criteria_catalogue
from maatwerkdesk.domain.criteria_check import check_criteria
from maatwerkdesk.domain.indicators import IndicatorInput, single_decider
from maatwerkdesk.domain.precedent import Outcome
from maatwerkdesk.services.workspace import Workspace
from maatwerkdesk.ui.common.vocabulary import shown_sentence
from maatwerkdesk.ui.criteria_panel.presentation import list_entry

CATALOGUE = load_criteria_catalogue(SMALL_CATALOGUE, "proef.toml")
HARD_CRITERION = "A hard criterion must be met: otherwise this route allows no deviation."


def knockouts_not_met() -> tuple[str, ...]:
    assessment = Assessment(
        CATALOGUE.ref,
        route="awb-4-84",
        answers={
            key: CriterionAnswer(key, Answer.NOT_MET, "Zo blijkt uit het gesprek.")
            for key in ("H3", "H5")
        },
    )
    return check_criteria(CATALOGUE, assessment).explanation


def named(criterion_id: str) -> str:
    return f"{criterion_id} ({CATALOGUE.criterion(criterion_id).label})"


def test_the_route_check_lists_its_criteria_in_english(english: None) -> None:
    assert shown_sentence(knockouts_not_met()[0]) == (
        f"This route allows no deviation: {named('H3')} and {named('H5')} are not met, and they "
        f"are hard criteria. {HARD_CRITERION}"
    )


def test_without_a_translation_the_route_check_reads_as_the_dutch(qapp: QApplication) -> None:
    explanation = knockouts_not_met()
    assert [shown_sentence(line) for line in explanation] == list(explanation)
    assert explanation[0] == (
        f"Langs deze route kan niet worden afgeweken: aan {named('H3')} en {named('H5')} is niet "
        "voldaan, en dat zijn harde criteria. Aan een hard criterium moet zijn voldaan: anders "
        "kan langs deze route niet worden afgeweken."
    )


def test_a_finding_is_shown_in_english_with_its_advice(english: None) -> None:
    finding = single_decider(IndicatorInput(outcome=Outcome.DEVIATE))
    assert finding is not None
    assert shown_sentence(finding.on_screen) == (
        "No one without a conflict of interest has yet decided or advised on this deviation. "
        "Have the decision reviewed by a second decision-maker (four-eyes principle) or put it "
        "to the case conference."
    )


def test_a_hard_criterion_explains_itself_in_english(english: None) -> None:
    entry = list_entry(RouteCriterion("H3", knockout=True), CATALOGUE.criterion("H3"), Answer.MET)
    assert entry.tooltip.endswith(f"\n{HARD_CRITERION}")


def test_the_criteria_panel_suggests_escalating_in_english(
    qtbot: QtBot, workspace: Workspace, english: None
) -> None:
    _dossier_id, ui = criteria_without_a_route(qtbot, workspace)
    assert "The catalogue has no deviation route for ‘Wet op de boetes’." in (
        ui.suggestion_label.text()
    )
    qtbot.mouseClick(ui.adopt_suggestion_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: "This route allows no deviation within the law" in (ui.explanation_label.text())
    )
