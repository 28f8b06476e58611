"""The real command line, each run with its own `--profile` folder.

Bad input must exit with code 2, name the file (and the field) on stderr, and leave the
database exactly as it was: same `list --json`, same number of audit records, same rows.

A command runs through `__main__.main` in this process (in_process.py), as the process
would run it; `child` runs it in a process of its own, as a user does, for the tests where
that process is the point.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import in_process
import pytest
from audit_counts import other_rows, successful_acts
from backends import connect
from profiles import Profile, Profiles
from sqlalchemy import text


def env() -> dict[str, str]:
    """The test's environment (its private HOME, the run's keyring file: conftest.py),
    UTF-8 on the pipes."""
    return {**os.environ, "PYTHONUTF8": "1"}


def run(profile: Profile, *args: str | Path) -> subprocess.CompletedProcess[str]:
    return in_process.run(*profile.args(), *args)


def child(profile: Profile, *args: str | Path) -> subprocess.CompletedProcess[str]:
    """The command in a process of its own: `python -m maatwerkdesk …`."""
    return subprocess.run(
        [sys.executable, "-m", "maatwerkdesk", *profile.args(), *map(str, args)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env(),
        timeout=120,
        check=False,
    )


def ok(profile: Profile, *args: str | Path) -> str:
    result = run(profile, *args)
    assert result.returncode == 0, result.stderr
    return result.stdout


def listing(profile: Profile) -> list[dict[str, str]]:
    return json.loads(ok(profile, "list", "--json"))


def rows(profile: Profile, query: str, **values: object) -> list[tuple[Any, ...]]:
    """What the profile's database answers to `query`, read outside the program."""
    with connect(profile.target) as connection:
        return [tuple(row) for row in connection.execute(text(query), values)]


def state(profile: Profile) -> tuple[list[dict[str, str]], int, dict[str, list[str]]]:
    """What must not change after a failed import: the list, the number of acts audited
    (refused attempts and listings are recorded too, on purpose), every other row."""
    with connect(profile.target) as connection:
        audit = len(successful_acts(connection))
        tables = other_rows(connection)
    return listing(profile), audit, tables


def without_export_time(document: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in document.items() if k != "exported_at"}


@pytest.fixture(scope="module")
def source(module_profiles: Profiles) -> Profile:
    profile = module_profiles.new("source")
    assert (
        ok(profile, "demo", "--cases", "40", "--seed", "11") == "40 fictieve dossiers toegevoegd.\n"
    )
    return profile


@pytest.fixture(scope="module")
def exports(source: Profile, tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    """Three exported dossiers with different statuses."""
    folder = tmp_path_factory.mktemp("exports")
    chosen: dict[str, str] = {}
    for row in listing(source):
        chosen.setdefault(row["status"], row["reference"])
    paths = []
    for reference in list(chosen.values())[:3]:
        path = folder / f"{reference}.json"
        assert ok(source, "export", reference, "--json", path).startswith(f"Dossier {reference}")
        paths.append(path)
    return paths


@pytest.fixture(scope="module")
def template(exports: list[Path], module_profiles: Profiles) -> Profile:
    """A database holding one imported dossier (so there is content and audit to protect)."""
    profile = module_profiles.new("template")
    ok(profile, "import", exports[0])
    return profile


@pytest.fixture(scope="module")
def template_state(template: Profile) -> tuple:
    return state(template)


@pytest.fixture
def target(template: Profile, profiles: Profiles) -> Profile:
    return profiles.copy(template, "target")


# --- verbs that work ----------------------------------------------------------------------


def test_demo_then_list(source: Profile) -> None:
    rows = listing(source)
    assert len(rows) == 40
    assert {r["status"] for r in rows} == {
        "intake",
        "analyse",
        "ter_bespreking",
        "besloten",
        "afgesloten",
    }
    besloten = json.loads(ok(source, "list", "--status", "besloten", "--json"))
    assert len(besloten) == 8 and all(r["status"] == "besloten" for r in besloten)
    text = ok(source, "list")
    assert len(text.splitlines()) == 40 and "\tBesloten\t" in text


def test_the_command_runs_in_a_process_of_its_own(source: Profile, tmp_path: Path) -> None:
    """As a user runs it: the entry point, the key of the database found through the
    keyring of the child, the output through pipes as UTF-8, a mistake's exit code."""
    listed = child(source, "list", "--json")
    assert listed.returncode == 0, listed.stderr
    assert json.loads(listed.stdout) == listing(source)
    refused = child(source, "export", "MW-1999-00001", "--json", tmp_path / "x.json")
    assert refused.returncode == 2 and refused.stdout == ""
    assert (
        refused.stderr.startswith("maatwerkdesk: ") and "geen dossier met kenmerk" in refused.stderr
    )


def test_export_then_import_into_an_empty_database_gives_the_same_dossiers(
    exports: list[Path], profiles: Profiles, tmp_path: Path
) -> None:
    originals = [json.loads(p.read_text("utf-8")) for p in exports]
    combined = {**originals[0], "dossiers": originals[0]["dossiers"] + originals[1]["dossiers"]}
    pair = tmp_path / "twee dossiers.json"
    pair.write_text(json.dumps(combined, ensure_ascii=False), "utf-8")
    empty = profiles.new("leeg")
    result = run(empty, "import", pair, exports[2])
    assert result.returncode == 0, result.stderr
    assert result.stdout == "3 dossiers geïmporteerd uit 2 bestanden.\n"
    for original in originals:
        reference = original["dossiers"][0]["reference"]
        again = tmp_path / f"opnieuw-{reference}.json"
        ok(empty, "export", reference, "--json", again)
        assert without_export_time(json.loads(again.read_text("utf-8"))) == without_export_time(
            original
        )
    assert sorted(r["reference"] for r in listing(empty)) == sorted(
        o["dossiers"][0]["reference"] for o in originals
    )


def test_export_replaces_the_file_and_leaves_no_temporary_files(
    source: Profile, tmp_path: Path
) -> None:
    reference = listing(source)[0]["reference"]
    folder = tmp_path / "uit"
    folder.mkdir()
    target = folder / "dossier.json"
    target.write_text("oud", "utf-8")
    ok(source, "export", reference, "--json", target)
    assert json.loads(target.read_text("utf-8"))["format"] == "maatwerkdesk/3"
    assert [p.name for p in folder.iterdir()] == ["dossier.json"]


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["export", "MW-1999-00001", "--json", "{tmp}/x.json"], "geen dossier met kenmerk"),
        (["export", "{ref}", "--json", "{tmp}/bestaat-niet/x.json"], "bestaat niet"),
        (["export", "{ref}", "--json", "{tmp}"], "is een map"),
        (["list", "--status", "klaar"], "onbekende status"),
        (["demo", "--cases", "0"], "--cases"),
    ],
)
def test_user_errors_exit_2_with_a_dutch_message(
    source: Profile, tmp_path: Path, args: list[str], words: str
) -> None:
    reference = listing(source)[0]["reference"]
    filled = [a.format(tmp=tmp_path, ref=reference) for a in args]
    result = run(source, *filled)
    assert result.returncode == 2
    assert result.stderr.startswith("maatwerkdesk: ") and words in result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize("verb", [None, "demo", "list", "import", "export"])
def test_help_works_for_every_verb(verb: str | None) -> None:
    result = in_process.run(*([verb] if verb else []), "--help")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("gebruik: maatwerkdesk")
    assert "opties:" in result.stdout and "show this help" not in result.stdout


# --- bad input changes nothing ------------------------------------------------------------

Mutation = Callable[[dict[str, Any]], None]


def _field(*path: str | int, value: object) -> Mutation:
    def mutate(document: dict[str, Any]) -> None:
        target: Any = document
        for part in path[:-1]:
            target = target[part]
        target[path[-1]] = value

    return mutate


def _as_json(mutate: Mutation) -> Callable[[bytes], bytes]:
    def make(original: bytes) -> bytes:
        document = json.loads(original)
        mutate(document)
        return json.dumps(document, ensure_ascii=False).encode("utf-8")

    return make


BAD_FILES: dict[str, tuple[Callable[[bytes], bytes], str]] = {
    "malformed": (lambda raw: raw.replace(b",", b",,", 1), "geen geldige JSON (regel 2, kolom"),
    "truncated": (lambda raw: raw[: len(raw) // 2], "geen geldige JSON (regel"),
    "empty": (lambda raw: b"", "leeg"),
    "title-number": (
        _as_json(_field("dossiers", 0, "fields", "title", value=42)),
        "dossiers[0].fields.title: Hier wordt tekst verwacht",
    ),
    "status-unknown": (
        _as_json(_field("dossiers", 0, "fields", "status", value="klaar")),
        "dossiers[0].fields.status: 'klaar' is geen toegestane waarde",
    ),
    "bsn-invalid": (
        _as_json(_field("dossiers", 0, "fields", "subject", "bsn", value="123456789")),
        "dossiers[0].fields.subject.bsn: Dit BSN is ongeldig",
    ),
    "organisations-not-a-list": (
        _as_json(_field("dossiers", 0, "fields", "organisations", value="gemeente")),
        "dossiers[0].fields.organisations: Hier wordt een lijst",
    ),
    "unknown-key": (
        _as_json(_field("dossiers", 0, "fields", "subject", "iban", value="NL00")),
        "dossiers[0].fields.subject.iban: Dit veld is onbekend",
    ),
    "null": (
        _as_json(_field("dossiers", 0, "fields", "owner", value=None)),
        "dossiers[0].fields.owner: Hier mag geen null staan",
    ),
    "timeline-kind": (
        _as_json(_field("dossiers", 0, "timeline", 0, "kind", value="mail")),
        "dossiers[0].timeline[0].kind",
    ),
    "wrong-version": (
        _as_json(_field("format", value="maatwerkdesk/4")),
        "format: Dit is geen bestand in het uitwisselingsformaat maatwerkdesk/1",
    ),
    "utf-16": (lambda raw: raw.decode("utf-8").encode("utf-16"), "UTF-16"),
    "utf-16-no-bom": (lambda raw: raw.decode("utf-8").encode("utf-16-le"), "NUL-byte"),
    "latin-1": (lambda raw: raw.decode("utf-8").encode("latin-1", "replace"), "UTF-8"),
    "nul-bytes": (lambda raw: raw[:20] + b"\x00" + raw[20:], "NUL-byte"),
    "deeply-nested": (lambda raw: b"[" * 200_000 + b"]" * 200_000, "te diep genest"),
    "duplicate-key": (lambda raw: raw.replace(b"{", b'{"format": 1, ', 1), "twee keer"),
    "not-an-object": (lambda raw: b"[]", "(hoofdniveau)"),
}


@pytest.mark.parametrize("case", sorted(BAD_FILES))
def test_bad_files_are_refused_and_change_nothing(
    case: str, exports: list[Path], target: Profile, template_state: tuple, tmp_path: Path
) -> None:
    make, words = BAD_FILES[case]
    bad = tmp_path / f"{case}.json"
    bad.write_bytes(make(exports[1].read_bytes()))
    result = run(target, "import", exports[2], bad)  # a good file first: still nothing
    assert result.returncode == 2, result.stdout
    assert result.stderr.startswith(f"maatwerkdesk: {bad}: "), result.stderr
    assert words in result.stderr
    assert "Traceback" not in result.stderr
    assert state(target) == template_state


def test_an_existing_dossier_is_not_overwritten(
    exports: list[Path], target: Profile, template_state: tuple, tmp_path: Path
) -> None:
    document = json.loads(exports[0].read_text("utf-8"))
    document["dossiers"][0]["fields"]["title"] = "Overschreven?"
    again = tmp_path / "opnieuw.json"
    again.write_text(json.dumps(document), "utf-8")
    result = run(target, "import", again)
    assert result.returncode == 2
    reference = document["dossiers"][0]["reference"]
    assert result.stderr.startswith(f"maatwerkdesk: {again}: dossiers[0].id: dossier {reference}")
    assert "bestaat al" in result.stderr
    assert state(target) == template_state


def test_an_oversized_file_is_refused_before_reading(
    target: Profile, template_state: tuple, tmp_path: Path
) -> None:
    big = tmp_path / "groot.json"
    with big.open("wb") as stream:
        stream.truncate(20 * 1024 * 1024 + 1)  # sparse: quick to make, never read
    result = run(target, "import", big)
    assert result.returncode == 2
    assert result.stderr.startswith(f"maatwerkdesk: {big}: het bestand is te groot")
    assert state(target) == template_state


@pytest.mark.parametrize("name", ["bestaat-niet.json", "."])
def test_missing_files_and_folders_are_named(
    name: str, target: Profile, template_state: tuple, tmp_path: Path
) -> None:
    path = tmp_path / name
    result = run(target, "import", path)
    assert result.returncode == 2 and result.stderr.startswith(f"maatwerkdesk: {path}: ")
    assert state(target) == template_state


def test_logs_hold_no_personal_data(
    source: Profile, template: Profile, exports: list[Path]
) -> None:
    ok(source, "--verbose", "list")
    run(source, "export", "MW-1999-99999", "--json", source.folder / "x.json")
    personal = [
        value
        for row in rows(source, "SELECT name, bsn, contact FROM subject")
        for value in row
        if value and len(value) > 4
    ]
    assert personal
    logs = "".join(
        p.read_text(encoding="utf-8")
        for profile in (source, template)
        for p in (profile.folder / "logs").glob("*.log*")
    )
    assert logs, "the log file was not written"
    leaked = [value for value in personal if value in logs]
    assert leaked == []
