"""Without a PostgreSQL server the PostgreSQL runs are skipped for a developer, but fail where
they must run (CI, or scripts/test.sh): a server that did not start never passes unnoticed."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from backends import REQUIRE_VARIABLE, SERVER_VARIABLE

ROOT = Path(__file__).resolve().parents[2]


def pytest_without_server(**variables: str) -> subprocess.CompletedProcess[str]:
    """One small module's PostgreSQL runs in a pytest of its own, without a server."""
    env = {
        k: v for k, v in os.environ.items() if k not in ("CI", SERVER_VARIABLE, REQUIRE_VARIABLE)
    }
    return subprocess.run(
        [
            *(sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider"),
            *("tests/unit/test_dossier_position.py", "-k", "postgresql"),
        ],
        cwd=ROOT,
        env={**env, **variables},
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )


def test_a_developer_without_a_server_is_told_why_they_are_skipped() -> None:
    result = pytest_without_server()
    assert result.returncode == 0, result.stdout
    assert " skipped" in result.stdout and " passed" not in result.stdout
    assert f"{SERVER_VARIABLE} is not set" in result.stdout


@pytest.mark.parametrize("variable", ["CI", REQUIRE_VARIABLE])
def test_ci_without_a_server_fails(variable: str) -> None:
    result = pytest_without_server(**{variable: "1"})
    assert result.returncode == 1, result.stdout
    assert " skipped" not in result.stdout and " passed" not in result.stdout
    assert f"{SERVER_VARIABLE} is not set" in result.stdout
