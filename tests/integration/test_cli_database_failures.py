"""A verb that meets a failing database exits 2 with one Dutch sentence, never 1."""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator
from pathlib import Path

import pytest
from backends import sqlite_connection

from maatwerkdesk.__main__ import main
from maatwerkdesk.domain.errors import DatabaseBusyError
from maatwerkdesk.persistence import db


@pytest.fixture
def profile(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A profile with a database, whose connections wait 50 ms for a lock, not 10 s."""
    monkeypatch.setattr(db, "BUSY_TIMEOUT_MS", 50)
    folder = tmp_path / "profile"
    assert main(["--profile", str(folder), "list"]) == 0
    yield folder
    root = logging.getLogger()  # the verbs log into the profile; close that file again
    for handler in root.handlers[:]:
        handler.close()
        root.removeHandler(handler)


def test_a_verb_on_a_database_another_program_holds_exits_2_with_a_sentence(
    profile: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    capsys.readouterr()
    other = sqlite_connection(profile / "data" / "maatwerkdesk.sqlite3", isolation_level=None)
    other.execute("BEGIN IMMEDIATE")  # an import in the app, say
    try:
        code = main(["--profile", str(profile), "list"])
    finally:
        other.execute("ROLLBACK")
        other.close()
    err = capsys.readouterr().err
    assert code == 2
    assert err == (
        "maatwerkdesk: De database is bezig met werk van een collega of een ander programma en "
        "kon niet op tijd antwoorden. Wacht een moment en probeer het opnieuw.\n"
    )
    assert "Traceback" not in err


def test_assess_computes_its_check_without_holding_others_off_and_records_the_read_first(
    profile: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """A check can take long on a large case base; others' saves go on meanwhile, and
    nothing is shown when its read cannot be put on record."""
    from maatwerkdesk.services import assessments, dossier_check

    assert main(["--profile", str(profile), "demo", "--cases", "1"]) == 0
    path = profile / "data" / "maatwerkdesk.sqlite3"
    (listed,) = json.loads(main_output(profile, capsys, "list", "--json"))
    reference = listed["reference"]
    computing = dossier_check.load_check
    writers: list[bool] = []

    def check_while_another_writes(*args: object, **kwargs: object) -> object:
        other = sqlite_connection(path, isolation_level=None, timeout=0)
        try:
            other.execute("BEGIN IMMEDIATE")  # a colleague's save: not held off
            writers.append(True)
            other.execute("ROLLBACK")
        finally:
            other.close()
        return computing(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(dossier_check, "load_check", check_while_another_writes)
    assert main(["--profile", str(profile), "assess", reference]) == 0
    assert writers == [True]
    assert reference in capsys.readouterr().out

    def busy(*_args: object) -> None:
        raise DatabaseBusyError("De database is bezig.")

    monkeypatch.setattr(assessments, "audit_assessment_read", busy)
    assert main(["--profile", str(profile), "assess", reference]) == 2
    assert capsys.readouterr().out == ""


def main_output(profile: Path, capsys: pytest.CaptureFixture[str], *args: str) -> str:
    capsys.readouterr()
    assert main(["--profile", str(profile), *args]) == 0
    return capsys.readouterr().out
