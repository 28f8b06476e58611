"""The general factor list: every dossier can be decided, whatever its regulation.

A decision rests on factors, and factors come from a factor catalogue. A dossier whose
route and regulation no domain's catalogue fits gets the general list; a domain's catalogue
still wins where it applies. These tests use the catalogues shipped with the program.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from catalogue_samples import SMALL_FACTORS

from maatwerkdesk.domain.catalogue import CatalogueRef
from maatwerkdesk.domain.catalogue_loading import CatalogueError
from maatwerkdesk.domain.decision import Decision, OutcomeType
from maatwerkdesk.domain.dossier import DossierFields
from maatwerkdesk.domain.errors import ValidationError
from maatwerkdesk.domain.factor_catalogue_loading import load_factor_catalogue
from maatwerkdesk.domain.precedent import Outcome, Status
from maatwerkdesk.domain.precedent_exchange import ExchangedPrecedent
from maatwerkdesk.persistence.db import Database
from maatwerkdesk.services import assessments, dossiers, precedent_import, precedents
from maatwerkdesk.services.context import Context
from maatwerkdesk.services.historic import register_historic
from tests.unit.test_precedent_import import as_document

GENERAL = "nl.maatwerkdesk.factoren.algemeen"
PARKING = "Parkeerverordening Voorbeeldstad 2024"


def new_dossier(
    database: Database,
    context: Context,
    regulation: str,
    title: str = "Parkeervergunning",
    route: str | None = None,
) -> str:
    with database.sessions.begin() as session:
        fields = DossierFields(title=title, regulation=regulation, article="art. 4")
        dossier_id = dossiers.create_dossier(session, context, fields).id
        if route is not None:
            state = assessments.load_assessment(session, context, dossier_id)
            assessments.save_assessment(
                session, context, dossier_id, replace(state.assessment, route=route)
            )
        return dossier_id


def suggested(database: Database, context: Context, dossier_id: str) -> str | None:
    with database.reads() as session:
        state = precedents.load_precedents(session, context, dossier_id)
    return state.catalogue.header.id if state.catalogue is not None else None


def general_ref(database: Database, context: Context, dossier_id: str) -> CatalogueRef:
    with database.reads() as session:
        state = precedents.load_precedents(session, context, dossier_id)
    assert state.catalogue is not None and state.catalogue.general
    return state.catalogue.ref


def test_a_parking_permit_is_decided_on_the_general_list_and_binds_the_next_one(
    database: Database, context: Context
) -> None:
    """Both under the same route (a precedent binds only there)."""
    first = new_dossier(database, context, PARKING, "Parkeervergunning na verhuizing", "awb-4-84")
    ref = general_ref(database, context, first)
    present = frozenset({"overheid-eigen-aandeel", "geen-draagkracht", "recidive"})
    reason = frozenset({"overheid-eigen-aandeel"})
    motivation = "De gemeente verwerkte de verhuizing niet; de naheffing vervalt."
    decision = Decision(OutcomeType.FULL, reason=reason, motivation=motivation)
    with database.sessions.begin() as session:
        precedents.save_factors(session, context, first, ref, present)
        saved = precedents.save_decision(session, context, first, decision)
        assert saved.decision is not None and saved.decision.outcome is Outcome.DEVIATE
        signed = register_historic(session, context, first, "Besluit van 3 maart 2025")
    label = signed.content.facts.reference
    assert signed.content.catalogue == ref

    later = new_dossier(
        database, context, PARKING, "Parkeervergunning, adres niet verwerkt", "awb-4-84"
    )
    assert general_ref(database, context, later) == ref
    with database.sessions.begin() as session:
        state = precedents.save_factors(
            session, context, later, ref, frozenset({"overheid-eigen-aandeel", "recidive"})
        )
    assert state.report is not None
    deviate = state.report.outcomes[Outcome.DEVIATE]
    assert deviate.status is Status.FORCED and [p.id for p in deviate.forcing] == [label]
    assert state.report.outcomes[Outcome.GENERIC].status is Status.INCONSISTENT


def test_without_factors_a_general_dossier_cannot_be_decided_either(
    database: Database, context: Context
) -> None:
    dossier_id = new_dossier(database, context, PARKING)
    with (
        database.sessions.begin() as session,
        pytest.raises(ValidationError, match="Leg eerst de factoren"),
    ):
        precedents.save_decision(session, context, dossier_id, Decision(OutcomeType.FULL))


@pytest.mark.parametrize(
    ("regulation", "route", "expected"),
    [
        (PARKING, None, GENERAL),
        ("Wet inburgering 2021", None, GENERAL),
        ("", None, GENERAL),
        (PARKING, "awb-4-84", GENERAL),  # a route four domains share tells nothing
        ("Wet inburgering 2021", "smalle-route", GENERAL),
        ("Vreemdelingenbesluit 2000", "vb-3-6ba", GENERAL),
        ("Participatiewet", None, "nl.maatwerkdesk.factoren.bijzondere-bijstand"),
        ("Participatiewet", "pw-58-8", "nl.maatwerkdesk.factoren.terugvordering"),
        ("Opiumwet", "awb-4-84", "nl.maatwerkdesk.factoren.woningsluiting"),
        ("Wet op de huurtoeslag", "awb-3-4-lid-2", "nl.maatwerkdesk.factoren.toeslagen"),
        ("Invorderingswet 1990", None, "nl.maatwerkdesk.factoren.invordering"),
    ],
)
def test_a_domain_catalogue_wins_where_it_applies_and_the_general_list_elsewhere(
    database: Database, context: Context, regulation: str, route: str | None, expected: str
) -> None:
    dossier_id = new_dossier(database, context, regulation, route=route)
    assert suggested(database, context, dossier_id) == expected


def test_the_general_list_is_offered_last_and_can_be_chosen_for_a_covered_dossier(
    database: Database, context: Context
) -> None:
    dossier_id = new_dossier(database, context, "Participatiewet", route="pw-58-8")
    with database.reads() as session:
        state = precedents.load_precedents(session, context, dossier_id)
        chosen = precedents.load_precedents(session, context, dossier_id, catalogue_id=GENERAL)
    ids = [c.header.id for c in state.choices]
    assert ids[-1] == GENERAL and ids[:-1] == sorted(ids[:-1]) and len(ids) == 6
    assert chosen.catalogue is not None and chosen.catalogue.header.id == GENERAL


def test_an_imported_precedent_on_any_route_joins_the_general_case_base(
    database: Database, context: Context
) -> None:
    ref = CatalogueRef(GENERAL, "2026.1")
    precedent = ExchangedPrecedent(
        reference="GV-2025-101",
        catalogue=ref,
        route="awb-4-84",
        factors=("onevenredige-gevolgen", "zwaarwegend-doel"),
        outcome_type=OutcomeType.FULL,
        degree=None,
        reason=("onevenredige-gevolgen",),
        summary="Ontheffing van de inburgeringsplicht; de boete was onevenredig.",
        decided_on=date(2025, 4, 2),
    )
    with database.sessions.begin() as session:
        report = precedent_import.import_precedents(session, context, as_document([precedent]))
    assert report.imported == ("GV-2025-101",)
    dossier_id = new_dossier(
        database, context, "Wet inburgering 2021", "Boete inburgering", "awb-4-84"
    )
    with database.sessions.begin() as session:
        state = precedents.save_factors(
            session, context, dossier_id, ref, frozenset({"onevenredige-gevolgen"})
        )
    assert state.report is not None
    assert [p.id for p in state.report.outcomes[Outcome.DEVIATE].forcing] == ["GV-2025-101"]


# ---------------------------------------------------------------------------- the format

GENERAL_SAMPLE = SMALL_FACTORS.replace(
    'id = "nl.test.factoren"', 'id = "nl.test.algemeen"'
).replace('routes = ["pw-58-8"]\nregulations = ["Participatiewet"]\n', "general = true\n")


def problems(text: str) -> list[str]:
    with pytest.raises(CatalogueError) as caught:
        load_factor_catalogue(text, "algemeen.toml")
    return [f"{p.key}: {p.message}" for p in caught.value.problems]


def test_a_general_catalogue_needs_no_routes_and_offers_every_factor_everywhere() -> None:
    catalogue = load_factor_catalogue(GENERAL_SAMPLE, "algemeen.toml")
    assert catalogue.general and catalogue.routes == () and catalogue.regulations == ()
    assert catalogue.serves_route("pw-58-8") and catalogue.serves_route("iets-anders")
    for route in (None, "pw-58-8", "awb-4-84"):
        for regulation in ("", PARKING, "Participatiewet"):
            assert catalogue.applicable(route, regulation) == list(catalogue.factors)


def test_a_domain_catalogue_still_needs_routes() -> None:
    text = SMALL_FACTORS.replace('routes = ["pw-58-8"]\n', "")
    assert problems(text) == ["routes: Dit veld ontbreekt."]
    assert not load_factor_catalogue(SMALL_FACTORS, "f.toml").serves_route("awb-4-84")


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (("general = true\n", 'general = true\nroutes = ["pw-58-8"]\n'), "routes"),
        (("general = true\n", 'general = true\nregulations = ["Wet"]\n'), "regulations"),
        (
            ('id = "kinderen"\n', 'id = "kinderen"\nroutes = ["pw-58-8"]\n'),
            "factors[2].routes",
        ),
    ],
)
def test_a_general_catalogue_serves_everything_and_may_not_be_narrowed(
    change: tuple[str, str], expected: str
) -> None:
    found = problems(GENERAL_SAMPLE.replace(*change))
    assert len(found) == 1 and found[0].startswith(f"{expected}: Een algemene factorcatalogus")


def test_general_is_true_or_false() -> None:
    found = problems(GENERAL_SAMPLE.replace("general = true", 'general = "ja"'))
    assert "general: Hier wordt true of false verwacht." in found
