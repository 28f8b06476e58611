"""The package list in pyproject.toml is complete, and data folders reach the package."""

from __future__ import annotations

import importlib.resources
import subprocess
import sys
import tomllib
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_every_package_is_listed_in_pyproject() -> None:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    listed = set(config["tool"]["setuptools"]["packages"])
    source = ROOT / "src"
    found = {
        ".".join(init.parent.relative_to(source).parts) for init in source.rglob("__init__.py")
    }
    assert found - listed == set(), "add these packages to [tool.setuptools] packages"


def test_resources_and_forms_are_reachable_as_package_data() -> None:
    assert importlib.resources.files("maatwerkdesk.resources").is_dir()
    forms = importlib.resources.files("maatwerkdesk.forms")
    assert any(item.name.endswith(".ui") for item in forms.iterdir())


def test_the_wheel_carries_resources_forms_and_migrations(tmp_path: Path) -> None:
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--quiet",
            "--no-deps",
            "-w",
            str(tmp_path),
            str(ROOT),
        ],
        check=True,
        capture_output=True,
    )
    (wheel,) = tmp_path.glob("maatwerkdesk-*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    assert "maatwerkdesk/resources/__init__.py" in names
    assert any(n.startswith("maatwerkdesk/forms/") and n.endswith(".ui") for n in names)
    assert "maatwerkdesk/persistence/migrations/script.py.mako" in names
    assert any(n.startswith("maatwerkdesk/persistence/migrations/versions/0001") for n in names)
