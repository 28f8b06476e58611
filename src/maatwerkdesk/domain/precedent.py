"""The precedent constraint (reason model): which outcome earlier decisions force or forbid.

The definitions are those of the reason model of precedent (Horty), with relevant differences
as in Prakken (2021). Factors favour a side: `pro` deviating in the citizen's favour, `con` the generic
rule. A decided case teaches that its reason outweighs every factor the losing side had.
Pure functions over plain values: no database objects, no order dependence.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from enum import StrEnum


class Side(StrEnum):
    PRO = "pro"
    CON = "con"

    @property
    def other(self) -> Side:
        return Side.CON if self is Side.PRO else Side.PRO


class Outcome(StrEnum):
    DEVIATE = "deviate"
    GENERIC = "generic"

    @property
    def side(self) -> Side:
        return Side.PRO if self is Outcome.DEVIATE else Side.CON

    @property
    def other(self) -> Outcome:
        return Outcome.GENERIC if self is Outcome.DEVIATE else Outcome.DEVIATE


@dataclass(frozen=True)
class Precedent:
    id: str
    factors: frozenset[str]
    outcome: Outcome
    reason: frozenset[str]
    """The winning side's factors the decision rests on (default: all of them)."""


class Status(StrEnum):
    FORCED = "forced"
    FREE = "free"
    INCONSISTENT = "inconsistent"


@dataclass(frozen=True)
class Conflict:
    """A precedent with the other outcome whose reason is present in the new case."""

    precedent: Precedent
    differences: frozenset[str]
    """Factors of the new case for our side that the precedent lacked; naming one of them
    in the reason distinguishes it. Empty: no distinction is possible."""
    distinguished: bool
    """Whether the proposed reason already names such a difference."""


@dataclass(frozen=True)
class OutcomeCheck:
    outcome: Outcome
    status: Status
    forcing: tuple[Precedent, ...]
    """Precedents that force this outcome."""
    contradicting: tuple[Precedent, ...]
    """Precedents that force the other outcome: deciding this way contradicts them."""
    conflicts: tuple[Conflict, ...]
    """Every precedent against this outcome whose reason is present, with its differences."""
    reason_consistent: bool
    """Whether deciding on the proposed reason is consistent with the case base."""


class FactorSides:
    """Which side each factor favours; unknown factors favour neither and are ignored."""

    def __init__(self, sides: Mapping[str, Side]) -> None:
        self._sides = dict(sides)

    def of(self, factors: Iterable[str], side: Side) -> frozenset[str]:
        return frozenset(f for f in factors if self._sides.get(f) is side)

    def items(self) -> list[tuple[str, Side]]:
        return sorted(self._sides.items())


def decided_with_default_reason(
    case_id: str, factors: Iterable[str], outcome: Outcome, sides: FactorSides
) -> Precedent:
    """A decision whose reason is every factor present for the winning side (result model)."""
    present = frozenset(factors)
    return Precedent(case_id, present, outcome, sides.of(present, outcome.side))


def inconsistent_with(
    factors: frozenset[str],
    outcome: Outcome,
    reason: frozenset[str],
    precedent: Precedent,
    sides: FactorSides,
) -> bool:
    """Would deciding `outcome` on `reason` for a case with `factors` contradict `precedent`?"""
    if precedent.outcome is outcome:
        return False
    theirs = outcome.other.side
    return precedent.reason <= sides.of(factors, theirs) and reason <= sides.of(
        precedent.factors, outcome.side
    )


def forces(
    factors: frozenset[str], outcome: Outcome, precedent: Precedent, sides: FactorSides
) -> bool:
    """Does `precedent` force `outcome` for a case with `factors`?

    Its reason is present, and the case has nothing for the other side that it lacked.
    """
    other = outcome.other.side
    return (
        precedent.outcome is outcome
        and precedent.reason <= factors
        and sides.of(factors, other) <= sides.of(precedent.factors, other)
    )


def check_outcome(
    factors: Iterable[str],
    outcome: Outcome,
    precedents: Iterable[Precedent],
    sides: FactorSides,
    reason: Iterable[str] | None = None,
) -> OutcomeCheck:
    """The constraint on deciding `outcome`, with `reason` (default: all our factors present)."""
    present = frozenset(factors)
    ours = sides.of(present, outcome.side)
    chosen = ours if reason is None else frozenset(reason)
    base = sorted(precedents, key=lambda p: p.id)
    forcing = tuple(p for p in base if forces(present, outcome, p, sides))
    contradicting = tuple(p for p in base if forces(present, outcome.other, p, sides))
    theirs = sides.of(present, outcome.other.side)
    conflicts = tuple(
        Conflict(
            p,
            ours - sides.of(p.factors, outcome.side),
            not inconsistent_with(present, outcome, chosen, p, sides),
        )
        for p in base
        if p.outcome is outcome.other and p.reason <= theirs
    )
    if contradicting:
        status = Status.INCONSISTENT
    elif forcing:
        status = Status.FORCED
    else:
        status = Status.FREE
    consistent = all(c.distinguished for c in conflicts)
    return OutcomeCheck(outcome, status, forcing, contradicting, conflicts, consistent)


def inconsistent_pairs(
    precedents: Iterable[Precedent], sides: FactorSides
) -> list[tuple[Precedent, Precedent]]:
    """Pairs in the case base that teach opposite priorities (deviate case first)."""
    base = sorted(precedents, key=lambda p: p.id)
    deviating = [p for p in base if p.outcome is Outcome.DEVIATE]
    generic = [p for p in base if p.outcome is Outcome.GENERIC]
    return [
        (a, b)
        for a in deviating
        for b in generic
        if inconsistent_with(a.factors, a.outcome, a.reason, b, sides)
    ]
