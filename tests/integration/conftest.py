"""Profiles for the command-line tests, on the database each test runs on."""

from __future__ import annotations

import pytest
from backends import Databases
from profiles import Profiles


@pytest.fixture
def profiles(databases: Databases, tmp_path_factory: pytest.TempPathFactory) -> Profiles:
    return Profiles(databases, tmp_path_factory)


@pytest.fixture(scope="module")
def module_profiles(
    module_databases: Databases, tmp_path_factory: pytest.TempPathFactory
) -> Profiles:
    return Profiles(module_databases, tmp_path_factory)
