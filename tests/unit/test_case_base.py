"""The indexed case base gives exactly the answers of the definitions, plus ranking."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from maatwerkdesk.domain.case_base import CaseBase, CaseEntry, CaseQuery, Relation
from maatwerkdesk.domain.decision import Degree, DegreeUnit, OutcomeType
from maatwerkdesk.domain.precedent import Outcome, Precedent, Status, check_outcome
from maatwerkdesk.domain.text import content_words
from tests.unit.test_precedent_engine import C1, C2, FACTORS, SIDES, case_bases

DEVIATE, GENERIC = Outcome.DEVIATE, Outcome.GENERIC


def entry(
    precedent: Precedent,
    route: str | None = "r1",
    degree: Degree | None = None,
    summary: str = "",
) -> CaseEntry:
    kind = OutcomeType.PARTIAL if precedent.outcome is DEVIATE else OutcomeType.GENERIC
    return CaseEntry(precedent, route, kind, degree, summary, False, content_words(summary))


def test_the_worked_example_through_the_index() -> None:
    base = CaseBase([entry(C1, degree=Degree(DegreeUnit.PERCENT, 50)), entry(C2)], SIDES)
    report = base.assess(CaseQuery(frozenset({"p1", "d1", "p3"}), "r1"))
    assert report.outcomes[DEVIATE].status is Status.FORCED
    assert report.outcomes[GENERIC].status is Status.INCONSISTENT
    assert [str(r) for r in report.degree_ranges[DEVIATE]] == ["50%"]
    assert report.degree_ranges[GENERIC] == []
    [first] = report.similar
    assert (first.entry.id, first.relation) == ("c1", Relation.FORCING)
    assert first.shared == {"p1", "d1"} and first.only_precedent == {"p2"}
    assert first.only_case == {"p3"}
    [second] = base.assess(CaseQuery(frozenset({"p2", "d1"}))).similar[1:]
    assert (second.entry.id, second.relation) == ("c2", Relation.SIMILAR)
    assert report.base_conflicts == []


def test_the_proposed_reason_and_an_excluded_own_case() -> None:
    base = CaseBase([entry(C1), entry(C2)], SIDES)
    factors = frozenset({"p1", "p2", "d2"})
    narrow = base.assess(CaseQuery(factors, reasons={DEVIATE: frozenset({"p2"})}))
    assert not narrow.outcomes[DEVIATE].reason_consistent
    assert (
        base.assess(CaseQuery(frozenset({"p1", "d1"}), exclude="c1")).outcomes[DEVIATE].status
        is Status.FREE
    )


def test_ranking_puts_the_same_route_first_then_shared_factors_then_text() -> None:
    near = Precedent("a-near", frozenset({"p1", "p2", "d1"}), DEVIATE, frozenset({"p1"}))
    other_route = Precedent("b-other", frozenset({"p1", "p2", "d1"}), DEVIATE, frozenset({"p1"}))
    fewer = Precedent("c-fewer", frozenset({"p1", "p3"}), DEVIATE, frozenset({"p1"}))
    wordy = Precedent("d-wordy", frozenset({"p1", "p3"}), DEVIATE, frozenset({"p1"}))
    base = CaseBase(
        [
            entry(other_route, route="r2"),
            entry(fewer, summary="huurachterstand"),
            entry(wordy, summary="terugvordering bijstand na verzwegen inkomsten"),
            entry(near),
        ],
        SIDES,
    )
    query = CaseQuery.of_text({"p1", "p2", "d1"}, "r1", "Terugvordering van bijstand")
    ranked = [s.entry.id for s in base.assess(query).similar]
    assert ranked == ["a-near", "d-wordy", "c-fewer", "b-other"]


def test_cases_without_a_route_rank_beside_cases_with_one() -> None:
    same = Precedent("a", frozenset({"p1"}), DEVIATE, frozenset({"p1"}))
    unrouted = Precedent("b", frozenset({"p1"}), DEVIATE, frozenset({"p1"}))
    base = CaseBase([entry(same, route="r2"), entry(unrouted, route=None)], SIDES)
    similar = base.assess(CaseQuery(frozenset({"p1"})), limit=1).similar
    assert [s.entry.id for s in similar] == ["a"]


def test_an_inconsistent_base_is_reported_and_still_answers() -> None:
    clash = Precedent("c3", frozenset({"p1", "d1"}), GENERIC, frozenset({"d1"}))
    base = CaseBase([entry(C1), entry(C2), entry(clash)], SIDES)
    report = base.assess(CaseQuery(frozenset({"p1", "d1"})))
    assert report.outcomes[DEVIATE].status is Status.INCONSISTENT
    assert report.outcomes[GENERIC].status is Status.INCONSISTENT
    assert [(a.id, b.id) for a, b in report.base_conflicts] == [("c1", "c3")]


def test_the_similar_list_is_limited_and_skips_cases_without_shared_factors() -> None:
    many = [
        entry(Precedent(f"c{i:03}", frozenset({"p1", "d1"}), DEVIATE, frozenset({"p1"})))
        for i in range(30)
    ]
    unrelated = entry(Precedent("x", frozenset({"p3"}), DEVIATE, frozenset({"p3"})))
    base = CaseBase([*many, unrelated], SIDES)
    similar = base.assess(CaseQuery(frozenset({"p1"})), limit=5).similar
    assert [s.entry.id for s in similar] == ["c000", "c001", "c002", "c003", "c004"]
    assert base.assess(CaseQuery(frozenset({"p2"}))).similar == []


@given(case_bases(), st.sets(st.sampled_from(FACTORS)), st.sets(st.sampled_from(FACTORS)))
def test_the_index_agrees_with_the_definitions(
    base: list[Precedent], factors: set[str], reason: set[str]
) -> None:
    indexed = CaseBase([entry(p) for p in base], SIDES)
    present = frozenset(factors)
    proposed = SIDES.of(reason & factors, DEVIATE.side)
    report = indexed.assess(CaseQuery(present, reasons={DEVIATE: proposed}))
    assert report.outcomes[DEVIATE] == check_outcome(present, DEVIATE, base, SIDES, proposed)
    assert report.outcomes[GENERIC] == check_outcome(present, GENERIC, base, SIDES)
