"""`maatwerkdesk server init | add-user | status`: setting up a team database, adding people
with their logins and roles, and seeing what goes on; each says in one Dutch sentence, with
exit code 2, what stands in its way."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from backends import PostgresServer, connect
from profiles import Profile
from sqlalchemy import text
from team_logins import TeamDatabase
from test_cli import ok, run
from test_cli_server import PASSWORD, unused_port

from maatwerkdesk.domain.people import Discipline, Role
from maatwerkdesk.persistence.migrations import HEAD_REVISION


def refused(profile: Profile, *args: str) -> str:
    """Run a verb that must exit 2 with one sentence; the sentence."""
    result = run(profile, *args)
    assert result.returncode == 2, result.stdout + result.stderr
    assert result.stdout == ""
    assert result.stderr.startswith("maatwerkdesk: ") and "Traceback" not in result.stderr
    assert len(result.stderr.splitlines()) == 1, result.stderr
    return result.stderr


def memberships(team: TeamDatabase, login: str) -> set[str]:
    with connect(team.owner_url) as connection:
        return set(
            connection.scalars(
                text(
                    "SELECT g.rolname FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid "
                    "JOIN pg_roles u ON u.oid = m.member WHERE u.rolname = :login"
                ),
                {"login": login},
            )
        )


@pytest.fixture
def empty(server: PostgresServer) -> Iterator[str]:
    """The address of an empty database, as a server administrator made it."""
    name = server.empty("leeg")
    yield server.url_of(name)
    server.drop([name])


def test_init_sets_up_an_empty_database_and_again_changes_nothing(
    empty: str, tmp_path: Path
) -> None:
    profile = Profile(tmp_path)
    first = ok(profile, "server", "init", empty)
    assert first.startswith(f"De teamdatabase is ingericht: schema {HEAD_REVISION} aangemaakt;")
    assert "rechten per rol gezet" in first
    again = ok(profile, "server", "init", empty)
    assert f"schema {HEAD_REVISION}, al bij; de rollen waren er al;" in again
    with connect(empty) as connection:
        groups = set(
            connection.scalars(
                text("SELECT rolname FROM pg_roles WHERE rolname LIKE 'maatwerkdesk\\_%'")
            )
        )
        functions = set(
            connection.scalars(
                text("SELECT proname FROM pg_proc WHERE proname LIKE 'maatwerkdesk\\_%'")
            )
        )
        public_connects = connection.scalar(
            text("SELECT has_database_privilege('public', current_database(), 'CONNECT')")
        )
    assert {f"maatwerkdesk_{role.value}" for role in Role if role is not Role.SYSTEM} <= groups
    assert {"maatwerkdesk_audit", "maatwerkdesk_signed_decision_guard"} <= functions
    assert public_connects is False  # only those added may connect


def test_add_user_makes_the_login_and_its_user_and_again_sets_the_roles_anew(
    team_database: TeamDatabase, server: PostgresServer, tmp_path: Path
) -> None:
    owner = Profile(tmp_path / "eigenaar", team_database.owner_url)
    login = server.login_name("karel")
    added = ok(
        owner,
        "server",
        "add-user",
        "Karel  Jansen",
        "--role",
        "voorzitter",
        "--role",
        "behandelaar",
        "--login",
        login,
    )
    assert added == (
        f"Gebruiker Karel Jansen (behandelaar en voorzitter) toegevoegd, met login ‘{login}’ "
        "(aangemaakt). Het programma zet geen wachtwoord: zie docs/team-server.md.\n"
    )
    with connect(team_database.owner_url) as connection:
        user_id, roles = connection.execute(
            text("SELECT id, roles FROM app_user WHERE login = :login"), {"login": login}
        ).one()
    team_database.logins[user_id] = login  # dropped with the database
    assert roles == ["behandelaar", "voorzitter"]
    assert memberships(team_database, login) == {
        "maatwerkdesk_behandelaar",
        "maatwerkdesk_voorzitter",
    }

    again = ok(owner, "server", "add-user", "Karel Jansen", "--role", "lezer", "--login", login)
    assert "Karel Jansen (lezer) bijgewerkt" in again and "(bestond al)" in again
    assert memberships(team_database, login) == {"maatwerkdesk_lezer"}

    karel = Profile(
        tmp_path / "karel", team_database.server.url_of(team_database.name, username=login)
    )
    assert ok(karel, "list") == ""
    said = refused(karel, "users", "add", "Iemand Anders", "--role", "lezer")
    assert "U werkt als lezer" in said  # the login is Karel, a reader now


def test_status_shows_the_schema_the_people_and_who_is_connected(
    team_database: TeamDatabase, tmp_path: Path
) -> None:
    anouk = team_database.add("Anouk Verhoef", Role.CASEWORKER)
    team_database.add("Lotte Jurist", [Role.MEMBER, Role.SECRETARY], Discipline.LEGAL)
    login = team_database.logins[anouk.id]
    working = team_database.open_as(anouk)
    with working.reads() as session:  # a connection of the program, open while status runs
        session.connection()
        out = ok(Profile(tmp_path), "server", "status", team_database.owner_url)
    lines = out.splitlines()
    assert lines[0].startswith(f"Database {team_database.name} op 127.0.0.1:")
    assert lines[0].endswith(f"schema {HEAD_REVISION}, bij deze versie van MaatwerkDesk.")
    assert f"  Anouk Verhoef\t{login}\tbehandelaar\tactief" in lines
    assert any(
        line.startswith("  Lotte Jurist\t") and "lid van het overleg en secretaris" in line
        for line in lines
    )
    connected = lines[lines.index("Verbindingen van MaatwerkDesk (1):") + 1]
    assert connected.startswith(f"  {login}\t127.0.0.1\tsinds ")


def _targets(server: PostgresServer, team: TeamDatabase) -> dict[str, tuple[str, str]]:
    """Addresses that cannot be opened: the address, and what the sentence says."""
    login = server.password_login(PASSWORD)
    newer = server.copy(team.name, "nieuwer")
    team.extra.append(newer)
    with connect(server.url_of(newer)) as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = '0999'"))
    return {
        "no-url": ("mysql://team@db.example/maatwerk", "geen database die MaatwerkDesk kan openen"),
        "unreachable": (
            f"postgresql+psycopg://team@127.0.0.1:{unused_port()}/maatwerk",
            "is niet bereikbaar",
        ),
        "password": (
            server.url_of(team.name, username=login, password="fout"),
            f"weigert het wachtwoord van ‘{login}’",
        ),
        "no-database": (server.url_of("bestaat_niet"), "bestaat geen database ‘bestaat_niet’"),
        "newer": (server.url_of(newer), "nieuwere versie van MaatwerkDesk (schema 0999)"),
    }


@pytest.mark.parametrize("verb", ["init", "add-user", "status"])
def test_each_verb_says_why_it_cannot_open_the_database(
    verb: str, server: PostgresServer, team_database: TeamDatabase, tmp_path: Path
) -> None:
    for _label, (target, words) in _targets(server, team_database).items():
        if verb == "add-user":
            said = refused(Profile(tmp_path, target), "server", verb, "Iemand", "--role", "lezer")
        else:
            said = refused(Profile(tmp_path), "server", verb, target)
        assert words in said, said
        assert "fout@" not in said  # a password in the address is never shown


def test_what_add_user_refuses(team_database: TeamDatabase, tmp_path: Path) -> None:
    owner = Profile(tmp_path / "eigenaar", team_database.owner_url)
    assert "geef de teamdatabase met --db" in refused(
        Profile(tmp_path / "zonder"), "server", "add-user", "Anouk Verhoef", "--role", "lezer"
    )
    assert "kan geen login zijn" in refused(
        owner, "server", "add-user", "Anouk Verhoef", "--role", "lezer", "--login", "Anouk!"
    )
    assert "kan geen login zijn" in refused(
        owner, "server", "add-user", "Anouk Verhoef", "--role", "lezer", "--login", "pg_anouk"
    )
    assert "heeft een discipline" in refused(
        owner, "server", "add-user", "Bram Kok", "--role", "lid"
    )
    assert "onbekende rol 'baas'" in refused(
        owner, "server", "add-user", "Bram Kok", "--role", "baas"
    )
    reader = team_database.add("Rik Lezer", Role.READER)
    as_reader = Profile(tmp_path / "lezer", team_database.url(reader))
    said = refused(as_reader, "server", "add-user", "Bram Kok", "--role", "lezer")
    assert f"Login ‘{team_database.logins[reader.id]}’ is niet de eigenaar" in said
    assert "is een bestand" in refused(
        Profile(tmp_path), "server", "status", str(tmp_path / "db.sqlite3")
    )


def test_a_login_that_is_nobodys_user_is_refused(
    team_database: TeamDatabase, server: PostgresServer, tmp_path: Path
) -> None:
    """Even with a role's rights on the server: without a user keyed to it, no verb runs."""
    login = server.login_name("niemand")
    with connect(team_database.owner_url) as connection:
        connection.exec_driver_sql(f"CREATE ROLE {login} LOGIN IN ROLE maatwerkdesk_behandelaar")
        connection.exec_driver_sql(f"GRANT CONNECT ON DATABASE {team_database.name} TO {login}")
    team_database.logins[login] = login
    stranger = Profile(tmp_path, server.url_of(team_database.name, username=login))
    said = refused(stranger, "list")
    assert f"Login ‘{login}’ hoort bij geen gebruiker in deze database" in said
    assert "server add-user" in said


def test_only_a_login_that_was_added_may_connect(
    team_database: TeamDatabase, server: PostgresServer, tmp_path: Path
) -> None:
    """`server init` takes the right to connect away from everyone not added."""
    login = server.password_login(PASSWORD)
    url = server.url_of(team_database.name, username=login, password=PASSWORD)
    said = refused(Profile(tmp_path, url), "list")
    assert f"Gebruiker ‘{login}’ heeft" in said and "onvoldoende rechten" in said
