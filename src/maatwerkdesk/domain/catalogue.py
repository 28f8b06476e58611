"""Catalogues of legal routes and criteria, as read from versioned TOML files.

A catalogue is data, not code: a team can add or amend routes without a release, and
an assessment pins the catalogue id and version it was made under.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from maatwerkdesk.domain.sentence import said

VERSION_PATTERN = re.compile(r"(0|[1-9][0-9]{0,8})(\.(0|[1-9][0-9]{0,8})){0,3}")
"""One to four numbers with dots, each of at most nine digits and without leading zeros,
so that two different texts never name the same version ("2026.01" and "2026.1")."""
VERSION_LIMIT = 32
"""Characters of a version: what the database columns hold."""
VERSION_RULE = said(
    "catalogue",
    'Een versie bestaat uit één tot vier getallen met punten ertussen, zoals "2026.1"; '
    "een getal heeft hoogstens negen cijfers en begint niet met een 0 (behalve 0 zelf).",
)
CATALOGUE_ID_PATTERN = re.compile(r"[a-z0-9]+(\.[a-z0-9-]+)+")
"""A catalogue id: lower case with dots, such as "nl.gemeente-voorbeeld.routes"."""
CATALOGUE_ID_LIMIT = 100
"""Characters of a catalogue id: what the database columns hold."""


def is_version(text: str) -> bool:
    return len(text) <= VERSION_LIMIT and VERSION_PATTERN.fullmatch(text) is not None


def is_catalogue_id(text: str) -> bool:
    return len(text) <= CATALOGUE_ID_LIMIT and CATALOGUE_ID_PATTERN.fullmatch(text) is not None


def version_key(version: str) -> tuple[int, ...]:
    """Sortable form of a version such as "2026.1" (numeric parts, so 2026.10 > 2026.9).

    A malformed version, which no catalogue file can have but an old or altered database
    row might, sorts before every real one instead of failing."""
    if not is_version(version):
        return ()
    return tuple(int(part) for part in version.split("."))


@dataclass(frozen=True)
class CatalogueHeader:
    id: str
    kind: str
    version: str
    valid_from: date
    title: str
    description: str
    fingerprint: str
    """SHA-256 of the file's text: the same id and version must always mean the same content."""

    @property
    def ref(self) -> CatalogueRef:
        return CatalogueRef(self.id, self.version)


@dataclass(frozen=True, order=True)
class CatalogueRef:
    id: str
    version: str

    def __str__(self) -> str:
        """'nl.gemeente-voorbeeld.routes versie 2026.1', translatable."""
        return said("catalogue", "{id} versie {version}").format(id=self.id, version=self.version)


@dataclass(frozen=True)
class Source:
    id: str
    citation: str
    note: str = ""


@dataclass(frozen=True)
class Power:
    """A type of power (bevoegdheid); it decides which deviation route the law offers."""

    id: str
    label: str
    help: str
    route: str | None
    """The route this type of power leads to; None when only the selector rules can tell."""
    reason: str


@dataclass(frozen=True)
class SelectorRule:
    """Suggests a route when the dossier's regulation (and article) mention these terms."""

    route: str
    regulation: tuple[str, ...]
    article: tuple[str, ...]
    reason: str


@dataclass(frozen=True)
class Consideration:
    """A factor to be weighed under a criterion (e.g. the dringende-redenen factors)."""

    id: str
    label: str


@dataclass(frozen=True)
class Criterion:
    id: str
    label: str
    question: str
    guidance: str
    evidence: tuple[str, ...]
    sources: tuple[str, ...]
    considerations: tuple[Consideration, ...] = ()

    @property
    def substance(self) -> tuple[object, ...]:
        """What an answer was given to: if this changes, an earlier answer no longer carries."""
        return (self.label, self.question, tuple(c.id for c in self.considerations))


class RouteKind(StrEnum):
    DEVIATION = "deviation"
    ESCALATION = "escalation"


class Remedy(StrEnum):
    """How the citizen contests a decision taken under a route (Awb 3:45)."""

    BEZWAAR = "bezwaar"
    """Bezwaar to the body that decided, within six weeks (Awb 6:4, 6:7, 6:8)."""
    BEROEP_ASIEL = "beroep-asiel"
    """No bezwaar (Vw 2000 art. 80): beroep at the rechtbank, with the Vw's own term."""


LEGACY_REMEDIES = {"vb-3-6ba": Remedy.BEROEP_ASIEL}
"""The remedy of shipped routes whose catalogue version predates the `remedy` key; a
shipped version never changes, so its routes are named here. Any other route without
the key has bezwaar, the Awb's rule (art. 7:1)."""


@dataclass(frozen=True)
class RouteCriterion:
    id: str
    knockout: bool = False


@dataclass(frozen=True)
class Route:
    id: str
    label: str
    basis: str
    kind: RouteKind
    description: str
    sources: tuple[str, ...]
    criteria: tuple[RouteCriterion, ...]
    remedy_named: Remedy | None = None
    """The `remedy` the file gives; None in files written before the key existed."""

    @property
    def remedy(self) -> Remedy:
        if self.remedy_named is not None:
            return self.remedy_named
        return LEGACY_REMEDIES.get(self.id, Remedy.BEZWAAR)


@dataclass(frozen=True)
class GateItem:
    """One of the generic ways that should be tried before a hardship clause (sluitstuk)."""

    id: str
    label: str
    question: str
    guidance: str
    sources: tuple[str, ...]

    @property
    def substance(self) -> tuple[object, ...]:
        return (self.label, self.question)


@dataclass(frozen=True)
class CriteriaCatalogue:
    header: CatalogueHeader
    sources: tuple[Source, ...]
    powers: tuple[Power, ...]
    selector: tuple[SelectorRule, ...]
    criteria: tuple[Criterion, ...]
    routes: tuple[Route, ...]
    gate: tuple[GateItem, ...]

    @property
    def ref(self) -> CatalogueRef:
        return self.header.ref

    def route(self, route_id: str | None) -> Route | None:
        return next((r for r in self.routes if r.id == route_id), None)

    def criterion(self, criterion_id: str) -> Criterion:
        return next(c for c in self.criteria if c.id == criterion_id)

    def power(self, power_id: str | None) -> Power | None:
        return next((p for p in self.powers if p.id == power_id), None)

    def source(self, source_id: str) -> Source:
        return next(s for s in self.sources if s.id == source_id)

    def citations(self, source_ids: tuple[str, ...]) -> list[str]:
        return [self.source(s).citation for s in source_ids]
