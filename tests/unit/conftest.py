"""Fixtures for the Qt-free tests: a fresh SQLite database per test."""

from __future__ import annotations

from datetime import date

import pytest

from maatwerkdesk.services.context import Context


@pytest.fixture
def context() -> Context:
    return Context(actor="test-behandelaar", origin="test", today=date(2026, 11, 28))
