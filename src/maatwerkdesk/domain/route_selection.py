"""Which legal route allows a deviation here? A suggestion with its reason, never a verdict.

The type of power decides the route (beleidsregel → Awb 4:84, discretionary → Awb 3:4
lid 2, bound by a formal statute → the narrow route). When the statute has its own
clause, or the type is not yet known, the regulation and the articles in the dossier (the
generic rule's and the deviation clause) point to the specific clause through the
catalogue's selector rules.
"""

from __future__ import annotations

from dataclasses import dataclass

from maatwerkdesk.domain.catalogue import CriteriaCatalogue, RouteKind, SelectorRule
from maatwerkdesk.domain.sentence import said
from maatwerkdesk.domain.text import SHORT_TEXT_LIMIT, mentions_word

OWN_CLAUSE = "eigen-clausule"
"""The power id meaning "the statute has its own hardship clause": selector rules decide."""


@dataclass(frozen=True)
class RouteSuggestion:
    route: str
    reason: str


def escalation_reason(regulation: str) -> str:
    """What to do when no route of the catalogue fits: check the law, else escalate."""
    return said(
        "route_selection",
        "De catalogus kent geen afwijkingsroute voor ‘{regulation}’. Zoek na of de wet of "
        "regeling zelf ruimte geeft om af te wijken. Is die er niet en pakt de regel hier toch "
        "onredelijk uit? Kies dan deze route: leg het dossier voor aan het escalatieteam "
        "(escaleren) en meld het knelpunt bij de eigenaar van de regel (knelpuntsignaal).",
    ).format(regulation=regulation.strip())


def suggest_route(
    catalogue: CriteriaCatalogue,
    power: str | None,
    regulation: str,
    article: str,
    deviation_article: str = "",
) -> RouteSuggestion | None:
    """The catalogue's suggestion for this dossier, or None when it cannot tell (no
    regulation named yet, nor a type of power). `article` is the generic rule's article,
    `deviation_article` the clause the dossier names for deviating (see `_selected`).

    When the regulation is named but no selector rule knows it, and the type of power
    names no route of its own (not chosen yet, or a statute's own clause), the suggestion
    is the catalogue's escalation route: check the law itself, else escalate and signal
    the knelpunt.
    """
    chosen_power = catalogue.power(power)
    if chosen_power is None or chosen_power.id == OWN_CLAUSE:
        rule = _selected(catalogue.selector, regulation, article, deviation_article)
        if rule is not None:
            return RouteSuggestion(rule.route, rule.reason)
    if chosen_power is not None and chosen_power.route is not None:
        return RouteSuggestion(chosen_power.route, chosen_power.reason)
    escalation = next((r for r in catalogue.routes if r.kind is RouteKind.ESCALATION), None)
    if regulation.strip() and escalation is not None:
        return RouteSuggestion(escalation.id, escalation_reason(regulation))
    return None


def _matches(rule: SelectorRule, regulation: str, article: str) -> bool:
    if not any(mentions_word(regulation, term) for term in rule.regulation):
        return False
    return not rule.article or any(mentions_word(article, term) for term in rule.article)


def _selected(
    rules: tuple[SelectorRule, ...], regulation: str, article: str, deviation_article: str
) -> SelectorRule | None:
    """The first rule whose article terms the deviation clause mentions (it often names the
    hardship clause itself: "art. 16 lid 1" beside a generic "art. 35"), else the first rule
    that fits the generic rule's article. A rule without article terms fits any article, so
    only the second look uses it: otherwise it would win before a specific rule was tried."""
    named = (r for r in rules if r.article and _matches(r, regulation, deviation_article))
    fitting = (r for r in rules if _matches(r, regulation, article))
    return next(named, None) or next(fitting, None)


def offered_deviation_article(catalogue: CriteriaCatalogue, route_id: str | None) -> str:
    """What the dossier's deviation clause may be filled with once this route is chosen
    (and the clause is still empty): the route's legal basis as the catalogue cites it.
    Empty for the escalation route (it has no basis to deviate on), an unknown route, or a
    basis longer than the field holds."""
    route = catalogue.route(route_id)
    if route is None or route.kind is not RouteKind.DEVIATION:
        return ""
    basis = route.basis.strip()
    return basis if len(basis) <= SHORT_TEXT_LIMIT else ""
