"""A verb that meets a failing database exits 2 with one Dutch sentence, never 1."""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from maatwerkdesk.__main__ import main
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
    other = sqlite3.connect(profile / "data" / "maatwerkdesk.sqlite3", isolation_level=None)
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
