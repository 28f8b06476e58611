"""The README and the docs describe the program as it is: every verb of the command line is
in the README, every document in docs/ is named there, and every link between them leads to
a file of the repository."""

from __future__ import annotations

import argparse
import re
from pathlib import Path

import pytest

from maatwerkdesk import arguments

ROOT = Path(__file__).parents[2]
README = (ROOT / "README.md").read_text(encoding="utf-8")
DOCUMENTS = sorted((ROOT / "docs").glob("*.md"))
LINK = re.compile(r"\]\(([^)\s]+)\)")


def section(text: str, title: str) -> str:
    start = text.index(f"\n## {title}\n")
    end = text.find("\n## ", start + 1)
    return text[start : end if end != -1 else len(text)]


def subparsers(parser: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
    found: dict[str, argparse.ArgumentParser] = {}
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            found.update(action.choices)
    return found


def every_verb() -> list[str]:
    """Each verb, and each verb with its action ("catalogue add"), as typed."""
    verbs = []
    for verb, parser in subparsers(arguments.build_parser()).items():
        actions = subparsers(parser)
        verbs += [f"{verb} {action}" for action in actions] if actions else [verb]
    return verbs


def test_the_verbs_are_read_from_the_parser() -> None:
    verbs = every_verb()
    assert {"list", "assess", "sync", "catalogue add", "precedents import"} <= set(verbs)
    assert "catalogue" not in verbs  # a verb with actions is named with each of them


@pytest.mark.parametrize("verb", every_verb())
def test_the_readme_shows_every_verb(verb: str) -> None:
    commands = section(README, "Command line")
    lines = [line.split("#")[0] for line in commands.splitlines() if "maatwerkdesk" in line]
    lines += [line.split("#", 1)[1] for line in commands.splitlines() if "#" in line]
    pattern = re.compile(rf"(^|\s){re.escape(verb)}(\s|$)")
    assert any(pattern.search(line) for line in lines), f"README names no '{verb}'"


@pytest.mark.parametrize("document", DOCUMENTS, ids=lambda path: path.name)
def test_the_readme_names_every_document(document: Path) -> None:
    assert f"](docs/{document.name})" in section(README, "Documentation")


@pytest.mark.parametrize("source", [ROOT / "README.md", *DOCUMENTS], ids=lambda path: path.name)
def test_every_link_leads_to_a_file_of_the_repository(source: Path) -> None:
    for target in LINK.findall(source.read_text(encoding="utf-8")):
        if target.startswith(("http://", "https://", "mailto:", "#")):
            continue
        path = (source.parent / target.split("#")[0]).resolve()
        assert path.is_relative_to(ROOT), f"{source.name} links outside the repository: {target}"
        assert path.exists(), f"{source.name} links to a missing file: {target}"
