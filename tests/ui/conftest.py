"""The desktop app's tests run on SQLite, the embedded database of one workstation."""

from __future__ import annotations

import pytest
from backends import SQLITE


@pytest.fixture(scope="module")
def backend_name() -> str:
    return SQLITE
