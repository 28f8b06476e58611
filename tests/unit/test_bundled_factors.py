"""The factor catalogues shipped with the program: one per domain, each usable on its own."""

from __future__ import annotations

import pytest

from maatwerkdesk.domain.factor_catalogue_loading import load_factor_catalogue
from maatwerkdesk.domain.factors import FactorCatalogue, choose_factor_catalogue
from maatwerkdesk.domain.precedent import Side
from maatwerkdesk.services import catalogues
from tests.unit.test_bundled_catalogue import CATALOGUE, EVERY_FILE

FACTOR_FILES = [p for p in EVERY_FILE if p.name.startswith("factoren-")]
SHIPPED = {
    c.header.id: c
    for c in (load_factor_catalogue(p.read_text(encoding="utf-8"), p.name) for p in FACTOR_FILES)
}
DOMAINS = {
    "nl.maatwerkdesk.factoren.terugvordering",
    "nl.maatwerkdesk.factoren.toeslagen",
    "nl.maatwerkdesk.factoren.woningsluiting",
    "nl.maatwerkdesk.factoren.bijzondere-bijstand",
    "nl.maatwerkdesk.factoren.invordering",
}


def test_every_domain_has_a_catalogue() -> None:
    assert set(SHIPPED) == DOMAINS
    assert all(p.name.startswith("factoren-") for p in FACTOR_FILES)


@pytest.mark.parametrize("catalogue", SHIPPED.values(), ids=list(SHIPPED))
def test_at_least_ten_factors_per_side(catalogue: FactorCatalogue) -> None:
    for side in Side:
        assert len([f for f in catalogue.factors if f.side is side]) >= 10


@pytest.mark.parametrize("catalogue", SHIPPED.values(), ids=list(SHIPPED))
def test_routes_are_routes_of_the_criteria_catalogue(catalogue: FactorCatalogue) -> None:
    known = {r.id for r in CATALOGUE.routes}
    assert set(catalogue.routes) <= known
    assert all(set(f.routes) <= known for f in catalogue.factors)


@pytest.mark.parametrize(
    ("route", "regulation", "expected"),
    [
        ("pw-58-8", "Participatiewet", "terugvordering"),
        ("svb-dringende-redenen", "Algemene Ouderdomswet (AOW)", "terugvordering"),
        (None, "Werkloosheidswet (WW)", "terugvordering"),
        ("awir-47", "Algemene wet inkomensafhankelijke regelingen (Awir)", "toeslagen"),
        ("awb-3-4-lid-2", "Opiumwet", "woningsluiting"),
        (None, "Opiumwet", "woningsluiting"),
        ("pw-18-1", "Participatiewet", "bijzondere-bijstand"),
        ("awr-63", "Algemene wet inzake rijksbelastingen (AWR)", "invordering"),
    ],
)
def test_a_dossier_finds_its_catalogue(route: str | None, regulation: str, expected: str) -> None:
    chosen = choose_factor_catalogue(SHIPPED.values(), route, regulation)
    assert chosen is not None and chosen.header.id == f"nl.maatwerkdesk.factoren.{expected}"


def test_the_service_offers_every_shipped_factor_catalogue() -> None:
    assert FACTOR_FILES[0].parent == catalogues.BUNDLED_DIR
