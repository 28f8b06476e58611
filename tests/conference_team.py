"""A team of fictitious users with a dossier prepared for the casuïstiekoverleg, shared by
the tests of meetings, signing and the record's integrity."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from backends import past_the_audit_rule
from catalogue_samples import ship_samples
from precedent_fixtures import TEST_FACTORS as FACTORS
from precedent_fixtures import TEST_ROUTE, choose_route
from sqlalchemy import text

from maatwerkdesk.domain.assessment import Answer, CriterionAnswer
from maatwerkdesk.domain.decision import Decision, Degree, DegreeUnit, OutcomeType
from maatwerkdesk.domain.dossier import DossierFields
from maatwerkdesk.domain.people import Discipline, Role, User
from maatwerkdesk.domain.precedent import Outcome, Status
from maatwerkdesk.domain.proposal import Proposal, Zienswijze
from maatwerkdesk.domain.vocabulary import DossierStatus
from maatwerkdesk.domain.weighing import StepAnswer, StepId, StepRecord, Weighing
from maatwerkdesk.persistence.db import Database
from maatwerkdesk.services import (
    assessments,
    dossiers,
    meetings,
    precedents,
    proposals,
    signing,
    signing_keys,
    users,
)
from maatwerkdesk.services.context import Context
from maatwerkdesk.services.weighing import save_weighing

TODAY = date(2026, 11, 28)
MEETING_DAY = date(2026, 12, 3)


def ship(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The sample catalogues as the shipped ones (call from an autouse fixture)."""
    ship_samples(tmp_path / "catalogues", monkeypatch)


class Team:
    def __init__(self, database: Database) -> None:
        self.database = database
        first = Context(actor="beheer", origin="test", today=TODAY)
        with database.sessions.begin() as session:
            admin = users.add_user(session, first, "Bea Beheer", Role.ADMINISTRATOR)
            as_admin = self.context(admin)
            self.admin = admin
            self.caseworker = users.add_user(session, as_admin, "Anouk Verhoef", Role.CASEWORKER)
            self.chair = users.add_user(
                session, as_admin, "Karel Voorzitter", Role.CHAIR, Discipline.LEGAL
            )
            self.other_chair = users.add_user(session, as_admin, "Vera Voorzit", Role.CHAIR)
            self.legal = users.add_user(
                session, as_admin, "Lotte Jurist", Role.MEMBER, Discipline.LEGAL
            )
            self.income = users.add_user(
                session, as_admin, "Ilse Inkomen", Role.MEMBER, Discipline.INCOME
            )
            self.secretary = users.add_user(session, as_admin, "Sam Secretaris", Role.SECRETARY)
            self.reader = users.add_user(session, as_admin, "Rik Lezer", Role.READER)
        for chair in (self.chair, self.other_chair):
            self.give_key(chair)

    def give_key(self, chair: User) -> str:
        """A signing key made by the chair and registered by the administrator."""
        key = self.run(chair, signing_keys.create_key)
        self.run(self.admin, lambda s, c: signing_keys.register_key(s, c, key.key_id))
        return key.key_id

    @staticmethod
    def context(user: User) -> Context:
        return Context(actor=user.name, origin="test", today=TODAY, user=user)

    def run(self, user: User, action):  # type: ignore[no-untyped-def]
        with self.database.sessions.begin() as session:
            return action(session, self.context(user))

    def run_system(self, action):  # type: ignore[no-untyped-def]
        """As the command line does: imports, history, administration."""
        with self.database.sessions.begin() as session:
            return action(session, Context(actor="opdrachtregel", origin="test", today=TODAY))


FACTORS_A = frozenset({"eigen-aandeel", "geen-verwijt", "groot-bedrag"})
PARTIAL = Decision(
    OutcomeType.PARTIAL,
    Degree(DegreeUnit.PERCENT, 50),
    frozenset({"eigen-aandeel"}),
    motivation="De gemeente heeft de fout mede veroorzaakt.",
)


def prepare(team: Team, title: str = "Terugvordering bijstand na gemiste melding") -> str:
    """The caseworker's work: intake, criteria, factors, weighing, proposal, ter bespreking."""
    cw = team.caseworker

    def work(session, context):  # type: ignore[no-untyped-def]
        fields = DossierFields(
            title=title,
            owner=cw.name,
            regulation="Participatiewet",
            article="58 lid 8",
            knelpunt="Het bedrag is hoog en de gemeente verwerkte de melding niet.",
        )
        dossier_id = dossiers.create_dossier(session, context, fields).id
        state = assessments.load_assessment(session, context, dossier_id)
        assessments.save_assessment(
            session,
            context,
            dossier_id,
            replace(
                state.assessment,
                power="eigen-clausule",
                route=TEST_ROUTE,
                answers={"H6": CriterionAnswer("H6", Answer.MET, "Fout van de gemeente.")},
            ),
        )
        precedents.save_factors(session, context, dossier_id, FACTORS, FACTORS_A)
        precedents.save_decision(session, context, dossier_id, PARTIAL)
        save_weighing(
            session,
            context,
            dossier_id,
            Weighing(
                aim="Onterecht betaalde bijstand terug.",
                steps={StepId.SUITABILITY: StepRecord(StepAnswer.YES, "Dient het doel.")},
            ),
        )
        proposals.save_proposal(
            session,
            context,
            dossier_id,
            Proposal(citizen_text="U betaalt de helft terug.", zienswijze=Zienswijze.OFFERED),
        )
        record = dossiers.open_dossier(session, context, dossier_id)
        dossiers.update_dossier(
            session,
            context,
            dossier_id,
            replace(record.fields, status=DossierStatus.TER_BESPREKING),
            expected_revision=record.revision,
        )
        return dossier_id

    return team.run(cw, work)


def plan(team: Team, dossier_id: str) -> tuple[str, str]:
    def work(session, context):  # type: ignore[no-untyped-def]
        meeting_id = meetings.plan_meeting(
            session,
            context,
            MEETING_DAY,
            team.chair.id,
            [meetings.PlannedMember(team.legal.id), meetings.PlannedMember(team.income.id)],
            "Stadskantoor, zaal 3",
        )
        meetings.set_agenda(session, context, meeting_id, [meetings.PlannedItem(dossier_id, 30)])
        return meeting_id, meetings.load_meeting(session, meeting_id).agenda[0].id

    return team.run(team.secretary, work)


def signed_dossier(team: Team, title: str = "Terugvordering bijstand na gemiste melding") -> str:
    """A dossier prepared, planned and signed by the chair: it binds."""
    dossier_id = prepare(team, title)
    _meeting, item_id = plan(team, dossier_id)
    team.run(team.chair, lambda s, c: signing.sign(s, c, item_id))
    return dossier_id


def similar_state(team: Team) -> precedents.PrecedentState:
    """A new dossier under the same route with the same factors as PARTIAL's: what the
    case base says about it."""

    def work(session, context):  # type: ignore[no-untyped-def]
        new_id = dossiers.create_dossier(
            session, context, DossierFields(title="Vergelijkbaar", regulation="Participatiewet")
        ).id
        choose_route(session, context, new_id, TEST_ROUTE)
        return precedents.save_factors(session, context, new_id, FACTORS, FACTORS_A)

    return team.run(team.caseworker, work)


def deviate_status(team: Team) -> Status:
    state = similar_state(team)
    assert state.report is not None
    return state.report.outcomes[Outcome.DEVIATE].status


def tamper(database: Database, statement: str, **values: object) -> None:
    """Change the database as someone outside the program would (with the database in
    hand: on a server, past the audit trail's rule)."""
    with database.engine.begin() as connection, past_the_audit_rule(connection):
        connection.execute(text(statement), values)
