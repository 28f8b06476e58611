"""The child that reads the list's first rows while the window starts: whatever it
writes, however long it takes, the app gets rows as the program writes them, or none."""

from __future__ import annotations

import subprocess
import sys
import threading
import time
from datetime import UTC, datetime
from pathlib import Path

import pytest

from maatwerkdesk.services import list_ahead

A_ROW = '["id-1", "MW-2026-00001", "Huurschuld", "intake", "B. Yilmaz", "2026-03-01 09:00:00.5"]'
NOT_A_TITLE = A_ROW.replace('"Huurschuld"', "7")


def child(code: str) -> list_ahead.ListAhead:
    """A stand-in for the child, running `code`."""
    process = subprocess.Popen(
        [sys.executable, "-c", code], stdin=subprocess.DEVNULL, stdout=subprocess.PIPE
    )
    return list_ahead.ListAhead("ergens", process)


def test_rows_as_the_child_writes_them_are_read() -> None:
    ahead = child(f"print('[{A_ROW}]'); print('1')")
    page = ahead.page()
    assert page is not None and [row.reference for row in page] == ["MW-2026-00001"]
    assert page[0].updated_at == datetime(2026, 3, 1, 9, 0, 0, 500_000, tzinfo=UTC)
    assert ahead.count() == 1


@pytest.mark.parametrize(
    "code",
    [
        "print('onzin')",
        "print('null')",
        "print('{}')",
        "print('[[1, 2]]')",
        f"print('[{A_ROW.replace('intake', 'verzonnen')}]')",  # a status the program lacks
        f"print('[{A_ROW.replace('2026-03-01 09:00:00.5', 'gisteren')}]')",
        f"print('[{NOT_A_TITLE}]')",
        "import sys; sys.stdout.write('[')",  # cut off
        "raise SystemExit(3)",
        "import os; os.close(1)",
        "print('x' * 100_000)",
    ],
)
def test_anything_else_gives_no_rows_and_no_count(code: str) -> None:
    ahead = child(code)
    assert ahead.page() is None
    assert ahead.count() is None


@pytest.mark.parametrize("count", ["-4", "'12'", "1.5", "true", "[]", ""])
def test_a_count_that_is_not_one_is_none(count: str) -> None:
    ahead = child(f"print('[]'); print({count!r})")
    assert ahead.page() == []
    assert ahead.count() is None


def test_a_child_that_does_not_answer_is_stopped(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(list_ahead, "ANSWER_WITHIN_S", 0.3)
    ahead = child("import time; time.sleep(60)")
    began = time.monotonic()
    assert ahead.page() is None
    assert time.monotonic() - began < 10
    assert ahead._process.poll() is not None


def test_closing_ends_a_wait_for_the_answer() -> None:
    """At shutdown: the worker waiting for the page stops waiting."""
    ahead = child("import time; time.sleep(60)")
    answers: list[object] = []
    reader = threading.Thread(target=lambda: answers.append(ahead.page()))
    reader.start()
    time.sleep(0.2)
    ahead.close()
    reader.join(timeout=10)
    assert not reader.is_alive() and answers == [None]


def test_no_child_in_a_frozen_bundle(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """A bundle has no interpreter to start the module with: the app reads on a thread."""
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    assert list_ahead.start(str(tmp_path / "maatwerk.sqlite3")) is None


def test_a_missing_file_is_not_made(tmp_path: Path) -> None:
    folder = tmp_path / "profiel"
    folder.mkdir()
    ahead = list_ahead.start(str(folder / "nieuw.sqlite3"))
    assert ahead is not None
    assert ahead.page() is None and ahead.count() is None
    assert list(folder.iterdir()) == []


def test_a_package_part_loads_without_the_package_init_in_the_child() -> None:
    """As the child loads psycopg's libpq wrapper; a package already loaded, or one not
    installed, is left alone."""
    code = (
        "import sys\n"
        "from maatwerkdesk.services.list_ahead import skip_package_init\n"
        "skip_package_init('email'); skip_package_init('json'); skip_package_init('nergens')\n"
        "from email import charset\n"
        "print(hasattr(sys.modules['email'], 'message_from_string'), charset.__name__,\n"
        "      hasattr(sys.modules['json'], 'dumps'), 'nergens' in sys.modules)\n"
    )
    shown = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, check=True, text=True, timeout=60
    ).stdout.split()
    assert shown == ["False", "email.charset", "True", "False"]
