"""Binding precedent is scoped to the legal power: only a decision under the dossier's route
forces or contradicts an outcome. One factor catalogue serves several routes (terugvordering:
Participatiewet, SVB, Awb 4:84, …); a decision under another of them, or under none, only
persuades. These tests use the catalogues shipped with the program.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

import pytest

from maatwerkdesk.domain.case_report import Relation
from maatwerkdesk.domain.catalogue import CatalogueRef
from maatwerkdesk.domain.decision import Decision, Degree, DegreeUnit, Distinction, OutcomeType
from maatwerkdesk.domain.document import Document, Grid, Text
from maatwerkdesk.domain.dossier import DossierFields
from maatwerkdesk.domain.errors import ValidationError
from maatwerkdesk.domain.precedent import Outcome, Status
from maatwerkdesk.persistence.db import Database
from maatwerkdesk.services import assessments, dossiers, precedents, signing
from maatwerkdesk.services.assess_report import assess_document, assess_text
from maatwerkdesk.services.context import Context
from maatwerkdesk.services.document_export import load_decision_document
from maatwerkdesk.services.dossier_check import DossierCheck, load_check
from maatwerkdesk.services.historic import register_historic

TERUGVORDERING = CatalogueRef("nl.maatwerkdesk.factoren.terugvordering", "2026.1")
SVB = "svb-dringende-redenen"
SVB_LABEL = "Dringende redenen bij terugvordering door de SVB (AOW, Anw, AKW)"
AWB = "awb-4-84"
FACTORS = frozenset(
    {"overheid-eigen-aandeel", "geen-verwijtbaarheid", "groot-bedrag-ruime-draagkracht"}
)
HALF = Decision(
    OutcomeType.PARTIAL,
    Degree(DegreeUnit.PERCENT, 50),
    frozenset({"overheid-eigen-aandeel"}),
    motivation="De SVB heeft de wijziging niet verwerkt.",
)
DEVIATE, GENERIC = Outcome.DEVIATE, Outcome.GENERIC


def dossier(
    database: Database, context: Context, regulation: str, route: str | None, title: str
) -> str:
    """A dossier with FACTORS under the terugvordering catalogue and `route` chosen."""
    with database.sessions.begin() as session:
        fields = DossierFields(title=title, regulation=regulation, article="art. 1")
        dossier_id = dossiers.create_dossier(session, context, fields).id
        if route is not None:
            state = assessments.load_assessment(session, context, dossier_id)
            assessments.save_assessment(
                session, context, dossier_id, replace(state.assessment, route=route)
            )
        precedents.save_factors(session, context, dossier_id, TERUGVORDERING, FACTORS)
        return dossier_id


def aow_decision(database: Database, context: Context, route: str | None = SVB) -> str:
    """An old-age pension case deviating by 50 %, binding as history; its kenmerk."""
    dossier_id = dossier(database, context, "Algemene Ouderdomswet", route, "Terugvordering AOW")
    with database.sessions.begin() as session:
        precedents.save_decision(session, context, dossier_id, HALF)
        signed = register_historic(session, context, dossier_id, "Besluit van 2 juni 2025")
    return signed.content.facts.reference


def state_of(database: Database, context: Context, dossier_id: str) -> precedents.PrecedentState:
    with database.reads() as session:
        return precedents.load_precedents(session, context, dossier_id)


def shown(
    database: Database, context: Context, dossier_id: str, outcome: Outcome
) -> tuple[DossierCheck, dict[str, Any], str, Document]:
    """The check judging `outcome`, `assess --json` and its text, and the decision document."""
    with database.sessions.begin() as session:
        check = load_check(session, context, dossier_id, outcome, audit_read=False)
        document = load_decision_document(session, context, dossier_id, date(2026, 11, 28))
        return check, assess_document(check, []), assess_text(check, []), document


def similar_part(document: Document) -> tuple[list[tuple[str, ...]], list[str]]:
    """The rows of the similar decisions' table and the notes beside it."""
    (section,) = [s for s in document.sections if s.title == "Vergelijkbare eerdere besluiten"]
    (grid,) = [b for b in section.blocks if isinstance(b, Grid)]
    return list(grid.rows), [b.text for b in section.blocks if isinstance(b, Text)]


def test_a_sickness_benefit_dossier_is_not_forced_by_an_old_age_pension_case(
    database: Database, context: Context
) -> None:
    aow = aow_decision(database, context)
    zw = dossier(database, context, "Ziektewet", AWB, "Terugvordering ziekengeld")
    state = state_of(database, context, zw)
    assert state.report is not None
    for outcome in Outcome:
        check = state.report.outcomes[outcome]
        assert check.status is Status.FREE
        assert (check.forcing_count, check.contradicting_count, check.conflicts) == (0, 0, ())
    assert state.report.degree_ranges[DEVIATE] == []
    [similar] = state.report.similar
    assert (similar.entry.id, similar.relation, similar.same_route) == (
        aow,
        Relation.PERSUASIVE,
        False,
    )

    check, document, text, pdf = shown(database, context, zw, GENERIC)
    assert "contradicts-precedent" not in {f.id for f in check.findings}
    outcomes = document["precedents"]["outcomes"]
    assert outcomes["deviate"]["status"] == outcomes["generic"]["status"] == "free"
    assert outcomes["deviate"]["forcing"] == [] and outcomes["generic"]["conflicting"] == []
    assert outcomes["deviate"]["degree_range"] == []
    [listed] = document["precedents"]["similar"]
    assert listed["precedent"] == aow and listed["relation"] == "persuasive"
    assert (listed["route"], listed["same_route"]) == (SVB, False)
    assert listed["meaning"] == f"overtuigend, andere route: {SVB_LABEL}"
    assert f"Vergelijkbaar: {aow} — gedeeltelijk afwijken; overtuigend, andere route" in text
    assert "is vrij: geen eerdere beslissing dwingt of verbiedt het" in text
    assert f"beslissing {aow} dwingt" not in text and "in strijd met" not in text
    rows, notes = similar_part(pdf)
    assert [(row[0], row[-1]) for row in rows] == [(aow, "overtuigend, andere route")]
    assert notes == [
        "Alleen besluiten langs dezelfde route binden dit dossier; alleen overtuigend zijn "
        f"{aow} ({SVB_LABEL})."
    ]
    (chapter,) = [s for s in pdf.sections if s.title == "Factoren en precedenten"]
    headlines = [b.text for b in chapter.blocks if isinstance(b, Text) and b.lead]
    assert len(headlines) == 2 and all(aow not in line for line in headlines)
    with database.sessions.begin() as session:
        departs, _grounds = signing.to_motivate(
            session, context, zw, Decision(OutcomeType.REFUSE, motivation="Volledig.")
        )
    assert departs == ()


def test_the_same_case_forces_a_dossier_under_its_own_route(
    database: Database, context: Context
) -> None:
    aow = aow_decision(database, context)
    other_aow = dossier(database, context, "Algemene Ouderdomswet", SVB, "Weer AOW")
    state = state_of(database, context, other_aow)
    assert state.report is not None
    deviate = state.report.outcomes[DEVIATE]
    assert deviate.status is Status.FORCED and deviate.forcing_ids() == [aow]
    assert state.report.outcomes[GENERIC].status is Status.INCONSISTENT
    assert [str(r) for r in state.report.degree_ranges[DEVIATE]] == ["50%"]
    assert [(s.relation, s.same_route) for s in state.report.similar] == [(Relation.FORCING, True)]
    check, document, _text, _pdf = shown(database, context, other_aow, GENERIC)
    assert "contradicts-precedent" in {f.id for f in check.findings}
    assert document["precedents"]["similar"][0]["meaning"] == "dwingt deze uitkomst af"
    with database.sessions.begin() as session:
        departs, _grounds = signing.to_motivate(
            session, context, other_aow, Decision(OutcomeType.REFUSE, motivation="Volledig.")
        )
    assert departs == (aow,)


def test_without_a_route_nothing_binds_yet(database: Database, context: Context) -> None:
    aow = aow_decision(database, context)
    zw = dossier(database, context, "Ziektewet", None, "Terugvordering ziekengeld")
    check, document, _text, pdf = shown(database, context, zw, GENERIC)
    for outcome in ("deviate", "generic"):
        told = document["precedents"]["outcomes"][outcome]
        assert told["status"] == "free" and told["forcing"] == told["conflicting"] == []
        assert "nog geen route gekozen" in told["explanation"]
    assert "contradicts-precedent" not in {f.id for f in check.findings}
    [listed] = document["precedents"]["similar"]
    assert (listed["precedent"], listed["relation"]) == (aow, "persuasive")
    assert listed["meaning"] == "overtuigend, nog geen route gekozen"
    rows, notes = similar_part(pdf)
    assert rows[0][-1] == "overtuigend, nog geen route gekozen"
    assert notes and "geen route gekozen" in notes[0]


def test_a_historic_case_without_a_route_binds_nobody(database: Database, context: Context) -> None:
    unrouted = aow_decision(database, context, route=None)
    aow = dossier(database, context, "Algemene Ouderdomswet", SVB, "Weer AOW")
    state = state_of(database, context, aow)
    assert state.report is not None
    assert all(c.status is Status.FREE for c in state.report.outcomes.values())
    [similar] = state.report.similar
    assert (similar.entry.id, similar.relation) == (unrouted, Relation.PERSUASIVE)
    _check, document, _text, pdf = shown(database, context, aow, GENERIC)
    assert document["precedents"]["similar"][0]["meaning"] == "overtuigend, zonder route"
    assert document["precedents"]["similar"][0]["route"] is None
    _rows, notes = similar_part(pdf)
    assert notes == [
        "Alleen besluiten langs dezelfde route binden dit dossier; alleen overtuigend zijn "
        f"{unrouted} (zonder route)."
    ]


def test_no_difference_is_recorded_from_a_case_under_another_route(
    database: Database, context: Context
) -> None:
    """Refusing here conflicts with nothing, so a distinction from the AOW case is refused as
    pointless, and the refusal needs none."""
    aow = aow_decision(database, context)
    zw = dossier(database, context, "Ziektewet", AWB, "Terugvordering ziekengeld")
    refusal = Decision(
        OutcomeType.REFUSE,
        distinctions=(Distinction(aow, "groot-bedrag-ruime-draagkracht"),),
        motivation="Volledig.",
    )
    with database.sessions.begin() as session, pytest.raises(ValidationError) as caught:
        precedents.save_decision(session, context, zw, refusal)
    assert caught.value.message.startswith(f"{aow} staat deze uitkomst niet in de weg")
    with database.sessions.begin() as session:
        saved = precedents.save_decision(session, context, zw, replace(refusal, distinctions=()))
    assert saved.decision is not None and saved.decision.outcome is GENERIC
