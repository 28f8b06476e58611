"""Factor catalogues: the fact patterns that favour deviating or the generic rule.

One catalogue per domain (terugvordering, toeslagen, woningsluiting, …), and a general
list for every dossier that no domain's catalogue fits. A dossier's
factors and every decision in the case base refer to factor ids of one catalogue;
ids stay stable across versions, so a newer version only adds, rewords or retires: a
factor keeps its side in every version, and one that is still named somewhere is
retired (kept, no longer offered) rather than dropped.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from functools import cached_property

from maatwerkdesk.domain.catalogue import CatalogueHeader, CatalogueRef, Source
from maatwerkdesk.domain.precedent import FactorSides, Side
from maatwerkdesk.domain.sentence import said
from maatwerkdesk.domain.text import fold_for_search, mentions_word

SIDE_LABELS = {Side.PRO: "pleit voor afwijken", Side.CON: "pleit voor de algemene regel"}


@dataclass(frozen=True)
class Factor:
    id: str
    side: Side
    label: str
    description: str
    routes: tuple[str, ...]
    """Routes this factor applies to; empty: every route of the catalogue."""
    regulations: tuple[str, ...]
    """Folded search terms; empty: every regulation of the catalogue."""
    sources: tuple[str, ...]
    retired: bool = False
    """No longer offered for tagging; kept so that decisions naming it stay readable."""
    retired_note: str = ""


@dataclass(frozen=True)
class FactorCatalogue:
    header: CatalogueHeader
    routes: tuple[str, ...]
    """Routes this catalogue serves; empty in a general list, which serves every route."""
    regulations: tuple[str, ...]
    """Folded terms that point a dossier's regulation to this catalogue."""
    sources: tuple[Source, ...]
    factors: tuple[Factor, ...]
    general: bool = False
    """A general list: the fallback for a dossier that no other catalogue fits."""
    retirements: tuple[tuple[str, str], ...] = ()
    """(factor id, version it was retired in) for the factors retired in the newest known
    version of this catalogue; filled in by `with_retirements`."""

    @property
    def ref(self) -> CatalogueRef:
        return self.header.ref

    @property
    def sides(self) -> FactorSides:
        return FactorSides({f.id: f.side for f in self.factors})

    @cached_property
    def _by_id(self) -> dict[str, Factor]:
        return {f.id: f for f in self.factors}

    @cached_property
    def _retired(self) -> dict[str, str]:
        return dict(self.retirements)

    def factor(self, factor_id: str) -> Factor | None:
        return self._by_id.get(factor_id)

    def label(self, factor_id: str) -> str:
        """The label of a factor; an id this version does not know is shown as it is."""
        found = self.factor(factor_id)
        return found.label if found else factor_id

    def serves(self, regulation: str) -> bool:
        """Whether the dossier's regulation mentions one of this catalogue's terms."""
        return any(mentions_word(regulation, term) for term in self.regulations)

    def serves_route(self, route: str) -> bool:
        """Whether a case on `route` may be judged under this catalogue: a general list
        serves every route."""
        return self.general or route in self.routes

    def applicable(self, route: str | None, regulation: str) -> list[Factor]:
        """The factors offered for a dossier: a retired factor is left out, and so is a
        factor limited to other routes or regulations, unless nothing is known yet to
        limit by."""
        return [
            f
            for f in self.factors
            if self.retired_in(f.id) is None and _applies(f, route, regulation)
        ]

    def retired_in(self, factor_id: str) -> str | None:
        """The version in which the factor was retired, if it is retired: as the newest
        known version says (`with_retirements`), else as this version itself says."""
        found = self._retired.get(factor_id)
        if found is None and (factor := self.factor(factor_id)) is not None and factor.retired:
            return self.header.version
        return found

    def on_side(self, factors: Iterable[str], side: Side) -> list[Factor]:
        wanted = set(factors)
        return [f for f in self.factors if f.id in wanted and f.side is side]


def _applies(factor: Factor, route: str | None, regulation: str) -> bool:
    if factor.routes and route is not None and route not in factor.routes:
        return False
    if factor.regulations and fold_for_search(regulation).strip():
        return any(mentions_word(regulation, term) for term in factor.regulations)
    return True


def choose_factor_catalogue(
    catalogues: Iterable[FactorCatalogue], route: str | None, regulation: str
) -> FactorCatalogue | None:
    """The catalogue for a dossier: a domain's catalogue serving its route (with several,
    the first also serving its regulation), else, when no domain's catalogue serves the
    route, one serving its regulation; failing those, the general list.

    A route several domains share (such as art. 4:84 Awb) says nothing about the domain,
    so without a regulation to tell them apart the general list is suggested."""
    ordered = sorted(catalogues, key=lambda c: c.header.id)
    general = next((c for c in ordered if c.general), None)
    specific = [c for c in ordered if not c.general]
    if route is not None:
        by_route = [c for c in specific if route in c.routes]
        if len(by_route) == 1:
            return by_route[0]
        if by_route:
            return next((c for c in by_route if c.serves(regulation)), general)
    return next((c for c in specific if c.serves(regulation)), general)


@dataclass(frozen=True)
class ForeignCatalogue:
    """A domain's factor list used on a dossier of another domain: a WW dossier weighed
    with the toeslagen list, an IND dossier with the woningsluiting list."""

    catalogue: FactorCatalogue
    fitting: FactorCatalogue | None
    """The list `choose_factor_catalogue` gives the dossier (a domain's list or the
    general list); None when no list fits and no general list is in force."""


def foreign_catalogue(
    catalogue: FactorCatalogue,
    choices: Iterable[FactorCatalogue],
    route: str | None,
    regulation: str,
) -> ForeignCatalogue | None:
    """Whether `catalogue` belongs to another domain than the dossier; None when it fits.

    The general list fits every dossier. A domain's list fits a dossier whose regulation
    mentions one of its terms, or whose route it lists unless that route is shared with
    another domain's list (art. 4:84 Awb, smalle-route) and the regulation points
    elsewhere: a shared route says nothing about the domain. A dossier with neither a
    route nor a regulation gives nothing to judge by, so nothing is foreign to it.
    `choices` are the lists in force, among which the fitting one is sought."""
    options = list(choices)
    if _fits(catalogue, options, route, regulation):
        return None
    return ForeignCatalogue(catalogue, choose_factor_catalogue(options, route, regulation))


def _fits(
    catalogue: FactorCatalogue,
    choices: list[FactorCatalogue],
    route: str | None,
    regulation: str,
) -> bool:
    if catalogue.general or catalogue.serves(regulation):
        return True
    named = bool(fold_for_search(regulation).strip())
    if route is None:
        return not named
    if route not in catalogue.routes:
        return False
    shared = any(
        route in other.routes
        for other in choices
        if not other.general and other.header.id != catalogue.header.id
    )
    return not (shared and named)


def with_retirements(versions: Sequence[FactorCatalogue]) -> list[FactorCatalogue]:
    """The versions of one catalogue (oldest first), each told which factors the newest
    version retires and since which version: the first of the unbroken run of versions
    that mark the factor retired. A factor is retired or not as the newest version says,
    whichever version a dossier is pinned to."""
    if not versions:
        return []
    newest = versions[-1]
    since: dict[str, str] = {}
    for factor in newest.factors:
        if not factor.retired:
            continue
        first = newest.header.version
        for older in reversed(versions[:-1]):
            earlier = older.factor(factor.id)
            if earlier is None or not earlier.retired:
                break
            first = older.header.version
        since[factor.id] = first
    retirements = tuple(sorted(since.items()))
    return [replace(version, retirements=retirements) for version in versions]


_FLIPPED = {
    Side.PRO: said(
        "factors",
        "Factor '{id}' (‘{label}’) pleit in versie {version} voor afwijken, maar in dit bestand "
        "voor de algemene regel. Een factor houdt zijn kant in elke versie: laat '{id}' "
        "vervallen (retired = true, met dezelfde kant en hetzelfde label) en geef de nieuwe "
        "betekenis een nieuwe id.",
    ),
    Side.CON: said(
        "factors",
        "Factor '{id}' (‘{label}’) pleit in versie {version} voor de algemene regel, maar in dit "
        "bestand voor afwijken. Een factor houdt zijn kant in elke versie: laat '{id}' "
        "vervallen (retired = true, met dezelfde kant en hetzelfde label) en geef de nieuwe "
        "betekenis een nieuwe id.",
    ),
}
"""A factor whose side in an earlier version (the key) this file turns around."""


def identity_problems(
    new: FactorCatalogue, known: Iterable[FactorCatalogue], in_use: set[str]
) -> list[str]:
    """Why `new` may not join the known versions of its catalogue, one sentence each.

    A factor id keeps its side in every version, and a factor that a dossier, decision
    or precedent names may not be left out: it is retired instead (`retired = true`).
    """
    others = [c for c in known if c.header.id == new.header.id and c.ref != new.ref]
    problems: list[str] = []
    for factor in new.factors:
        flipped = next(
            (
                (older, earlier)
                for older in others
                if (earlier := older.factor(factor.id)) is not None
                and earlier.side is not factor.side
            ),
            None,
        )
        if flipped is not None:
            older, earlier = flipped
            problems.append(
                _FLIPPED[earlier.side].format(
                    id=factor.id, label=factor.label, version=older.header.version
                )
            )
    present = {f.id for f in new.factors}
    labels = {f.id: f.label for older in others for f in older.factors}
    for factor_id in sorted(in_use & labels.keys() - present):
        problems.append(
            said(
                "factors",
                "Factor '{id}' (‘{label}’) ontbreekt in dit bestand, maar dossiers, beslissingen "
                "of precedenten noemen hem nog. Laat hem niet weg maar laat hem vervallen: neem "
                "hem op met retired = true (dezelfde id, kant en label).",
            ).format(id=factor_id, label=labels[factor_id])
        )
    return problems
