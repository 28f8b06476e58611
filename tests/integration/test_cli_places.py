"""Where the command line (and the app) keeps things, and what it refuses to make there:
a `--profile` that is a file, a `--db` file that is not there (unless `--create`), and
the folders a file check has no need of."""

from __future__ import annotations

import json
import logging
import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from catalogue_samples import SMALL_CATALOGUE

from maatwerkdesk.__main__ import main
from maatwerkdesk.app import open_for_desktop
from maatwerkdesk.domain.errors import DomainError
from maatwerkdesk.infra.paths import _why_not_made, resolve_paths
from maatwerkdesk.services.workspace import Workspace


@pytest.fixture(autouse=True)
def _close_the_log() -> Iterator[None]:
    """The verbs log into their profile; close that file again after each test."""
    yield
    root = logging.getLogger()
    for handler in root.handlers[:]:
        handler.close()
        root.removeHandler(handler)


def refusal(capsys: pytest.CaptureFixture[str], *argv: str | Path) -> str:
    """The one sentence `maatwerkdesk ARGV` ends with, exit code 2, on stderr."""
    capsys.readouterr()
    assert main([str(arg) for arg in argv]) == 2
    out, err = capsys.readouterr()
    assert out == "" and len(err.splitlines()) == 1 and "Traceback" not in err, err
    return err


# --- a profile that is a file ----------------------------------------------------------


@pytest.mark.parametrize("below", ["", "sub"])
@pytest.mark.parametrize("verb", [["list"], ["users", "list"], ["key", "rotate"]])
def test_a_profile_that_is_a_file_is_refused_with_a_sentence(
    verb: list[str], below: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    file = tmp_path / "profiel.txt"
    file.write_text("geen map", encoding="utf-8")
    err = refusal(capsys, "--profile", file / below if below else file, *verb)
    assert err.startswith("maatwerkdesk: De map ")
    assert f"want {file} is een bestand en geen map: geef bij --profile een map op" in err
    assert file.read_text(encoding="utf-8") == "geen map"


def test_the_app_refuses_a_profile_that_is_a_file_before_its_window(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    file = tmp_path / "profiel.txt"
    file.touch()
    assert main(["--profile", str(file)]) == 2  # the desktop start: no verb
    err = capsys.readouterr().err
    assert f"want {file} is een bestand en geen map" in err and "Traceback" not in err


def test_a_folder_that_may_not_be_written_is_told_so(tmp_path: Path) -> None:
    said = _why_not_made(tmp_path / "data", PermissionError(13, "Permission denied"))
    assert said == (
        f"De map {tmp_path / 'data'} kan niet worden gemaakt (u mag daar niet schrijven): "
        "geef bij --profile een map op waarin u mag schrijven."
    )


# --- a database file that is not there ------------------------------------------------


DATABASE_VERBS = [
    ["list"],
    ["demo", "--cases", "1"],
    ["users", "list"],
    ["audit", "verify"],
    ["catalogue", "list"],
    ["meetings"],
    ["key", "rotate"],
]


@pytest.mark.parametrize("verb", DATABASE_VERBS, ids=" ".join)
def test_a_db_file_that_is_not_there_is_refused_and_not_made(
    verb: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A typo in `--db` would otherwise have been a new, empty database, silently."""
    typo = tmp_path / "elders" / "dossiers.sqlite"
    err = refusal(capsys, "--profile", tmp_path / "profiel", "--db", typo, *verb)
    assert err == (
        f"maatwerkdesk: Er is geen database op {typo}: controleer het pad, of geef --create "
        "mee als u daar een nieuwe, lege database wilt maken.\n"
    )
    assert not typo.parent.exists()


def test_a_db_url_of_a_file_that_is_not_there_is_refused_too(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    typo = tmp_path / "dossiers.sqlite"
    err = refusal(capsys, "--profile", tmp_path / "profiel", "--db", f"sqlite:///{typo}", "list")
    assert f"Er is geen database op {typo}: controleer het pad, of geef --create mee" in err
    assert not typo.exists()


def test_a_db_that_is_a_folder_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    err = refusal(capsys, "--profile", tmp_path / "profiel", "--db", tmp_path, "list")
    assert err == (
        f"maatwerkdesk: {tmp_path} is een map, geen database: geef bij --db het "
        "databasebestand zelf op.\n"
    )


def test_create_makes_the_database_and_then_it_opens_as_any(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    new = tmp_path / "nieuw" / "dossiers.sqlite"
    profile = ["--profile", str(tmp_path / "profiel")]
    assert main([*profile, "--db", str(new), "--create", "demo", "--cases", "2"]) == 0
    assert new.is_file()
    capsys.readouterr()
    assert main([*profile, "--db", str(new), "list", "--json"]) == 0  # no --create needed now
    assert len(json.loads(capsys.readouterr().out)) == 2
    assert main([*profile, "--db", str(new), "--create", "list"]) == 0  # nor in the way


def test_the_profiles_own_database_is_made_on_a_first_start_as_before(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    first, second = tmp_path / "eerste", tmp_path / "tweede"
    assert main(["--profile", str(first), "list"]) == 0
    assert resolve_paths(first).database.is_file()
    named = resolve_paths(second).database  # named with --db: still the profile's own
    assert main(["--profile", str(second), "--db", str(named), "list"]) == 0
    assert named.is_file()


def test_the_app_refuses_a_db_file_that_is_not_there_unless_create(tmp_path: Path) -> None:
    """What the app's worker does with `--db` (app.run passes `--create` on)."""
    paths = resolve_paths(tmp_path / "profiel")
    paths.create()
    typo = tmp_path / "dossiers.sqlite"
    with pytest.raises(DomainError, match=f"Er is geen database op {typo}: .* --create"):
        open_for_desktop(paths, str(typo), False, [])
    assert not typo.exists()
    opened: list[Workspace] = []
    open_for_desktop(paths, str(typo), False, opened, create=True)
    opened[0].close()
    assert typo.is_file()


# --- a file check makes no folders ------------------------------------------------------


@pytest.mark.parametrize("with_profile", [False, True])
def test_checking_files_makes_no_folder(
    with_profile: bool,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    home = tmp_path / "leeg"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))  # the user folders below an empty home
    for name in [name for name in os.environ if name.startswith("XDG_")]:
        monkeypatch.delenv(name)
    profile = tmp_path / "profiel"
    first = ["--profile", str(profile)] if with_profile else []
    good, bad = tmp_path / "routes.toml", tmp_path / "kapot.toml"
    good.write_text(SMALL_CATALOGUE, encoding="utf-8")
    bad.write_text('format = "maatwerkdesk-catalogue/1"\nid = ', encoding="utf-8")
    signed = tmp_path / "besluit.json"
    signed.write_text('{"format": "maatwerkdesk/2", "dossiers": []}', encoding="utf-8")

    assert main([*first, "catalogue", "validate", str(good)]) == 0
    assert "routes.toml: geldig." in capsys.readouterr().out
    assert main([*first, "catalogue", "validate", str(bad)]) == 2
    assert main([*first, "verify", str(signed)]) == 2
    assert "besluit.json: exported_at" in capsys.readouterr().err
    assert list(home.iterdir()) == [] and not profile.exists()

    assert main([*first, "list"]) == 0  # a verb with a database does make them
    assert any((profile if with_profile else home).iterdir())
