"""Harderwijk steps, review intensity and the proportionality verdict, with their reasons."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from enum import StrEnum

import pytest
from document_voice import instructs
from hypothesis import given
from hypothesis import strategies as st

from maatwerkdesk.domain.proportionality import (
    ALTERNATIVE_LABELS,
    ALTERNATIVE_VERDICT_LABELS,
    ANSWER_LABELS,
    FACTOR_LABELS,
    INTEREST_HOLDER_LABELS,
    LEVEL_LABELS,
    NATURE_LABELS,
    STEP_LABELS,
    WEIGHT_LABELS,
    Failure,
    IntensityLevel,
    VerdictValue,
    review_intensity,
    serving_alternatives,
    step_applicability,
    verdict,
)
from maatwerkdesk.domain.weighing import (
    Alternative,
    AlternativeRecord,
    AlternativeVerdict,
    DecisionNature,
    IntensityFactor,
    InterestHolder,
    InterestRecord,
    Level,
    StepAnswer,
    StepId,
    StepRecord,
    Weighing,
    Weight,
)

YES, PARTLY, NO, UNKNOWN = StepAnswer.YES, StepAnswer.PARTLY, StepAnswer.NO, StepAnswer.UNKNOWN
SUIT, NEC, BAL = StepId.SUITABILITY, StepId.NECESSITY, StepId.BALANCE
F = IntensityFactor
POWERS = [
    None,
    "beleidsregel",
    "discretionair",
    "eigen-clausule",
    "gebonden-lagere-regeling",
    "gebonden-wet",
]


def weighing(
    suit: StepAnswer = UNKNOWN,
    nec: StepAnswer = UNKNOWN,
    bal: StepAnswer = UNKNOWN,
    *,
    nature: DecisionNature = DecisionNature.BURDENING,
    aim: str = "Drugshandel vanuit woningen tegengaan.",
    serving: tuple[Alternative, ...] = (),
    intensity: dict[IntensityFactor, Level] | None = None,
    children: Weight = Weight.NONE,
) -> Weighing:
    answers = {SUIT: suit, NEC: nec, BAL: bal}
    return Weighing(
        nature=nature,
        aim=aim,
        steps={s: StepRecord(a, "Zo blijkt uit het dossier.") for s, a in answers.items()},
        alternatives={
            a: AlternativeRecord(AlternativeVerdict.SERVES_AIM, "Dat werkt ook.") for a in serving
        },
        interests={InterestHolder.CHILDREN: InterestRecord(children, "")},
        intensity=intensity or {},
    )


def applying(w: Weighing, power: str | None = "beleidsregel") -> set[StepId]:
    return {s for s, a in step_applicability(w, power).items() if a.applies}


INTENSIVE = {F.SEVERITY: Level.HIGH, F.FUNDAMENTAL_RIGHTS: Level.HIGH, F.CHILDREN: Level.HIGH}
RESTRAINED = {F.POLICY_ROOM: Level.HIGH, F.AIM_WEIGHT: Level.HIGH, F.BLAMEWORTHINESS: Level.HIGH}


# --- labels ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("labels", "enum"),
    [
        (STEP_LABELS, StepId),
        (ANSWER_LABELS, StepAnswer),
        (NATURE_LABELS, DecisionNature),
        (ALTERNATIVE_LABELS, Alternative),
        (ALTERNATIVE_VERDICT_LABELS, AlternativeVerdict),
        (INTEREST_HOLDER_LABELS, InterestHolder),
        (WEIGHT_LABELS, Weight),
        (FACTOR_LABELS, IntensityFactor),
        (LEVEL_LABELS, Level),
    ],
)
def test_every_recorded_value_has_a_dutch_label(
    labels: Mapping[StrEnum, str], enum: type[StrEnum]
) -> None:
    assert set(labels) == set(enum)
    assert all(labels[member].strip() for member in enum)


def test_result_enums_have_dutch_labels() -> None:
    assert [v.label for v in IntensityLevel] == ["terughoudend", "gemiddeld", "intensief"]
    assert [v.label for v in VerdictValue] == ["onevenredig", "evenredig", "onzeker"]
    assert STEP_LABELS[SUIT] == "Geschiktheid"
    assert ALTERNATIVE_LABELS[Alternative.PAYMENT_PLAN] == "een betalingsregeling"


# --- step applicability ----------------------------------------------------------------


@pytest.mark.parametrize("power", [p for p in POWERS if p != "gebonden-wet"])
def test_without_a_special_rule_every_step_applies(power: str | None) -> None:
    result = step_applicability(weighing(YES, YES, YES), power)
    assert list(result) == [SUIT, NEC, BAL]
    assert all(a.applies and a.reason.startswith("Van toepassing") for a in result.values())


def test_a_formal_statute_leaves_only_the_balance() -> None:
    result = step_applicability(weighing(YES, YES, YES), "gebonden-wet")
    assert not result[SUIT].applies and not result[NEC].applies
    assert "toetsingsverbod, art. 120 Grondwet" in result[SUIT].reason
    assert "toetsingsverbod" in result[NEC].reason
    assert result[BAL].applies
    assert "bijzondere omstandigheden" in result[BAL].reason


def test_a_formal_statute_keeps_the_balance_even_after_a_no() -> None:
    w = weighing(NO, NO, UNKNOWN, serving=(Alternative.PAYMENT_PLAN,))
    assert applying(w, "gebonden-wet") == {BAL}


def test_a_lower_regulation_is_reviewed_on_every_step() -> None:
    assert applying(weighing(), "gebonden-lagere-regeling") == {SUIT, NEC, BAL}


def test_a_favourable_decision_has_no_necessity_step() -> None:
    result = step_applicability(weighing(nature=DecisionNature.FAVOURABLE), "beleidsregel")
    assert result[SUIT].applies and result[BAL].applies
    assert not result[NEC].applies
    assert "voorziening" in result[NEC].reason


@pytest.mark.parametrize("nature", [DecisionNature.BURDENING, DecisionNature.MIXED])
def test_burdening_and_mixed_decisions_keep_the_necessity_step(nature: DecisionNature) -> None:
    assert NEC in applying(weighing(nature=nature))


def test_an_unsuitable_outcome_makes_the_later_steps_skippable() -> None:
    result = step_applicability(weighing(NO, YES, YES), "discretionair")
    assert result[SUIT].applies
    assert not result[NEC].applies and not result[BAL].applies
    assert "geschiktheid is met ‘nee’ beantwoord" in result[BAL].reason


@pytest.mark.parametrize("suit", [YES, PARTLY, UNKNOWN])
def test_a_suitable_or_open_suitability_skips_nothing(suit: StepAnswer) -> None:
    assert applying(weighing(suit, YES, YES)) == {SUIT, NEC, BAL}


def test_a_necessity_no_makes_the_balance_skippable() -> None:
    result = step_applicability(weighing(YES, NO, YES), "beleidsregel")
    assert result[NEC].applies and not result[BAL].applies
    assert "lichtere maatregel" in result[BAL].reason


def test_an_alternative_serving_the_aim_makes_the_balance_skippable() -> None:
    w = weighing(YES, YES, YES, serving=(Alternative.PAYMENT_PLAN,))
    result = step_applicability(w, "beleidsregel")
    assert not result[BAL].applies
    assert "een betalingsregeling dient het doel even goed" in result[BAL].reason


def test_alternatives_that_do_not_serve_the_aim_skip_nothing() -> None:
    w = replace(
        weighing(YES, YES, YES),
        alternatives={
            Alternative.PAYMENT_PLAN: AlternativeRecord(AlternativeVerdict.INSUFFICIENT, "Nee."),
            Alternative.WARNING_FIRST: AlternativeRecord(),
        },
    )
    assert applying(w) == {SUIT, NEC, BAL}
    assert serving_alternatives(w) == ()


def test_for_a_favourable_decision_alternatives_do_not_skip_the_balance() -> None:
    w = weighing(
        YES, NO, YES, nature=DecisionNature.FAVOURABLE, serving=(Alternative.PAYMENT_PLAN,)
    )
    assert applying(w) == {SUIT, BAL}


# --- review intensity ------------------------------------------------------------------


def test_nothing_filled_in_is_moderate_and_says_so() -> None:
    result = review_intensity(Weighing())
    assert (result.level, result.score) == (IntensityLevel.MODERATE, 0)
    assert result.reasons == (
        "Er zijn nog geen factoren voor de toetsingsintensiteit ingevuld: zonder factoren is "
        "de toetsing gemiddeld.",
    )


def test_medium_factors_do_not_move_the_score() -> None:
    result = review_intensity(Weighing(intensity=dict.fromkeys(IntensityFactor, Level.MEDIUM)))
    assert (result.level, result.score) == (IntensityLevel.MODERATE, 0)
    assert result.reasons == (
        "De ingevulde factoren wijzen geen kant op: de toetsing is gemiddeld.",
    )


def test_room_a_heavy_aim_and_blame_make_the_review_restrained() -> None:
    result = review_intensity(Weighing(intensity=RESTRAINED))
    assert (result.level, result.score) == (IntensityLevel.RESTRAINED, -3)
    assert len(result.reasons) == 3
    assert all(r.endswith("de toetsing is terughoudender.") for r in result.reasons)
    assert "Het bestuursorgaan heeft veel beleidsruimte: de toetsing is terughoudender." in (
        result.reasons
    )


def test_severe_consequences_rights_and_children_make_the_review_intensive() -> None:
    result = review_intensity(Weighing(intensity=INTENSIVE))
    assert (result.level, result.score) == (IntensityLevel.INTENSIVE, 3)
    assert all(r.endswith("de toetsing is intensiever.") for r in result.reasons)
    assert any(r.startswith("Grondrechten worden geraakt") for r in result.reasons)


def test_one_factor_either_way_stays_moderate() -> None:
    up = review_intensity(Weighing(intensity={F.VULNERABILITY: Level.HIGH}))
    down = review_intensity(Weighing(intensity={F.AIM_WEIGHT: Level.HIGH}))
    assert (up.level, up.score) == (IntensityLevel.MODERATE, 1)
    assert (down.level, down.score) == (IntensityLevel.MODERATE, -1)
    assert "doenvermogen" in up.reasons[0]


@pytest.mark.parametrize(
    ("factor", "direction"),
    [
        (F.POLICY_ROOM, -1),
        (F.AIM_WEIGHT, -1),
        (F.BLAMEWORTHINESS, -1),
        (F.SEVERITY, 1),
        (F.FUNDAMENTAL_RIGHTS, 1),
        (F.VULNERABILITY, 1),
        (F.OWN_SHARE, 1),
        (F.CHILDREN, 1),
        (F.THIRD_PARTIES, 1),
    ],
)
def test_each_factor_moves_the_score_in_its_direction(factor: F, direction: int) -> None:
    for level, step in ((Level.LOW, -1), (Level.MEDIUM, 0), (Level.HIGH, 1)):
        result = review_intensity(Weighing(intensity={factor: level}))
        assert result.score == direction * step
        assert len(result.reasons) == 1
        if step:
            expected = "intensiever." if direction * step > 0 else "terughoudender."
            assert result.reasons[0].endswith(expected)


def test_a_heavy_children_interest_counts_when_the_factor_is_unknown() -> None:
    result = review_intensity(weighing(children=Weight.HEAVY, intensity={F.SEVERITY: Level.HIGH}))
    assert (result.level, result.score) == (IntensityLevel.INTENSIVE, 2)
    assert any("als zwaar genoteerd" in r for r in result.reasons)


@pytest.mark.parametrize(
    ("children", "factor"),
    [(Weight.MODERATE, None), (Weight.HEAVY, Level.LOW), (Weight.HEAVY, Level.MEDIUM)],
)
def test_the_children_interest_does_not_count_otherwise(
    children: Weight, factor: Level | None
) -> None:
    intensity = {} if factor is None else {F.CHILDREN: factor}
    result = review_intensity(weighing(children=children, intensity=intensity))
    assert not any("als zwaar genoteerd" in r for r in result.reasons)
    assert result.score == (-1 if factor is Level.LOW else 0)


def test_the_harderwijk_family_gets_an_intensive_review() -> None:
    result = review_intensity(
        Weighing(
            intensity={
                F.POLICY_ROOM: Level.MEDIUM,
                F.AIM_WEIGHT: Level.HIGH,
                F.SEVERITY: Level.HIGH,
                F.FUNDAMENTAL_RIGHTS: Level.HIGH,
                F.VULNERABILITY: Level.HIGH,
                F.BLAMEWORTHINESS: Level.LOW,
                F.CHILDREN: Level.HIGH,
            }
        )
    )
    assert (result.level, result.score) == (IntensityLevel.INTENSIVE, 4)
    assert len(result.reasons) == 6


# --- verdict -----------------------------------------------------------------------------


def test_all_steps_yes_is_proportionate() -> None:
    result = verdict(weighing(YES, YES, YES), "beleidsregel")
    assert result.value is VerdictValue.PROPORTIONATE
    assert result.open_steps == ()
    assert result.reasons == (
        "Aan alle stappen die hier gelden is voldaan (geschiktheid, noodzakelijkheid en "
        "evenwichtigheid): de generieke uitkomst is evenredig.",
    )


def test_an_unsuitable_outcome_is_disproportionate() -> None:
    result = verdict(weighing(NO, UNKNOWN, UNKNOWN), "beleidsregel")
    assert result.value is VerdictValue.DISPROPORTIONATE
    assert result.failures == (Failure.UNSUITABLE,)
    assert result.reasons[0].startswith("De regel dient hier zijn doel niet: ")
    assert result.open_steps == ()


def test_a_necessity_no_is_disproportionate() -> None:
    result = verdict(weighing(YES, NO, UNKNOWN), "beleidsregel")
    assert result.value is VerdictValue.DISPROPORTIONATE
    assert result.failures == (Failure.UNNECESSARY,)
    assert "niet noodzakelijk" in result.reasons[0]


def test_an_alternative_serving_the_aim_is_disproportionate_and_named() -> None:
    w = weighing(YES, UNKNOWN, UNKNOWN, serving=(Alternative.PAYMENT_PLAN,))
    result = verdict(w, "beleidsregel")
    assert result.value is VerdictValue.DISPROPORTIONATE
    assert result.failures == (Failure.LIGHTER_MEASURE,)
    assert result.reasons[0] == (
        "Een lichtere maatregel dient het doel even goed (een betalingsregeling): de generieke "
        "uitkomst is niet noodzakelijk en daarom onevenredig."
    )


def test_an_alternative_contradicting_a_yes_on_necessity_is_flagged() -> None:
    w = weighing(YES, YES, YES, serving=(Alternative.WARNING_FIRST, Alternative.PAYMENT_PLAN))
    result = verdict(w, "beleidsregel")
    assert result.value is VerdictValue.DISPROPORTIONATE
    assert "(een betalingsregeling of eerst een waarschuwing)" in result.reasons[0]
    assert result.reasons[1].startswith("Let op: noodzakelijkheid is met ‘ja’ beantwoord")


def test_a_balance_no_is_disproportionate() -> None:
    result = verdict(weighing(YES, YES, NO), "beleidsregel")
    assert result.value is VerdictValue.DISPROPORTIONATE
    assert result.failures == (Failure.UNBALANCED,)
    assert "niet in verhouding" in result.reasons[0]


def test_unanswered_steps_leave_the_verdict_uncertain_and_are_listed() -> None:
    result = verdict(weighing(YES, UNKNOWN, UNKNOWN), "beleidsregel")
    assert result.value is VerdictValue.UNCERTAIN
    assert result.open_steps == (NEC, BAL)
    assert result.reasons[0] == (
        "Nog niet te beoordelen: noodzakelijkheid en evenwichtigheid zijn nog niet beantwoord."
    )


def test_an_unknown_outweighs_a_partly() -> None:
    result = verdict(weighing(PARTLY, YES, UNKNOWN, intensity=INTENSIVE), "beleidsregel")
    assert result.value is VerdictValue.UNCERTAIN
    assert result.open_steps == (BAL,)


@pytest.mark.parametrize("partly", [SUIT, NEC, BAL])
def test_a_partly_leaves_the_verdict_uncertain(partly: StepId) -> None:
    answers = {s: PARTLY if s is partly else YES for s in StepId}
    result = verdict(weighing(answers[SUIT], answers[NEC], answers[BAL]), "beleidsregel")
    assert result.value is VerdictValue.UNCERTAIN
    assert result.open_steps == ()
    assert result.reasons[0].startswith(
        f"Onzeker: aan {STEP_LABELS[partly].lower()} is maar gedeeltelijk voldaan"
    )


def test_under_intensive_review_a_partial_balance_tips_to_disproportionate() -> None:
    result = verdict(weighing(YES, YES, PARTLY, intensity=INTENSIVE), "beleidsregel")
    assert result.value is VerdictValue.DISPROPORTIONATE
    assert result.failures == (Failure.PARTIAL_BALANCE,)
    assert "twijfel in het voordeel van de burger" in result.reasons[0]


@pytest.mark.parametrize("intensity", [RESTRAINED, {}])
def test_without_intensive_review_a_partial_balance_stays_uncertain(
    intensity: dict[IntensityFactor, Level],
) -> None:
    result = verdict(weighing(YES, YES, PARTLY, intensity=intensity), "beleidsregel")
    assert result.value is VerdictValue.UNCERTAIN


def test_under_intensive_review_another_partial_step_stays_uncertain() -> None:
    result = verdict(weighing(PARTLY, YES, YES, intensity=INTENSIVE), "beleidsregel")
    assert result.value is VerdictValue.UNCERTAIN


def test_under_a_formal_statute_only_the_balance_decides() -> None:
    w = weighing(NO, NO, YES, serving=(Alternative.PAYMENT_PLAN,))
    result = verdict(w, "gebonden-wet")
    assert result.value is VerdictValue.PROPORTIONATE
    assert result.reasons[0] == (
        "Aan alle stappen die hier gelden is voldaan (evenwichtigheid): de generieke uitkomst "
        "is evenredig."
    )
    assert any(r.startswith("Geschiktheid is ingevuld maar telt niet mee.") for r in result.reasons)
    assert verdict(replace(w, steps={BAL: StepRecord(NO, "Ja.")}), "gebonden-wet").value is (
        VerdictValue.DISPROPORTIONATE
    )


def test_a_favourable_decision_ignores_necessity() -> None:
    w = weighing(YES, NO, YES, nature=DecisionNature.FAVOURABLE)
    result = verdict(w, "beleidsregel")
    assert result.value is VerdictValue.PROPORTIONATE
    assert any(
        r.startswith("Noodzakelijkheid is ingevuld maar telt niet mee.") for r in result.reasons
    )


def test_a_skipped_balance_is_neither_open_nor_deciding() -> None:
    result = verdict(weighing(YES, NO, UNKNOWN), "beleidsregel")
    assert result.value is VerdictValue.DISPROPORTIONATE
    assert result.open_steps == ()


def test_unmotivated_answers_are_asked_for_without_changing_the_value() -> None:
    w = weighing(YES, YES, YES)
    bare = replace(w, steps={**w.steps, NEC: StepRecord(YES, "  ")})
    result = verdict(bare, "beleidsregel")
    assert result.value is VerdictValue.PROPORTIONATE
    assert (
        "Bij noodzakelijkheid ontbreekt de motivering: zonder uitleg is het antwoord ‘ja’ niet "
        "na te gaan."
    ) in result.reasons
    assert not any("motivering" in r for r in verdict(w, "beleidsregel").reasons)


def test_unanswered_steps_need_no_motivation() -> None:
    result = verdict(Weighing(nature=DecisionNature.BURDENING, aim="Doel."), "beleidsregel")
    assert not any("motivering" in r for r in result.reasons)


def test_an_unmotivated_serving_alternative_is_asked_for() -> None:
    w = replace(
        weighing(YES, YES, UNKNOWN),
        alternatives={
            Alternative.SHORTER_MEASURE: AlternativeRecord(AlternativeVerdict.SERVES_AIM)
        },
    )
    result = verdict(w, "beleidsregel")
    assert (
        "Bij een kortere maatregel ontbreekt de motivering waarom die het doel even goed dient."
    ) in result.reasons


@pytest.mark.parametrize(
    ("nature", "aim", "missing"),
    [
        (DecisionNature.UNKNOWN, "Doel.", "de aard van het besluit"),
        (DecisionNature.BURDENING, "  ", "het doel van de regel in dit geval"),
        (
            DecisionNature.UNKNOWN,
            "",
            "de aard van het besluit (belastend, begunstigend of hybride) en",
        ),
    ],
)
def test_missing_context_is_asked_for_without_changing_the_value(
    nature: DecisionNature, aim: str, missing: str
) -> None:
    result = verdict(weighing(YES, YES, YES, nature=nature, aim=aim), "beleidsregel")
    assert result.value is VerdictValue.PROPORTIONATE
    assert result.reasons[-1].startswith("Van de context ontbre")
    assert missing in result.reasons[-1]


def test_complete_context_asks_for_nothing() -> None:
    result = verdict(weighing(YES, YES, YES), "beleidsregel")
    assert not any(r.startswith("Van de context") for r in result.reasons)


# --- properties --------------------------------------------------------------------------

TEXT = st.text(max_size=20)


@st.composite
def weighings(draw: st.DrawFn, serving_allowed: bool = True) -> Weighing:
    verdicts = list(AlternativeVerdict)
    if not serving_allowed:
        verdicts.remove(AlternativeVerdict.SERVES_AIM)
    return Weighing(
        nature=draw(st.sampled_from(DecisionNature)),
        aim=draw(TEXT),
        steps=draw(
            st.dictionaries(
                st.sampled_from(StepId), st.builds(StepRecord, st.sampled_from(StepAnswer), TEXT)
            )
        ),
        alternatives=draw(
            st.dictionaries(
                st.sampled_from(Alternative),
                st.builds(AlternativeRecord, st.sampled_from(verdicts), TEXT),
            )
        ),
        interests=draw(
            st.dictionaries(
                st.sampled_from(InterestHolder),
                st.builds(InterestRecord, st.sampled_from(Weight), TEXT),
            )
        ),
        intensity=draw(st.dictionaries(st.sampled_from(IntensityFactor), st.sampled_from(Level))),
    )


def remotivated(w: Weighing, text: str) -> Weighing:
    return replace(
        w,
        steps={s: replace(r, motivation=text) for s, r in w.steps.items()},
        alternatives={a: replace(r, motivation=text) for a, r in w.alternatives.items()},
    )


@given(weighings(), st.sampled_from(POWERS), TEXT)
def test_the_verdict_never_depends_on_the_motivations(
    w: Weighing, power: str | None, text: str
) -> None:
    original, changed = verdict(w, power), verdict(remotivated(w, text), power)
    assert (original.value, original.open_steps) == (changed.value, changed.open_steps)
    assert step_applicability(w, power) == step_applicability(remotivated(w, text), power)


@given(weighings(serving_allowed=False), st.sampled_from(POWERS))
def test_every_applicable_step_yes_is_proportionate(w: Weighing, power: str | None) -> None:
    # Answering yes can only bring skipped steps back, so repeat until nothing changes.
    for _ in StepId:
        applicable = {s for s, a in step_applicability(w, power).items() if a.applies}
        w = replace(w, steps={**w.steps, **{s: StepRecord(YES, "") for s in applicable}})
    result = verdict(w, power)
    assert all(w.step(s).answer is YES for s in applying(w, power))
    assert result.value is VerdictValue.PROPORTIONATE
    assert result.open_steps == ()


@given(weighings(), st.sampled_from(POWERS))
def test_open_steps_are_applicable_unanswered_steps_of_an_uncertain_verdict(
    w: Weighing, power: str | None
) -> None:
    result = verdict(w, power)
    assert set(result.open_steps) <= applying(w, power)
    assert all(w.step(s).answer is UNKNOWN for s in result.open_steps)
    if result.open_steps:
        assert result.value is VerdictValue.UNCERTAIN
    assert all(r.strip() for r in result.reasons)


@given(weighings(), st.sampled_from(POWERS))
def test_a_verdict_is_disproportionate_exactly_when_it_names_a_failure(
    w: Weighing, power: str | None
) -> None:
    result = verdict(w, power)
    assert bool(result.failures) == (result.value is VerdictValue.DISPROPORTIONATE)
    assert len(set(result.failures)) == len(result.failures)


@given(weighings(), st.sampled_from(POWERS))
def test_the_texts_describe_and_never_instruct(w: Weighing, power: str | None) -> None:
    """What the weighing shows also stands in a signed decision: no instructions to the
    caseworker, only what is and is not established."""
    result, steps = verdict(w, power), step_applicability(w, power)
    texts = (*result.reasons, *(s.reason for s in steps.values()), *review_intensity(w).reasons)
    assert [t for t in texts if instructs(t)] == []
