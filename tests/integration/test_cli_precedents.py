"""`precedents import` through the real command line (test_cli.py).

The helpers are those of test_cli.py: each run gets a `--profile` folder, a user error exits
with code 2 and a Dutch message on stderr, and a refused file leaves the database as it was.
"""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pytest
from catalogue_samples import SMALL_FACTORS
from profiles import Profile, Profiles
from test_cli import ok, rows, run, state

from maatwerkdesk.domain.catalogue import CatalogueRef
from maatwerkdesk.domain.precedent_exchange import precedents_to_json
from tests.unit.test_precedent_exchange import ORIGIN, sample_precedents


@pytest.fixture(scope="module")
def template(module_profiles: Profiles) -> Profile:
    """A profile with the test factor catalogue installed and nothing imported yet."""
    profile = module_profiles.new("precedents")
    catalogue = profile.folder.parent / "testfactoren.toml"
    catalogue.write_text(SMALL_FACTORS, "utf-8")
    ok(profile, "catalogue", "add", catalogue)
    return profile


@pytest.fixture
def profile(template: Profile, profiles: Profiles) -> Profile:
    return profiles.copy(template, "profiel")


def write(folder: Path, name: str, precedents: list, origin: str = ORIGIN) -> Path:
    path = folder / name
    path.write_bytes(precedents_to_json(origin, precedents))
    return path


def imported(profile: Profile) -> list[tuple[str, str, str]]:
    query = "SELECT reference, origin, outcome_type FROM imported_precedent ORDER BY reference"
    return rows(profile, query)


def precedent_audit(profile: Profile) -> list[tuple[str, str, str]]:
    query = (
        "SELECT action, name, origin FROM audit_record "
        "WHERE object_type = 'precedent' AND result = 'ok'"
    )
    return rows(profile, query)


def test_import_then_again(profile: Profile, tmp_path: Path) -> None:
    path = write(tmp_path, "elders.json", sample_precedents())
    assert ok(profile, "precedents", "import", path) == (
        "3 precedenten geïmporteerd uit 1 bestand.\n"
    )
    assert [r[0] for r in imported(profile)] == ["GV 2025/019.b", "GV-2025-017", "GV-2025-018"]
    [(action, name, origin)] = precedent_audit(profile)
    assert (action, name) == ("C", "precedent.import") and origin.startswith("import/")
    before = state(profile)
    assert ok(profile, "precedents", "import", path) == (
        "0 precedenten geïmporteerd uit 1 bestand (3 al aanwezig).\n"
    )
    assert state(profile) == before


def test_several_files(profile: Profile, tmp_path: Path) -> None:
    first = write(tmp_path, "a.json", sample_precedents()[:1])
    second = write(tmp_path, "b.json", sample_precedents())
    assert ok(profile, "precedents", "import", first, second) == (
        "3 precedenten geïmporteerd uit 2 bestanden (1 al aanwezig).\n"
    )
    assert len(precedent_audit(profile)) == 1


def refused(profile: Profile, *args: str | Path) -> str:
    """stderr of a refused import, after checking that the database did not change."""
    before = state(profile)
    result = run(profile, "precedents", "import", *args)
    assert result.returncode == 2, result.stderr
    assert result.stdout == ""
    assert state(profile) == before
    return result.stderr


def test_a_bad_file_changes_nothing(profile: Profile, tmp_path: Path) -> None:
    good = write(tmp_path, "goed.json", sample_precedents())
    document = json.loads(precedents_to_json(ORIGIN, sample_precedents()))
    document["precedents"][1]["summary"] = "Gesproken met betrokkene, BSN 999990019."
    bad = tmp_path / "fout.json"
    bad.write_text(json.dumps(document), "utf-8")
    stderr = refused(profile, good, bad)
    assert stderr.startswith(
        f"maatwerkdesk: {bad}: precedents[1].summary: Hier staat een BSN: dit zijn "
        "persoonsgegevens. Anonimiseer het precedent eerst"
    )
    assert "999990019" not in stderr
    assert imported(profile) == []


def test_an_unknown_catalogue_names_what_to_add(profile: Profile, tmp_path: Path) -> None:
    precedents = sample_precedents(CatalogueRef("nl.test.factoren", "7.0"))
    stderr = refused(profile, write(tmp_path, "elders.json", precedents))
    assert stderr == (
        f"maatwerkdesk: {tmp_path / 'elders.json'}: precedents[0].catalogue: De "
        "factorcatalogus nl.test.factoren versie 7.0 is hier niet aanwezig. Voeg die versie "
        "toe met 'maatwerkdesk catalogue add'.\n"
    )


def test_a_changed_precedent_needs_a_new_reference(profile: Profile, tmp_path: Path) -> None:
    ok(profile, "precedents", "import", write(tmp_path, "elders.json", sample_precedents()))
    precedents = sample_precedents()
    precedents[0] = dataclasses.replace(precedents[0], summary="Toch anders beslist.")
    stderr = refused(profile, write(tmp_path, "nieuw.json", precedents))
    assert "precedents[0].reference: Kenmerk GV-2025-017 staat in deze database al" in stderr
    assert "geef het gewijzigde precedent een nieuw kenmerk" in stderr


@pytest.mark.parametrize(
    ("content", "words"),
    [
        (b"", "het bestand is leeg."),
        (b'{"format": "maatwerkdesk/1", "dossiers": []}', "format: Dit is geen bestand"),
        (b"\xff\xfe{\x00}\x00", "UTF-16"),
    ],
)
def test_unreadable_files(profile: Profile, tmp_path: Path, content: bytes, words: str) -> None:
    path = tmp_path / "kapot.json"
    path.write_bytes(content)
    stderr = refused(profile, path)
    assert stderr.startswith(f"maatwerkdesk: {path}: ") and words in stderr


def test_a_missing_file(profile: Profile, tmp_path: Path) -> None:
    stderr = refused(profile, tmp_path / "weg.json")
    assert stderr.startswith(f"maatwerkdesk: {tmp_path / 'weg.json'}")


def test_no_file_is_a_usage_error(tmp_path: Path) -> None:
    result = run(Profile(tmp_path / "profiel"), "precedents", "import")
    assert result.returncode == 2
    assert "verplicht maar niet opgegeven: BESTAND" in result.stderr


@pytest.mark.parametrize("verb", [["precedents"], ["precedents", "import"]])
def test_help(verb: list[str], tmp_path: Path) -> None:
    result = run(Profile(tmp_path / "profiel"), *verb, "--help")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("gebruik: maatwerkdesk")
    assert "maatwerkdesk-precedents/1" in result.stdout or "import" in result.stdout
