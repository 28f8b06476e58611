"""Fixtures for the Qt-free tests: a fresh SQLite database per test."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from backends import open_existing

from maatwerkdesk.persistence.db import Database
from maatwerkdesk.services.context import Context


@pytest.fixture
def context() -> Context:
    return Context(actor="test-behandelaar", origin="test", today=date(2026, 11, 28))


@pytest.fixture
def other(database: Database) -> Iterator[Database]:
    """A second program on the same database: its own engine and connections."""
    second = open_existing(database.engine.url.render_as_string(hide_password=False))
    yield second
    second.close()
