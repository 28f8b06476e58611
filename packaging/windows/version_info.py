"""The version resource of MaatwerkDesk.exe, written from the one version when the bundle is
built (packaging/pyinstaller/maatwerkdesk.spec). The version is maatwerkdesk.__version__, as
the installed package's metadata gives it."""

from __future__ import annotations

import re
from importlib.metadata import version
from pathlib import Path

RESOURCE = """# UTF-8
# Written by packaging/windows/version_info.py from the version {text}: do not edit.
VSVersionInfo(
  ffi=FixedFileInfo(
    filevers={numbers},
    prodvers={numbers},
    mask=0x3F,
    flags=0x0,
    OS=0x40004,
    fileType=0x1,
    subtype=0x0,
    date=(0, 0)
  ),
  kids=[
    StringFileInfo([
      StringTable('041304B0', [
        StringStruct('CompanyName', 'MaatwerkDesk'),
        StringStruct('FileDescription', 'MaatwerkDesk'),
        StringStruct('FileVersion', '{text}'),
        StringStruct('InternalName', 'nl.maatwerkdesk.MaatwerkDesk'),
        StringStruct('LegalCopyright', 'EUPL-1.2'),
        StringStruct('OriginalFilename', 'MaatwerkDesk.exe'),
        StringStruct('ProductName', 'MaatwerkDesk'),
        StringStruct('ProductVersion', '{text}')
      ])
    ]),
    VarFileInfo([VarStruct('Translation', [0x0413, 1200])])
  ]
)
"""


def file_version(text: str) -> tuple[int, int, int, int]:
    """Windows' four numbers of a version: its release numbers, padded with zeros
    ("0.1.0" -> (0, 1, 0, 0); "1.2rc1" -> (1, 2, 0, 0))."""
    release = re.match(r"\d+(?:\.\d+)*", text)
    if release is None:
        raise ValueError(f"not a version: {text!r}")
    major, minor, micro, build = [*(int(part) for part in release.group().split(".")), 0, 0, 0][:4]
    return major, minor, micro, build


def write_resource(target: Path, text: str | None = None) -> Path:
    """Write the resource for `text` (default: the installed package's version) to `target`."""
    text = text or version("maatwerkdesk")
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(RESOURCE.format(text=text, numbers=file_version(text)), encoding="utf-8")
    return target
