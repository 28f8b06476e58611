"""Fixtures for the Qt-free tests: a fresh SQLite database per test."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from maatwerkdesk.persistence.db import Database, open_database
from maatwerkdesk.services.context import Context


@pytest.fixture
def database(tmp_path: Path) -> Iterator[Database]:
    db = open_database(tmp_path / "test.sqlite3")
    yield db
    db.close()


@pytest.fixture
def context() -> Context:
    return Context(actor="test-behandelaar", origin="test", today=date(2026, 11, 28))
