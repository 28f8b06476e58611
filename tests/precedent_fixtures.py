"""Decided dossiers for tests of the case base, through the real services."""

from __future__ import annotations

from dataclasses import replace

from maatwerkdesk.domain.catalogue import CatalogueRef
from maatwerkdesk.domain.decision import Decision, OutcomeType
from maatwerkdesk.domain.dossier import DossierFields
from maatwerkdesk.domain.vocabulary import DossierStatus
from maatwerkdesk.persistence.db import Database
from maatwerkdesk.services import dossiers, precedents
from maatwerkdesk.services.context import Context

TEST_FACTORS = CatalogueRef("nl.test.factoren", "1.0")
"""The factor catalogue of catalogue_samples.SMALL_FACTORS."""


def new_dossier(database: Database, context: Context, title: str = "Terugvordering") -> str:
    with database.sessions.begin() as session:
        fields = DossierFields(title=title, regulation="Participatiewet", article="58")
        return dossiers.create_dossier(session, context, fields).id


def decided(
    database: Database,
    context: Context,
    factors: set[str],
    decision: Decision,
    title: str = "Terugvordering",
) -> str:
    """A dossier with factors and a decision, set to besloten; returns its kenmerk."""
    dossier_id = new_dossier(database, context, title)
    with database.sessions.begin() as session:
        precedents.save_factors(session, context, dossier_id, TEST_FACTORS, frozenset(factors))
        precedents.save_decision(session, context, dossier_id, decision)
        record = dossiers.open_dossier(session, context, dossier_id)
        fields = replace(record.fields, status=DossierStatus.BESLOTEN)
        dossiers.update_dossier(
            session, context, dossier_id, fields, expected_revision=record.revision
        )
        return record.reference


EARLIER_FACTORS = {"geen-verwijt", "bewuste-schending"}
CASE_FACTORS = frozenset({"geen-verwijt", "eigen-aandeel", "bewuste-schending"})
"""Deviating with these factors conflicts with a refusal on EARLIER_FACTORS (reason
‘bewuste-schending’); this dossier differs from it on ‘eigen-aandeel’ only."""


def conflicting_case(database: Database, context: Context) -> tuple[str, str]:
    """A refused precedent and a dossier with CASE_FACTORS, not yet decided; returns the
    precedent's kenmerk and the dossier's id."""
    refused = Decision(OutcomeType.REFUSE, reason=frozenset({"bewuste-schending"}))
    earlier = decided(database, context, EARLIER_FACTORS, refused, "Eerder geweigerd")
    dossier_id = new_dossier(database, context, "Nu afwijken?")
    with database.sessions.begin() as session:
        precedents.save_factors(session, context, dossier_id, TEST_FACTORS, CASE_FACTORS)
    return earlier, dossier_id
