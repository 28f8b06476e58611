"""Compile the Designer forms (forms/**/*.ui) into src/maatwerkdesk/ui/forms/ui_<name>.py.

    .venv/bin/python scripts/build_forms.py           regenerate every form
    .venv/bin/python scripts/build_forms.py --check   exit 1 if a committed form is stale

The generated modules are committed, so tests, type checkers and PyInstaller need no build
step; `--check` (run by the test command) makes sure they never drift from their sources.
"""

from __future__ import annotations

import argparse
import ast
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FORMS = ROOT / "forms"
OUTPUT = ROOT / "src" / "maatwerkdesk" / "ui" / "forms"
HEADER = "# Generated from {source} by scripts/build_forms.py — do not edit.\n"
HEADER_START = "# Generated from "
UIC_VERSION = re.compile(r" version [0-9.]+$", re.MULTILINE)
"""uic stamps its version; forms compile identically under the pinned 6.11 and 6.12."""
QT_IMPORT = re.compile(r"^from (PySide6\.\w+) import \(([^)]*)\)\n", re.MULTILINE)
SPLITTER_BY_PARENT = re.compile(r"= QSplitter\(([\w.]+)\)$", re.MULTILINE)
SET_SHORTCUT = re.compile(r"\.setShortcut\((.+)\)$", re.MULTILINE)


def uic() -> str:
    """pyside6-uic of the running interpreter's environment, so versions never mix."""
    folder = Path(sys.executable).parent
    for name in ("pyside6-uic", "pyside6-uic.exe"):
        if (folder / name).is_file():
            return str(folder / name)
    found = shutil.which("pyside6-uic")
    if found is None:
        sys.exit("build_forms: pyside6-uic not found; install the project into this environment")
    return found


def sources() -> dict[str, Path]:
    """Generated file name -> .ui source; names must be unique across sub-folders."""
    result: dict[str, Path] = {}
    for path in sorted(FORMS.rglob("*.ui")):
        name = f"ui_{path.stem}.py"
        if name in result:
            sys.exit(f"build_forms: {path} and {result[name]} would both become {name}")
        result[name] = path
    return result


def compile_form(tool: str, source: Path) -> str:
    # uic names only the file's base name in its output; run from the form's folder so no
    # absolute path can leak in.
    output = subprocess.run(
        [tool, source.name],
        cwd=source.parent,
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=False,
    )
    if output.returncode != 0:
        sys.exit(f"build_forms: pyside6-uic failed on {source}:\n{output.stderr}")
    text = UIC_VERSION.sub("", output.stdout.replace("\r\n", "\n"))
    text = prune_imports(spare_qt_namespace(text))
    return HEADER.format(source=source.relative_to(ROOT).as_posix()) + text


def spare_qt_namespace(text: str) -> str:
    """Rewrite the two calls that make PySide6 build the whole `Qt` namespace (~15 ms).

    PySide6 tries overloads in order, and looking at one that takes a `Qt.…` enum creates
    the `Qt` type with all its enums, even when another overload is the one called:
    `QSplitter(parent)` is first tried as `QSplitter(Qt.Orientation)`, and
    `setShortcut("Ctrl+N")` as `setShortcut(Qt.Key)`. The parent by keyword and the
    shortcut through its property do the same without that detour, so a form that names no
    `Qt.…` value can be shown before anything needs the namespace: the main window is on
    screen before the rest of start-up (docs/architecture.md, "Desktop app").
    """
    text = SPLITTER_BY_PARENT.sub(r"= QSplitter(parent=\1)", text)
    return SET_SHORTCUT.sub(r'.setProperty("shortcut", \1)', text)


def prune_imports(text: str) -> str:
    """Drop the names uic imports by habit but the form never uses.

    PySide6 creates a Qt type on first access, and the blanket lists cost several ms
    each at start-up (the `Qt` namespace alone ~15 ms), before the first window is shown
    (docs/architecture.md, "Desktop app").
    """
    used = {
        node.id
        for node in ast.walk(ast.parse(text))
        if isinstance(node, ast.Name) and isinstance(node.ctx, ast.Load)
    }

    def keep_used(match: re.Match[str]) -> str:
        names = [name.strip() for name in match.group(2).split(",") if name.strip() in used]
        return f"from {match.group(1)} import ({', '.join(names)})\n" if names else ""

    return QT_IMPORT.sub(keep_used, text)


def generate(target: Path) -> set[str]:
    tool = uic()
    target.mkdir(parents=True, exist_ok=True)
    forms = sources()
    for name, source in forms.items():
        (target / name).write_text(compile_form(tool, source), encoding="utf-8", newline="\n")
    return set(forms)


def orphans(expected: set[str]) -> list[Path]:
    """Generated modules whose .ui source is gone."""
    return [
        path
        for path in sorted(OUTPUT.glob("ui_*.py"))
        if path.name not in expected and path.read_text(encoding="utf-8").startswith(HEADER_START)
    ]


def check() -> int:
    with tempfile.TemporaryDirectory() as folder:
        fresh = Path(folder)
        expected = generate(fresh)
        stale = [
            name
            for name in sorted(expected)
            if not (OUTPUT / name).is_file()
            or (OUTPUT / name).read_bytes() != (fresh / name).read_bytes()
        ]
    stale += [path.name for path in orphans(expected)]
    if stale:
        print("Stale generated forms (run scripts/build_forms.py):", file=sys.stderr)
        for name in stale:
            print(f"  src/maatwerkdesk/ui/forms/{name}", file=sys.stderr)
        return 1
    print(f"{len(expected)} generated forms are up to date.")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only report stale forms")
    args = parser.parse_args(argv)
    if args.check:
        return check()
    expected = generate(OUTPUT)
    for path in orphans(expected):
        path.unlink()
        print(f"removed {path.relative_to(ROOT)}")
    print(f"compiled {len(expected)} forms into {OUTPUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
