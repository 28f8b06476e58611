"""`catalogue validate|add|list|remove` through the real command line (test_cli.py).

Crafted files are refused within the time and memory a workstation can spare, measured on
a process of the command's own; an unreadable stored version never stops the program; `list` shows
every version with what rests on it, and `remove` takes away only an added version that
nothing rests on, audited.
"""

from __future__ import annotations

import hashlib
import json
import re
import subprocess
import sys
import uuid
from datetime import UTC, date, datetime
from pathlib import Path
from typing import NamedTuple

import in_process
import pytest
from backends import connect, open_existing
from catalogue_samples import SMALL_CATALOGUE, SMALL_FACTORS, variant
from profiles import Profile, Profiles
from sqlalchemy import text
from test_cli import env, ok, rows, run, state

from maatwerkdesk.domain.catalogue import CatalogueRef
from maatwerkdesk.domain.dossier import DossierFields
from maatwerkdesk.domain.errors import DomainError
from maatwerkdesk.domain.people import Role
from maatwerkdesk.services import catalogue_admin, catalogues, dossiers, precedents, users
from maatwerkdesk.services.context import Context

TIME_LIMIT = 2.0
MEMORY_LIMIT = 200 * 1024 * 1024
BUNDLED = catalogues.BUNDLED_DIR / "afwijkingsroutes-2026.1.toml"
HUGE_VERSION = "9" * 5000


class Measured(NamedTuple):
    returncode: int
    stderr: str
    seconds: float
    peak_bytes: int


_MEASURE = """
import os, sys
pid = os.posix_spawn(
    sys.executable,
    [sys.executable, "-m", "maatwerkdesk", *sys.argv[1:]],
    os.environ,
    file_actions=[(os.POSIX_SPAWN_OPEN, 1, os.devnull, os.O_WRONLY, 0)],
)
_, status, usage = os.wait4(pid, 0)
print(os.waitstatus_to_exitcode(status), usage.ru_maxrss, usage.ru_utime + usage.ru_stime)
"""
"""Runs the command line from a small Python of its own: a child's peak memory (wait4)
includes the image of the process it was started from, and pytest's is large. The time is
the processor time the command used: on a busy test machine the wall clock would also count
the other programs' turns."""


def measured(profile: Profile, *args: str | Path) -> Measured:
    """Run the command line and read its processor time and its own peak memory."""
    result = subprocess.run(
        [sys.executable, "-c", _MEASURE, *profile.args(), *map(str, args)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env(),
        timeout=60,
        check=True,
    )
    code, peak_kib, seconds = result.stdout.split()
    return Measured(int(code), result.stderr, float(seconds), int(peak_kib) * 1024)


HOSTILE = {
    "diep-genest.toml": ("x = " + "[" * 600 + "]" * 600 + "\n", 1, "lagen diep"),
    "groot-getal.toml": (
        'format = "maatwerkdesk-catalogue/1"\nx = ' + "7" * 5000 + "\n",
        2,
        "getal",
    ),
    "lange-sleutel.toml": ("a" + ".a" * 99_999 + " = 1\n", 1, "delen met punten"),
}


@pytest.fixture(scope="module")
def demo_profile(module_profiles: Profiles) -> Profile:
    made = module_profiles.new("catalogi")
    ok(made, "demo", "--cases", "3", "--seed", "2")
    return made


@pytest.fixture
def profile(demo_profile: Profile, profiles: Profiles) -> Profile:
    return profiles.copy(demo_profile, "profiel")


@pytest.mark.parametrize("verb", ["validate", "add"])
@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_a_crafted_file_is_refused_quickly_and_in_little_memory(
    name: str, verb: str, profile: Profile, tmp_path: Path
) -> None:
    text, line, words = HOSTILE[name]
    path = tmp_path / name
    path.write_text(text, "utf-8")
    assert path.stat().st_size < 210_000
    before = state(profile)
    result = measured(profile, "catalogue", verb, path)
    print(f"{verb} {name}: {result.seconds:.2f} s, {result.peak_bytes / 2**20:.0f} MB")
    assert result.returncode == 2, result.stderr
    assert result.stderr.splitlines() == [
        f"maatwerkdesk: De catalogus {name} is niet geldig (1 probleem):",
        result.stderr.splitlines()[1],
    ]
    assert result.stderr.splitlines()[1].startswith(f"{name}, regel {line}: ")
    assert words in result.stderr and "Traceback" not in result.stderr
    assert result.seconds < TIME_LIMIT
    assert result.peak_bytes < MEMORY_LIMIT
    assert state(profile) == before


def test_a_version_of_5000_digits_is_refused(profile: Profile, tmp_path: Path) -> None:
    path = tmp_path / "lange-versie.toml"
    path.write_text(variant(SMALL_CATALOGUE, version=f'"{HUGE_VERSION}"'), "utf-8")
    before = state(profile)
    result = run(profile, "catalogue", "add", path)
    assert result.returncode == 2
    assert "(version): Een versie bestaat uit één tot vier getallen" in result.stderr
    assert state(profile) == before


@pytest.mark.parametrize("version", ["2026.01", "01", "1.2.3.4.5", "1234567890", "1.", "v1"])
def test_a_version_must_be_strict(version: str, tmp_path: Path) -> None:
    path = tmp_path / "versie.toml"
    path.write_text(variant(SMALL_CATALOGUE, version=f'"{version}"'), "utf-8")
    result = run(Profile(tmp_path / "p"), "catalogue", "validate", path)
    assert result.returncode == 2 and "(version): Een versie bestaat" in result.stderr


# --- a stored version that no longer reads ----------------------------------------------------


def store_raw(profile: Profile, catalogue_id: str, version: str, content: str) -> None:
    """A row as an older program (or a hand in the database) could have left it."""
    now = datetime.now(UTC).isoformat()
    row = {
        "id": str(uuid.uuid4()),
        "created_at": now,
        "updated_at": now,
        "revision": 1,
        "deleted_at": None,
        "catalogue_id": catalogue_id,
        "version": version,
        "kind": "criteria",
        "content": content,
        "fingerprint": hashlib.sha256(content.encode()).hexdigest(),
        "origin": "added",
    }
    with connect(profile.target) as connection:
        connection.execute(
            text(
                f"INSERT INTO catalogue_file ({', '.join(row)}) "
                f"VALUES ({', '.join(f':{name}' for name in row)})"
            ),
            row,
        )


@pytest.mark.sqlite_only  # a server holds a version to its 32 characters: no such row there
def test_an_unreadable_stored_version_breaks_nothing_and_is_listed(
    profile: Profile, tmp_path: Path
) -> None:
    text = variant(BUNDLED.read_text("utf-8"), version=f'"{HUGE_VERSION}"')
    store_raw(profile, catalogues.DEFAULT_CRITERIA_CATALOGUE, HUGE_VERSION, text)
    reference = json.loads(ok(profile, "list", "--json"))[0]["reference"]
    assert json.loads(ok(profile, "assess", reference, "--json"))["route"]["catalogue_version"]
    ok(profile, "assess", reference)
    ok(profile, "export", reference, "--pdf", tmp_path / "besluit.pdf")
    ok(profile, "export", reference, "--json", tmp_path / "dossier.json")
    newer = tmp_path / "routes.toml"
    newer.write_text(SMALL_CATALOGUE, "utf-8")
    assert "is geïnstalleerd" in ok(profile, "catalogue", "add", newer)

    listed = json.loads(ok(profile, "catalogue", "list", "--json"))
    [bad] = [v for v in listed if not v["readable"]]
    assert bad["version"] == HUGE_VERSION and bad["valid_from"] is None
    assert "geen geldige catalogus" in bad["problem"]
    assert all(v["readable"] for v in listed if v is not bad)
    lines = ok(profile, "catalogue", "list").splitlines()
    assert any("ONLEESBAAR, overgeslagen" in line for line in lines)
    assert all(len(line) < 600 for line in lines)  # the version is shortened on screen

    log = (profile.folder / "logs" / "maatwerkdesk.log").read_text("utf-8")
    assert re.search(r"Skipped catalogue_file row [0-9a-f-]{36} \(invalid\)", log)
    assert "9999999999" not in log

    same = tmp_path / "zelfde-versie.toml"
    same.write_text(text, "utf-8")
    assert run(profile, "catalogue", "add", same).returncode == 2  # the version is not valid
    ok(profile, "catalogue", "remove", catalogues.DEFAULT_CRITERIA_CATALOGUE, HUGE_VERSION)
    assert all(v["readable"] for v in json.loads(ok(profile, "catalogue", "list", "--json")))


def test_a_stored_text_changed_outside_the_program_is_skipped(profile: Profile) -> None:
    changed = variant(SMALL_CATALOGUE, title='"Stilletjes anders"')
    store_raw(profile, "nl.test.routes", "1.0", changed)
    with connect(profile.target) as connection:
        connection.execute(
            text("UPDATE catalogue_file SET fingerprint = 'x' WHERE version = '1.0'")
        )
    listed = json.loads(ok(profile, "catalogue", "list", "--json"))
    [bad] = [v for v in listed if v["id"] == "nl.test.routes"]
    assert not bad["readable"] and "buiten het programma gewijzigd" in bad["problem"]


# --- list and remove --------------------------------------------------------------------------


def audit_names(profile: Profile) -> list[tuple[str, str]]:
    query = "SELECT action, name FROM audit_record WHERE object_type = 'catalogue' ORDER BY at"
    return rows(profile, query)


def test_list_shows_every_version_with_its_origin_and_pins(profile: Profile) -> None:
    listed = json.loads(ok(profile, "catalogue", "list", "--json"))
    shipped = sorted(catalogues.BUNDLED_DIR.glob("*.toml"))
    assert len(listed) == len(shipped)
    assert {v["origin"] for v in listed} == {"bundled"}
    versions = {v["version"]: v for v in listed if v["id"] == catalogues.DEFAULT_CRITERIA_CATALOGUE}
    assert {"2026.1", "2026.2"} <= set(versions)  # an older version stays readable
    assert versions["2026.1"]["kind"] == "criteria"
    assert versions["2026.1"]["valid_from"] == "2026-01-01"
    routes = versions["2026.2"]  # in force today: new assessments use it
    assert routes["pinned_by"]["assessments"] >= 1  # the demo dossiers are assessed
    assert set(routes["pinned_by"]) == {
        "assessments",
        "factor_lists",
        "decisions",
        "signed_decisions",
        "precedents",
    }
    text = ok(profile, "catalogue", "list")
    assert f"{catalogues.DEFAULT_CRITERIA_CATALOGUE}\t2026.1\troutes en criteria\t01-01-2026\t" in (
        text
    )
    assert "\tmeegeleverd\tvastgelegd: " in text


def test_an_added_version_is_removed_audited_and_can_come_back(
    profile: Profile, tmp_path: Path
) -> None:
    path = tmp_path / "routes.toml"
    path.write_text(SMALL_CATALOGUE, "utf-8")
    ok(profile, "catalogue", "add", path)
    listed = json.loads(ok(profile, "catalogue", "list", "--json"))
    added = next(v for v in listed if v["id"] == "nl.test.routes")
    assert added["origin"] == "added" and sum(added["pinned_by"].values()) == 0
    assert "\ttoegevoegd\tniet in gebruik" in ok(profile, "catalogue", "list")

    assert ok(profile, "catalogue", "remove", "nl.test.routes", "1.0") == (
        "Catalogus nl.test.routes versie 1.0 is verwijderd uit deze database.\n"
    )
    assert audit_names(profile)[-2:] == [("C", "catalogue.add"), ("D", "catalogue.remove")]
    ids = [v["id"] for v in json.loads(ok(profile, "catalogue", "list", "--json"))]
    assert "nl.test.routes" not in ids

    other = tmp_path / "anders.toml"
    other.write_text(variant(SMALL_CATALOGUE, title='"Andere tekst"'), "utf-8")
    refused = run(profile, "catalogue", "add", other)
    assert refused.returncode == 2
    assert "was hier eerder geïnstalleerd met een andere inhoud" in refused.stderr
    assert "is geïnstalleerd voor deze database" in ok(profile, "catalogue", "add", path)
    ids = [v["id"] for v in json.loads(ok(profile, "catalogue", "list", "--json"))]
    assert "nl.test.routes" in ids


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (
            (catalogues.DEFAULT_CRITERIA_CATALOGUE, "2026.1"),
            "wordt met het programma meegeleverd en kan niet worden verwijderd.",
        ),
        (("nl.test.niets", "1.0"), "is hier niet geïnstalleerd."),
        (("nl.test.niets", HUGE_VERSION), "is hier niet geïnstalleerd."),
    ],
)
def test_remove_refuses_what_is_not_an_added_version(
    args: tuple[str, str], words: str, profile: Profile
) -> None:
    before = state(profile)
    result = run(profile, "catalogue", "remove", *args)
    assert result.returncode == 2
    assert result.stderr.startswith("maatwerkdesk: Catalogus '") and words in result.stderr
    assert len(result.stderr.splitlines()) == 1 and len(result.stderr) < 400
    assert state(profile) == before


def test_remove_refuses_a_version_a_dossier_rests_on(profile: Profile, tmp_path: Path) -> None:
    path = tmp_path / "factoren.toml"
    path.write_text(SMALL_FACTORS, "utf-8")
    ok(profile, "catalogue", "add", path)
    context = Context(actor="test-behandelaar", origin="test", today=date(2026, 11, 28))
    db = open_existing(profile.target)
    try:
        with db.sessions.begin() as session:
            fields = DossierFields(title="Terugvordering", regulation="Participatiewet")
            dossier = dossiers.create_dossier(session, context, fields)
            ref = CatalogueRef("nl.test.factoren", "1.0")
            precedents.save_factors(session, context, dossier.id, ref, frozenset({"kinderen"}))
    finally:
        db.close()
    before = state(profile)
    result = run(profile, "catalogue", "remove", "nl.test.factoren", "1.0")
    assert result.returncode == 2
    assert result.stderr == (
        "maatwerkdesk: Catalogus 'nl.test.factoren' versie 1.0 kan niet worden verwijderd: "
        "1 factorlijst van een dossier rust erop. Een versie waarop iets is vastgelegd, "
        "blijft bewaard.\n"
    )
    assert state(profile) == before
    listed = json.loads(ok(profile, "catalogue", "list", "--json"))
    factors = next(v for v in listed if v["id"] == "nl.test.factoren")
    assert factors["pinned_by"]["factor_lists"] == 1


def test_only_a_manager_of_catalogues_may_remove(profile: Profile, tmp_path: Path) -> None:
    path = tmp_path / "routes.toml"
    path.write_text(SMALL_CATALOGUE, "utf-8")
    ok(profile, "catalogue", "add", path)
    db = open_existing(profile.target)
    try:
        with db.sessions.begin() as session:
            system = Context(actor="cli", origin="test")
            worker = users.add_user(session, system, "Test Behandelaar Catalogus", Role.CASEWORKER)
            manager = users.add_user(
                session, system, "Test Beheerder Catalogus", Role.ADMINISTRATOR
            )
        with db.sessions.begin() as session, pytest.raises(DomainError, match="beheerder"):
            catalogue_admin.remove_version(
                session,
                Context(actor=worker.name, origin="test", user=worker),
                "nl.test.routes",
                "1.0",
            )
        with db.sessions.begin() as session:
            catalogue_admin.remove_version(
                session,
                Context(actor=manager.name, origin="test", user=manager),
                "nl.test.routes",
                "1.0",
            )
    finally:
        db.close()


@pytest.mark.parametrize("verb", ["list", "remove", "add", "validate"])
def test_catalogue_help_is_dutch(verb: str) -> None:
    result = in_process.run("catalogue", verb, "--help")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith(f"gebruik: maatwerkdesk catalogue {verb}")
    assert "opties:" in result.stdout and "show this help" not in result.stdout
