"""The route selector: type of power first, the statute's own clause from the regulation."""

from __future__ import annotations

from dataclasses import replace

from catalogue_samples import SMALL_CATALOGUE

from maatwerkdesk.domain.catalogue import RouteKind
from maatwerkdesk.domain.catalogue_loading import load_criteria_catalogue
from maatwerkdesk.domain.route_selection import offered_deviation_article, suggest_route

CATALOGUE = load_criteria_catalogue(SMALL_CATALOGUE, "proef.toml")
ESCALATION = next(r.id for r in CATALOGUE.routes if r.kind is RouteKind.ESCALATION)


def test_the_type_of_power_decides_the_route() -> None:
    suggestion = suggest_route(CATALOGUE, "beleidsregel", "Participatiewet", "art. 58 lid 8")
    assert suggestion is not None
    assert suggestion.route == "awb-4-84"
    assert suggestion.reason == "Bij een beleidsregel geldt art. 4:84 Awb."


def test_an_own_clause_is_found_from_regulation_and_article() -> None:
    suggestion = suggest_route(CATALOGUE, "eigen-clausule", "PARTICIPATIEWET", "Art. 58, lid 8")
    assert suggestion is not None and suggestion.route == "pw-58-8"


def test_without_a_type_of_power_the_regulation_still_suggests() -> None:
    suggestion = suggest_route(CATALOGUE, None, "de Participatiewet", "artikel 58")
    assert suggestion is not None and suggestion.route == "pw-58-8"


def test_article_numbers_match_as_whole_words() -> None:
    for regulation, article in (("Participatiewet", "art. 158"), ("Participatiewetten", "art. 58")):
        suggestion = suggest_route(CATALOGUE, None, regulation, article)
        assert suggestion is not None and suggestion.route == ESCALATION  # not pw-58-8


def test_a_regulation_without_a_route_suggests_escalating_and_a_knelpuntsignaal() -> None:
    for power in ("eigen-clausule", None):
        suggestion = suggest_route(CATALOGUE, power, "Wet op iets anders", "art. 1")
        assert suggestion is not None and suggestion.route == ESCALATION
        assert "‘Wet op iets anders’" in suggestion.reason
        assert "escaleren" in suggestion.reason and "knelpuntsignaal" in suggestion.reason


def test_without_a_regulation_there_is_no_suggestion_yet() -> None:
    assert suggest_route(CATALOGUE, None, "", "") is None
    assert suggest_route(CATALOGUE, "onbekend", " ", "") is None


def test_a_type_of_power_with_a_route_never_escalates() -> None:
    suggestion = suggest_route(CATALOGUE, "beleidsregel", "Wet op iets anders", "art. 1")
    assert suggestion is not None and suggestion.route == "awb-4-84"


def test_a_catalogue_without_an_escalation_route_has_no_suggestion() -> None:
    routes = tuple(r for r in CATALOGUE.routes if r.kind is not RouteKind.ESCALATION)
    catalogue = replace(CATALOGUE, routes=routes)
    assert suggest_route(catalogue, None, "Wet op iets anders", "art. 1") is None


def test_the_deviation_clause_is_read_too() -> None:
    """Old dossiers carry the hardship article in `article`; new ones in the clause."""
    for article, deviation_article in (("art. 58 lid 8", ""), ("art. 58 lid 1", "art. 58 lid 8")):
        suggestion = suggest_route(CATALOGUE, None, "Participatiewet", article, deviation_article)
        assert suggestion is not None and suggestion.route == "pw-58-8"
    suggestion = suggest_route(CATALOGUE, None, "Participatiewet", "", "art. 58 lid 8")
    assert suggestion is not None and suggestion.route == "pw-58-8"


def test_the_offered_clause_is_the_routes_basis_and_never_the_escalations() -> None:
    assert offered_deviation_article(CATALOGUE, "pw-58-8") == "Participatiewet art. 58 lid 8"
    assert offered_deviation_article(CATALOGUE, ESCALATION) == ""
    assert offered_deviation_article(CATALOGUE, None) == ""
    assert offered_deviation_article(CATALOGUE, "onbekend") == ""
    route = CATALOGUE.route("pw-58-8")
    assert route is not None
    too_long = replace(route, basis="x" * 201)
    longer = replace(CATALOGUE, routes=(too_long,))
    assert offered_deviation_article(longer, "pw-58-8") == ""
