"""The services read the acting user from the database on every call: a context that claims
an id the database does not know, a role the user does not have, or a user who has been
deactivated or demoted since the workstation chose them, gets nothing done."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from conference_team import MEETING_DAY, Team, prepare, ship

from maatwerkdesk.domain.dossier import DossierFields
from maatwerkdesk.domain.people import PermissionDeniedError, Role, User
from maatwerkdesk.persistence.db import Database
from maatwerkdesk.services import dossiers, meetings, users


@pytest.fixture(autouse=True)
def shipped(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    ship(tmp_path, monkeypatch)


@pytest.fixture
def team(database: Database) -> Team:
    return Team(database)


def _edit_title(dossier_id: str, title: str):  # type: ignore[no-untyped-def]
    def act(session, context):  # type: ignore[no-untyped-def]
        record = dossiers.open_dossier(session, context, dossier_id)
        return dossiers.update_dossier(
            session,
            context,
            dossier_id,
            replace(record.fields, title=title),
            expected_revision=record.revision,
        )

    return act


def test_an_unknown_user_id_edits_nothing_and_plans_nothing(team: Team) -> None:
    dossier_id = team.run(
        team.caseworker,
        lambda s, c: dossiers.create_dossier(s, c, DossierFields(title="Een dossier")).id,
    )
    ghost = User("00000000-0000-0000-0000-000000000000", "Spook", (Role.CASEWORKER,))
    with pytest.raises(PermissionDeniedError, match="bestaat niet"):
        team.run(ghost, _edit_title(dossier_id, "Gewijzigd door niemand"))
    ghost_chair = replace(ghost, roles=(Role.CHAIR,))
    with pytest.raises(PermissionDeniedError, match="bestaat niet"):
        team.run(
            ghost_chair,
            lambda s, c: meetings.plan_meeting(s, c, MEETING_DAY, team.chair.id, [], "Zaal"),
        )


def test_posing_as_an_administrator_adds_no_chair(team: Team) -> None:
    posing = replace(team.caseworker, roles=(Role.ADMINISTRATOR,))
    with pytest.raises(PermissionDeniedError, match="U werkt als behandelaar"):
        team.run(posing, lambda s, c: users.add_user(s, c, "Nep Voorzitter", Role.CHAIR))
    names = team.run(team.admin, lambda s, c: [u.name for u in users.list_users(s)])
    assert "Nep Voorzitter" not in names


def test_a_deactivated_user_stops_working_in_an_open_session(team: Team) -> None:
    dossier_id = prepare(team)
    worker = team.caseworker  # the workstation still holds the user as it was chosen
    team.run(worker, _edit_title(dossier_id, "Nog actief"))
    team.run(
        team.admin,
        lambda s, c: users.update_user(s, c, worker.id, Role.CASEWORKER, None, active=False),
    )
    with pytest.raises(PermissionDeniedError, match="niet meer actief"):
        team.run(worker, _edit_title(dossier_id, "Na het uitschakelen"))


def test_a_demoted_user_has_the_rights_of_the_new_role_at_once(team: Team) -> None:
    dossier_id = prepare(team)
    worker = team.caseworker
    team.run(team.admin, lambda s, c: users.update_user(s, c, worker.id, Role.READER, None))
    with pytest.raises(PermissionDeniedError, match="U werkt als lezer"):
        team.run(worker, _edit_title(dossier_id, "Als lezer"))
    secretary = team.secretary
    team.run(team.admin, lambda s, c: users.update_user(s, c, secretary.id, Role.READER, None))
    with pytest.raises(PermissionDeniedError, match="U werkt als lezer"):
        team.run(
            secretary,
            lambda s, c: meetings.plan_meeting(s, c, MEETING_DAY, team.chair.id, [], "Zaal"),
        )
