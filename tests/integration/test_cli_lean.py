"""A verb loads only what it needs: Qt never, reportlab only for a PDF.

Every verb runs in one real process here (through `__main__.main`, as the `maatwerkdesk`
command does), and the process then reports which of the heavy libraries it imported. The
PDF export runs in a process of its own as the counter-check: there reportlab must show up,
so the check itself can see an import.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import maatwerkdesk.resources

HEAVY = ["PySide6", "shiboken6", "reportlab"]
CATALOGUE = (
    Path(maatwerkdesk.resources.__file__).parent / "catalogues" / "factoren-algemeen-2026.1.toml"
)

# Runs the verbs given as JSON one after the other in this process; {ref} is the first
# dossier of the list. Prints each exit code, then the heavy top-level modules loaded.
DRIVER = """
import contextlib, io, json, sys
from maatwerkdesk.__main__ import main

profile, verbs, heavy = sys.argv[1], json.loads(sys.argv[2]), json.loads(sys.argv[3])
codes, reference = [], ""
for verb in verbs:
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        codes.append(main(["--profile", profile, *(a.format(ref=reference) for a in verb)]))
    if verb == ["list", "--json"] and not reference:
        reference = json.loads(out.getvalue())[0]["reference"]
loaded = sorted({name.split(".")[0] for name in sys.modules} & set(heavy))
print(json.dumps({"codes": codes, "loaded": loaded}))
"""


def run_verbs(profile: Path, verbs: list[list[str]]) -> dict[str, Any]:
    result = subprocess.run(
        [sys.executable, "-c", DRIVER, str(profile), json.dumps(verbs), json.dumps(HEAVY)],
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.splitlines()[-1])


def test_verbs_without_pdf_load_neither_qt_nor_reportlab(tmp_path: Path) -> None:
    exported = tmp_path / "dossier.json"
    expected = [  # each verb with its exit code: every one got as far as its real work
        (["demo", "--cases", "3", "--seed", "5"], 0),
        (["list", "--json"], 0),
        (["list", "--status", "analyse"], 0),
        (["assess", "{ref}", "--json"], 0),
        (["export", "{ref}", "--json", str(exported)], 0),
        (["verify", str(exported)], 2),  # read and checked: it holds no signed decision
        (["import", str(exported)], 2),  # read and checked: that dossier exists already
        (["meetings", "--json"], 0),
        (["users", "list", "--json"], 0),
        (["users", "keys"], 0),
        (["catalogue", "validate", str(CATALOGUE)], 0),
        (["catalogue", "list", "--json"], 0),
        (["audit", "verify"], 0),
    ]
    report = run_verbs(tmp_path / "profile", [verb for verb, _ in expected])
    assert report["codes"] == [code for _, code in expected]
    assert report["loaded"] == []


def test_the_pdf_export_does_load_reportlab(tmp_path: Path) -> None:
    verbs = [
        ["demo", "--cases", "1", "--seed", "5"],
        ["list", "--json"],
        ["export", "{ref}", "--pdf", str(tmp_path / "besluit.pdf")],
    ]
    report = run_verbs(tmp_path / "profile", verbs)
    assert report["codes"] == [0, 0, 0]
    assert report["loaded"] == ["reportlab"]
