"""`maatwerkdesk sync`: the profile's briefcase with the team database, from the command
line; a missing briefcase, a server out of reach and a refused login are one Dutch
sentence each, and change nothing."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from backends import PostgresServer
from briefcases import make_briefcase
from profiles import Profile
from test_cli import run
from test_sync import Office, as_user

from maatwerkdesk.persistence.db import open_database
from maatwerkdesk.services import store_keys


def keyed(path: Path) -> bytes:
    """A key for a new database file at `path`, in the keyring as the program keeps one."""
    return store_keys.unlock(path, recover="herstel").key


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def setup(tmp_path: Path) -> tuple[Profile, Office, str]:
    """A team database (an SQLite file here) with a dossier the profile's briefcase holds,
    edited on the laptop."""
    team = tmp_path / "team.sqlite3"
    server = open_database(team, key=keyed(team))
    office = Office(server)
    dossier_id = office.new_dossier()
    profile = Profile(tmp_path / "profiel")
    path = profile.folder / "data" / "koffer.sqlite3"
    path.parent.mkdir(parents=True)
    laptop = make_briefcase(
        server, path, as_user(office.holder), [dossier_id], server_name=str(team), key=keyed(path)
    )
    office.edit(laptop, office.holder, dossier_id, title="Onderweg bijgewerkt")
    laptop.close()
    return profile, office, dossier_id


def test_sync_pushes_the_laptops_edit_and_says_so(setup: tuple[Profile, Office, str]) -> None:
    profile, office, dossier_id = setup
    result = run(profile, "sync")
    assert result.returncode == 0, result.stderr
    assert "Gesynchroniseerd: 1 dossier naar de teamdatabase" in result.stdout
    assert "0 nieuwe conflicten" in result.stdout
    assert office.title(office.server, dossier_id) == "Onderweg bijgewerkt"
    again = run(profile, "sync")
    assert "0 dossiers naar de teamdatabase, 0 dossiers opgehaald" in again.stdout


def test_without_a_briefcase_sync_says_what_to_do(tmp_path: Path) -> None:
    result = run(Profile(tmp_path / "leeg"), "sync")
    assert result.returncode == 2
    assert "geen koffer" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_a_server_out_of_reach_changes_nothing(setup: tuple[Profile, Office, str]) -> None:
    profile, office, dossier_id = setup
    briefcase = profile.folder / "data" / "koffer.sqlite3"
    before = digest(briefcase)
    result = run(profile, "--db", "postgresql+psycopg://niemand@127.0.0.1:1/team", "sync")
    assert result.returncode == 2, result.stderr
    assert "niet bereikbaar" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert digest(briefcase) == before
    assert office.title(office.server, dossier_id) == "Huurschuld"


def test_a_refused_password_changes_nothing(
    setup: tuple[Profile, Office, str], server: PostgresServer
) -> None:
    profile, _office, _dossier_id = setup
    login = server.password_login("juist")
    url = server.url_of(server.template(), username=login, password="fout")
    briefcase = profile.folder / "data" / "koffer.sqlite3"
    before = digest(briefcase)
    result = run(profile, "--db", url, "sync")
    assert result.returncode == 2, result.stderr
    assert "wachtwoord" in result.stderr
    assert digest(briefcase) == before
