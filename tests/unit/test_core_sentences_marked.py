"""The core's refusals reach the windows translatable (docs/translations.md).

The domain and the services are read as Python: an error they raise with a message written
in place (a literal or an f-string with words, or text built from them) must make that
message with `said(context, template)` instead, so that an English window can show it in
English. A field's path ("dossiers[0].id") is no sentence; a programmer's error
(`ValueError`, `TypeError`, ...) is never shown as such and may keep a plain message.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

CORE = Path(__file__).parents[2] / "src" / "maatwerkdesk"
PACKAGES = ("domain", "services")
PROGRAMMERS_ERRORS = {
    "AssertionError",
    "AttributeError",
    "KeyError",
    "LookupError",
    "NotImplementedError",
    "OSError",
    "RuntimeError",
    "TypeError",
    "ValueError",
}


def _callee(call: ast.Call) -> str:
    if isinstance(call.func, ast.Attribute):
        return call.func.attr
    return call.func.id if isinstance(call.func, ast.Name) else ""


def _written_in_place(node: ast.expr) -> bool:
    """Whether `node` builds text from literals rather than marking it with `said`."""
    if isinstance(node, ast.Constant):
        return isinstance(node.value, str) and " " in node.value.strip()
    if isinstance(node, ast.JoinedStr):  # words, not a field's path ("dossiers[0].id")
        return any(_written_in_place(part) for part in node.values)
    if isinstance(node, ast.BinOp):
        return _written_in_place(node.left) or _written_in_place(node.right)
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
        return _callee(node) != "format" and _written_in_place(node.func.value)
    return False


def unmarked(path: Path) -> list[tuple[int, str]]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        name = _callee(node)
        if not name.endswith("Error") or name in PROGRAMMERS_ERRORS:
            continue
        arguments = [*node.args, *(keyword.value for keyword in node.keywords)]
        if any(_written_in_place(argument) for argument in arguments):
            found.append((node.lineno, name))
    return found


def _modules() -> list[Path]:
    return sorted(p for package in PACKAGES for p in (CORE / package).rglob("*.py"))


@pytest.mark.parametrize("path", _modules(), ids=lambda p: p.relative_to(CORE).as_posix())
def test_the_core_raises_its_refusals_with_marked_sentences(path: Path) -> None:
    assert unmarked(path) == []


def test_the_guard_sees_a_message_written_in_place(tmp_path: Path) -> None:
    module = tmp_path / "module.py"
    module.write_text(
        "def f(ref):\n"
        "    raise DomainError(f'Dossier {ref} bestaat niet.')\n"
        "def g(ref):\n"
        "    raise ValidationError('naam', 'Vul een naam in.')\n"
        "def h(ref):\n"
        "    raise NotFoundError('Het dossier ' + ref + ' bestaat niet.')\n"
        "def i(ref):\n"
        "    raise DomainError(said('m', 'Dossier {ref} bestaat niet.').format(ref=ref))\n"
        "def j(ref):\n"
        "    raise ValueError(f'not a reference: {ref!r}')\n"
        "def k(index):\n"
        "    raise ValidationError(f'dossiers[{index}].id', said('m', 'Dit id is al gebruikt.'))\n",
        encoding="utf-8",
    )
    assert unmarked(module) == [(2, "DomainError"), (4, "ValidationError"), (6, "NotFoundError")]
