"""The case base, indexed so a dossier is checked against 100,000 decisions in milliseconds.

`domain/precedent.py` states the definitions on sets of factor ids; it is the reference.
This module evaluates the same definitions on bit masks of factors, once per distinct
*pattern* (outcome, reason, factors) rather than once per decided case, and only for the
patterns whose reason is present in the dossier: a precedent whose reason is absent can
neither force nor conflict. Property tests check that both give identical results.

Similar cases are scored once per distinct (route, factor set); the dossier's own route
is scanned first, and other routes only when it yields too few.
"""

from __future__ import annotations

import heapq
import itertools
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from functools import cached_property

from maatwerkdesk.domain.decision import (
    Degree,
    DegreeRange,
    Distinction,
    OutcomeType,
    degree_ranges,
)
from maatwerkdesk.domain.precedent import (
    Conflict,
    FactorSides,
    Outcome,
    Precedent,
    Side,
    Status,
)
from maatwerkdesk.domain.text import content_words

SIMILAR_LIMIT = 12
BASE_CONFLICT_LIMIT = 20
"""At most this many inconsistent pairs are reported with a dossier; one is enough to act."""


@dataclass(frozen=True)
class CaseEntry:
    """A decided case as the case base holds it: its precedent and what a reader sees."""

    precedent: Precedent
    route: str | None
    outcome_type: OutcomeType
    degree: Degree | None
    summary: str
    imported: bool
    words: frozenset[str] = field(default=frozenset(), compare=False)
    known_since: datetime | None = field(default=None, compare=False)
    """When it became part of this case base (signed, registered, imported); None: always."""

    @property
    def id(self) -> str:
        return self.precedent.id


class Relation(StrEnum):
    FORCING = "forcing"
    """Its reason is present and the new case has nothing extra for the other side."""
    RELEVANT = "relevant"
    """Its reason is present, but the new case differs: it can be distinguished."""
    SIMILAR = "similar"


@dataclass(frozen=True)
class SimilarCase:
    entry: CaseEntry
    relation: Relation
    same_route: bool
    shared: frozenset[str]
    only_case: frozenset[str]
    only_precedent: frozenset[str]
    text_similarity: float


@dataclass(frozen=True)
class CaseQuery:
    """The dossier being decided, as the engine sees it."""

    factors: frozenset[str]
    route: str | None = None
    words: frozenset[str] = frozenset()
    reasons: Mapping[Outcome, frozenset[str]] = field(default_factory=dict)
    """A proposed reason per outcome; missing: all factors present for that side."""
    distinctions: tuple[Distinction, ...] = ()
    exclude: str | None = None
    """The dossier's own id, when it is itself in the case base."""
    as_of: datetime | None = None
    """Judge against the case base as it stood at this moment (a signed decision: when it
    was signed); what became known later is reported apart, as information."""

    @staticmethod
    def of_text(factors: Iterable[str], route: str | None, text: str) -> CaseQuery:
        return CaseQuery(frozenset(factors), route, content_words(text))


@dataclass(frozen=True)
class PrecedentReport:
    outcomes: dict[Outcome, OutcomeResult]
    degree_ranges: dict[Outcome, list[DegreeRange]]
    """Per outcome, the degrees among the precedents that force it."""
    similar: list[SimilarCase]
    base_conflicts: list[tuple[CaseEntry, CaseEntry]]
    """Pairs of the case base that teach opposite priorities, where one forces an outcome
    for this dossier and the other's reason is present too; the first BASE_CONFLICT_LIMIT
    found, as one such pair already asks the conference to settle the case base."""
    entries: Mapping[str, CaseEntry]
    """Every case of the base by id (to name precedents in this report)."""
    later: Mapping[Outcome, OutcomeResult] = field(default_factory=dict)
    """With `as_of`: what the precedents that became known afterwards say, per outcome.
    They never change the verdict on a signed decision; they may show it was overtaken."""


@dataclass(frozen=True)
class _Pattern:
    """Decided cases that share outcome, reason and factors: the definitions treat them alike."""

    outcome: Outcome
    reason: int
    factors: int
    cases: tuple[int, ...]
    """Indexes into the id-sorted entries."""


class ConflictGroup:
    """Precedents against an outcome that this dossier differs from in the same way.

    `count` and `first` are cheap; `precedents` lists them all (thousands, in a large base).
    """

    def __init__(
        self,
        base: CaseBase,
        differences: frozenset[str],
        distinguished: bool,
        patterns: list[_Pattern],
        excluded: str | None,
    ) -> None:
        self.differences = differences
        """Factors of the dossier for the outcome that these precedents lacked; empty:
        they cannot be distinguished."""
        self.distinguished = distinguished
        """Whether the proposed reason names one of the differences."""
        self.count = base.count(patterns, excluded)
        self._base, self._patterns, self._excluded = base, patterns, excluded
        self._first: dict[int, tuple[Precedent, ...]] = {}

    def first(self, number: int) -> tuple[Precedent, ...]:
        """The first `number` precedents by id."""
        found = self._first.get(number)
        if found is None:
            found = self._first[number] = self._base.first(self._patterns, number, self._excluded)
        return found

    @cached_property
    def precedents(self) -> tuple[Precedent, ...]:
        """All of them, sorted by id."""
        return self._base.precedents(self._patterns, self._excluded)


class OutcomeResult:
    """`precedent.OutcomeCheck` as the index computes it: per pattern, listing the
    precedents themselves only when asked (a large base can have thousands)."""

    def __init__(
        self,
        base: CaseBase,
        outcome: Outcome,
        forcing: list[_Pattern],
        contradicting: list[_Pattern],
        conflicting: dict[int, tuple[bool, list[_Pattern]]],
        excluded: str | None,
    ) -> None:
        self.outcome = outcome
        self._base = base
        self._excluded = excluded
        self._forcing = forcing
        self._contradicting = contradicting
        self._conflicting = conflicting
        self.forcing_count = base.count(forcing, excluded)
        self.contradicting_count = base.count(contradicting, excluded)
        if self.contradicting_count:
            self.status = Status.INCONSISTENT
        elif self.forcing_count:
            self.status = Status.FORCED
        else:
            self.status = Status.FREE
        self.reason_consistent = all(
            distinguished or not base.count(patterns, excluded)
            for distinguished, patterns in conflicting.values()
        )

    @cached_property
    def forcing(self) -> tuple[Precedent, ...]:
        return self._base.precedents(self._forcing, self._excluded)

    @cached_property
    def contradicting(self) -> tuple[Precedent, ...]:
        return self._base.precedents(self._contradicting, self._excluded)

    def first_forcing(self, number: int) -> tuple[Precedent, ...]:
        return self._base.first(self._forcing, number, self._excluded)

    def first_contradicting(self, number: int) -> tuple[Precedent, ...]:
        return self._base.first(self._contradicting, number, self._excluded)

    @cached_property
    def conflict_groups(self) -> tuple[ConflictGroup, ...]:
        """Grouped by differences: distinguishable ones first, then by their factors."""
        groups = [
            ConflictGroup(
                self._base, self._base.names(mask), distinguished, patterns, self._excluded
            )
            for mask, (distinguished, patterns) in self._conflicting.items()
        ]
        return tuple(
            sorted(
                (g for g in groups if g.count),
                key=lambda g: (not g.differences, sorted(g.differences), g.first(1)[0].id),
            )
        )

    @cached_property
    def conflicts(self) -> tuple[Conflict, ...]:
        """One per precedent, sorted by id, as `check_outcome` gives them."""
        return tuple(
            sorted(
                (
                    Conflict(precedent, group.differences, group.distinguished)
                    for group in self.conflict_groups
                    for precedent in group.precedents
                ),
                key=lambda c: c.precedent.id,
            )
        )


class CaseBase:
    """An immutable, indexed set of decided cases sharing one factor catalogue."""

    def __init__(self, entries: Iterable[CaseEntry], sides: FactorSides) -> None:
        self.sides = sides
        self._entries: list[CaseEntry] = sorted(entries, key=lambda e: e.id)
        self._bits: dict[str, int] = {}
        self._side_mask = {Side.PRO: 0, Side.CON: 0}
        for factor, side in sides.items():
            self._side_mask[side] |= self._bit(factor)
        grouped: dict[tuple[Outcome, int, int], list[int]] = {}
        by_route: dict[str | None, dict[int, list[int]]] = {}
        for index, entry in enumerate(self._entries):
            precedent = entry.precedent
            factors = self._mask(precedent.factors)
            key = (precedent.outcome, self._mask(precedent.reason), factors)
            grouped.setdefault(key, []).append(index)
            by_route.setdefault(entry.route, {}).setdefault(factors, []).append(index)
        self._by_reason: dict[int, list[_Pattern]] = {}
        for (outcome, reason, factors), cases in grouped.items():
            pattern = _Pattern(outcome, reason, factors, tuple(cases))
            self._by_reason.setdefault(reason, []).append(pattern)
        self._by_route = by_route
        self._positions = tuple(sorted(self._bits, key=self._bits.__getitem__))
        self._decoded: dict[int, frozenset[str]] = {}
        self._index = {entry.id: index for index, entry in enumerate(self._entries)}
        self._known = [entry.known_since for entry in self._entries]
        self._by_id = {entry.id: entry for entry in self._entries}

    def __len__(self) -> int:
        return len(self._entries)

    # ------------------------------------------------------------------ masks

    def _bit(self, factor: str) -> int:
        position = self._bits.get(factor)
        if position is None:
            position = self._bits[factor] = len(self._bits)
        return 1 << position

    def _mask(self, factors: Iterable[str]) -> int:
        mask = 0
        for factor in factors:
            mask |= self._bit(factor)
        return mask

    def _known_mask(self, factors: Iterable[str]) -> int:
        """Like `_mask`, but a factor the base and catalogue never saw has no bit: it is
        on no side and in no precedent, so it cannot change a result."""
        mask = 0
        for factor in factors:
            position = self._bits.get(factor)
            if position is not None:
                mask |= 1 << position
        return mask

    def names(self, mask: int) -> frozenset[str]:
        names = self._decoded.get(mask)
        if names is None:
            positions = self._positions
            names = frozenset(positions[i] for i in range(len(positions)) if mask >> i & 1)
            self._decoded[mask] = names
        return names

    # ------------------------------------------------------------------ the check

    def assess(self, query: CaseQuery, limit: int = SIMILAR_LIMIT) -> PrecedentReport:
        """The constraint on both outcomes, the degree ranges and the most similar cases."""
        case = self._known_mask(query.factors)
        excluded = query.exclude
        present = [
            pattern
            for reason, patterns in self._by_reason.items()
            if not reason & ~case
            for pattern in patterns
        ]
        later: dict[Outcome, OutcomeResult] = {}
        if query.as_of is not None:
            present, afterwards = self._split(present, query.as_of)
            later = {
                outcome: self._check(
                    case, outcome, afterwards, query.reasons.get(outcome), excluded
                )
                for outcome in Outcome
            }
        outcomes = {
            outcome: self._check(case, outcome, present, query.reasons.get(outcome), excluded)
            for outcome in Outcome
        }
        ranges = {
            outcome: degree_ranges(
                [
                    degree
                    for pattern in result._forcing
                    for index in pattern.cases
                    if (degree := self._entries[index].degree) is not None
                    and self._entries[index].id != excluded
                ]
            )
            for outcome, result in outcomes.items()
        }
        similar = self._similar(query, case, limit)
        conflicts = self._base_conflicts(case, present, excluded)
        return PrecedentReport(outcomes, ranges, similar, conflicts, self._by_id, later)

    def _known_by(self, index: int, moment: datetime) -> bool:
        known = self._known[index]
        return known is None or known <= moment

    def _split(
        self, patterns: list[_Pattern], moment: datetime
    ) -> tuple[list[_Pattern], list[_Pattern]]:
        """The patterns as they stood at `moment`, and those of the cases known since."""
        before: list[_Pattern] = []
        after: list[_Pattern] = []
        for pattern in patterns:
            early = tuple(i for i in pattern.cases if self._known_by(i, moment))
            if len(early) == len(pattern.cases):
                before.append(pattern)
                continue
            late = tuple(i for i in pattern.cases if not self._known_by(i, moment))
            if early:
                before.append(_Pattern(pattern.outcome, pattern.reason, pattern.factors, early))
            after.append(_Pattern(pattern.outcome, pattern.reason, pattern.factors, late))
        return before, after

    def count(self, patterns: Iterable[_Pattern], excluded: str | None) -> int:
        """How many cases the patterns hold, not counting the excluded one."""
        total = sum(len(p.cases) for p in patterns)
        own = self._index.get(excluded) if excluded is not None else None
        if own is not None and any(own in p.cases for p in patterns):
            total -= 1
        return total

    def precedents(
        self, patterns: Iterable[_Pattern], excluded: str | None
    ) -> tuple[Precedent, ...]:
        return tuple(e.precedent for e in self._entries_of(patterns, excluded))

    def first(
        self, patterns: Iterable[_Pattern], number: int, excluded: str | None
    ) -> tuple[Precedent, ...]:
        """The first `number` precedents by id (entries are sorted by id, so by index)."""
        own = self._index.get(excluded) if excluded is not None else None
        # A pattern's cases are in index order: only its first few can be among the first.
        indexes = heapq.nsmallest(
            number, (i for p in patterns for i in p.cases[: number + 1] if i != own)
        )
        return tuple(self._entries[i].precedent for i in indexes)

    def _entries_of(self, patterns: Iterable[_Pattern], excluded: str | None) -> list[CaseEntry]:
        indexes = sorted(i for p in patterns for i in p.cases)
        return [self._entries[i] for i in indexes if self._entries[i].id != excluded]

    def _check(
        self,
        case: int,
        outcome: Outcome,
        present: list[_Pattern],
        reason: frozenset[str] | None,
        excluded: str | None,
    ) -> OutcomeResult:
        """`precedent.check_outcome`, on masks and per pattern."""
        ours_mask = self._side_mask[outcome.side]
        theirs_mask = self._side_mask[outcome.other.side]
        ours, theirs = case & ours_mask, case & theirs_mask
        chosen = ours if reason is None else self._known_mask(reason)
        forcing: list[_Pattern] = []
        contradicting: list[_Pattern] = []
        conflicting: dict[int, tuple[bool, list[_Pattern]]] = {}
        for pattern in present:
            if pattern.outcome is outcome:
                if not theirs & ~pattern.factors:
                    forcing.append(pattern)
                continue
            differences = ours & ~pattern.factors
            if not differences:
                contradicting.append(pattern)
            if not pattern.reason & ~theirs:
                group = conflicting.get(differences)
                if group is None:
                    # The reason names a difference unless it lies within the precedent's factors.
                    group = conflicting[differences] = (bool(chosen & differences), [])
                group[1].append(pattern)
        return OutcomeResult(self, outcome, forcing, contradicting, conflicting, excluded)

    def _base_conflicts(
        self, case: int, present: list[_Pattern], excluded: str | None
    ) -> list[tuple[CaseEntry, CaseEntry]]:
        """Inconsistent pairs (`precedent.inconsistent_with`) of a precedent that forces an
        outcome here and a precedent with the other outcome whose reason is present too.

        The forcing one has every factor of this dossier for the other side, so the other
        precedent's reason is among its factors; what remains to test is whether the
        forcing precedent's reason is among the other's factors for its side.
        """
        pairs: list[tuple[CaseEntry, CaseEntry]] = []
        for outcome in Outcome:
            side, other_side = self._side_mask[outcome.side], self._side_mask[outcome.other.side]
            reasons: dict[int, list[_Pattern]] = {}
            for pattern in present:
                if pattern.outcome is outcome and not case & other_side & ~pattern.factors:
                    reasons.setdefault(pattern.reason, []).append(pattern)
            if not reasons:
                continue
            opposed: dict[int, list[_Pattern]] = {}
            for pattern in present:
                if pattern.outcome is not outcome:
                    opposed.setdefault(pattern.factors & side, []).append(pattern)
            for reason, forcing in reasons.items():
                for factors, others in opposed.items():
                    if reason & ~factors:
                        continue
                    for first, second in itertools.product(forcing, others):
                        deviating, generic = (
                            (first, second) if outcome is Outcome.DEVIATE else (second, first)
                        )
                        for a, b in itertools.product(deviating.cases, generic.cases):
                            pair = (self._entries[a], self._entries[b])
                            if excluded in (pair[0].id, pair[1].id) or pair in pairs:
                                continue
                            pairs.append(pair)
                            if len(pairs) >= BASE_CONFLICT_LIMIT:
                                return sorted(pairs, key=lambda p: (p[0].id, p[1].id))
        return sorted(pairs, key=lambda p: (p[0].id, p[1].id))

    # ------------------------------------------------------------------ similar cases

    def _similar(self, query: CaseQuery, case: int, limit: int) -> list[SimilarCase]:
        """Same route first, then on-pointness (more shared factors: a superset of another
        precedent's shared factors always ranks higher), then text similarity, then id."""
        by_route = self._by_route
        if query.as_of is not None:
            by_route = self._known_at(query.as_of)
        own = by_route.get(query.route) if query.route is not None else None
        chosen = self._best(([own] if own else []), case, limit, query.exclude)
        if len(chosen) < limit:
            others = [group for group in by_route.values() if group is not own]
            chosen += self._best(others, case, limit - len(chosen), query.exclude)
        words = query.words

        def rank(item: tuple[int, int]) -> tuple[bool, int, float, int]:
            shared, index = item
            entry = self._entries[index]
            common = len(entry.words & words)
            union = len(entry.words) + len(words) - common
            same = entry.route is not None and entry.route == query.route
            return (not same, -shared, -(common / union if union else 0.0), index)

        best = heapq.nsmallest(limit, chosen, key=rank)
        return [self._describe(self._entries[index], query, case) for _, index in best]

    def _known_at(self, moment: datetime) -> dict[str | None, dict[int, list[int]]]:
        """The cases by route and factors as the base stood at `moment`."""
        known: dict[str | None, dict[int, list[int]]] = {}
        for route, groups in self._by_route.items():
            for factors, cases in groups.items():
                kept = [i for i in cases if self._known_by(i, moment)]
                if kept:
                    known.setdefault(route, {})[factors] = kept
        return known

    def _best(
        self, groups: list[dict[int, list[int]]], case: int, needed: int, excluded: str | None
    ) -> list[tuple[int, int]]:
        """(shared factors, case index) of every case that could be among the best `needed`:
        all with more shared factors than the cut, and every case tied at it."""
        scored = [
            (shared, cases)
            for group in groups
            for factors, cases in group.items()
            if (shared := (factors & case).bit_count())
        ]
        if not scored:
            return []
        best = heapq.nlargest(needed, scored, key=lambda item: item[0])
        taken, cut = 0, best[-1][0]
        for shared, cases in best:
            taken += len(cases)
            if taken >= needed:
                cut = shared
                break
        return [
            (shared, i)
            for shared, cases in scored
            if shared >= cut
            for i in cases
            if self._entries[i].id != excluded
        ]

    def _describe(self, entry: CaseEntry, query: CaseQuery, case: int) -> SimilarCase:
        precedent = entry.precedent
        factors = self._known_mask(precedent.factors)
        other_side = self._side_mask[precedent.outcome.other.side]
        if self._known_mask(precedent.reason) & ~case:
            relation = Relation.SIMILAR
        elif case & other_side & ~factors:
            relation = Relation.RELEVANT
        else:
            relation = Relation.FORCING
        union = len(entry.words | query.words)
        return SimilarCase(
            entry=entry,
            relation=relation,
            same_route=entry.route is not None and entry.route == query.route,
            shared=precedent.factors & query.factors,
            only_case=query.factors - precedent.factors,
            only_precedent=precedent.factors - query.factors,
            text_similarity=len(entry.words & query.words) / union if union else 0.0,
        )
