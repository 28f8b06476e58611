"""What the precedent check reports, as plain values: the query, the cases it names, the
report. Kept apart from the engine (`case_base.py`, numpy), so the views that only read a
report do not load it.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import TYPE_CHECKING

from maatwerkdesk.domain.case_record import CaseRecord
from maatwerkdesk.domain.decision import Degree, DegreeRange, Distinction, OutcomeType
from maatwerkdesk.domain.precedent import Outcome, Precedent
from maatwerkdesk.domain.text import content_words

if TYPE_CHECKING:
    from maatwerkdesk.domain.case_base import OutcomeResult

SIMILAR_LIMIT = 12
BASE_CONFLICT_LIMIT = 20
"""At most this many inconsistent pairs are reported with a dossier; one is enough to act."""


@dataclass(frozen=True)
class CaseEntry:
    """A decided case as a reader sees it: its precedent and what it says."""

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

    @staticmethod
    def of(record: CaseRecord, precedent: Precedent) -> CaseEntry:
        """A stored case as a reader sees it, with its precedent as read with the sides of
        the catalogue at hand."""
        return CaseEntry(
            precedent,
            record.route,
            record.outcome_type,
            record.degree,
            record.summary,
            record.imported,
            record.words,
            record.known_since,
        )


class Relation(StrEnum):
    FORCING = "forcing"
    """Its reason is present and the new case has nothing extra for the other side."""
    RELEVANT = "relevant"
    """Its reason is present, but the new case differs: it can be distinguished."""
    SIMILAR = "similar"
    """Under the dossier's route, but its reason is not present."""
    PERSUASIVE = "persuasive"
    """Not under the dossier's route (another route, none, or the dossier has none yet): it
    binds nothing here, whatever factors it shares; it can only persuade."""


@dataclass(frozen=True)
class SimilarCase:
    entry: CaseEntry
    relation: Relation
    same_route: bool
    """Decided under the dossier's route: it binds, and its relation says how."""
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
    for this dossier and the other's reason is present too; at most BASE_CONFLICT_LIMIT,
    as one such pair already asks the conference to settle the case base."""
    entries: Mapping[str, CaseEntry]
    """Every case of the base by id (to name precedents in this report), made when asked."""
    later: Mapping[Outcome, OutcomeResult] = field(default_factory=dict)
    """With `as_of`: what the precedents that became known afterwards say, per outcome.
    They never change the verdict on a signed decision; they may show it was overtaken."""
    route: str | None = None
    """The dossier's route: only the cases decided under it bind. None: no route is chosen
    yet, so nothing binds and every similar case only persuades."""
