"""Factor catalogues: the fact patterns that favour deviating or the generic rule.

One catalogue per domain (terugvordering, toeslagen, woningsluiting, …). A dossier's
factors and every decision in the case base refer to factor ids of one catalogue;
ids stay stable across versions, so a newer version only adds or rewords.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from maatwerkdesk.domain.catalogue import CatalogueHeader, CatalogueRef, Source
from maatwerkdesk.domain.precedent import FactorSides, Side
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


@dataclass(frozen=True)
class FactorCatalogue:
    header: CatalogueHeader
    routes: tuple[str, ...]
    regulations: tuple[str, ...]
    """Folded terms that point a dossier's regulation to this catalogue."""
    sources: tuple[Source, ...]
    factors: tuple[Factor, ...]

    @property
    def ref(self) -> CatalogueRef:
        return self.header.ref

    @property
    def sides(self) -> FactorSides:
        return FactorSides({f.id: f.side for f in self.factors})

    def factor(self, factor_id: str) -> Factor | None:
        return next((f for f in self.factors if f.id == factor_id), None)

    def label(self, factor_id: str) -> str:
        """The label of a factor; an id this version does not know is shown as it is."""
        found = self.factor(factor_id)
        return found.label if found else factor_id

    def serves(self, regulation: str) -> bool:
        """Whether the dossier's regulation mentions one of this catalogue's terms."""
        return any(mentions_word(regulation, term) for term in self.regulations)

    def applicable(self, route: str | None, regulation: str) -> list[Factor]:
        """The factors offered for a dossier: a factor limited to other routes or
        regulations is left out, unless nothing is known yet to limit by."""
        return [f for f in self.factors if _applies(f, route, regulation)]

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
    """The catalogue for a dossier: one serving its route first, else its regulation."""
    ordered = sorted(catalogues, key=lambda c: c.header.id)
    if route is not None:
        by_route = [c for c in ordered if route in c.routes]
        if len(by_route) == 1:
            return by_route[0]
        by_both = [c for c in by_route if c.serves(regulation)]
        if by_both:
            return by_both[0]
        if by_route:
            return by_route[0]
    return next((c for c in ordered if c.serves(regulation)), None)
