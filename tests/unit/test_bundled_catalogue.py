"""The catalogue shipped with the program: it loads, and its content holds what the app relies on.

The unit tests of loading, checking and route selection use a small sample catalogue; these
tests read the real file, so an edit that drops a criterion, a knock-out or a selector rule
is caught before it reaches a caseworker.
"""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from maatwerkdesk.domain.catalogue import CriteriaCatalogue, RouteKind, version_key
from maatwerkdesk.domain.catalogue_kinds import load_catalogue
from maatwerkdesk.domain.catalogue_loading import load_criteria_catalogue
from maatwerkdesk.domain.route_selection import (
    OWN_CLAUSE,
    offered_deviation_article,
    suggest_route,
)
from maatwerkdesk.services import catalogues

EVERY_FILE = sorted(catalogues.BUNDLED_DIR.glob("*.toml"))
SHIPPED = [p for p in EVERY_FILE if tomllib.loads(p.read_text("utf-8"))["kind"] == "criteria"]


def load(path: Path) -> CriteriaCatalogue:
    return load_criteria_catalogue(path.read_text(encoding="utf-8"), path.name)


def default_catalogue() -> CriteriaCatalogue:
    """The newest shipped version of the default catalogue (the one new assessments use)."""
    versions = [
        c for c in map(load, SHIPPED) if c.header.id == catalogues.DEFAULT_CRITERIA_CATALOGUE
    ]
    assert versions, f"{catalogues.DEFAULT_CRITERIA_CATALOGUE} is not shipped"
    return max(versions, key=lambda c: version_key(c.header.version))


CATALOGUE = default_catalogue()
HARDSHIP_CRITERIA = [f"H{n}" for n in range(1, 16)]
POWERS = [
    "beleidsregel",
    "discretionair",
    "eigen-clausule",
    "gebonden-lagere-regeling",
    "gebonden-wet",
]
DRINGENDE_REDENEN_FACTORS = [
    "oorzaak",
    "eigen-aandeel",
    "verwijtbaarheid",
    "financiele-gevolgen",
    "sociale-gevolgen",
    "gezondheid",
    "kinderen",
    "draagkracht",
    "duur-omvang",
    "tijdig-gemeld",
]


@pytest.mark.parametrize("path", SHIPPED, ids=[p.name for p in SHIPPED])
def test_every_shipped_file_loads(path: Path) -> None:
    catalogue = load(path)
    assert catalogue.header.kind == "criteria"
    assert catalogue.routes and catalogue.criteria and catalogue.powers and catalogue.gate


@pytest.mark.parametrize("criterion_id", HARDSHIP_CRITERIA)
def test_each_hardship_criterion_is_present_and_used_by_a_route(criterion_id: str) -> None:
    assert criterion_id in {c.id for c in CATALOGUE.criteria}
    using = [r.id for r in CATALOGUE.routes if criterion_id in {c.id for c in r.criteria}]
    assert using, f"{criterion_id} is not used by any route"


@pytest.mark.parametrize(
    "route_id", [r.id for r in CATALOGUE.routes if r.kind is RouteKind.DEVIATION]
)
def test_every_deviation_route_has_a_knockout(route_id: str) -> None:
    route = CATALOGUE.route(route_id)
    assert route is not None
    assert any(link.knockout for link in route.criteria)


def test_the_five_types_of_power_exist() -> None:
    assert OWN_CLAUSE in POWERS
    for power_id in POWERS:
        power = CATALOGUE.power(power_id)
        assert power is not None, power_id
        assert power.route is None or CATALOGUE.route(power.route) is not None


def test_escalating_is_a_route_of_kind_escalation() -> None:
    route = CATALOGUE.route("escaleren")
    assert route is not None
    assert route.kind is RouteKind.ESCALATION
    assert route.criteria == ()


@pytest.mark.parametrize("criterion_id", [c.id for c in CATALOGUE.criteria])
def test_every_criterion_asks_a_question(criterion_id: str) -> None:
    assert CATALOGUE.criterion(criterion_id).question.endswith("?")


def test_every_sluitstuk_item_asks_a_question() -> None:
    assert [g.id for g in CATALOGUE.gate if not g.question.endswith("?")] == []


def test_dringende_redenen_has_the_ten_considerations() -> None:
    criterion = CATALOGUE.criterion("H6")
    assert criterion.label == "Dringende redenen"
    assert [c.id for c in criterion.considerations] == DRINGENDE_REDENEN_FACTORS
    assert all(c.label.strip() for c in criterion.considerations)


@pytest.mark.parametrize("power", [None, OWN_CLAUSE])
@pytest.mark.parametrize(
    ("regulation", "article", "expected"),
    [
        ("Algemene wet inkomensafhankelijke regelingen (Awir)", "", "awir-47"),
        ("Participatiewet", "art. 58 lid 8", "pw-58-8"),
        ("Participatiewet", "artikel 18, eerste lid", "pw-18-1"),
        ("Algemene Ouderdomswet (AOW)", "", "svb-dringende-redenen"),
        ("Algemene wet inzake rijksbelastingen", "", "awr-63"),
        ("Opiumwet", "art. 13b", "awb-3-4-lid-2"),
        ("Werkloosheidswet (WW)", "", "uwv-dringende-redenen"),
        ("Ziektewet", "art. 33", "uwv-dringende-redenen"),
        ("Wet WIA", "art. 77", "uwv-dringende-redenen"),
        ("Wajong", "art. 3:56", "uwv-dringende-redenen"),
        ("WW", "art. 22a", "herziening-dringende-redenen"),
        ("Ziektewet", "art. 30a", "herziening-dringende-redenen"),
        ("Wajong", "art. 3:18", "herziening-dringende-redenen"),
        ("Algemene Ouderdomswet", "art. 17a", "herziening-dringende-redenen"),
        ("Participatiewet", "art. 35 lid 1", "pw-35-bijzondere-bijstand"),
        ("Participatiewet", "art. 18 lid 10", "pw-18-maatregel"),
        ("CJIB: Wet administratiefrechtelijke handhaving verkeersvoorschriften", "", "escaleren"),
    ],
)
def test_the_regulation_and_article_suggest_the_statutes_own_route(
    power: str | None, regulation: str, article: str, expected: str
) -> None:
    suggestion = suggest_route(CATALOGUE, power, regulation, article)
    assert suggestion is not None
    assert suggestion.route == expected
    assert suggestion.reason.strip()


@pytest.mark.parametrize(
    ("regulation", "article", "deviation_article", "expected"),
    [
        ("Participatiewet", "art. 58 lid 1", "art. 58 lid 8", "pw-58-8"),
        ("Participatiewet", "art. 58 lid 1", "", "pw-58-8"),
        ("Participatiewet", "art. 18 lid 2", "art. 18 lid 9", "pw-18-maatregel"),
        ("Participatiewet", "art. 22a", "art. 18 lid 1", "pw-18-1"),
        ("Participatiewet", "art. 35 lid 1", "art. 16 lid 1", "pw-16-1"),
        ("Participatiewet", "art. 58 lid 1", "dringende redenen", "pw-58-8"),
        ("Participatiewet", "", "art. 58 lid 8", "pw-58-8"),
        (
            "Werkloosheidswet (WW)",
            "art. 36 lid 1",
            "art. 22a lid 2",
            "herziening-dringende-redenen",
        ),
        (
            "Werkloosheidswet (WW)",
            "art. 22a lid 1",
            "het lid over dringende redenen",
            ("herziening-dringende-redenen"),
        ),
    ],
)
def test_the_deviation_clause_names_the_route_before_the_generic_article(
    regulation: str, article: str, deviation_article: str, expected: str
) -> None:
    """A clause that names a hardship article wins; one that names none leaves the generic
    article to decide (a rule for any article of the regulation never jumps ahead)."""
    suggestion = suggest_route(CATALOGUE, OWN_CLAUSE, regulation, article, deviation_article)
    assert suggestion is not None and suggestion.route == expected


def test_a_chosen_route_offers_its_basis_as_the_deviation_clause() -> None:
    assert offered_deviation_article(CATALOGUE, "pw-58-8") == "Participatiewet art. 58 lid 8"
    for route in CATALOGUE.routes:
        offered = offered_deviation_article(CATALOGUE, route.id)
        if route.kind is RouteKind.ESCALATION:
            assert offered == ""
        else:
            assert offered == route.basis and len(offered) <= 200


@pytest.mark.parametrize(
    ("power", "expected"), [("beleidsregel", "awb-4-84"), ("gebonden-wet", "smalle-route")]
)
@pytest.mark.parametrize(
    ("regulation", "article"),
    [
        ("Participatiewet", "art. 58 lid 8"),
        ("Algemene Ouderdomswet (AOW)", ""),
        ("Opiumwet", "art. 13b"),
        ("Wet op iets anders", "art. 1"),
        ("", ""),
    ],
)
def test_the_type_of_power_decides_whatever_the_regulation(
    power: str, expected: str, regulation: str, article: str
) -> None:
    suggestion = suggest_route(CATALOGUE, power, regulation, article)
    assert suggestion is not None
    assert suggestion.route == expected


RELEASED = {
    (
        "nl.maatwerkdesk.afwijkingsroutes",
        "2026.1",
    ): "6e7ed68627897ac73eee56abf4590529297782856bd9b90f511d6e48ebfff93f",
    (
        "nl.maatwerkdesk.afwijkingsroutes",
        "2026.2",
    ): "8f801366e2545caab733c30d2edf358c1d2d69a895a749011b7dab923d1160c9",
    (
        "nl.maatwerkdesk.factoren.algemeen",
        "2026.1",
    ): "a25dfe0d55346f5a4ec3c171552b2372c4d975a55770b6abce670f1abb86a657",
    (
        "nl.maatwerkdesk.factoren.algemeen",
        "2026.2",
    ): "a8e1b4e406a44556c1ed99f4c9891d84197935695152f73f0c0409892d56ca2a",
    (
        "nl.maatwerkdesk.factoren.bijzondere-bijstand",
        "2026.1",
    ): "82e4ae01340a961fc072fa0c1b8c6daa24c98d0347fa4ac214826151269efa84",
    (
        "nl.maatwerkdesk.factoren.bijzondere-bijstand",
        "2026.2",
    ): "127efd263ebb5fa39c73f5ba4b5ccae6b36797c40ce91f52884af91ca9db2538",
    (
        "nl.maatwerkdesk.factoren.invordering",
        "2026.1",
    ): "d5c912171305025bdc0c5237fb2b7f41d89c4552cbe2660782cf9543694bc742",
    (
        "nl.maatwerkdesk.factoren.invordering",
        "2026.2",
    ): "4cb0f48072d318a3db97afa3901666a08cfc79efad0e51f1f5118f6bdd4313e0",
    (
        "nl.maatwerkdesk.factoren.terugvordering",
        "2026.1",
    ): "8182424c4f75a2f71853e56434d033efc9a30c56fa5c618d6cb7a6c947e16ec6",
    (
        "nl.maatwerkdesk.factoren.terugvordering",
        "2026.2",
    ): "d88c602a0aeb81a9470469c3e5b6c010834e5ecae9b43130704f3387d7c31149",
    (
        "nl.maatwerkdesk.signalering",
        "2026.1",
    ): "7e7e9a8036f4c70acb37fd65e13e7b5adcbfbad9c671a6d1fa7735bad784b17b",
    (
        "nl.maatwerkdesk.factoren.toeslagen",
        "2026.1",
    ): "ec6e56053668d4ff7af97a761816ec49d85da564bf32a47d1d21effb4e2013de",
    (
        "nl.maatwerkdesk.factoren.toeslagen",
        "2026.2",
    ): "ce45ec2618bec2620346670dd0135be4f8b6d2072b0e10a8f5f618256064970e",
    (
        "nl.maatwerkdesk.factoren.woningsluiting",
        "2026.1",
    ): "531c315265778a3af884b3e18a142be00b5390abed2fd3c6b35dd5dc932f3b89",
    (
        "nl.maatwerkdesk.factoren.woningsluiting",
        "2026.2",
    ): "90dbc9a5b2f8c187a63941888c43320325146cd553b568f23a1067f62656bc31",
}
"""Fingerprints of shipped versions. Assessments pin id and version, so a shipped file may
never change under the same version: edit it as a new version with a new file name."""


def test_a_shipped_version_never_changes_its_content() -> None:
    for path in EVERY_FILE:
        header = load_catalogue(path.read_text(encoding="utf-8"), path.name).header
        expected = RELEASED.get((header.id, header.version))
        assert expected is not None, f"{path.name}: add its fingerprint to RELEASED"
        assert header.fingerprint == expected, f"{path.name} changed; give it a new version"


def test_each_route_asks_only_what_bears_on_it() -> None:
    """Afstemming (a kostendelersnorm) is not weighed on dringende redenen or blame: those
    belong to a maatregel, which has its own route."""
    afstemming = {c.id for c in CATALOGUE.route("pw-18-1").criteria}
    assert afstemming.isdisjoint({"H6", "H8"})
    maatregel = {c.id: c.knockout for c in CATALOGUE.route("pw-18-maatregel").criteria}
    assert maatregel["H8"] and "H6" in maatregel


def test_a_recovery_by_the_uwv_cites_its_own_laws_not_the_svbs() -> None:
    route = CATALOGUE.route("uwv-dringende-redenen")
    cited = " ".join(CATALOGUE.citations(route.sources))
    for law in ("Werkloosheidswet", "Ziektewet", "arbeidsvermogen", "jonggehandicapten"):
        assert law in cited
    assert "Ouderdomswet" not in cited and "Kinderbijslagwet" not in cited
    assert "AOW" not in route.basis
