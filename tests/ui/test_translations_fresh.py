"""The committed translations hold every text of the forms and the code, translated, and the
.qm files are compiled from them (scripts/build_translations.py --check)."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "scripts" / "build_translations.py"
TS = Path("translations") / "maatwerkdesk_en.ts"
QM = Path("resources") / "i18n" / "maatwerkdesk_en.qm"


def check(root: Path = ROOT) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(SCRIPT), "--check", "--root", str(root)],
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_the_translations_are_complete_and_compiled() -> None:
    result = check()
    assert result.returncode == 0, result.stderr


def project_copy(tmp_path: Path) -> Path:
    """What the check reads, copied: the forms, the windows' and the services' code and the
    translations."""
    folders = ("forms", "src/maatwerkdesk/ui", "src/maatwerkdesk/services", "translations")
    for folder in (*folders, "resources/i18n"):
        shutil.copytree(
            ROOT / folder, tmp_path / folder, ignore=shutil.ignore_patterns("__pycache__")
        )
    return tmp_path


def test_a_new_text_in_the_code_fails_the_check_until_it_is_translated(tmp_path: Path) -> None:
    root = project_copy(tmp_path)
    (root / "src/maatwerkdesk/ui/new_dialog.py").write_text(
        "class NewDialog:\n    def title(self):\n        return self.tr('Een nieuwe vraag')\n",
        encoding="utf-8",
    )
    result = check(root)
    assert result.returncode == 1
    assert f"{TS.as_posix()} is not up to date" in result.stderr
    assert "untranslated in translations/maatwerkdesk_en.ts: NewDialog: 'Een nieuwe vraag'" in (
        result.stderr
    )


def test_a_translation_changed_without_compiling_fails_the_check(tmp_path: Path) -> None:
    root = project_copy(tmp_path)
    ts = root / TS
    text = ts.read_text(encoding="utf-8")
    assert "<translation>&amp;File</translation>" in text
    ts.write_text(text.replace(">&amp;File<", ">&amp;Files<"), encoding="utf-8")
    result = check(root)
    assert result.returncode == 1
    assert result.stderr.splitlines()[-1].strip() == (
        f"{QM.as_posix()} is not compiled from {TS.as_posix()}"
    )


def test_an_unfinished_translation_fails_the_check(tmp_path: Path) -> None:
    root = project_copy(tmp_path)
    ts = root / TS
    text = ts.read_text(encoding="utf-8")
    unfinished = '<translation type="unfinished">&amp;File</translation>'
    ts.write_text(
        text.replace("<translation>&amp;File</translation>", unfinished), encoding="utf-8"
    )
    result = check(root)
    assert result.returncode == 1
    assert "untranslated in translations/maatwerkdesk_en.ts: MainWindow: '&Bestand'" in (
        result.stderr
    )
