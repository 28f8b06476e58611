"""Which legal route allows a deviation here? A suggestion with its reason, never a verdict.

The type of power decides the route (beleidsregel → Awb 4:84, discretionary → Awb 3:4
lid 2, bound by a formal statute → the narrow route). When the statute has its own
clause, or the type is not yet known, the regulation and article in the dossier point
to the specific clause through the catalogue's selector rules.
"""

from __future__ import annotations

from dataclasses import dataclass

from maatwerkdesk.domain.catalogue import CriteriaCatalogue, SelectorRule
from maatwerkdesk.domain.text import mentions_word

OWN_CLAUSE = "eigen-clausule"
"""The power id meaning "the statute has its own hardship clause": selector rules decide."""


@dataclass(frozen=True)
class RouteSuggestion:
    route: str
    reason: str


def suggest_route(
    catalogue: CriteriaCatalogue, power: str | None, regulation: str, article: str
) -> RouteSuggestion | None:
    """The catalogue's suggestion for this dossier, or None when it cannot tell.

    With a type of power that names no route of its own (a statute's own clause that the
    selector does not recognise), the power's reason tells the caseworker where to look.
    """
    chosen_power = catalogue.power(power)
    if chosen_power is None or chosen_power.id == OWN_CLAUSE:
        for rule in catalogue.selector:
            if _matches(rule, regulation, article):
                return RouteSuggestion(rule.route, rule.reason)
    if chosen_power is not None and chosen_power.route is not None:
        return RouteSuggestion(chosen_power.route, chosen_power.reason)
    return None


def _matches(rule: SelectorRule, regulation: str, article: str) -> bool:
    if not any(mentions_word(regulation, term) for term in rule.regulation):
        return False
    return not rule.article or any(mentions_word(article, term) for term in rule.article)
