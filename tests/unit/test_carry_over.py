"""Re-assessment under a newer catalogue keeps the answers to criteria that did not change."""

from __future__ import annotations

from catalogue_samples import SMALL_CATALOGUE, next_version

from maatwerkdesk.domain.assessment import (
    Answer,
    Assessment,
    CriterionAnswer,
    GateAnswer,
    GateState,
    carry_over,
)
from maatwerkdesk.domain.catalogue_loading import load_criteria_catalogue

OLD = load_criteria_catalogue(SMALL_CATALOGUE, "oud.toml")
NEW = load_criteria_catalogue(next_version(), "nieuw.toml")


def test_unchanged_criteria_keep_their_answers_and_changed_ones_start_again() -> None:
    assessment = Assessment(
        OLD.ref,
        power="beleidsregel",
        route="awb-4-84",
        answers={
            "H3": CriterionAnswer("H3", Answer.MET, "Zie gesprek."),
            "H5": CriterionAnswer("H5", Answer.NOT_MET, "Niet onevenredig."),
            "H14": CriterionAnswer("H14", Answer.UNKNOWN),
        },
        gate={"bezwaar": GateAnswer("bezwaar", GateState.TRIED, "Bezwaar in maart.")},
    )
    moved = carry_over(assessment, OLD, NEW)
    assert moved.assessment.catalogue == NEW.ref
    assert moved.carried == ("H3", "H14")
    assert moved.reset == ("H5",)
    assert moved.route_kept
    assert moved.assessment.route == "awb-4-84" and moved.assessment.power == "beleidsregel"
    assert moved.assessment.answer("H3") == assessment.answer("H3")
    assert moved.assessment.answer("H5").answer is Answer.UNKNOWN
    assert moved.assessment.gate == assessment.gate


def test_a_removed_route_or_criterion_is_reported() -> None:
    without = NEW.__class__(
        header=NEW.header,
        sources=NEW.sources,
        powers=NEW.powers,
        selector=(),
        criteria=tuple(c for c in NEW.criteria if c.id != "H6"),
        routes=tuple(r for r in NEW.routes if r.id != "pw-58-8"),
        gate=(),
    )
    assessment = Assessment(
        OLD.ref,
        route="pw-58-8",
        answers={"H6": CriterionAnswer("H6", Answer.MET, "Dringend.")},
        gate={"bezwaar": GateAnswer("bezwaar", GateState.TRIED, "Ja.")},
    )
    moved = carry_over(assessment, OLD, without)
    assert not moved.route_kept and moved.assessment.route is None
    assert moved.reset == ("H6",) and moved.carried == ()
    assert moved.assessment.gate == {}


def test_carrying_over_to_the_same_version_changes_nothing() -> None:
    assessment = Assessment(
        OLD.ref, route="awb-4-84", answers={"H5": CriterionAnswer("H5", Answer.MET, "Ja.")}
    )
    moved = carry_over(assessment, OLD, OLD)
    assert moved.assessment == assessment and moved.reset == ()
