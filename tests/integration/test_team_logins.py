"""The program's own work on a team database, each person connected as their own login:
the server's rules refuse none of it, and who acts is the login, never what a caller says."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from conference_team import FACTORS, Team, plan, prepare, ship, signed_dossier, tamper
from sqlalchemy import select
from team_logins import TeamDatabase

from maatwerkdesk.domain.conference import Stance
from maatwerkdesk.domain.dossier import DossierFields
from maatwerkdesk.domain.errors import DomainError, ReadOnlyRefusedError
from maatwerkdesk.domain.people import Discipline, PermissionDeniedError, Role, User
from maatwerkdesk.domain.vocabulary import DossierStatus
from maatwerkdesk.persistence.db import Database
from maatwerkdesk.persistence.models import AuditRow
from maatwerkdesk.services import (
    audit,
    dossiers,
    historic,
    integrity,
    meetings,
    signing,
    signing_keys,
    users,
)
from maatwerkdesk.services.case_base_store import pack_case_base
from maatwerkdesk.services.unit_of_work import writing
from maatwerkdesk.services.workspace import Workspace


@pytest.fixture(autouse=True)
def shipped(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    ship(tmp_path, monkeypatch)


class LoginTeam(Team):
    """The conference team of the other tests, each person working through their own login
    (`server add-user`) on a database set up with `server init`."""

    def __init__(self, team: TeamDatabase) -> None:
        self.team = team
        self.admin = team.add("Bea Beheer", Role.ADMINISTRATOR)
        self.caseworker = team.add("Anouk Verhoef", Role.CASEWORKER)
        self.chair = team.add("Karel Voorzitter", Role.CHAIR, Discipline.LEGAL)
        self.other_chair = team.add("Vera Voorzit", Role.CHAIR)
        self.legal = team.add("Lotte Jurist", Role.MEMBER, Discipline.LEGAL)
        self.income = team.add("Ilse Inkomen", Role.MEMBER, Discipline.INCOME)
        self.secretary = team.add("Sam Secretaris", Role.SECRETARY)
        self.reader = team.add("Rik Lezer", Role.READER)
        self._databases: dict[str, Database] = {}
        self.database = team.open_owner()
        """The owner's: for what a test does behind the program's back (`tamper`)."""
        for chair in (self.chair, self.other_chair):
            self.give_key(chair)

    def of(self, user: User) -> Database:
        """The database as the user's login."""
        if user.id not in self._databases:
            self._databases[user.id] = self.team.open_as(user)
        return self._databases[user.id]

    def run(self, user: User, action: Callable[..., Any]) -> Any:
        with writing(self.of(user)) as session:
            return action(session, self.context(user))

    def run_system(self, action: Callable[..., Any]) -> Any:
        raise AssertionError("on a team database only the owner acts as the command line")


@pytest.fixture
def team(team_database: TeamDatabase) -> LoginTeam:
    return LoginTeam(team_database)


def test_a_decision_is_prepared_planned_advised_and_signed_through_each_login(
    team: LoginTeam,
) -> None:
    """Caseworker, secretary, member, chair and administrator each do their part as
    themselves; the server's rules let all of it through and the trail checks out."""
    dossier_id = prepare(team)
    meeting_id, item_id = plan(team, dossier_id)
    team.run(team.legal, lambda s, c: meetings.give_advice(s, c, item_id, Stance.SUPPORT, "Eens."))
    team.run(team.income, lambda s, c: meetings.declare_conflict(s, c, item_id))
    present = [team.chair.id, team.legal.id, team.income.id]
    team.run(team.secretary, lambda s, c: meetings.record_attendance(s, c, meeting_id, present))
    signed = team.run(team.chair, lambda s, c: signing.sign(s, c, item_id))
    team.run(team.secretary, lambda s, c: meetings.close_meeting(s, c, meeting_id))
    assert signed.content.signer is not None and signed.content.signer.user_id == team.chair.id
    reader = team.of(team.reader)
    with reader.reads() as session:
        assert dossiers.live_dossier(session, dossier_id).status == DossierStatus.BESLOTEN.value
        report = audit.verify_trail(session)
        actors = set(
            session.scalars(select(AuditRow.actor).where(AuditRow.dossier_id == dossier_id))
        )
    assert report.broken is None
    logins = team.team.logins
    assert actors == {
        f"{user.name} (account {logins[user.id]})"
        for user in (team.caseworker, team.legal, team.income, team.chair)
    }


def test_the_login_acts_whatever_the_caller_says(team: LoginTeam) -> None:
    """The reader's login claiming to be the caseworker is still the reader."""
    with (
        pytest.raises(PermissionDeniedError, match="U werkt als lezer"),
        writing(team.of(team.reader)) as session,
    ):
        dossiers.create_dossier(
            session, team.context(team.caseworker), DossierFields(title="Mag niet")
        )
    dossier_id = prepare(team)
    _meeting, item_id = plan(team, dossier_id)
    with (
        pytest.raises(DomainError, match="U werkt als behandelaar; een besluit ondertekenen"),
        writing(team.of(team.caseworker)) as session,
    ):
        signing.sign(session, team.context(team.chair), item_id)


def test_what_the_program_lets_through_the_server_still_refuses(team: LoginTeam) -> None:
    """A caseworker's login editing a signed dossier's facts past the services' own check
    is refused by the server, told as a refusal of rights."""
    dossier_id = prepare(team)
    _meeting, item_id = plan(team, dossier_id)
    team.run(team.chair, lambda s, c: signing.sign(s, c, item_id))
    with (
        pytest.raises(ReadOnlyRefusedError, match="geen rechten"),
        writing(team.of(team.caseworker)) as session,
    ):
        dossiers.live_dossier(session, dossier_id).title = "Iets anders"


def test_a_chair_withdraws_only_their_own_pending_key(team: LoginTeam) -> None:
    pending = team.run(team.chair, signing_keys.create_key)
    again = team.run(team.chair, signing_keys.create_key)  # withdraws the pending one
    with team.of(team.reader).reads() as session:
        states = {k.key_id: k.status for k in signing_keys.list_keys(session)}
    assert states[pending.key_id] == "revoked" and states[again.key_id] == "pending"


def test_opening_as_a_login_works_as_its_user_and_switches_nobody(
    team_database: TeamDatabase, open_workspaces: Callable[[str | None], Workspace]
) -> None:
    anouk = team_database.add("Anouk Verhoef", [Role.CASEWORKER, Role.CHAIR])
    workspace = open_workspaces(team_database.url(anouk))
    assert workspace.user == anouk and workspace.login == team_database.logins[anouk.id]
    context = workspace.context("test")
    assert context.actor == f"Anouk Verhoef (account {workspace.login})"
    owner = open_workspaces(team_database.owner_url)
    assert owner.user is None and owner.login is None  # the owner acts as the command line


def test_a_reader_leaves_packing_the_precedent_index_to_others(team: LoginTeam) -> None:
    """Warming up packs the index where many rows changed; a lezer writes nothing, so its
    program reads the rows and leaves the pack to a program that may write it."""
    signed_dossier(team)
    catalogue_id = FACTORS.id
    assert not pack_case_base(team.of(team.reader).engine, catalogue_id, force=True)
    assert pack_case_base(team.of(team.caseworker).engine, catalogue_id, force=True)


def test_on_a_team_database_the_owner_manages_the_users(team: LoginTeam) -> None:
    """The server would refuse the beheerder's login anyway; the program says why first."""
    owner_only = "Op een teamdatabase beheert de eigenaar van de database de gebruikers"
    with pytest.raises(PermissionDeniedError, match=owner_only):
        team.run(team.admin, lambda s, c: users.add_user(s, c, "Nieuw Iemand", Role.READER))
    with pytest.raises(PermissionDeniedError, match=owner_only):
        team.run(
            team.admin,
            lambda s, c: users.update_user(s, c, team.reader.id, Role.READER, None, active=False),
        )


def test_the_beheerder_resolves_a_dossier_changed_outside_the_program(team: LoginTeam) -> None:
    dossier_id = signed_dossier(team)
    tamper(team.database, "UPDATE dossier SET title = 'Iets anders' WHERE id = :d", d=dossier_id)
    team.run(team.admin, lambda s, c: integrity.resolve(s, c, dossier_id, "Titel hersteld."))
    record = team.run(team.reader, lambda s, c: dossiers.open_dossier(s, c, dossier_id))
    assert record.fields.title == "Terugvordering bijstand na gemiste melding"
    assert record.fields.status is DossierStatus.BESLOTEN


def test_the_beheerder_registers_a_historic_decision(team: LoginTeam) -> None:
    dossier_id = prepare(team)
    source = "besluit van 12-03-2024, zaaksysteem, zaak 2024-0012"
    team.run(team.admin, lambda s, c: historic.register_historic(s, c, dossier_id, source))
    with team.of(team.reader).reads() as session:
        assert dossiers.live_dossier(session, dossier_id).status == DossierStatus.BESLOTEN.value
        assert audit.verify_trail(session).broken is None
