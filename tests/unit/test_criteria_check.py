"""The computed route result: knock-outs, unknowns, missing information and the sluitstuk."""

from __future__ import annotations

import itertools

import pytest
from catalogue_samples import SMALL_CATALOGUE

from maatwerkdesk.domain.assessment import (
    Answer,
    Assessment,
    CriterionAnswer,
    GateAnswer,
    GateState,
)
from maatwerkdesk.domain.catalogue_loading import load_criteria_catalogue
from maatwerkdesk.domain.criteria_check import Applicability, GateStatus, check_criteria

CATALOGUE = load_criteria_catalogue(SMALL_CATALOGUE, "proef.toml")
MET, NOT_MET, UNKNOWN = Answer.MET, Answer.NOT_MET, Answer.UNKNOWN


def assessed(route: str | None, **answers: Answer) -> Assessment:
    return Assessment(
        CATALOGUE.ref,
        route=route,
        answers={
            key: CriterionAnswer(key, value, "Zo blijkt uit het gesprek.")
            for key, value in answers.items()
        },
    )


@pytest.mark.parametrize(
    ("h3", "h5", "expected"),
    [
        (MET, MET, Applicability.YES),
        (MET, NOT_MET, Applicability.NO),
        (NOT_MET, MET, Applicability.NO),
        (NOT_MET, UNKNOWN, Applicability.NO),
        (UNKNOWN, NOT_MET, Applicability.NO),
        (MET, UNKNOWN, Applicability.UNDETERMINED),
        (UNKNOWN, UNKNOWN, Applicability.UNDETERMINED),
    ],
)
def test_knockouts_decide_applicability(h3: Answer, h5: Answer, expected: Applicability) -> None:
    for h14 in (MET, NOT_MET, UNKNOWN):
        result = check_criteria(CATALOGUE, assessed("awb-4-84", H3=h3, H5=h5, H14=h14))
        assert result.applicable is expected


def test_every_combination_follows_the_rule() -> None:
    """No knock-out not met and none unknown ⇔ yes; any not met ⇒ no; else undetermined."""
    for h3, h5, h14 in itertools.product(Answer, repeat=3):
        result = check_criteria(CATALOGUE, assessed("awb-4-84", H3=h3, H5=h5, H14=h14))
        knockouts = (h3, h5)
        if NOT_MET in knockouts:
            assert result.applicable is Applicability.NO
            assert set(result.failed_knockouts) == {
                k for k, a in zip(("H3", "H5"), knockouts, strict=True) if a is NOT_MET
            }
        elif UNKNOWN in knockouts:
            assert result.applicable is Applicability.UNDETERMINED
        else:
            assert result.applicable is Applicability.YES
        assert result.answered + len(result.missing) == result.total == 3


def test_a_failed_knockout_is_named_in_the_explanation() -> None:
    result = check_criteria(CATALOGUE, assessed("awb-4-84", H3=MET, H5=NOT_MET, H14=MET))
    assert result.failed_knockouts == ("H5",)
    assert result.explanation[0] == (
        "Langs deze route kan niet worden afgeweken: aan H5 (Onevenredige gevolgen) is niet "
        "voldaan, en dat is een hard criterium. Aan een hard criterium moet zijn voldaan: "
        "anders kan langs deze route niet worden afgeweken."
    )


def test_unknowns_block_and_are_listed_as_missing() -> None:
    result = check_criteria(CATALOGUE, assessed("awb-4-84", H3=MET))
    assert result.blocking_unknowns == ("H5",)
    assert result.missing == ("H5", "H14")
    assert "H5 (Onevenredige gevolgen)" in result.explanation[0]
    assert result.explanation[1] == (
        "Nog aan te vullen voor een volledige motivering: H14 (Belang van minderjarige kinderen)."
    )


def test_all_met_with_an_open_non_knockout_is_applicable_but_says_what_is_missing() -> None:
    result = check_criteria(CATALOGUE, assessed("awb-4-84", H3=MET, H5=MET))
    assert result.applicable is Applicability.YES
    assert result.missing == ("H14",)
    assert result.explanation[0] == (
        "Aan de harde criteria is voldaan: langs deze route kan worden afgeweken."
    )
    assert any("H14" in line for line in result.explanation[1:])


def test_a_non_knockout_not_met_weighs_but_does_not_close_the_route() -> None:
    result = check_criteria(CATALOGUE, assessed("awb-4-84", H3=MET, H5=MET, H14=NOT_MET))
    assert result.applicable is Applicability.YES
    assert result.not_met == ("H14",)
    assert (
        "Aan H14 (Belang van minderjarige kinderen) is niet voldaan; dat weegt mee in de afweging."
        in result.explanation
    )


def test_answers_without_motivation_are_reported() -> None:
    assessment = Assessment(
        CATALOGUE.ref,
        route="awb-4-84",
        answers={"H3": CriterionAnswer("H3", MET, "  "), "H5": CriterionAnswer("H5", MET, "Ja.")},
    )
    result = check_criteria(CATALOGUE, assessment)
    assert result.unmotivated == ("H3",)
    assert "Beantwoord zonder motivering: H3 (Bijzondere omstandigheden)." in result.explanation


def test_considerations_without_a_note_are_counted() -> None:
    answer = CriterionAnswer("H6", MET, "Dringend.", notes=(("oorzaak", "Fout van de gemeente."),))
    result = check_criteria(
        CATALOGUE, Assessment(CATALOGUE.ref, route="pw-58-8", answers={"H6": answer})
    )
    assert result.applicable is Applicability.YES
    assert result.considerations_open == (("H6", 1, 2),)
    assert any("1 van de 2 wegingsfactoren" in line for line in result.explanation)


def test_without_a_route_nothing_is_decided() -> None:
    result = check_criteria(CATALOGUE, assessed(None, H3=MET))
    assert result.applicable is Applicability.UNDETERMINED
    assert result.route is None and result.total == 0
    assert "nog geen route gekozen" in result.explanation[0]


def test_the_escalation_route_never_carries_a_deviation() -> None:
    result = check_criteria(CATALOGUE, assessed("escaleren"))
    assert result.applicable is Applicability.NO
    assert "knelpuntsignaal" in result.explanation[0]


def test_answers_outside_the_route_do_not_count() -> None:
    result = check_criteria(CATALOGUE, assessed("pw-58-8", H3=NOT_MET, H6=MET, H14=MET))
    assert result.applicable is Applicability.YES
    assert result.total == 2


@pytest.mark.parametrize(
    ("states", "reasons", "expected"),
    [
        (
            (GateState.TRIED, GateState.NOT_POSSIBLE),
            ("Geprobeerd in mei.", "Termijn verstreken."),
            GateStatus.SATISFIED,
        ),
        ((GateState.TRIED, GateState.NOT_TRIED), ("Ja.", "Nee."), GateStatus.NOT_SATISFIED),
        ((GateState.TRIED, GateState.UNKNOWN), ("Ja.", ""), GateStatus.OPEN),
        ((GateState.TRIED, GateState.NOT_POSSIBLE), ("Ja.", ""), GateStatus.OPEN),
        ((GateState.NOT_TRIED, GateState.UNKNOWN), ("", ""), GateStatus.NOT_SATISFIED),
    ],
)
def test_the_sluitstuk_gate(
    states: tuple[GateState, GateState], reasons: tuple[str, str], expected: GateStatus
) -> None:
    gate = {
        item: GateAnswer(item, state, reason)
        for item, state, reason in zip(
            ("betalingsregeling", "bezwaar"), states, reasons, strict=True
        )
    }
    result = check_criteria(CATALOGUE, Assessment(CATALOGUE.ref, route="awb-4-84", gate=gate))
    assert result.gate.status is expected
    assert result.explanation[-1] == result.gate.explanation


def test_the_gate_explanation_names_what_was_not_tried() -> None:
    gate = {"bezwaar": GateAnswer("bezwaar", GateState.NOT_TRIED, "")}
    result = check_criteria(CATALOGUE, Assessment(CATALOGUE.ref, gate=gate))
    assert result.gate.not_tried == ("bezwaar",)
    assert result.gate.open_items == ("betalingsregeling",)
    assert result.gate.explanation.startswith(
        "Eerst de gewone wegen: ‘Bezwaar’ is niet geprobeerd. Afwijken is het laatste middel"
    )
