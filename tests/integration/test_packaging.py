"""The package list in pyproject.toml is complete, data folders reach the package, and the
version is written once."""

from __future__ import annotations

import importlib.metadata
import importlib.resources
import importlib.util
import subprocess
import sys
import tomllib
import xml.etree.ElementTree as ElementTree
import zipfile
from pathlib import Path
from types import ModuleType

import pytest

import maatwerkdesk

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
    (wheel,) = tmp_path.glob(f"maatwerkdesk-{maatwerkdesk.__version__}-*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    assert "maatwerkdesk/resources/__init__.py" in names
    assert "maatwerkdesk/resources/demo/scenarios.toml" in names
    assert "maatwerkdesk/resources/i18n/maatwerkdesk_en.qm" in names  # the English windows
    assert any(n.startswith("maatwerkdesk/forms/") and n.endswith(".ui") for n in names)
    assert "maatwerkdesk/persistence/migrations/script.py.mako" in names
    assert any(n.startswith("maatwerkdesk/persistence/migrations/versions/0001") for n in names)


def test_the_version_is_written_once() -> None:
    """As `maatwerkdesk.__version__`: pyproject.toml reads it from there, the installed
    package's metadata has it, and the AppStream file's newest release is that version."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert "version" not in project and "version" in project["dynamic"]
    assert importlib.metadata.version("maatwerkdesk") == maatwerkdesk.__version__
    metainfo = ROOT / "packaging" / "linux" / "nl.maatwerkdesk.MaatwerkDesk.metainfo.xml"
    releases = ElementTree.parse(metainfo).getroot().findall("releases/release")
    assert releases[0].get("version") == maatwerkdesk.__version__, "add the release there"


def version_info() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "version_info", ROOT / "packaging" / "windows" / "version_info.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize(
    ("text", "numbers"),
    [
        ("0.1.0", (0, 1, 0, 0)),
        ("2", (2, 0, 0, 0)),
        ("1.2rc1", (1, 2, 0, 0)),
        ("1.2.3.4.5", (1, 2, 3, 4)),
    ],
)
def test_the_windows_version_resource_is_written_from_the_version(
    tmp_path: Path, text: str, numbers: tuple[int, ...]
) -> None:
    written = version_info().write_resource(tmp_path / "version_info.txt", text).read_text()
    assert written.count(f"vers={numbers},") == 2
    assert written.count(f"Version', '{text}')") == 2


def test_the_windows_version_resource_reads_the_installed_version(tmp_path: Path) -> None:
    written = version_info().write_resource(tmp_path / "version_info.txt").read_text()
    assert f"'FileVersion', '{maatwerkdesk.__version__}'" in written
    with pytest.raises(ValueError, match="not a version"):
        version_info().file_version("versie een")
