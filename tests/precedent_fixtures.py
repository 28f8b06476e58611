"""Decided dossiers for tests of the case base, through the real services."""

from __future__ import annotations

from dataclasses import replace

from sqlalchemy.orm import Session

from maatwerkdesk.domain.catalogue import CatalogueRef
from maatwerkdesk.domain.decision import Decision, OutcomeType
from maatwerkdesk.domain.dossier import DossierFields
from maatwerkdesk.persistence.db import Database
from maatwerkdesk.services import assessments, dossiers, precedents
from maatwerkdesk.services.context import Context
from maatwerkdesk.services.historic import register_historic

TEST_FACTORS = CatalogueRef("nl.test.factoren", "1.0")
"""The factor catalogue of catalogue_samples.SMALL_FACTORS."""
TEST_ROUTE = "pw-58-8"
"""The route that catalogue serves: decisions under it bind the dossiers under it."""


def new_dossier(
    database: Database, context: Context, title: str = "Terugvordering", route: str | None = None
) -> str:
    """A new dossier; with `route`, its route check has that route chosen."""
    with database.sessions.begin() as session:
        fields = DossierFields(title=title, regulation="Participatiewet", article="58")
        dossier_id = dossiers.create_dossier(session, context, fields).id
        if route is not None:
            choose_route(session, context, dossier_id, route)
        return dossier_id


def choose_route(session: Session, context: Context, dossier_id: str, route: str) -> None:
    state = assessments.load_assessment(session, context, dossier_id)
    assessments.save_assessment(
        session, context, dossier_id, replace(state.assessment, route=route)
    )


def decided(
    database: Database,
    context: Context,
    factors: set[str],
    decision: Decision,
    title: str = "Terugvordering",
    route: str | None = TEST_ROUTE,
) -> str:
    """A dossier with factors and a decision that binds the dossiers under `route`:
    registered as a historic precedent (the command line's way; a person's decision binds
    once a chair signs it). Returns its kenmerk."""
    dossier_id = new_dossier(database, context, title, route)
    with database.sessions.begin() as session:
        precedents.save_factors(session, context, dossier_id, TEST_FACTORS, frozenset(factors))
        precedents.save_decision(session, context, dossier_id, decision)
        signed = register_historic(session, context, dossier_id, "Testbesluit uit 2025")
        return signed.content.facts.reference


EARLIER_FACTORS = {"geen-verwijt", "bewuste-schending"}
CASE_FACTORS = frozenset({"geen-verwijt", "eigen-aandeel", "bewuste-schending"})
"""Deviating with these factors conflicts with a refusal on EARLIER_FACTORS (reason
‘bewuste-schending’); this dossier differs from it on ‘eigen-aandeel’ only."""


def conflicting_case(database: Database, context: Context) -> tuple[str, str]:
    """A refused precedent and a dossier with CASE_FACTORS under its route, not yet decided;
    returns the precedent's kenmerk and the dossier's id."""
    refused = Decision(OutcomeType.REFUSE, reason=frozenset({"bewuste-schending"}))
    earlier = decided(database, context, EARLIER_FACTORS, refused, "Eerder geweigerd")
    dossier_id = new_dossier(database, context, "Nu afwijken?", TEST_ROUTE)
    with database.sessions.begin() as session:
        precedents.save_factors(session, context, dossier_id, TEST_FACTORS, CASE_FACTORS)
    return earlier, dossier_id
