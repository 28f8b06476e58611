"""Gather the translatable texts into translations/*.ts and compile them into .qm files.

    .venv/bin/python scripts/build_translations.py           update the .ts files, compile
    .venv/bin/python scripts/build_translations.py --check   exit 1 if a translation is
                                                             missing, unfinished or stale

Dutch is the source language. pyside6-lupdate finds the texts of the Designer forms
(forms/**/*.ui) and every tr() / QT_TRANSLATE_NOOP in the windows' code
(src/maatwerkdesk/ui/**/*.py; the generated ui_*.py are their forms again), and the
sentences the core marks for a window to show (`said(context, template)` and
QT_TRANSLATE_NOOP in src/maatwerkdesk/domain and services), and adds the new ones to each
.ts as unfinished; a translator fills them in. pyside6-lrelease compiles
each .ts into resources/i18n/maatwerkdesk_<language>.qm, committed like the generated
forms, so that running and packaging the app need no build step. `--check` (run by the
test command) makes sure no text goes to a user untranslated.
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCE_LANGUAGE = "nl"
TARGET_LANGUAGES = ("en",)
CATALOGUE = "maatwerkdesk"


@dataclass(frozen=True)
class Layout:
    """Where the sources, the .ts files and the .qm files are (a copy in the tests)."""

    root: Path

    @property
    def forms(self) -> Path:
        return self.root / "forms"

    @property
    def code(self) -> Path:
        return self.root / "src" / "maatwerkdesk" / "ui"

    @property
    def ts_folder(self) -> Path:
        return self.root / "translations"

    @property
    def qm_folder(self) -> Path:
        return self.root / "resources" / "i18n"

    def ts(self, language: str) -> Path:
        return self.ts_folder / f"{CATALOGUE}_{language}.ts"

    def qm(self, language: str) -> Path:
        return self.qm_folder / f"{CATALOGUE}_{language}.qm"

    @property
    def core(self) -> list[Path]:
        """The packages whose sentences the windows show."""
        return [self.root / "src" / "maatwerkdesk" / name for name in ("domain", "services")]

    def sources(self) -> list[Path]:
        forms = sorted(self.forms.rglob("*.ui"))
        generated = self.code / "forms"
        code = sorted(p for p in self.code.rglob("*.py") if generated not in p.parents)
        return [*forms, *code, *(p for folder in self.core for p in sorted(folder.rglob("*.py")))]


def tool(name: str) -> str:
    """A Qt tool of the running interpreter's environment, so versions never mix."""
    folder = Path(sys.executable).parent
    for candidate in (name, f"{name}.exe"):
        if (folder / candidate).is_file():
            return str(folder / candidate)
    found = shutil.which(name)
    if found is None:
        sys.exit(f"build_translations: {name} not found; install the project into this environment")
    return found


def run(command: list[str], cwd: Path) -> None:
    result = subprocess.run(
        command, cwd=cwd, capture_output=True, text=True, encoding="utf-8", check=False
    )
    if result.returncode != 0:
        sys.exit(f"build_translations: {Path(command[0]).name} failed:\n{result.stderr}")


def update_ts(layout: Layout, ts: Path, language: str) -> None:
    """Merge the sources' texts into `ts`: new ones unfinished, vanished ones dropped. No
    locations, and messages sorted, so that a diff shows only the texts that changed."""
    ts.parent.mkdir(parents=True, exist_ok=True)
    sources = [path.relative_to(layout.root).as_posix() for path in layout.sources()]
    options = ["-silent", "-no-obsolete", "-locations", "none", "-sort-messages"]
    options += ["-tr-function-alias", "translate+=said"]  # domain/sentence.py
    languages = ["-source-language", SOURCE_LANGUAGE, "-target-language", language]
    run([tool("pyside6-lupdate"), *options, *languages, *sources, "-ts", str(ts)], layout.root)


def compile_qm(layout: Layout, ts: Path, qm: Path) -> None:
    qm.parent.mkdir(parents=True, exist_ok=True)
    run([tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], layout.root)


def unfinished(ts: Path) -> list[str]:
    """The messages in `ts` without a finished translation, as 'context: source'."""
    return [
        f"{context.findtext('name')}: {message.findtext('source')!r}"
        for context in ET.parse(ts).getroot().iter("context")
        for message in context.iter("message")
        if message.find("translation") is None
        or message.find("translation").get("type") is not None  # unfinished, vanished
    ]


FIELD = re.compile(r"(?<!\{)\{([A-Za-z_][A-Za-z0-9_]*)?[^{}]*\}")


def misfits(ts: Path) -> list[str]:
    """Translations that name other fields than their source ("{ref}" in the Dutch, "{id}"
    in the translation): filling them in would fail in the window."""
    found = []
    for context in ET.parse(ts).getroot().iter("context"):
        for message in context.iter("message"):
            source, translation = message.findtext("source") or "", message.findtext("translation")
            if translation and sorted(FIELD.findall(source)) != sorted(FIELD.findall(translation)):
                found.append(f"{context.findtext('name')}: {source!r}")
    return found


def problems(layout: Layout) -> list[str]:
    """How the translations differ from what a build would make of them (which updates a
    copy of each .ts, and compiles that)."""
    found: list[str] = []
    with tempfile.TemporaryDirectory() as folder:
        for language in TARGET_LANGUAGES:
            ts, qm = layout.ts(language), layout.qm(language)
            shown = ts.relative_to(layout.root).as_posix()
            if not ts.is_file():
                found.append(f"{shown} is missing")
                continue
            fresh_ts, fresh_qm = Path(folder) / ts.name, Path(folder) / qm.name
            shutil.copyfile(ts, fresh_ts)
            update_ts(layout, fresh_ts, language)
            if fresh_ts.read_bytes() != ts.read_bytes():
                found.append(f"{shown} is not up to date with the texts of the sources")
            found += [f"untranslated in {shown}: {text}" for text in unfinished(fresh_ts)]
            found += [f"other fields in {shown}: {text}" for text in misfits(fresh_ts)]
            compile_qm(layout, ts, fresh_qm)
            if not qm.is_file() or qm.read_bytes() != fresh_qm.read_bytes():
                found.append(
                    f"{qm.relative_to(layout.root).as_posix()} is not compiled from {shown}"
                )
    return found


def build(layout: Layout) -> None:
    for language in TARGET_LANGUAGES:
        ts, qm = layout.ts(language), layout.qm(language)
        update_ts(layout, ts, language)
        compile_qm(layout, ts, qm)
        left = unfinished(ts)
        print(f"{ts.relative_to(layout.root).as_posix()}: {len(left)} texts to translate")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only report what is not up to date")
    parser.add_argument(
        "--root", type=Path, default=ROOT, help="the project to work on (default: this one)"
    )
    args = parser.parse_args(argv)
    layout = Layout(args.root.resolve())
    if not args.check:
        build(layout)
        return 0
    found = problems(layout)
    if found:
        advice = "run scripts/build_translations.py, and translate what is unfinished"
        lines = [f"Translations not up to date ({advice}):", *(f"  {p}" for p in found)]
        print("\n".join(lines), file=sys.stderr)
        return 1
    print(f"Translations into {', '.join(TARGET_LANGUAGES)} are complete and compiled.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
