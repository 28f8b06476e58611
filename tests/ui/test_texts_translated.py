"""Every text the windows show goes through Qt's translation (docs/translations.md).

The windows' code is read as Python: a string literal that reads as words (a capital, then
letters, spaces and punctuation, no markup) must sit inside `tr()`,
`QCoreApplication.translate()` or `QT_TRANSLATE_NOOP()`, unless it is a docstring, a log
message, an object name or another string no user reads. What is left over is listed in
`NOT_SHOWN` with the reason, so a new text written without `tr()` fails here.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

UI = Path(__file__).parents[2] / "src" / "maatwerkdesk" / "ui"

WORDS = re.compile(r"[A-Z&À-Þ][^{};<>=_/\\|@#*+]*[a-zà-ÿ][^{};<>=_/\\|@#*+]*")
IDENTIFIERS = re.compile(r"[A-Z][a-z]*(?:[A-Z][a-z]*)+(?:, [A-Z][a-z]*(?:[A-Z][a-z]*)+)*")
"""Class names (as in `__all__`, or a style sheet's selectors)."""
TRANSLATING = {"tr", "translate", "QT_TRANSLATE_NOOP"}
NOT_FOR_READERS = {
    # logging, object and property names, styles, fonts, key sequences, typing
    "getLogger",
    "debug",
    "info",
    "warning",
    "exception",
    "error",
    "critical",
    "setObjectName",
    "setProperty",
    "property",
    "setStyleSheet",
    "setFamilies",
    "QFont",
    "QKeySequence",
    "TypeVar",
    "horizontalAdvance",
    # a programmer's error, never shown as such
    "LookupError",
    "ValueError",
    "TypeError",
    "KeyError",
    "RuntimeError",
}
NOT_SHOWN = {
    ("dossier_list/pane.py", "Terugvordering"): "a sample that sizes a column",
    ("dossier_list/pane.py", "Ter bespreking"): "a sample that sizes a column",
    ("dossier_list/pane.py", "F. El Amrani"): "a sample that sizes a column",
    ("errors.py", "Traceback (most recent call last):\n"): "a traceback, as Python words it",
    ("errors.py", "\nThe above exception led to the following one:\n\n"): "the same",
    ("theme.py", "Fusion"): "the name of Qt's style",
}


def _docstrings(tree: ast.AST) -> set[int]:
    """The ids of string statements: docstrings, of modules, classes, functions and
    attributes."""
    return {
        id(node.value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant)
    }


def _callee(call: ast.Call) -> str:
    if isinstance(call.func, ast.Attribute):
        return call.func.attr
    return call.func.id if isinstance(call.func, ast.Name) else ""


def untranslated(path: Path) -> list[tuple[int, str]]:
    """The literals of `path` that read as words a user would see, outside translation."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    parents = {child: node for node in ast.walk(tree) for child in ast.iter_child_nodes(node)}
    skip = _docstrings(tree)
    found = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Constant) or not isinstance(node.value, str):
            continue
        text = node.value
        if id(node) in skip or not WORDS.fullmatch(text.strip()) or IDENTIFIERS.fullmatch(text):
            continue
        calls, parent = [], parents.get(node)
        while parent is not None:
            if isinstance(parent, ast.Call):
                calls.append(_callee(parent))
            if isinstance(parent, ast.Assign) and any(
                isinstance(t, ast.Name) and t.id == "__all__" for t in parent.targets
            ):
                calls.append("__all__")
            parent = parents.get(parent)
        if TRANSLATING & set(calls) or (calls and calls[0] in NOT_FOR_READERS | {"__all__"}):
            continue
        found.append((node.lineno, text))
    return found


SOURCES = sorted(p for p in UI.rglob("*.py") if not p.name.startswith("ui_"))


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: str(p.relative_to(UI)))
def test_every_text_a_window_shows_is_translated(path: Path) -> None:
    where = path.relative_to(UI).as_posix()
    left = [
        f"{where}:{line}: {text!r}"
        for line, text in untranslated(path)
        if (where, text) not in NOT_SHOWN
    ]
    assert not left, "Put these texts through tr() (docs/translations.md):\n" + "\n".join(left)


def test_the_check_finds_a_text_written_without_tr(tmp_path: Path) -> None:
    source = tmp_path / "dialog.py"
    source.write_text(
        "class Dialog:\n"
        '    """Een venster."""\n'
        "    def build(self):\n"
        '        self.label.setText("Kies een dossier.")\n'
        '        self.title = f"Dossier {self.ref} opgeslagen"\n'
        '        self.ok.setText(self.tr("Opslaan"))\n'
        '        log.info("Dialog built")\n'
        '        self.setObjectName("Dialog")\n',
        encoding="utf-8",
    )
    assert untranslated(source) == [(4, "Kies een dossier."), (5, "Dossier ")]


def test_every_exception_is_still_in_the_code() -> None:
    for where, text in NOT_SHOWN:
        assert text in [found for _line, found in untranslated(UI / where)], (where, text)
