"""A factor catalogue of another domain is named as such: a WW dossier weighed with the
toeslagen list, an IND dossier with the woningsluiting list. The general list serves every
dossier and is never another domain's."""

from __future__ import annotations

from datetime import date

import pytest

from maatwerkdesk.domain.catalogue import CatalogueRef
from maatwerkdesk.domain.document import texts
from maatwerkdesk.domain.factors import choose_factor_catalogue, foreign_catalogue
from maatwerkdesk.domain.precedent import Outcome
from maatwerkdesk.domain.precedent_explanation import foreign_catalogue_text
from maatwerkdesk.persistence.db import Database
from maatwerkdesk.services import document_export, precedents
from maatwerkdesk.services.assess_report import assess_document, assess_text
from maatwerkdesk.services.context import Context
from maatwerkdesk.services.dossier_check import load_check
from tests.unit.test_bundled_catalogue import CATALOGUE
from tests.unit.test_bundled_factors import GENERAL, SHIPPED
from tests.unit.test_general_factors import new_dossier

PREFIX = "nl.maatwerkdesk.factoren."
CHOICES = list(SHIPPED.values())
WW = "Werkloosheidswet (WW)"
IND = "Vreemdelingenbesluit 2000"


def foreign_to(domain: str, route: str | None, regulation: str) -> str | None:
    """The id of the list that fits instead, "" when none does; None when `domain` fits."""
    found = foreign_catalogue(SHIPPED[PREFIX + domain], CHOICES, route, regulation)
    if found is None:
        return None
    return found.fitting.header.id.removeprefix(PREFIX) if found.fitting else ""


@pytest.mark.parametrize(
    ("domain", "route", "regulation", "fitting"),
    [
        # a list of another domain, with the list that fits
        ("toeslagen", "smalle-route", WW, "terugvordering"),  # a route both lists share
        ("toeslagen", None, WW, "terugvordering"),
        ("woningsluiting", "awb-4-84", WW, "terugvordering"),
        ("woningsluiting", "vb-3-6ba", IND, "algemeen"),
        ("toeslagen", "vb-3-6ba", IND, "algemeen"),
        ("woningsluiting", "awb-4-84", "Parkeerverordening 2024", "algemeen"),
        ("terugvordering", "awir-47", "", "toeslagen"),  # a route of one other domain
        ("invordering", "pw-58-8", "Participatiewet", "terugvordering"),
        ("bijzondere-bijstand", "awr-63", "Invorderingswet 1990", "invordering"),
        # the list fits
        ("terugvordering", "smalle-route", WW, None),
        ("terugvordering", None, WW, None),
        ("toeslagen", "awir-47", "", None),  # a route only toeslagen lists
        ("toeslagen", "awir-47", WW, None),  # ... says the domain, whatever the regulation
        ("woningsluiting", "awb-4-84", "Opiumwet", None),
        ("woningsluiting", "awb-4-84", "", None),  # a shared route and nothing else to go on
        ("terugvordering", "pw-18-1", "Participatiewet", None),  # the regulation tells
        ("toeslagen", None, "", None),  # nothing to judge by
    ],
)
def test_a_list_of_another_domain_is_named_with_the_one_that_fits(
    domain: str, route: str | None, regulation: str, fitting: str | None
) -> None:
    assert foreign_to(domain, route, regulation) == fitting


@pytest.mark.parametrize("route", [None, *(r.id for r in CATALOGUE.routes)])
@pytest.mark.parametrize("regulation", ["", WW, IND, "Opiumwet", "Wet inburgering 2021", "Awir"])
def test_the_general_list_and_the_suggested_list_are_never_foreign(
    route: str | None, regulation: str
) -> None:
    assert foreign_catalogue(SHIPPED[GENERAL], CHOICES, route, regulation) is None
    suggested = choose_factor_catalogue(CHOICES, route, regulation)
    assert suggested is not None
    assert foreign_catalogue(suggested, CHOICES, route, regulation) is None


def test_the_warning_names_the_list_and_the_one_that_fits() -> None:
    to_domain = foreign_catalogue(SHIPPED[PREFIX + "toeslagen"], CHOICES, "smalle-route", WW)
    assert to_domain is not None
    assert foreign_catalogue_text(to_domain) == (
        "De factorcatalogus ‘Factoren bij toeslagen’ hoort bij een ander rechtsgebied: de "
        "route en de regeling van dit dossier passen er niet bij. Bij dit dossier past "
        "‘Factoren bij terugvordering en herziening in de sociale zekerheid’."
    )
    to_general = foreign_catalogue(SHIPPED[PREFIX + "woningsluiting"], CHOICES, "vb-3-6ba", IND)
    assert to_general is not None
    assert foreign_catalogue_text(to_general).endswith(
        "Bij dit dossier past de algemene factorcatalogus ‘Algemene factoren bij maatwerk’, "
        "die voor elke regeling geldt."
    )
    alone = [SHIPPED[PREFIX + "toeslagen"]]
    nowhere = foreign_catalogue(alone[0], alone, "vb-3-6ba", IND)
    assert nowhere is not None and nowhere.fitting is None
    assert foreign_catalogue_text(nowhere).endswith("Geen andere factorcatalogus past er wel bij.")


# ------------------------------------------------------------------ through the services


def test_assess_and_the_decision_document_warn_of_a_list_of_another_domain(
    database: Database, context: Context
) -> None:
    dossier_id = new_dossier(database, context, WW, "WW terugvordering", route="smalle-route")
    with database.reads() as session:
        suggested = precedents.load_precedents(session, context, dossier_id)
        chosen = precedents.load_precedents(
            session, context, dossier_id, catalogue_id=PREFIX + "toeslagen"
        )
        general = precedents.load_precedents(session, context, dossier_id, catalogue_id=GENERAL)
    assert suggested.catalogue is not None
    assert suggested.catalogue.header.id == PREFIX + "terugvordering"
    assert suggested.foreign is None and general.foreign is None
    assert chosen.foreign is not None and chosen.foreign.fitting == suggested.catalogue

    ref = CatalogueRef(PREFIX + "toeslagen", "2026.2")
    with database.sessions.begin() as session:
        saved = precedents.save_factors(
            session, context, dossier_id, ref, frozenset({"geen-verwijtbaarheid"})
        )
    assert saved.foreign is not None  # pinned to the list, still named as foreign
    with database.sessions.begin() as session:
        check = load_check(session, context, dossier_id, Outcome.DEVIATE)
        document = document_export.load_decision_document(
            session, context, dossier_id, date(2026, 11, 28)
        )
    explanation = foreign_catalogue_text(saved.foreign)
    assert assess_document(check, [])["precedents"]["foreign_catalogue"] == {
        "fitting": PREFIX + "terugvordering",
        "explanation": explanation,
    }
    assert f"Let op: {explanation}" in assess_text(check, []).splitlines()
    assert explanation in texts(document)


def test_a_fitting_list_gives_no_warning_in_assess(database: Database, context: Context) -> None:
    dossier_id = new_dossier(database, context, WW, "WW terugvordering", route="smalle-route")
    ref = CatalogueRef(PREFIX + "terugvordering", "2026.2")
    with database.sessions.begin() as session:
        precedents.save_factors(session, context, dossier_id, ref, frozenset())
        check = load_check(session, context, dossier_id, Outcome.DEVIATE)
    assert assess_document(check, [])["precedents"]["foreign_catalogue"] is None
    assert not any(line.startswith("Let op:") for line in assess_text(check, []).splitlines())


def test_unticking_every_factor_frees_the_choice_of_catalogue(
    database: Database, context: Context
) -> None:
    """What the warning advises when factors are ticked: untick them, then choose."""
    dossier_id = new_dossier(database, context, WW, "WW terugvordering", route="smalle-route")
    ref = CatalogueRef(PREFIX + "toeslagen", "2026.2")
    with database.sessions.begin() as session:
        precedents.save_factors(
            session, context, dossier_id, ref, frozenset({"geen-verwijtbaarheid"})
        )
        pinned = precedents.load_precedents(
            session, context, dossier_id, catalogue_id=PREFIX + "terugvordering"
        )
        precedents.save_factors(session, context, dossier_id, ref, frozenset())
        free = precedents.load_precedents(
            session, context, dossier_id, catalogue_id=PREFIX + "terugvordering"
        )
        unchosen = precedents.load_precedents(session, context, dossier_id)
    assert pinned.catalogue is not None and pinned.catalogue.ref == ref
    assert free.catalogue is not None and free.catalogue.header.id == PREFIX + "terugvordering"
    assert free.foreign is None
    assert unchosen.catalogue is not None and unchosen.catalogue.ref == ref  # as stored
    assert unchosen.foreign is not None
