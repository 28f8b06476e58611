"""Only a functioneel beheerder opens and saves the organisation settings: the services
read the acting user from the database, so a context claiming the role gets nothing, and
nothing is written or audited as done."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from maatwerkdesk.domain.organisation import NO_SETTINGS, OrganisationSettings, SettingsError
from maatwerkdesk.domain.people import PermissionDeniedError, Role, User
from maatwerkdesk.persistence.db import Database
from maatwerkdesk.persistence.models import AuditRow
from maatwerkdesk.services import organisation, users
from maatwerkdesk.services.context import Context

SETTINGS = OrganisationSettings(name="Gemeente Voorbeeld", address="Postbus 1")


def _people(database: Database) -> tuple[User, User]:
    with database.sessions.begin() as session:
        system = Context(actor="beheer", origin="test")
        admin = users.add_user(session, system, "Fictieve Beheerder", (Role.ADMINISTRATOR,))
        worker = users.add_user(session, system, "Fictieve Behandelaar", (Role.CASEWORKER,))
    return admin, worker


def _as(user: User) -> Context:
    return Context(actor=user.name, origin="test", user=user)


def _audited(database: Database) -> list[str]:
    with database.sessions() as session:
        query = select(AuditRow.result).where(AuditRow.name == organisation.UPDATE_SETTINGS)
        return list(session.scalars(query))


def test_the_beheerder_opens_and_saves_and_the_save_is_audited(
    database: Database, tmp_path: Path
) -> None:
    admin, _ = _people(database)
    with database.sessions.begin() as session:
        assert organisation.settings_for_editing(session, _as(admin), tmp_path) == NO_SETTINGS
        organisation.save_settings(session, _as(admin), tmp_path, SETTINGS)
    assert organisation.read_settings(tmp_path) == SETTINGS
    assert _audited(database) == ["ok"]


@pytest.mark.parametrize("claimed", [(Role.CASEWORKER,), (Role.ADMINISTRATOR,)])
def test_anyone_else_is_refused_whatever_the_context_claims(
    database: Database, tmp_path: Path, claimed: tuple[Role, ...]
) -> None:
    _, worker = _people(database)
    forged = Context(actor=worker.name, origin="test", user=User(worker.id, worker.name, claimed))
    for act in (
        lambda s: organisation.settings_for_editing(s, forged, tmp_path),
        lambda s: organisation.save_settings(s, forged, tmp_path, SETTINGS),
    ):
        refused = pytest.raises(PermissionDeniedError, match="functioneel beheerder")
        with refused, database.sessions.begin() as session:
            act(session)
    assert not organisation.settings_path(tmp_path).exists()
    assert "ok" not in _audited(database)


def test_a_save_that_would_not_read_back_writes_nothing(database: Database, tmp_path: Path) -> None:
    admin, _ = _people(database)
    with pytest.raises(SettingsError), database.sessions.begin() as session:
        organisation.save_settings(
            session, _as(admin), tmp_path, OrganisationSettings(name="x" * 600)
        )
    assert not organisation.settings_path(tmp_path).exists()
    assert _audited(database) == []
