"""Opening a database on a server, by the command line and the app alike (open_workspace).

A target that is no database, a server that does not answer, a login or database that is
not there, a password refused or missing, a login without rights, a schema newer than the
program: each ends in exit 2 and one Dutch sentence that says what to do, never a
traceback. The password of a server login comes from the operating system's keyring.
"""

from __future__ import annotations

import socket
from collections.abc import Callable
from datetime import date
from pathlib import Path
from urllib.parse import urlparse

import pytest
from backends import PostgresServer, connect
from profiles import Profile, Profiles
from sqlalchemy import insert, make_url, text
from test_cli import ok, run

from maatwerkdesk import APP_ID
from maatwerkdesk.domain.dossier import DossierFields
from maatwerkdesk.domain.errors import DatabaseUnavailableError, PasswordNeededError
from maatwerkdesk.infra import checked_cases, secrets
from maatwerkdesk.persistence.models import UserRow
from maatwerkdesk.services import dossiers
from maatwerkdesk.services.case_base_store import warm_case_bases
from maatwerkdesk.services.workspace import Workspace

PASSWORD = "juist-wachtwoord"


def refused(profile: Profile, *words: str) -> str:
    """Run `list`: it must exit 2 with one sentence holding `words`; the sentence."""
    result = run(profile, "list")
    assert result.returncode == 2, result.stderr
    assert result.stdout == ""
    assert result.stderr.startswith("maatwerkdesk: ") and "Traceback" not in result.stderr
    assert len(result.stderr.splitlines()) == 1, result.stderr
    for word in words:
        assert word in result.stderr, result.stderr
    return result.stderr


def keyring_account(url: str) -> str:
    parsed = make_url(url)
    assert parsed.username and parsed.host
    return secrets.database_account(
        parsed.username, parsed.host, parsed.port, parsed.database or ""
    )


def unused_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.mark.parametrize(
    "target",
    [
        "mysql://team@db.example/maatwerk",
        "postgresql+psycopg2://team@db.example/maatwerk",
        "postgresql+psycopg://team:geheim@db.example:poort/maatwerk",
        "postgresql+psycopg://team:geheim@db.example:99999/maatwerk",
        "://maatwerk",
    ],
)
def test_a_target_that_is_no_database_names_what_to_write(target: str, tmp_path: Path) -> None:
    said = refused(
        Profile(tmp_path, target),
        "geen database die MaatwerkDesk kan openen",
        "postgresql+psycopg://gebruiker@server:5432/database",
    )
    assert "geheim" not in said  # a password in the URL is never shown


def test_a_plain_postgresql_url_is_read_as_psycopg(
    server: PostgresServer, server_database: str, tmp_path: Path
) -> None:
    url = server.url_of(server_database).replace("postgresql+psycopg://", "postgresql://")
    assert ok(Profile(tmp_path, url), "list", "--json") == "[]\n"


def test_a_server_that_does_not_answer(tmp_path: Path) -> None:
    port = unused_port()
    url = f"postgresql+psycopg://team@127.0.0.1:{port}/maatwerk"
    refused(Profile(tmp_path, url), f"databaseserver 127.0.0.1:{port} is niet bereikbaar")


def test_a_database_that_is_not_there(server: PostgresServer, tmp_path: Path) -> None:
    url = server.url_of("bestaat_niet")
    refused(Profile(tmp_path, url), "bestaat geen database ‘bestaat_niet’", "team-server.md")


def test_a_login_that_is_not_there(
    server: PostgresServer, server_database: str, tmp_path: Path
) -> None:
    url = server.url_of(server_database, username="niemand_hier")
    refused(Profile(tmp_path, url), "bestaat geen gebruiker ‘niemand_hier’")


def test_a_refused_password_says_where_to_store_the_right_one(
    server: PostgresServer, server_database: str, tmp_path: Path
) -> None:
    login = server.password_login(PASSWORD)
    url = server.url_of(server_database, username=login, password="fout")
    said = refused(Profile(tmp_path, url), f"weigert het wachtwoord van ‘{login}’")
    assert f"keyring set {APP_ID} {keyring_account(url)}" in said
    assert "fout" not in said.replace("weigert", "")


def test_a_missing_password_says_where_to_store_it(
    server: PostgresServer, server_database: str, tmp_path: Path
) -> None:
    """The command line's keyring is empty here (the 'null' backend)."""
    url = server.url_of(server_database, username=server.password_login(PASSWORD))
    said = refused(Profile(tmp_path, url), "vraagt een wachtwoord", "er is er geen bewaard")
    assert f"keyring set {APP_ID} {keyring_account(url)}" in said


def test_a_login_without_rights_in_the_database(
    server: PostgresServer, server_database: str, tmp_path: Path
) -> None:
    login = server.password_login(PASSWORD)
    url = server.url_of(server_database, username=login, password=PASSWORD)
    refused(Profile(tmp_path, url), f"‘{login}’ heeft", "onvoldoende rechten", "functioneel")


def test_the_password_comes_from_the_keyring(
    server: PostgresServer,
    server_database: str,
    open_workspaces: Callable[[str | None], Workspace],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    login = server.password_login(PASSWORD)
    server.grant_everything(server_database, login)
    with connect(server.url_of(server_database)) as connection:  # the login is a person
        connection.execute(
            insert(UserRow).values(
                name="Anouk Verhoef", roles=["behandelaar"], login=login, revision=1
            )
        )
    url = server.url_of(server_database, username=login)
    secrets.set_password(keyring_account(url), "fout")
    with pytest.raises(DatabaseUnavailableError, match="weigert het wachtwoord"):
        open_workspaces(url)
    secrets.set_password(keyring_account(url), PASSWORD)
    workspace = open_workspaces(url)
    with workspace.database.sessions.begin() as session:
        context = workspace.context("test")
        dossiers.create_dossier(session, context, DossierFields(title="Via de sleutelbos"))
    with workspace.database.reads() as session:
        assert dossiers.count_dossiers(session, dossiers.DossierQuery()) == 1
    assert workspace.database.describe() == url.replace(f"{login}@", f"{login}:***@")
    # What this computer checked of the precedent index is kept in the profile under the
    # database's name: never one made from the password.
    named: list[str] = []
    keep = checked_cases.for_database
    monkeypatch.setattr(checked_cases, "for_database", lambda url: named.append(url) or keep(url))
    warm_case_bases(workspace.database.reads, date(2026, 11, 28))
    assert named and not [url for url in named if PASSWORD in url]


def test_a_password_typed_once_is_stored_when_the_server_takes_it(
    server: PostgresServer, server_database: str, open_workspaces: Callable[..., Workspace]
) -> None:
    """As the app asks for it: a refused password is not kept, the right one is."""
    login = server.password_login(PASSWORD)
    server.grant_everything(server_database, login)
    with connect(server.url_of(server_database)) as connection:  # who the login is
        connection.execute(
            insert(UserRow).values(name="Anouk Verhoef", roles=["lezer"], login=login, revision=1)
        )
    url = server.url_of(server_database, username=login)
    with pytest.raises(PasswordNeededError) as missing:
        open_workspaces(url)
    assert (missing.value.user, missing.value.refused) == (login, False)
    assert missing.value.address == f"{urlparse(url).netloc.split('@')[1]}/{server_database}"
    with pytest.raises(PasswordNeededError) as wrong:
        open_workspaces(url, password="fout")
    assert wrong.value.refused
    assert secrets.get_password(keyring_account(url)) is None
    open_workspaces(url, password=PASSWORD)
    assert secrets.get_password(keyring_account(url)) == PASSWORD
    open_workspaces(url)  # from now on from the keyring


def test_a_schema_newer_than_the_program(profiles: Profiles) -> None:
    profile = profiles.new("nieuwer")
    ok(profile, "list")
    with connect(profile.target) as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = '0999'"))
    refused(profile, "nieuwere versie van MaatwerkDesk", "schema 0999", "Werk MaatwerkDesk bij")
