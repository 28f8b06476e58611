"""The precedent constraint on the worked example of the precedent model, and its laws."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from maatwerkdesk.domain.precedent import (
    FactorSides,
    Outcome,
    Precedent,
    Side,
    Status,
    check_outcome,
    inconsistent_pairs,
)

SIDES = FactorSides(
    {"p1": Side.PRO, "p2": Side.PRO, "p3": Side.PRO, "d1": Side.CON, "d2": Side.CON, "d3": Side.CON}
)
C1 = Precedent("c1", frozenset({"p1", "p2", "d1"}), Outcome.DEVIATE, frozenset({"p1"}))
C2 = Precedent("c2", frozenset({"p2", "d2"}), Outcome.GENERIC, frozenset({"d2"}))
BASE = [C1, C2]
DEVIATE, GENERIC = Outcome.DEVIATE, Outcome.GENERIC


def test_c1_forces_deviating() -> None:
    deviate = check_outcome({"p1", "d1"}, DEVIATE, BASE, SIDES)
    generic = check_outcome({"p1", "d1"}, GENERIC, BASE, SIDES)
    assert deviate.status is Status.FORCED and deviate.forcing == (C1,)
    assert generic.status is Status.INCONSISTENT and generic.contradicting == (C1,)
    assert [c.precedent for c in generic.conflicts] == [C1]
    assert generic.conflicts[0].differences == frozenset()
    assert not generic.reason_consistent


def test_a_new_con_factor_frees_both_outcomes() -> None:
    factors = {"p1", "d1", "d3"}
    assert check_outcome(factors, DEVIATE, BASE, SIDES).status is Status.FREE
    generic = check_outcome(factors, GENERIC, BASE, SIDES)
    assert generic.status is Status.FREE
    [conflict] = generic.conflicts
    assert (conflict.precedent, conflict.differences) == (C1, frozenset({"d3"}))
    assert conflict.distinguished and generic.reason_consistent
    on_d1 = check_outcome(factors, GENERIC, BASE, SIDES, reason={"d1"})
    assert not on_d1.reason_consistent and not on_d1.conflicts[0].distinguished


def test_c2_forces_the_generic_rule() -> None:
    assert check_outcome({"p2", "d2"}, GENERIC, BASE, SIDES).forcing == (C2,)
    assert check_outcome({"p2", "d2"}, DEVIATE, BASE, SIDES).status is Status.INCONSISTENT


def test_the_reason_decides_whether_c2_is_distinguished() -> None:
    factors = {"p1", "p2", "d2"}
    on_p1 = check_outcome(factors, DEVIATE, BASE, SIDES, reason={"p1"})
    assert on_p1.reason_consistent
    on_p2 = check_outcome(factors, DEVIATE, BASE, SIDES, reason={"p2"})
    assert not on_p2.reason_consistent
    assert [(c.precedent, c.differences) for c in on_p2.conflicts] == [(C2, frozenset({"p1"}))]


def test_the_example_base_is_consistent_and_a_contradiction_is_found() -> None:
    assert inconsistent_pairs(BASE, SIDES) == []
    clash = Precedent("c3", frozenset({"p1", "d1"}), GENERIC, frozenset({"d1"}))
    assert inconsistent_pairs([*BASE, clash], SIDES) == [(C1, clash)]


FACTORS = sorted(SIDES.of(["p1", "p2", "p3"], Side.PRO) | SIDES.of(["d1", "d2", "d3"], Side.CON))


@st.composite
def precedents(draw: st.DrawFn, name: str) -> Precedent:
    present = frozenset(draw(st.sets(st.sampled_from(FACTORS), min_size=1)))
    outcome = draw(st.sampled_from(list(Outcome)))
    winning = sorted(SIDES.of(present, outcome.side))
    reason = frozenset(draw(st.sets(st.sampled_from(winning)))) if winning else frozenset()
    return Precedent(name, present, outcome, reason)


@st.composite
def case_bases(draw: st.DrawFn) -> list[Precedent]:
    size = draw(st.integers(0, 6))
    return [draw(precedents(f"c{i}")) for i in range(size)]


@given(case_bases(), st.sets(st.sampled_from(FACTORS)))
def test_deciding_a_forced_outcome_keeps_a_consistent_base_consistent(
    base: list[Precedent], factors: set[str]
) -> None:
    if inconsistent_pairs(base, SIDES):
        return
    for outcome in Outcome:
        if check_outcome(factors, outcome, base, SIDES).status is Status.FORCED:
            added = Precedent("new", frozenset(factors), outcome, SIDES.of(factors, outcome.side))
            assert inconsistent_pairs([*base, added], SIDES) == []


@given(case_bases(), st.sets(st.sampled_from(FACTORS)))
def test_a_decision_reported_inconsistent_makes_the_base_inconsistent(
    base: list[Precedent], factors: set[str]
) -> None:
    for outcome in Outcome:
        result = check_outcome(factors, outcome, base, SIDES)
        if result.status is Status.INCONSISTENT:
            added = Precedent("new", frozenset(factors), outcome, SIDES.of(factors, outcome.side))
            assert inconsistent_pairs([*base, added], SIDES)


@given(case_bases(), st.sets(st.sampled_from(FACTORS)), st.randoms())
def test_results_do_not_depend_on_the_order_of_the_case_base(
    base: list[Precedent], factors: set[str], rng
) -> None:
    shuffled = list(base)
    rng.shuffle(shuffled)
    for outcome in Outcome:
        assert check_outcome(factors, outcome, base, SIDES) == check_outcome(
            factors, outcome, shuffled, SIDES
        )
    assert inconsistent_pairs(base, SIDES) == inconsistent_pairs(shuffled, SIDES)
