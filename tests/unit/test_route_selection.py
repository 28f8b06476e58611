"""The route selector: type of power first, the statute's own clause from the regulation."""

from __future__ import annotations

from catalogue_samples import SMALL_CATALOGUE

from maatwerkdesk.domain.catalogue_loading import load_criteria_catalogue
from maatwerkdesk.domain.route_selection import suggest_route

CATALOGUE = load_criteria_catalogue(SMALL_CATALOGUE, "proef.toml")


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
    assert suggest_route(CATALOGUE, None, "Participatiewet", "art. 158") is None
    assert suggest_route(CATALOGUE, None, "Participatiewetten", "art. 58") is None


def test_when_nothing_matches_there_is_no_suggestion() -> None:
    assert suggest_route(CATALOGUE, "eigen-clausule", "Wet op iets anders", "art. 1") is None
    assert suggest_route(CATALOGUE, None, "", "") is None
    assert suggest_route(CATALOGUE, "onbekend", "", "") is None
