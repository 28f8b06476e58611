"""The proportionality check's and the precedent check's sentences reach an English window in
English (the weighing panel, the precedent panel's texts), and a Dutch one exactly as the core
wrote them."""

from __future__ import annotations

from pathlib import Path

import pytest
from catalogue_samples import ship_samples
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from test_weighing_panel import choose, open_panel

from maatwerkdesk.domain.case_base import CaseBase, CaseEntry, CaseQuery
from maatwerkdesk.domain.decision import OutcomeType
from maatwerkdesk.domain.precedent import FactorSides, Outcome, Precedent, Side
from maatwerkdesk.domain.precedent_explanation import (
    LATER_KNOWN_NOTE,
    explain_outcome,
    similar_meaning,
    similar_meaning_text,
)
from maatwerkdesk.domain.proportionality import (
    BOUND_BY_STATUTE,
    review_intensity,
    step_applicability,
    verdict,
)
from maatwerkdesk.domain.weighing import (
    DecisionNature,
    StepAnswer,
    StepId,
    StepRecord,
    Weighing,
)
from maatwerkdesk.services.workspace import Workspace
from maatwerkdesk.ui.common.vocabulary import shown_sentence
from maatwerkdesk.ui.precedent_panel.presentation import later_text, status_html


@pytest.fixture
def shipped(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    ship_samples(tmp_path / "catalogues", monkeypatch)


ANSWERED = Weighing(
    nature=DecisionNature.BURDENING,
    aim="Misbruik voorkomen.",
    steps={
        StepId.SUITABILITY: StepRecord(StepAnswer.YES, "Het draagt bij."),
        StepId.NECESSITY: StepRecord(StepAnswer.YES, ""),
    },
)
"""Balance unanswered; necessity answered without a motivation."""

SIDES = FactorSides({"kinderen": Side.PRO, "groot-bedrag": Side.CON})


def report_without_route():  # type: ignore[no-untyped-def]
    precedent = Precedent("d-1", frozenset({"kinderen"}), Outcome.DEVIATE, frozenset({"kinderen"}))
    entry = CaseEntry(precedent, "pw-58-8", OutcomeType.FULL, None, "", False)
    return CaseBase([entry], SIDES).assess(CaseQuery(frozenset({"kinderen"}), None))


def test_the_verdict_and_its_reasons_are_shown_in_english(english: None) -> None:
    reasons = [shown_sentence(r) for r in verdict(ANSWERED, None).reasons]
    assert reasons == [
        "Cannot be judged yet: balance has not been answered yet.",
        "The reasoning for necessity is missing: without an explanation, the answer ‘yes’ "
        "cannot be checked.",
    ]
    (intensity,) = review_intensity(ANSWERED).reasons
    assert shown_sentence(intensity) == (
        "No factors for the intensity of review have been filled in yet: without factors, the "
        "review is moderate."
    )
    statute = step_applicability(ANSWERED, BOUND_BY_STATUTE)[StepId.SUITABILITY].reason
    assert shown_sentence(statute).startswith(
        "Does not apply: the outcome follows compulsorily from an Act of Parliament"
    )


def test_without_a_translation_the_dutch_is_shown_as_written(qapp: QApplication) -> None:
    for reason in verdict(ANSWERED, None).reasons:
        assert shown_sentence(reason) == str(reason)
    assert str(verdict(ANSWERED, None).reasons[0]) == (
        "Nog niet te beoordelen: evenwichtigheid is nog niet beantwoord."
    )


def test_the_precedent_check_speaks_english_in_the_panel(english: None) -> None:
    report = report_without_route()
    explained = explain_outcome(report, Outcome.DEVIATE, lambda factor: factor)
    assert status_html("Deviate", explained) == (
        "<b>Deviate</b><br><b>No route yet.</b> Deviating from the rule has not been checked "
        "against earlier decisions yet: no route has been chosen yet. Earlier decisions bind "
        "only along the same route, so once the route is settled; until then similar decisions "
        "are only persuasive."
    )
    (case,) = report.similar
    assert shown_sentence(similar_meaning(case, None)) == "persuasive, no route chosen yet"
    assert shown_sentence(similar_meaning_text(case, None, str)).startswith(
        "Persuasive, not binding: no route has been chosen for this dossier yet."
    )
    assert later_text(("Earlier.",)) == (
        "For information: Earlier. The decision was checked against the decisions known when it "
        "was signed; what became known later does not change it."
    )
    assert str(LATER_KNOWN_NOTE).startswith("Het besluit is getoetst")


def test_the_weighing_panel_shows_its_reasons_in_english(
    qtbot: QtBot, workspace: Workspace, shipped: None, english: None
) -> None:
    panel, _ = open_panel(qtbot, workspace)
    ui = panel.ui
    choose(ui.nature_combo, DecisionNature.BURDENING.value)
    choose(ui.suitability_combo, StepAnswer.YES.value)
    choose(ui.necessity_combo, StepAnswer.YES.value)
    choose(ui.balance_combo, StepAnswer.NO.value)
    reasons = ui.verdict_reasons_label.text()
    assert (
        "• The consequences for those concerned are, in this case, out of proportion to the "
        "weight of the aim: the general outcome is disproportionate."
    ) in reasons
    assert (
        "• The reasoning for suitability is missing: without an explanation, the answer ‘yes’ "
        "cannot be checked."
    ) in reasons
    assert "Bij " not in reasons
    assert ui.intensity_reasons_label.text() == (
        "• No factors for the intensity of review have been filled in yet: without factors, the "
        "review is moderate."
    )
