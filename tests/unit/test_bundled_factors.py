"""The factor catalogues shipped with the program: one per domain, each usable on its own,
and a general list for every dossier that no domain's catalogue fits."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from maatwerkdesk.domain.catalogue import version_key
from maatwerkdesk.domain.factor_catalogue_loading import load_factor_catalogue
from maatwerkdesk.domain.factors import Factor, FactorCatalogue, choose_factor_catalogue
from maatwerkdesk.domain.precedent import Side
from maatwerkdesk.services import catalogues
from tests.unit.test_bundled_catalogue import CATALOGUE, DRINGENDE_REDENEN_FACTORS, EVERY_FILE

FACTOR_FILES = [p for p in EVERY_FILE if p.name.startswith("factoren-")]
SHIPPED = {
    c.header.id: c
    for c in sorted(
        (load_factor_catalogue(p.read_text(encoding="utf-8"), p.name) for p in FACTOR_FILES),
        key=lambda c: version_key(c.header.version),
    )
}
"""The newest shipped version of each factor catalogue."""
DOMAINS = {
    "nl.maatwerkdesk.factoren.terugvordering",
    "nl.maatwerkdesk.factoren.toeslagen",
    "nl.maatwerkdesk.factoren.woningsluiting",
    "nl.maatwerkdesk.factoren.bijzondere-bijstand",
    "nl.maatwerkdesk.factoren.invordering",
}
GENERAL = "nl.maatwerkdesk.factoren.algemeen"


def current(catalogue: FactorCatalogue) -> list[Factor]:
    """The factors a new dossier can be tagged with: every one that is not retired."""
    return [f for f in catalogue.factors if not f.retired]


def test_every_domain_has_a_catalogue_and_there_is_one_general_list() -> None:
    assert set(SHIPPED) == DOMAINS | {GENERAL}
    assert all(p.name.startswith("factoren-") for p in FACTOR_FILES)
    assert [c.header.id for c in SHIPPED.values() if c.general] == [GENERAL]


@pytest.mark.parametrize("path", FACTOR_FILES, ids=[p.name for p in FACTOR_FILES])
def test_every_factor_has_a_side_and_a_label_and_cites_sources_that_resolve(path: Path) -> None:
    """Read with tomllib, apart from the catalogue reader that checks the same."""
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    sources = {s["id"] for s in data.get("sources", [])}
    assert len(sources) == len(data.get("sources", []))
    for factor in data["factors"]:
        assert factor["side"] in ("pro", "con"), factor["id"]
        assert factor["label"].strip() and factor["description"].strip(), factor["id"]
        assert set(factor.get("sources", [])) <= sources, factor["id"]


def test_the_general_list_cites_a_source_for_every_factor_and_only_checked_sources() -> None:
    """Its sources are entries the other shipped catalogues already carry, word for word."""
    general = SHIPPED[GENERAL]
    assert all(f.sources for f in general.factors)
    checked = {
        source
        for path in EVERY_FILE
        for source in (
            (s["id"], s["citation"], s.get("note", ""))
            for s in tomllib.loads(path.read_text(encoding="utf-8")).get("sources", [])
        )
        if not path.name.startswith("factoren-algemeen-")
    }
    assert {(s.id, s.citation, s.note) for s in general.sources} <= checked
    cited = {source for f in general.factors for source in f.sources}
    assert cited == {s.id for s in general.sources}


def test_the_general_list_weighs_every_dringende_redenen_consideration() -> None:
    """Each consideration of H6 (CRvB, dringende redenen) has a current factor for
    deviating in the general list, and so has the proportionality of art. 3:4 lid 2 Awb.
    Duration and size are weighed as one consideration but are two situations, each with
    its own factor."""
    covers = {
        "oorzaak": ["oorzaak-buiten-invloed"],
        "eigen-aandeel": ["overheid-eigen-aandeel"],
        "verwijtbaarheid": ["geen-verwijtbaarheid"],
        "financiele-gevolgen": ["ernstige-financiele-gevolgen"],
        "sociale-gevolgen": ["ernstige-sociale-gevolgen"],
        "gezondheid": ["ernstige-gezondheidsgevolgen"],
        "kinderen": ["minderjarige-kinderen-geraakt"],
        "draagkracht": ["geen-draagkracht"],
        "duur-omvang": ["lange-duur", "grote-omvang"],
        "tijdig-gemeld": ["wijziging-tijdig-gemeld"],
    }
    assert list(covers) == DRINGENDE_REDENEN_FACTORS
    general = SHIPPED[GENERAL]
    for factor_id in [*(f for ids in covers.values() for f in ids), "onevenredige-gevolgen"]:
        factor = general.factor(factor_id)
        assert factor is not None and factor.side is Side.PRO and not factor.retired, factor_id
    proportionality = general.factor("onevenredige-gevolgen")
    assert proportionality is not None and "awb-3-4" in proportionality.sources


@pytest.mark.parametrize("route", [None, *(r.id for r in CATALOGUE.routes)])
@pytest.mark.parametrize("regulation", ["", "Parkeerverordening 2024", "Participatiewet"])
def test_the_general_list_offers_all_its_factors_everywhere(
    route: str | None, regulation: str
) -> None:
    general = SHIPPED[GENERAL]
    assert general.applicable(route, regulation) == current(general)


@pytest.mark.parametrize("catalogue", SHIPPED.values(), ids=list(SHIPPED))
def test_at_least_ten_current_factors_per_side(catalogue: FactorCatalogue) -> None:
    for side in Side:
        assert len([f for f in current(catalogue) if f.side is side]) >= 10


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
        ("awb-4-84", "Opiumwet", "woningsluiting"),
        ("awb-4-84", "Invorderingswet 1990", "invordering"),
        (
            "gemeentelijke-hardheidsclausule",
            "Verordening maatschappelijke ondersteuning",
            "bijzondere-bijstand",
        ),
        (None, "Wet inburgering 2021", "algemeen"),
        (None, "", "algemeen"),
        ("awb-4-84", "Parkeerverordening 2024", "algemeen"),
        ("awb-3-4-lid-2", "", "algemeen"),
        ("smalle-route", "Wet inburgering 2021", "algemeen"),
        ("vb-3-6ba", "Vreemdelingenbesluit 2000", "algemeen"),
    ],
)
def test_a_dossier_finds_its_catalogue(route: str | None, regulation: str, expected: str) -> None:
    chosen = choose_factor_catalogue(SHIPPED.values(), route, regulation)
    assert chosen is not None and chosen.header.id == f"nl.maatwerkdesk.factoren.{expected}"


def test_the_service_offers_every_shipped_factor_catalogue() -> None:
    assert FACTOR_FILES[0].parent == catalogues.BUNDLED_DIR
