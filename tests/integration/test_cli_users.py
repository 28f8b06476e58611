"""`maatwerkdesk users`: the command line adds and lists users, as the functional administrator."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from profiles import Profile, Profiles
from test_cli import ok, run


@pytest.fixture
def profile(profiles: Profiles) -> Profile:
    return profiles.new("gebruikers")


def test_users_are_added_and_listed(profile: Profile) -> None:
    assert ok(profile, "users", "list", "--json") == "[]\n"
    assert (
        ok(profile, "users", "add", "Anouk  Verhoef", "--role", "behandelaar")
        == "Gebruiker Anouk Verhoef (behandelaar) toegevoegd.\n"
    )
    assert (
        ok(profile, "users", "add", "Bram Kok", "--role", "lid", "--discipline", "juridisch")
        == "Gebruiker Bram Kok (lid van het overleg, juridisch) toegevoegd.\n"
    )
    assert (
        ok(profile, "users", "add", "Cor Baas", "--role", "voorzitter", "--role", "behandelaar")
        == "Gebruiker Cor Baas (behandelaar en voorzitter) toegevoegd.\n"
    )
    listed = json.loads(ok(profile, "users", "list", "--json"))
    assert [{k: v for k, v in u.items() if k != "id"} for u in listed] == [
        {"name": "Anouk Verhoef", "roles": ["behandelaar"], "discipline": None, "active": True},
        {"name": "Bram Kok", "roles": ["lid"], "discipline": "juridisch", "active": True},
        {
            "name": "Cor Baas",
            "roles": ["behandelaar", "voorzitter"],
            "discipline": None,
            "active": True,
        },
    ]
    assert all(u["id"] for u in listed)
    assert ok(profile, "users", "list").splitlines() == [
        "Anouk Verhoef\tbehandelaar\t-\tactief",
        "Bram Kok\tlid van het overleg\tjuridisch\tactief",
        "Cor Baas\tbehandelaar en voorzitter\t-\tactief",
    ]


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["--role", "baas"], "onbekende rol 'baas'; kies uit: behandelaar, voorzitter, lid,"),
        (["--role", "lid"], "Een lid van het overleg heeft een discipline. Kies er een."),
        (["--role", "lid", "--discipline", "sport"], "onbekende discipline 'sport'; kies uit:"),
        (["--role", "systeem"], "‘systeem’ is voor de opdrachtregel"),
    ],
)
def test_wrong_roles_are_refused_with_exit_2(profile: Profile, args: list[str], words: str) -> None:
    result = run(profile, "users", "add", "Jan de Vries", *args)
    assert result.returncode == 2
    assert result.stderr.startswith("maatwerkdesk: ") and words in result.stderr
    assert "Traceback" not in result.stderr
    assert ok(profile, "users", "list", "--json") == "[]\n"


def test_a_name_is_taken_once(profile: Profile) -> None:
    ok(profile, "users", "add", "Anouk Verhoef", "--role", "voorzitter")
    result = run(profile, "users", "add", "anouk verhoef", "--role", "lezer")
    assert result.returncode == 2
    assert "Er is al een gebruiker ‘Anouk Verhoef’." in result.stderr


def test_users_has_dutch_help(tmp_path: Path) -> None:
    result = run(Profile(tmp_path), "users", "add", "--help")
    assert result.returncode == 0
    assert result.stdout.startswith("gebruik: maatwerkdesk users add")
    assert "functioneel_beheerder" in result.stdout and "zorg_medisch" in result.stdout
