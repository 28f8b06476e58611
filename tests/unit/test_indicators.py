"""Willekeur-indicatoren: each fires on one recorded dossier and stays silent on another."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from catalogue_samples import SMALL_CATALOGUE
from control_labels import named_controls
from hypothesis import given
from hypothesis import strategies as st
from test_proportionality import POWERS, weighings

from maatwerkdesk.domain.assessment import (
    Answer,
    Assessment,
    CriterionAnswer,
    GateAnswer,
    GateState,
)
from maatwerkdesk.domain.case_base import CaseBase, CaseEntry, CaseQuery, PrecedentReport
from maatwerkdesk.domain.case_facts import RecoveryBurden
from maatwerkdesk.domain.catalogue_loading import load_criteria_catalogue
from maatwerkdesk.domain.criteria_check import CriteriaResult, GateStatus, check_criteria
from maatwerkdesk.domain.decision import Decision, Degree, DegreeUnit, Distinction, OutcomeType
from maatwerkdesk.domain.indicators import (
    INDICATORS,
    Finding,
    IndicatorInput,
    Severity,
    evaluate,
    worst,
)
from maatwerkdesk.domain.precedent import FactorSides, Outcome, Precedent, Side
from maatwerkdesk.domain.precedent_explanation import LATER_KNOWN_NOTE, later_known
from maatwerkdesk.domain.precedent_standing import Signature
from maatwerkdesk.domain.proportionality import (
    Failure,
    VerdictValue,
    step_applicability,
    verdict,
)
from maatwerkdesk.domain.proposal import Zienswijze
from maatwerkdesk.domain.weighing import (
    Alternative,
    AlternativeRecord,
    AlternativeVerdict,
    DecisionNature,
    IntensityFactor,
    Level,
    StepAnswer,
    StepId,
    StepRecord,
    Weighing,
)

DEVIATE, GENERIC = Outcome.DEVIATE, Outcome.GENERIC
DOCS = Path(__file__).resolve().parents[2] / "docs" / "indicators.md"

LABELS = {
    "eigen-aandeel": "Overheid heeft een eigen aandeel",
    "geen-verwijt": "Geen verwijtbaarheid",
    "kinderen": "Minderjarige kinderen geraakt",
    "groot-bedrag": "Groot bedrag, ruime draagkracht",
    "bewuste-schending": "Bewuste schending inlichtingenplicht",
}
SIDES = FactorSides(
    {
        "eigen-aandeel": Side.PRO,
        "geen-verwijt": Side.PRO,
        "kinderen": Side.PRO,
        "groot-bedrag": Side.CON,
        "bewuste-schending": Side.CON,
    }
)
FORCED = frozenset({"eigen-aandeel", "groot-bedrag"})
"""Factors for which d-1 and d-2 force deviating (and so contradict the generic rule)."""
DISTINGUISHABLE = frozenset({"geen-verwijt", "kinderen", "bewuste-schending"})
"""Factors for which deviating conflicts with g-1, distinguishable on ‘kinderen’."""

CATALOGUE = load_criteria_catalogue(SMALL_CATALOGUE, "proef.toml")
TWO_DECIDERS = ("Behandelaar A", "Teamleider B")


def precedent(case_id: str, factors: set[str], outcome: Outcome, reason: set[str]) -> Precedent:
    return Precedent(case_id, frozenset(factors), outcome, frozenset(reason))


def entry(p: Precedent, degree: Degree | None = None, imported: bool = False) -> CaseEntry:
    kind = OutcomeType.PARTIAL if p.outcome is DEVIATE else OutcomeType.GENERIC
    return CaseEntry(p, "pw-58-8", kind, degree, "", imported)


ENTRIES = [
    entry(
        precedent("d-1", {"eigen-aandeel", "groot-bedrag"}, DEVIATE, {"eigen-aandeel"}),
        Degree(DegreeUnit.PERCENT, 50),
    ),
    entry(
        precedent("d-2", {"eigen-aandeel", "groot-bedrag"}, DEVIATE, {"eigen-aandeel"}),
        Degree(DegreeUnit.PERCENT, 70),
        imported=True,
    ),
    entry(precedent("g-1", {"geen-verwijt", "bewuste-schending"}, GENERIC, {"bewuste-schending"})),
]
BASE = CaseBase(ENTRIES, SIDES)


def report(factors: frozenset[str]) -> PrecedentReport:
    return BASE.assess(CaseQuery(factors, "pw-58-8"))


def dossier(factors: frozenset[str] = FORCED, **changes: object) -> IndicatorInput:
    """A recorded dossier where nothing is wrong, unless `changes` says otherwise."""
    base = IndicatorInput(
        outcome=DEVIATE,
        factors=factors,
        sides=SIDES,
        label=LABELS.__getitem__,
        criterion_label=lambda c: CATALOGUE.criterion(c).label,
        criteria=criteria("awb-4-84", H3=Answer.MET, H5=Answer.MET),
        precedents=report(factors),
        weighing=Weighing(steps={StepId.BALANCE: StepRecord(StepAnswer.NO, "Te zwaar.")}),
        factor_motivations={f: "Blijkt uit het dossier." for f in LABELS},
        deciders=TWO_DECIDERS,
        zienswijze=Zienswijze.OFFERED,
    )
    return replace(base, **changes)


def criteria(
    route: str | None, gate: GateState = GateState.TRIED, **answers: Answer
) -> CriteriaResult:
    assessment = Assessment(
        CATALOGUE.ref,
        route=route,
        answers={
            k: CriterionAnswer(k, v, "Zo blijkt uit het gesprek.") for k, v in answers.items()
        },
        gate={
            item: GateAnswer(item, gate, "Ja." if gate is not GateState.UNKNOWN else "")
            for item in ("betalingsregeling", "bezwaar")
        },
    )
    return check_criteria(CATALOGUE, assessment)


def check(indicator_id: str, data: IndicatorInput) -> Finding | None:
    """Run one registered indicator; a finding it gives carries the registered id."""
    [indicator] = [i for i in INDICATORS if i.id == indicator_id]
    finding = indicator.check(data)
    assert finding is None or finding.id == indicator_id
    return finding


def fires(indicator_id: str, data: IndicatorInput) -> Finding:
    finding = check(indicator_id, data)
    assert finding is not None, f"{indicator_id} should fire"
    assert finding.message and finding.fields
    return finding


def test_the_sample_dossier_is_clean() -> None:
    assert evaluate(dossier()) == []


def test_no_outcome_proposed_yet_gives_only_safeguard_findings() -> None:
    assert evaluate(dossier(outcome=None)) == []
    conflicted = dossier(outcome=None, conflicts_of_interest=("Teamleider B",))
    assert [f.id for f in evaluate(conflicted)] == ["conflict-of-interest"]


# ----------------------------------------------------------------- contradicts-precedent


def test_contradicting_a_forcing_precedent_leaves_only_the_chair() -> None:
    finding = fires("contradicts-precedent", dossier(outcome=GENERIC))
    assert finding.severity is Severity.CRITICAL
    assert finding.message.startswith(
        "Het toepassen van de algemene regel is in strijd met d-1 en d-2 (geïmporteerd): dit "
        "dossier verschilt daar niet relevant van. Alleen een gemotiveerde afwijking door de "
        "voorzitter"
    )
    assert check("contradicts-precedent", dossier()) is None


def test_a_signed_motivated_departure_is_shown_as_how_it_was_resolved() -> None:
    refuse = Decision(OutcomeType.REFUSE, reason=frozenset({"bewuste-schending"}))
    departed = dossier(
        outcome=GENERIC,
        decision=refuse,
        signature=Signature(GENERIC, "Voorzitter C", ("d-1", "d-2"), "Nieuw beleid."),
    )
    finding = fires("contradicts-precedent", departed)
    assert finding.severity is Severity.INFO
    assert finding.message == (
        "De voorzitter is bij de ondertekening gemotiveerd afgeweken van d-1 en d-2: Nieuw beleid."
    )
    assert finding.advice == ""


def test_a_departure_from_one_conflict_leaves_another_open() -> None:
    other = precedent("g-2", {"kinderen", "bewuste-schending"}, GENERIC, {"bewuste-schending"})
    base = CaseBase([*ENTRIES, entry(other)], SIDES)
    signed = dossier(
        DISTINGUISHABLE,
        precedents=base.assess(CaseQuery(DISTINGUISHABLE, "pw-58-8")),
        decision=Decision(OutcomeType.FULL),
        signature=Signature(DEVIATE, "Voorzitter C", ("g-1",), "Nieuw beleid."),
    )
    finding = fires("contradicts-precedent", signed)
    assert finding.severity is Severity.CRITICAL
    assert "in strijd met g-2" in finding.statement
    assert "afgeweken van g-1: Nieuw beleid." in finding.statement


def test_an_undistinguished_conflict_asks_for_the_difference() -> None:
    finding = fires("contradicts-precedent", dossier(DISTINGUISHABLE))
    assert finding.statement == (
        "Het afwijken van de regel is in strijd met g-1: er is niet vastgelegd waarin dit "
        "dossier daarvan verschilt (dat kan op ‘Minderjarige kinderen geraakt’)."
    )
    assert finding.advice.startswith("Leg het relevante verschil vast")
    assert finding.fields == ("precedents", "decision.distinctions")
    # The decision's explicit reason does not name the difference either.
    narrow = Decision(OutcomeType.FULL, reason=frozenset({"geen-verwijt"}))
    assert check("contradicts-precedent", dossier(DISTINGUISHABLE, decision=narrow))


def test_a_recorded_distinction_or_a_reason_naming_it_resolves_the_conflict() -> None:
    recorded = Decision(
        OutcomeType.FULL,
        reason=frozenset({"kinderen"}),
        distinctions=(Distinction("g-1", "kinderen"),),
    )
    assert check("contradicts-precedent", dossier(DISTINGUISHABLE, decision=recorded)) is None
    by_reason = Decision(OutcomeType.FULL, reason=frozenset({"kinderen", "geen-verwijt"}))
    assert check("contradicts-precedent", dossier(DISTINGUISHABLE, decision=by_reason)) is None


def test_groups_that_differ_in_other_ways_are_listed_each() -> None:
    other = precedent("g-2", {"kinderen", "bewuste-schending"}, GENERIC, {"bewuste-schending"})
    base = CaseBase([*ENTRIES, entry(other)], SIDES)
    data = dossier(DISTINGUISHABLE, precedents=base.assess(CaseQuery(DISTINGUISHABLE, "pw-58-8")))
    message = fires("contradicts-precedent", data).message
    assert "in strijd met g-1 en g-2" in message
    assert "ten opzichte van g-1 op ‘Minderjarige kinderen geraakt’" in message
    assert "ten opzichte van g-2 op ‘Geen verwijtbaarheid’" in message


def test_a_decision_under_another_route_is_never_contradicted() -> None:
    """g-1 and d-1 were decided under pw-58-8; a dossier under awb-4-84 with their factors
    is bound by neither: nothing is contradicted, forced or out of range."""
    elsewhere = BASE.assess(CaseQuery(DISTINGUISHABLE, "awb-4-84"))
    data = dossier(DISTINGUISHABLE, precedents=elsewhere, decision=Decision(OutcomeType.FULL))
    assert check("contradicts-precedent", data) is None
    assert check("contradicts-precedent", replace(data, outcome=GENERIC)) is None
    assert "nieuw terrein" in fires("free-decision", data).message
    forced_elsewhere = BASE.assess(CaseQuery(FORCED, "awb-4-84"))
    far = Decision(OutcomeType.PARTIAL, Degree(DegreeUnit.PERCENT, 10))
    assert check("degree-outside-range", dossier(precedents=forced_elsewhere, decision=far)) is None
    assert check("degree-outside-range", dossier(decision=far)) is not None  # same route


def test_without_a_route_nothing_binds_yet() -> None:
    unrouted = BASE.assess(CaseQuery(DISTINGUISHABLE))
    data = dossier(DISTINGUISHABLE, precedents=unrouted)
    assert check("contradicts-precedent", data) is None
    finding = fires("free-decision", data)
    assert finding.message.startswith(
        "Het afwijken van de regel is nog niet aan eerdere beslissingen getoetst: er is nog "
        "geen route gekozen."
    )
    assert finding.advice.startswith("Kies de route")


# ----------------------------------------------------------------- free-decision


def test_new_ground_goes_to_the_case_conference() -> None:
    finding = fires("free-decision", dossier(frozenset({"kinderen"})))
    assert finding.severity is Severity.INFO
    assert "casuïstiekoverleg" in finding.message
    assert check("free-decision", dossier()) is None  # forced
    assert check("free-decision", dossier(DISTINGUISHABLE)) is None  # the conflict comes first


def test_a_free_outcome_distinguished_from_every_conflict_is_still_new_ground() -> None:
    decision = Decision(OutcomeType.FULL, distinctions=(Distinction("g-1", "kinderen"),))
    assert check("free-decision", dossier(DISTINGUISHABLE, decision=decision))


# ----------------------------------------------------------------- later-precedent

SIGNED_AT = datetime(2026, 12, 3, 14, 0, tzinfo=UTC)


def known_later(p: Precedent, imported: bool = False) -> CaseEntry:
    return replace(entry(p, imported=imported), known_since=SIGNED_AT + timedelta(days=30))


LATER_ENTRIES = [
    known_later(precedent("d-1", FORCED, DEVIATE, {"eigen-aandeel"})),
    known_later(precedent("d-4", FORCED, DEVIATE, {"eigen-aandeel"})),
    known_later(precedent("d-3", {"eigen-aandeel"}, DEVIATE, {"eigen-aandeel"}), imported=True),
]
"""Deviations known only since a refusal for FORCED was signed: d-1 and d-4 share all its
factors; d-3 lacks ‘groot-bedrag’, so the refusal could be distinguished from it."""


def signed_refusal(reason: frozenset[str] | None = None, later: bool = True) -> IndicatorInput:
    base = CaseBase([ENTRIES[2], *(LATER_ENTRIES if later else ())], SIDES)
    return dossier(
        outcome=GENERIC,
        decision=Decision(OutcomeType.REFUSE, reason=reason),
        precedents=base.assess(CaseQuery(FORCED, "pw-58-8", as_of=SIGNED_AT)),
        signature=Signature(GENERIC, "Voorzitter C"),
    )


def test_a_precedent_known_since_the_signature_is_information_not_a_contradiction() -> None:
    signed = signed_refusal()
    assert check("contradicts-precedent", signed) is None
    finding = fires("later-precedent", signed)
    assert finding.severity is Severity.INFO and finding.advice == ""
    assert finding.statement == (
        "Later bekend geworden beslissingen wijken af: d-1 en d-4. Dit dossier verschilt daar "
        "niet relevant van. Een later bekend geworden beslissing wijkt af: d-3 (geïmporteerd). "
        "Het besluit legt niet vast waarin dit dossier daarvan verschilt; dat kan op ‘Groot "
        f"bedrag, ruime draagkracht’. {LATER_KNOWN_NOTE}"
    )
    # The same refusal decided today is judged against them, and contradicts d-1 and d-4.
    today = replace(signed, precedents=replace(signed.precedents, later={}))
    assert check("later-precedent", today) is None
    now = CaseBase([ENTRIES[2], *LATER_ENTRIES], SIDES).assess(CaseQuery(FORCED, "pw-58-8"))
    assert fires("contradicts-precedent", replace(signed, precedents=now)).severity is (
        Severity.CRITICAL
    )


def test_a_later_precedent_the_decision_distinguishes_is_not_mentioned() -> None:
    named = signed_refusal(reason=frozenset({"groot-bedrag"}))
    statement = fires("later-precedent", named).statement
    assert "d-3" not in statement and statement.startswith(
        "Later bekend geworden beslissingen wijken af: d-1 en d-4."
    )


def test_later_precedents_never_change_the_verdict_on_the_signed_decision() -> None:
    with_later, without = evaluate(signed_refusal()), evaluate(signed_refusal(later=False))
    assert [f for f in with_later if f.id != "later-precedent"] == without
    assert "later-precedent" not in {f.id for f in without}
    report = signed_refusal().precedents
    assert report is not None
    assert later_known(report, GENERIC, None, LABELS.__getitem__)
    assert later_known(report, DEVIATE, None, LABELS.__getitem__) == ()  # they support it


# ----------------------------------------------------------------- degree-outside-range


@pytest.mark.parametrize(("value", "where"), [(90, "boven"), (20, "onder")])
def test_a_degree_outside_the_forcing_range(value: float, where: str) -> None:
    decision = Decision(OutcomeType.PARTIAL, Degree(DegreeUnit.PERCENT, value))
    finding = fires("degree-outside-range", dossier(decision=decision))
    assert finding.severity is Severity.HIGH
    assert finding.message.startswith(
        f"De mate van deze beslissing ({value}%) ligt {where} die van de eerdere beslissingen "
        "die deze uitkomst afdwingen (50% tot 70%, bij d-1 en d-2 (geïmporteerd))."
    )


@pytest.mark.parametrize(
    "degree", [Degree(DegreeUnit.PERCENT, 60), Degree(DegreeUnit.EURO, 5000), None]
)
def test_a_degree_within_the_range_or_in_another_unit(degree: Degree | None) -> None:
    decision = Decision(OutcomeType.PARTIAL, degree)
    assert check("degree-outside-range", dossier(decision=decision)) is None


# ----------------------------------------------------------------- criteria


def test_a_failed_knockout_leaves_no_legal_route() -> None:
    failed = criteria("awb-4-84", H3=Answer.MET, H5=Answer.NOT_MET)
    finding = fires("criteria-not-met", dossier(criteria=failed))
    assert finding.severity is Severity.HIGH
    assert finding.message.startswith(
        "Afwijken heeft geen wettelijke grondslag: aan het harde criterium H5 (Onevenredige "
        "gevolgen) is niet voldaan."
    )
    assert check("criteria-not-met", dossier(criteria=failed, outcome=GENERIC)) is None
    assert check("criteria-not-met", dossier()) is None


def test_the_escalation_route_is_no_route_to_deviate() -> None:
    finding = fires("criteria-not-met", dossier(criteria=criteria("escaleren")))
    assert "langs de gekozen route kan binnen de wet niet worden afgeweken" in finding.message


def test_unknown_knockouts_or_no_route() -> None:
    unknown = fires("criteria-unknown", dossier(criteria=criteria("awb-4-84", H3=Answer.MET)))
    assert unknown.severity is Severity.MEDIUM
    assert (
        "Van het harde criterium H5 (Onevenredige gevolgen) staat nog niet vast of eraan is "
        "voldaan" in unknown.message
    )
    assert "geen route gekozen" in fires("criteria-unknown", dossier(criteria=None)).message
    assert fires("criteria-unknown", dossier(criteria=criteria(None)))


def test_known_or_failed_knockouts_are_not_unknown() -> None:
    failed = criteria("awb-4-84", H5=Answer.NOT_MET)  # H3 unknown, but the route is closed
    assert check("criteria-unknown", dossier(criteria=failed)) is None
    assert check("criteria-unknown", dossier()) is None
    assert check("criteria-unknown", dossier(criteria=None, outcome=GENERIC)) is None


# ----------------------------------------------------------------- decisive-factor-unmotivated


def test_an_unmotivated_decisive_factor() -> None:
    data = dossier(
        DISTINGUISHABLE,
        decision=Decision(OutcomeType.FULL),  # reason: every pro factor present
        factor_motivations={"geen-verwijt": "Kon het niet weten.", "kinderen": "  "},
    )
    finding = fires("decisive-factor-unmotivated", data)
    assert finding.message.startswith(
        "De doorslaggevende factor ‘Minderjarige kinderen geraakt’ is niet gemotiveerd."
    )


def test_only_the_chosen_reason_needs_motivation() -> None:
    decision = Decision(OutcomeType.FULL, reason=frozenset({"geen-verwijt"}))
    motivated = {"geen-verwijt": "Kon het niet weten."}
    data = dossier(DISTINGUISHABLE, decision=decision, factor_motivations=motivated)
    assert check("decisive-factor-unmotivated", data) is None
    assert check("decisive-factor-unmotivated", dossier(factor_motivations={})) is None


# ----------------------------------------------------------------- sluitstuk-open


@pytest.mark.parametrize(
    ("state", "severity", "status"),
    [
        (GateState.NOT_TRIED, Severity.HIGH, GateStatus.NOT_SATISFIED),
        (GateState.UNKNOWN, Severity.MEDIUM, GateStatus.OPEN),
    ],
)
def test_the_sluitstuk_comes_first(
    state: GateState, severity: Severity, status: GateStatus
) -> None:
    result = criteria("awb-4-84", state, H3=Answer.MET, H5=Answer.MET)
    assert result.gate.status is status
    finding = fires("sluitstuk-open", dossier(criteria=result))
    assert finding.severity is severity
    assert finding.message.startswith(result.gate.explanation)
    assert check("sluitstuk-open", dossier(criteria=result, outcome=GENERIC)) is None
    assert check("sluitstuk-open", dossier()) is None


# ----------------------------------------------------------------- single-decider


def test_a_deviation_needs_two_deciders() -> None:
    finding = fires("single-decider", dossier(deciders=("Behandelaar A", " behandelaar  a")))
    assert finding.severity is Severity.HIGH
    assert "maar één persoon (Behandelaar A)" in finding.message
    assert "nog niemand" in fires("single-decider", dossier(deciders=())).message
    conflicted = dossier(conflicts_of_interest=("Teamleider B",))
    assert fires("single-decider", conflicted)
    assert check("single-decider", dossier()) is None
    assert check("single-decider", dossier(deciders=("A",), outcome=GENERIC)) is None


def test_advice_in_the_conference_is_a_second_pair_of_eyes() -> None:
    advised = dossier(deciders=("Behandelaar A",), advisers=("Jurist C",))
    assert check("single-decider", advised) is None
    # Advice from the only decider, or from someone with a conflict, is no second opinion.
    assert fires("single-decider", replace(advised, advisers=("behandelaar a",)))
    conflicted = replace(advised, conflicts_of_interest=("Jurist C",))
    assert "maar één persoon (Behandelaar A)" in fires("single-decider", conflicted).message


def test_a_decision_the_chair_signed_is_never_decided_alone() -> None:
    signed = Signature(DEVIATE, "Voorzitter C")
    assert check("single-decider", dossier(deciders=(), signature=signed)) is None
    assert check("single-decider", dossier(deciders=("Behandelaar A",), signature=signed)) is None


NAMES = st.lists(st.sampled_from(["Anna", "anna ", "Bert", "Cor", ""]), max_size=3).map(tuple)


@given(NAMES, NAMES, NAMES, st.sampled_from(["", "Cor", "Dirk"]))
def test_single_decider_says_exactly_who_decided(
    deciders: tuple[str, ...], advisers: tuple[str, ...], conflicted: tuple[str, ...], chair: str
) -> None:
    signature = Signature(DEVIATE, chair) if chair else None
    data = dossier(
        deciders=deciders,
        advisers=advisers,
        conflicts_of_interest=conflicted,
        signature=signature,
    )
    free = {" ".join(n.split()).casefold() for n in (*deciders, *advisers)} - {""}
    free -= {" ".join(n.split()).casefold() for n in conflicted}
    finding = check("single-decider", data)
    signed = bool(chair) and chair.casefold() not in {n.casefold() for n in conflicted}
    assert (finding is None) == (signed or len(free) >= 2)
    if finding is not None:
        if free:
            (only,) = free
            assert f"maar één persoon ({only})" in finding.statement.casefold()
        else:
            assert "nog niemand" in finding.statement


# ----------------------------------------------------------------- conflict-of-interest


def test_a_decider_with_a_declared_conflict() -> None:
    finding = fires("conflict-of-interest", dossier(conflicts_of_interest=("teamleider b",)))
    assert finding.severity is Severity.CRITICAL
    assert finding.message.startswith("Teamleider B heeft een belangenconflict gemeld")
    assert "art. 2:4 Awb" in finding.message
    assert check("conflict-of-interest", dossier(conflicts_of_interest=("Jurist C",))) is None
    signer = dossier(
        conflicts_of_interest=("Voorzitter C",), signature=Signature(DEVIATE, "Voorzitter C")
    )
    assert fires("conflict-of-interest", signer).statement.startswith("Voorzitter C heeft")
    adviser = dossier(conflicts_of_interest=("Jurist D",), advisers=("Jurist D",))
    assert fires("conflict-of-interest", adviser)


# ----------------------------------------------------------------- zienswijze-missing

BURDENING = Weighing(
    nature=DecisionNature.BURDENING,
    steps={StepId.BALANCE: StepRecord(StepAnswer.YES, "Het doel weegt zwaarder.")},
)


@pytest.mark.parametrize("state", [Zienswijze.NOT_OFFERED, Zienswijze.UNKNOWN])
def test_a_burdening_decision_needs_a_zienswijze(state: Zienswijze) -> None:
    data = dossier(outcome=GENERIC, weighing=BURDENING, zienswijze=state)
    finding = fires("zienswijze-missing", data)
    assert finding.severity is Severity.HIGH
    assert "art. 4:8 Awb" in finding.message
    partial = dossier(weighing=BURDENING, zienswijze=state, decision=Decision(OutcomeType.PARTIAL))
    assert fires("zienswijze-missing", partial)


def test_no_zienswijze_needed() -> None:
    data = dossier(outcome=GENERIC, weighing=BURDENING, zienswijze=Zienswijze.NOT_OFFERED)
    assert check("zienswijze-missing", replace(data, on_application=True)) is None
    assert check("zienswijze-missing", replace(data, zienswijze=Zienswijze.OFFERED)) is None
    assert check("zienswijze-missing", replace(data, zienswijze=Zienswijze.NOT_REQUIRED)) is None
    assert check("zienswijze-missing", replace(data, weighing=Weighing())) is None
    full = replace(data, outcome=None, decision=Decision(OutcomeType.FULL))
    assert check("zienswijze-missing", full) is None


# ----------------------------------------------------------------- group-pattern


def test_a_third_similar_deviation_is_a_group_pattern() -> None:
    finding = fires("group-pattern", dossier(similar_deviations=2))
    assert finding.severity is Severity.LOW
    assert "knelpuntsignaal" in finding.message and "Ar 5.25" in finding.message
    assert check("group-pattern", dossier(similar_deviations=1)) is None
    assert check("group-pattern", dossier(similar_deviations=5, signal_decided=True)) is None
    assert check("group-pattern", dossier(similar_deviations=5, outcome=GENERIC)) is None


# ----------------------------------------------------------------- the weighing


def test_an_unweighed_or_unmotivated_balance() -> None:
    unknown = fires("balance-unweighed", dossier(weighing=Weighing()))
    assert unknown.message.startswith("De evenwichtigheid is nog niet afgewogen")
    bare = Weighing(steps={StepId.BALANCE: StepRecord(StepAnswer.NO)})
    assert fires("balance-unweighed", dossier(weighing=bare))
    assert check("balance-unweighed", dossier()) is None


def test_the_balance_may_be_skipped_when_an_earlier_step_fails() -> None:
    unsuitable = Weighing(steps={StepId.SUITABILITY: StepRecord(StepAnswer.NO, "Dient niet.")})
    lighter = Weighing(
        alternatives={Alternative.PAYMENT_PLAN: AlternativeRecord(AlternativeVerdict.SERVES_AIM)}
    )
    assert check("balance-unweighed", dossier(weighing=unsuitable)) is None
    assert check("balance-unweighed", dossier(weighing=lighter)) is None


def test_the_balance_stays_open_where_the_earlier_steps_do_not_count() -> None:
    unsuitable = Weighing(steps={StepId.SUITABILITY: StepRecord(StepAnswer.NO, "Dient niet.")})
    assert fires("balance-unweighed", dossier(weighing=unsuitable, power="gebonden-wet"))
    favourable = Weighing(
        nature=DecisionNature.FAVOURABLE,
        alternatives={Alternative.PAYMENT_PLAN: AlternativeRecord(AlternativeVerdict.SERVES_AIM)},
    )
    assert fires("balance-unweighed", dossier(weighing=favourable))


@given(weighings(), st.sampled_from(POWERS), st.sampled_from(Outcome))
def test_every_open_balance_is_flagged(w: Weighing, power: str | None, outcome: Outcome) -> None:
    applies = step_applicability(w, power)[StepId.BALANCE].applies
    record = w.step(StepId.BALANCE)
    is_open = record.answer is StepAnswer.UNKNOWN or not record.motivation.strip()
    finding = check("balance-unweighed", dossier(weighing=w, power=power, outcome=outcome))
    assert (finding is not None) == (applies and is_open)


def test_the_generic_rule_applied_against_the_weighing() -> None:
    finding = fires("generic-disproportionate", dossier(outcome=GENERIC))
    assert finding.severity is Severity.HIGH
    assert "evenwichtigheid: nee" in finding.statement
    assert check("generic-disproportionate", dossier()) is None
    assert check("generic-disproportionate", dossier(outcome=GENERIC, weighing=BURDENING)) is None


def _steps(**answers: StepAnswer) -> dict[StepId, StepRecord]:
    return {StepId(k): StepRecord(v, "Zo blijkt het.") for k, v in answers.items()}


INTENSIVE = {
    IntensityFactor.SEVERITY: Level.HIGH,
    IntensityFactor.FUNDAMENTAL_RIGHTS: Level.HIGH,
    IntensityFactor.CHILDREN: Level.HIGH,
}


@pytest.mark.parametrize(
    ("weighing", "way"),
    [
        (Weighing(steps=_steps(suitability=StepAnswer.NO)), "geschiktheid: nee"),
        (Weighing(steps=_steps(necessity=StepAnswer.NO)), "noodzakelijkheid: nee"),
        (
            Weighing(
                alternatives={
                    Alternative.PAYMENT_PLAN: AlternativeRecord(AlternativeVerdict.SERVES_AIM)
                }
            ),
            "een lichtere maatregel dient het doel even goed: een betalingsregeling",
        ),
        (
            Weighing(
                steps=_steps(
                    suitability=StepAnswer.YES,
                    necessity=StepAnswer.YES,
                    balance=StepAnswer.PARTLY,
                ),
                intensity=INTENSIVE,
            ),
            "evenwichtigheid gedeeltelijk bij intensieve toetsing",
        ),
        (Weighing(steps=_steps(balance=StepAnswer.NO)), "evenwichtigheid: nee"),
    ],
)
def test_every_way_the_generic_rule_is_disproportionate_is_flagged(
    weighing: Weighing, way: str
) -> None:
    assert verdict(weighing, None).value is VerdictValue.DISPROPORTIONATE
    finding = fires("generic-disproportionate", dossier(outcome=GENERIC, weighing=weighing))
    assert way in finding.statement


@given(weighings(), st.sampled_from(POWERS))
def test_the_indicator_follows_the_verdict(w: Weighing, power: str | None) -> None:
    result = verdict(w, power)
    finding = check("generic-disproportionate", dossier(outcome=GENERIC, weighing=w, power=power))
    assert (finding is not None) == (result.value is VerdictValue.DISPROPORTIONATE)
    if finding is not None:
        assert result.failures
        assert all(f.label in finding.statement for f in result.failures)
    assert set(result.failures) <= set(Failure)


# ----------------------------------------------------------------- alternative-unexplained

SERVING = Weighing(
    nature=DecisionNature.BURDENING,
    steps=_steps(suitability=StepAnswer.YES, necessity=StepAnswer.NO),
    alternatives={
        Alternative.PAYMENT_PLAN: AlternativeRecord(AlternativeVerdict.SERVES_AIM, "Past."),
        Alternative.WARNING_FIRST: AlternativeRecord(AlternativeVerdict.INSUFFICIENT, "Nee."),
    },
)


def test_a_deviation_says_why_a_lighter_measure_that_serves_the_aim_was_set_aside() -> None:
    full = dossier(weighing=SERVING, decision=Decision(OutcomeType.FULL))
    finding = fires("alternative-unexplained", full)
    assert finding.severity is Severity.MEDIUM
    assert finding.statement.startswith(
        "Een betalingsregeling dient volgens de afweging het doel even goed, maar er staat niet "
        "bij waarom het besluit (volledig afwijken) die lichtere maatregel terzijde legt."
    )
    assert "weighing.alternatives" in finding.fields
    assert fires("alternative-unexplained", dossier(weighing=SERVING))  # only proposed
    reason = AlternativeRecord(
        AlternativeVerdict.SERVES_AIM, "Past.", set_aside="De schuld is niet op te brengen."
    )
    explained = replace(SERVING, alternatives={Alternative.PAYMENT_PLAN: reason})
    assert check("alternative-unexplained", replace(full, weighing=explained)) is None


def test_no_reason_is_needed_when_the_decision_is_that_measure_or_none_serves() -> None:
    plan = dossier(weighing=SERVING, decision=Decision(OutcomeType.ALTERNATIVE))
    assert check("alternative-unexplained", plan) is None
    assert check("alternative-unexplained", dossier(weighing=SERVING, outcome=GENERIC)) is None
    assert check("alternative-unexplained", dossier()) is None
    favourable = replace(SERVING, nature=DecisionNature.FAVOURABLE)  # no lighter measure there
    assert check("alternative-unexplained", dossier(weighing=favourable)) is None


def test_a_payment_plan_on_measure_is_the_lighter_measure_it_carries() -> None:
    plan = dossier(weighing=SERVING, decision=Decision(OutcomeType.PAYMENT_PLAN))
    assert check("alternative-unexplained", plan) is None
    suspended = replace(
        SERVING,
        alternatives={
            Alternative.SUSPENDED_MEASURE: AlternativeRecord(AlternativeVerdict.SERVES_AIM, "Ja.")
        },
    )
    held = Decision(OutcomeType.SUSPEND, Degree(DegreeUnit.MONTHS, 6))
    assert check("alternative-unexplained", dossier(weighing=suspended, decision=held)) is None
    assert fires("alternative-unexplained", dossier(weighing=SERVING, decision=held))


@pytest.mark.parametrize("kind", [OutcomeType.SUSPEND, OutcomeType.PAYMENT_PLAN])
def test_suspending_or_a_payment_plan_still_burdens_and_needs_a_zienswijze(
    kind: OutcomeType,
) -> None:
    data = dossier(weighing=BURDENING, zienswijze=Zienswijze.NOT_OFFERED, decision=Decision(kind))
    assert fires("zienswijze-missing", data)


# ----------------------------------------------------------------- evaluate and order


def test_evaluate_sorts_by_severity_then_id() -> None:
    data = dossier(
        frozenset({"kinderen"}),
        deciders=("Behandelaar A",),
        conflicts_of_interest=("Behandelaar A",),
        criteria=criteria("awb-4-84", GateState.UNKNOWN, H3=Answer.MET),
        similar_deviations=4,
    )
    findings = evaluate(data)
    assert [(f.severity, f.id) for f in findings] == [
        (Severity.CRITICAL, "conflict-of-interest"),
        (Severity.HIGH, "single-decider"),
        (Severity.MEDIUM, "criteria-unknown"),
        (Severity.MEDIUM, "sluitstuk-open"),
        (Severity.LOW, "group-pattern"),
        (Severity.INFO, "free-decision"),
    ]
    assert worst(findings) is Severity.CRITICAL
    assert worst(findings[1:]) is Severity.HIGH
    assert worst([]) is None


def test_severities_are_ordered_and_labelled() -> None:
    assert list(Severity) == sorted(Severity, reverse=True)
    assert Severity.CRITICAL > Severity.HIGH > Severity.MEDIUM > Severity.LOW > Severity.INFO
    assert Severity.INFO <= Severity.INFO < Severity.LOW
    assert [s.label for s in Severity] == ["kritiek", "hoog", "middel", "laag", "info"]
    assert [s.rank for s in Severity] == [0, 1, 2, 3, 4]


def test_a_finding_states_the_problem_apart_from_the_advice() -> None:
    data = dossier(
        frozenset({"kinderen"}),
        outcome=DEVIATE,
        decision=Decision(OutcomeType.PARTIAL, Degree(DegreeUnit.PERCENT, 10)),
        deciders=("Behandelaar A",),
        conflicts_of_interest=("Behandelaar A",),
        criteria=criteria("awb-4-84", GateState.NOT_TRIED, H3=Answer.MET),
        weighing=Weighing(),
        factor_motivations={},
        similar_deviations=4,
    )
    findings = evaluate(data)
    assert len(findings) >= 6
    for finding in findings:
        assert finding.statement and finding.advice, finding.id
        assert finding.message == f"{finding.statement} {finding.advice}"


def _every_finding() -> list[Finding]:
    """Findings of every indicator, each way it can advise."""
    inputs = [
        dossier(outcome=GENERIC),  # contradicts a forcing precedent, disproportionate
        dossier(DISTINGUISHABLE),  # a conflict to distinguish
        dossier(frozenset({"kinderen"})),  # new ground
        signed_refusal(),  # a precedent known later
        dossier(decision=Decision(OutcomeType.PARTIAL, Degree(DegreeUnit.PERCENT, 90))),
        dossier(criteria=criteria("awb-4-84", H3=Answer.MET, H5=Answer.NOT_MET)),
        dossier(
            frozenset({"kinderen"}),
            decision=Decision(OutcomeType.FULL),
            deciders=("Behandelaar A",),
            conflicts_of_interest=("Behandelaar A",),
            criteria=criteria("awb-4-84", GateState.UNKNOWN, H3=Answer.MET),
            weighing=Weighing(),
            factor_motivations={},
            similar_deviations=4,
        ),
        dossier(outcome=GENERIC, weighing=BURDENING, zienswijze=Zienswijze.NOT_OFFERED),
        dossier(weighing=SERVING, decision=Decision(OutcomeType.FULL)),
        dossier(outcome=GENERIC, weighing=Weighing(), burden=LARGE),
    ]
    findings = [f for data in inputs for f in evaluate(data)]
    assert {f.id for f in findings} == {i.id for i in INDICATORS}
    return findings


def test_what_a_document_says_of_a_finding_names_no_control_of_the_app() -> None:
    """Statement and advice go into documents, where there is nothing to click; only the
    hint, on screen, names a button or column, and one the app has."""
    findings = _every_finding()
    naming = {f.id: named_controls(f.message) for f in findings if named_controls(f.message)}
    assert naming == {}
    for finding in findings:
        if finding.hint:
            assert finding.advice and named_controls(finding.hint), finding.hint
            assert finding.on_screen == f"{finding.message} {finding.hint}"
        else:
            assert finding.on_screen == finding.message
    hinted = {f.id for f in findings if f.hint}
    assert hinted == {"contradicts-precedent", "alternative-unexplained"}


def test_ids_are_unique_kebab_case_and_documented() -> None:
    ids = [indicator.id for indicator in INDICATORS]
    assert len(set(ids)) == len(ids)
    assert all(re.fullmatch(r"[a-z]+(-[a-z]+)*", i) for i in ids)
    text = DOCS.read_text(encoding="utf-8")
    documented = re.findall(r"^### `([a-z-]+)`", text, flags=re.MULTILINE)
    assert documented == ids


LARGE = RecoveryBurden(Decimal("4312.17"), Decimal("12000.00"))


def test_a_large_recovery_under_the_generic_rule_asks_to_be_weighed() -> None:
    finding = fires("recovery-large", dossier(outcome=GENERIC, weighing=Weighing(), burden=LARGE))
    assert finding.severity is Severity.MEDIUM
    assert finding.statement == (
        "De (terug)vordering van € 4.312,17 is 36 % van het jaarinkomen van € 12.000,00 "
        "(inkomen en uitkeringen samen). Vanaf 30 % duurt aflossen met een tiende van het "
        "inkomen per maand 3 jaar of langer."
    )
    assert "evenwichtigheid" in finding.advice
    assert finding.fields == ("weighing.steps.balance", "facts.amounts")


def test_a_weighed_large_recovery_stays_as_information() -> None:
    finding = fires("recovery-large", dossier(outcome=GENERIC, burden=LARGE))
    assert finding.severity is Severity.INFO and not finding.advice
    assert finding.statement.endswith("Deze last is bij de evenwichtigheid gewogen.")


@pytest.mark.parametrize(
    "data",
    [
        dossier(outcome=GENERIC, weighing=Weighing()),
        dossier(burden=LARGE, weighing=Weighing()),  # deviating takes the burden away
        dossier(
            outcome=GENERIC,
            weighing=Weighing(),
            burden=RecoveryBurden(Decimal("3599.99"), Decimal("12000.00")),
        ),
    ],
)
def test_no_finding_without_a_large_recovery_under_the_generic_rule(data: IndicatorInput) -> None:
    assert check("recovery-large", data) is None
