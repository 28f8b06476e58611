"""The indexed case base gives exactly the answers of the definitions, plus ranking."""

from __future__ import annotations

from datetime import UTC, datetime

from hypothesis import given
from hypothesis import strategies as st

from maatwerkdesk.domain.case_base import BASE_CONFLICT_LIMIT as LIMIT
from maatwerkdesk.domain.case_base import CaseBase, CaseEntry, CaseQuery, Relation
from maatwerkdesk.domain.decision import Degree, DegreeUnit, OutcomeType
from maatwerkdesk.domain.precedent import (
    Outcome,
    Precedent,
    Status,
    check_outcome,
    forces,
    inconsistent_pairs,
)
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
    [second] = base.assess(CaseQuery(frozenset({"p2", "d1"}), "r1")).similar[1:]
    assert (second.entry.id, second.relation) == ("c2", Relation.SIMILAR)
    assert report.base_conflicts == []


def test_the_proposed_reason_and_an_excluded_own_case() -> None:
    base = CaseBase([entry(C1), entry(C2)], SIDES)
    factors = frozenset({"p1", "p2", "d2"})
    narrow = base.assess(CaseQuery(factors, "r1", reasons={DEVIATE: frozenset({"p2"})}))
    assert not narrow.outcomes[DEVIATE].reason_consistent
    assert (
        base.assess(CaseQuery(frozenset({"p1", "d1"}), "r1", exclude="c1")).outcomes[DEVIATE].status
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
    report = base.assess(CaseQuery(frozenset({"p1", "d1"}), "r1"))
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
    report = indexed.assess(CaseQuery(present, "r1", reasons={DEVIATE: proposed}))
    for outcome, reason_given in ((DEVIATE, proposed), (GENERIC, None)):
        result = report.outcomes[outcome]
        expected = check_outcome(present, outcome, base, SIDES, reason_given)
        assert (result.status, result.reason_consistent) == (
            expected.status,
            expected.reason_consistent,
        )
        assert (result.forcing, result.contradicting) == (expected.forcing, expected.contradicting)
        assert result.conflicts == expected.conflicts
        assert (result.forcing_count, result.contradicting_count) == (
            len(expected.forcing),
            len(expected.contradicting),
        )
        grouped = [c for g in result.conflict_groups for c in g.precedents]
        assert sorted(p.id for p in grouped) == [c.precedent.id for c in expected.conflicts]


@given(case_bases(), st.sets(st.sampled_from(FACTORS)), st.integers(0, 5))
def test_excluding_the_dossier_itself_is_the_same_as_leaving_it_out(
    base: list[Precedent], factors: set[str], own: int
) -> None:
    if not base:
        return
    mine = base[own % len(base)]
    present = frozenset(factors)
    with_it = CaseBase([entry(p) for p in base], SIDES).assess(
        CaseQuery(present, "r1", exclude=mine.id)
    )
    without = CaseBase([entry(p) for p in base if p is not mine], SIDES).assess(
        CaseQuery(present, "r1")
    )
    for outcome in Outcome:
        a, b = with_it.outcomes[outcome], without.outcomes[outcome]
        assert (a.status, a.forcing, a.contradicting, a.conflicts, a.forcing_count) == (
            b.status,
            b.forcing,
            b.contradicting,
            b.conflicts,
            b.forcing_count,
        )


ROUTES = st.sampled_from(["r1", "r2", None])
WORDS = st.sampled_from(["terugvordering", "bijstand", "huur", "kinderen", ""])


@st.composite
def entries(draw: st.DrawFn) -> list[CaseEntry]:
    return [
        entry(p, route=draw(ROUTES), summary=" ".join(draw(st.lists(WORDS, max_size=3))))
        for p in draw(case_bases())
    ]


@given(entries(), st.sets(st.sampled_from(FACTORS)), ROUTES, st.integers(1, 4))
def test_similar_cases_are_the_best_by_route_shared_factors_and_text(
    base: list[CaseEntry], factors: set[str], route: str | None, limit: int
) -> None:
    query = CaseQuery.of_text(factors, route, "terugvordering bijstand")
    found = [s.entry.id for s in CaseBase(base, SIDES).assess(query, limit).similar]

    def rank(e: CaseEntry) -> tuple[bool, int, float, str]:
        union = len(e.words | query.words)
        text = len(e.words & query.words) / union if union else 0.0
        same = e.route is not None and e.route == route
        return (not same, -len(e.precedent.factors & query.factors), -text, e.id)

    expected = sorted((e for e in base if e.precedent.factors & query.factors), key=rank)
    assert found == [e.id for e in expected[:limit]]


@given(entries(), st.sets(st.sampled_from(FACTORS)), ROUTES)
def test_reported_base_conflicts_are_the_inconsistent_pairs_that_touch_the_dossier(
    base: list[CaseEntry], factors: set[str], route: str | None
) -> None:
    present = frozenset(factors)
    report = CaseBase(base, SIDES).assess(CaseQuery(present, route))
    precedents = [e.precedent for e in base if route is not None and e.route == route]

    def touches(a: Precedent, b: Precedent) -> bool:
        return (forces(present, a.outcome, a, SIDES) and b.reason <= present) or (
            forces(present, b.outcome, b, SIDES) and a.reason <= present
        )

    expected = [(a.id, b.id) for a, b in inconsistent_pairs(precedents, SIDES) if touches(a, b)]
    reported = [(a.id, b.id) for a, b in report.base_conflicts]
    assert set(reported) <= set(expected) and len(reported) == min(len(expected), LIMIT)
    assert reported == sorted(set(reported))


def test_a_badly_inconsistent_base_reports_a_limited_number_of_pairs() -> None:
    clashing = [
        entry(Precedent(f"d{i:02}", frozenset({"p1", "d1"}), DEVIATE, frozenset({"p1"})))
        for i in range(30)
    ] + [
        entry(Precedent(f"g{i:02}", frozenset({"p1", "d1"}), GENERIC, frozenset({"d1"})))
        for i in range(30)
    ]
    report = CaseBase(clashing, SIDES).assess(CaseQuery(frozenset({"p1", "d1"}), "r1"))
    assert len(report.base_conflicts) == LIMIT
    assert all(a.precedent.outcome is DEVIATE for a, _ in report.base_conflicts)
    assert report.outcomes[DEVIATE].status is Status.INCONSISTENT
    assert len(report.outcomes[DEVIATE].contradicting) == 30


# ---------------------------------------------------------------- binding is scoped to the route


def test_a_case_under_another_route_only_persuades() -> None:
    """A ZW dossier (awb-4-84) with the factors of an AOW decision (svb-dringende-redenen)
    in the same factor catalogue: that decision forces nothing and contradicts nothing."""
    aow = entry(C1, route="svb-dringende-redenen", degree=Degree(DegreeUnit.PERCENT, 50))
    base = CaseBase([aow], SIDES)
    report = base.assess(CaseQuery(frozenset({"p1", "d1"}), "awb-4-84"))
    for outcome in Outcome:
        check = report.outcomes[outcome]
        assert check.status is Status.FREE
        assert (check.forcing_count, check.contradicting_count, check.conflicts) == (0, 0, ())
    assert report.degree_ranges == {DEVIATE: [], GENERIC: []}
    [similar] = report.similar
    assert (similar.entry.id, similar.relation, similar.same_route) == (
        "c1",
        Relation.PERSUASIVE,
        False,
    )
    same = base.assess(CaseQuery(frozenset({"p1", "d1"}), "svb-dringende-redenen"))
    assert same.outcomes[DEVIATE].status is Status.FORCED
    assert same.outcomes[GENERIC].status is Status.INCONSISTENT
    assert [str(r) for r in same.degree_ranges[DEVIATE]] == ["50%"]
    assert (same.similar[0].relation, same.similar[0].same_route) == (Relation.FORCING, True)


def test_a_dossier_without_a_route_is_bound_by_nothing_yet() -> None:
    base = CaseBase([entry(C1), entry(C2, route=None)], SIDES)
    report = base.assess(CaseQuery(frozenset({"p1", "p2", "d1", "d2"})))
    assert report.route is None
    assert all(c.status is Status.FREE and not c.conflicts for c in report.outcomes.values())
    assert report.base_conflicts == []
    assert {(s.entry.id, s.relation) for s in report.similar} == {
        ("c1", Relation.PERSUASIVE),
        ("c2", Relation.PERSUASIVE),
    }


def test_a_case_without_a_route_binds_nobody() -> None:
    """A historic or imported decision whose route is not known persuades; it binds no
    dossier, whatever its route."""
    base = CaseBase([entry(C2, route=None)], SIDES)
    for route in ("r1", "r2"):
        report = base.assess(CaseQuery(frozenset({"p2", "d2"}), route))
        assert report.outcomes[GENERIC].status is Status.FREE
        assert report.outcomes[DEVIATE].status is Status.FREE
        assert [s.relation for s in report.similar] == [Relation.PERSUASIVE]


def test_what_became_known_later_under_another_route_is_not_reported() -> None:
    signed_at = datetime(2026, 3, 1, tzinfo=UTC)
    later = CaseEntry(
        C2, "r2", OutcomeType.GENERIC, None, "", False, known_since=datetime(2026, 4, 1, tzinfo=UTC)
    )
    report = CaseBase([later], SIDES).assess(
        CaseQuery(frozenset({"p2", "d2"}), "r1", as_of=signed_at)
    )
    assert report.later[DEVIATE].contradicting_count == 0
    assert report.similar == []  # not known when it was signed


@given(entries(), st.sets(st.sampled_from(FACTORS)), ROUTES)
def test_only_the_cases_under_the_dossiers_route_bind(
    base: list[CaseEntry], factors: set[str], route: str | None
) -> None:
    """The index over cases of every route agrees with the definitions applied to the cases
    under the dossier's route alone; every other similar case only persuades."""
    present = frozenset(factors)
    report = CaseBase(base, SIDES).assess(CaseQuery(present, route))
    binding = [e.precedent for e in base if route is not None and e.route == route]
    for outcome in Outcome:
        result, expected = report.outcomes[outcome], check_outcome(present, outcome, binding, SIDES)
        assert result.status is expected.status
        assert (result.forcing, result.contradicting) == (expected.forcing, expected.contradicting)
        assert result.conflicts == expected.conflicts
    for similar in report.similar:
        binds = route is not None and similar.entry.route == route
        assert similar.same_route is binds
        assert (similar.relation is Relation.PERSUASIVE) is not binds
