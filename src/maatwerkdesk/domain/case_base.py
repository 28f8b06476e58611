"""The case base, indexed so a dossier is checked against 100,000 decisions in milliseconds.

The legal definitions live in `precedent`; this module only finds the precedents they
need to look at. A precedent matters for the constraint on a new case only when its
reason is present in that case, so precedents are grouped by reason (as a bit mask of
factors) and one subset test per distinct reason finds every candidate. Similar cases
are ranked from precedents grouped by route and factor set, so each distinct pattern is
scored once.
"""

from __future__ import annotations

import heapq
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum

from maatwerkdesk.domain.decision import (
    Degree,
    DegreeRange,
    Distinction,
    OutcomeType,
    degree_ranges,
)
from maatwerkdesk.domain.precedent import (
    FactorSides,
    Outcome,
    OutcomeCheck,
    Precedent,
    check_outcome,
    forces,
    inconsistent_with,
)
from maatwerkdesk.domain.text import content_words

SIMILAR_LIMIT = 12


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

    @staticmethod
    def of_text(factors: Iterable[str], route: str | None, text: str) -> CaseQuery:
        return CaseQuery(frozenset(factors), route, content_words(text))


@dataclass(frozen=True)
class PrecedentReport:
    outcomes: dict[Outcome, OutcomeCheck]
    degree_ranges: dict[Outcome, list[DegreeRange]]
    """Per outcome, the degrees among the precedents that force it."""
    similar: list[SimilarCase]
    base_conflicts: list[tuple[CaseEntry, CaseEntry]]
    """Pairs of the case base that teach opposite priorities, among the precedents that
    constrain this dossier: the base itself is inconsistent there."""
    entries: dict[str, CaseEntry]
    """Every precedent named in this report, by id."""


class CaseBase:
    """An immutable, indexed set of decided cases sharing one factor catalogue."""

    def __init__(self, entries: Iterable[CaseEntry], sides: FactorSides) -> None:
        self.sides = sides
        self._entries: list[CaseEntry] = sorted(entries, key=lambda e: e.id)
        self._bits: dict[str, int] = {}
        self._by_reason: dict[int, list[int]] = {}
        self._by_pattern: dict[tuple[str | None, int], list[int]] = {}
        for index, entry in enumerate(self._entries):
            reason = self._mask(entry.precedent.reason)
            pattern = (entry.route, self._mask(entry.precedent.factors))
            self._by_reason.setdefault(reason, []).append(index)
            self._by_pattern.setdefault(pattern, []).append(index)

    def __len__(self) -> int:
        return len(self._entries)

    def entry(self, case_id: str) -> CaseEntry | None:
        return next((e for e in self._entries if e.id == case_id), None)

    def _mask(self, factors: Iterable[str], *, grow: bool = True) -> int:
        mask = 0
        for factor in factors:
            bit = self._bits.get(factor)
            if bit is None:
                if not grow:
                    continue
                bit = self._bits[factor] = len(self._bits)
            mask |= 1 << bit
        return mask

    def _reason_present(self, case_mask: int, exclude: str | None) -> list[CaseEntry]:
        found = [
            self._entries[i]
            for reason, indices in self._by_reason.items()
            if not reason & ~case_mask
            for i in indices
        ]
        return [e for e in found if e.id != exclude]

    def assess(self, query: CaseQuery, limit: int = SIMILAR_LIMIT) -> PrecedentReport:
        """The constraint on both outcomes, the degree ranges and the most similar cases."""
        case_mask = self._mask(query.factors, grow=False)
        candidates = self._reason_present(case_mask, query.exclude)
        precedents = [e.precedent for e in candidates]
        outcomes = {
            outcome: check_outcome(
                query.factors, outcome, precedents, self.sides, query.reasons.get(outcome)
            )
            for outcome in Outcome
        }
        by_id = {e.id: e for e in candidates}
        ranges = {
            outcome: degree_ranges(
                [d for p in check.forcing if (d := by_id[p.id].degree) is not None]
            )
            for outcome, check in outcomes.items()
        }
        similar = self._similar(query, case_mask, limit)
        named = {e.entry.id: e.entry for e in similar}
        for check in outcomes.values():
            named.update((c.precedent.id, by_id[c.precedent.id]) for c in check.conflicts)
            named.update((p.id, by_id[p.id]) for p in check.forcing)
        return PrecedentReport(
            outcomes, ranges, similar, self._conflicts_among(outcomes, by_id), named
        )

    def _similar(self, query: CaseQuery, case_mask: int, limit: int) -> list[SimilarCase]:
        """Same route first, then on-pointness (more shared factors: a superset of another
        precedent's shared factors always ranks higher), then text similarity."""
        scored = [
            ((route == query.route and route is not None, (pattern & case_mask).bit_count()), key)
            for key in self._by_pattern
            for route, pattern in (key,)
            if pattern & case_mask
        ]
        if not scored:
            return []
        best = heapq.nlargest(limit, scored, key=lambda scored_key: scored_key[0])
        cut, taken = best[-1][0], 0
        for rank, key in best:
            taken += len(self._by_pattern[key])
            if taken >= limit:
                cut = rank
                break
        chosen = [
            self._entries[i]
            for rank, key in scored
            if rank >= cut
            for i in self._by_pattern[key]
            if self._entries[i].id != query.exclude
        ]
        ranked = sorted(
            (self._describe(entry, query) for entry in chosen),
            key=lambda s: (-s.same_route, -len(s.shared), -s.text_similarity, s.entry.id),
        )
        return ranked[:limit]

    def _describe(self, entry: CaseEntry, query: CaseQuery) -> SimilarCase:
        precedent = entry.precedent
        if forces(query.factors, precedent.outcome, precedent, self.sides):
            relation = Relation.FORCING
        elif precedent.reason <= query.factors:
            relation = Relation.RELEVANT
        else:
            relation = Relation.SIMILAR
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

    def _conflicts_among(
        self, outcomes: dict[Outcome, OutcomeCheck], by_id: dict[str, CaseEntry]
    ) -> list[tuple[CaseEntry, CaseEntry]]:
        """Inconsistent pairs with at least one member constraining this dossier."""
        involved = {p.id for check in outcomes.values() for p in check.forcing}
        pairs: set[tuple[str, str]] = set()
        entries: dict[str, CaseEntry] = {}
        for case_id in sorted(involved):
            entry = by_id[case_id]
            precedent = entry.precedent
            opponents = self._reason_present(
                self._mask(
                    self.sides.of(precedent.factors, precedent.outcome.other.side), grow=False
                ),
                None,
            )
            for other in opponents:
                if not inconsistent_with(
                    precedent.factors,
                    precedent.outcome,
                    precedent.reason,
                    other.precedent,
                    self.sides,
                ):
                    continue
                first, second = (
                    (entry, other) if precedent.outcome is Outcome.DEVIATE else (other, entry)
                )
                pairs.add((first.id, second.id))
                entries[first.id], entries[second.id] = first, second
        return [(entries[a], entries[b]) for a, b in sorted(pairs)]
