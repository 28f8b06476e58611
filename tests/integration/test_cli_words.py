"""Every mistake on the command line, and every verb's help, in Dutch.

The mistakes are made for each verb from its own parser (a new verb is walked too): a
required argument left out, an unknown option, a value not among the choices, a word
for a number, an option without its value, a value for an option that takes none, two
options that exclude each other, an abbreviation that fits two options. Each ends with
exit code 2: the usage (`gebruik: …`), and one sentence without a word of argparse's
English. Run through `main`, as the process runs it, and once as a real process.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from argparse_words import english_in

from maatwerkdesk.__main__ import main
from maatwerkdesk.arguments import build_parser
from maatwerkdesk.dutch_argparse import whole_number


def parsers() -> Iterator[tuple[list[str], argparse.ArgumentParser]]:
    """Each parser with the words that reach it: [] for the whole, ["users", "add"], …"""
    pending: list[tuple[list[str], argparse.ArgumentParser]] = [([], build_parser())]
    while pending:
        path, parser = pending.pop(0)
        yield path, parser
        for action in parser._actions:
            if isinstance(action, argparse._SubParsersAction):
                pending += [([*path, name], sub) for name, sub in action.choices.items()]


def options(parser: argparse.ArgumentParser) -> list[argparse.Action]:
    return [a for a in parser._actions if a.option_strings and a.dest != "help"]


def _takes_a_value(action: argparse.Action) -> bool:
    return action.nargs is None and not isinstance(action, argparse._VersionAction)


def mistakes() -> Iterator[tuple[str, list[str]]]:
    """(what, argv) for every mistake each parser can be given."""
    for path, parser in parsers():
        name = " ".join(path) or "maatwerkdesk"
        required = [a for a in parser._actions if a.required] + [
            g for g in parser._mutually_exclusive_groups if g.required
        ]
        if path and required:
            yield f"{name}: required", path
        yield f"{name}: unknown option", [*path, "--onbekend"]
        for action in parser._actions:
            option = action.option_strings[-1] if action.option_strings else None
            if action.choices is not None:
                yield f"{name}: choice of {action.dest}", [*path, *filter(None, [option]), "onzin"]
            if action.type is whole_number or action.type is int:
                yield f"{name}: number {option}", [*path, str(option), "veel"]
        for action in options(parser):
            option = action.option_strings[-1]
            if _takes_a_value(action):
                yield f"{name}: no value for {option}", [*path, option]
            elif action.nargs == 0 and not isinstance(action, argparse._VersionAction):
                yield f"{name}: a value for {option}", [*path, f"{option}=ja"]
        for group in parser._mutually_exclusive_groups:
            both = [[a.option_strings[-1], "x"] for a in group._group_actions[:2]]
            yield f"{name}: both of a group", [*path, *both[0], *both[1]]
        longs = sorted(o for a in options(parser) for o in a.option_strings if o[:2] == "--")
        shared = {o[:3] for o in longs if sum(x.startswith(o[:3]) for x in longs) > 1}
        for prefix in sorted(shared):
            yield f"{name}: ambiguous {prefix}", [*path, prefix, "x"]


MISTAKES = dict(mistakes())


def test_the_walk_makes_every_kind_of_mistake() -> None:
    """The walk above reaches what the verbs have: if it stopped, the tests below would pass
    on nothing."""
    kinds = {what.split(": ")[1].split(" ")[0] for what in MISTAKES}
    assert kinds == {
        "required",
        "unknown",
        "choice",
        "number",
        "no",
        "a",
        "both",
        "ambiguous",
    }
    assert len([what for what in MISTAKES if what.endswith(": required")]) >= 15


@pytest.mark.parametrize("argv", list(MISTAKES.values()), ids=list(MISTAKES))
def test_a_mistake_gets_the_usage_and_one_dutch_sentence(
    argv: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as ended:
        main(argv)
    assert ended.value.code == 2
    out, err = capsys.readouterr()
    assert out == ""
    *usage, sentence = err.splitlines()
    assert usage[0].startswith("gebruik: maatwerkdesk")
    assert all(line.startswith(" ") for line in usage[1:])
    prog = usage[0].removeprefix("gebruik: ").split(" [")[0]
    assert sentence.startswith(f"{prog}: ") and sentence.endswith(f"zie ‘{prog} --help’.")
    assert english_in(err) == set(), err


@pytest.mark.parametrize(
    ("argv", "sentence"),
    [
        (
            ["export", "MW-2026-00001"],
            "maatwerkdesk export: geef een van deze opties op: --json --pdf --letter; "
            "zie ‘maatwerkdesk export --help’.",
        ),
        (
            ["demo", "--cases", "veel"],
            "maatwerkdesk demo: bij --cases: 'veel' is geen geheel getal; "
            "zie ‘maatwerkdesk demo --help’.",
        ),
        (
            ["assess", "MW-2026-00001", "--outcome", "afwijken"],
            "maatwerkdesk assess: bij --outcome: 'afwijken' bestaat niet; kies uit 'deviate', "
            "'generic'; zie ‘maatwerkdesk assess --help’.",
        ),
        (
            ["users", "add"],
            "maatwerkdesk users add: verplicht maar niet opgegeven: NAAM, --role; "
            "zie ‘maatwerkdesk users add --help’.",
        ),
        (
            ["export", "MW-2026-00001", "--json", "a.json", "--pdf", "b.pdf"],
            "maatwerkdesk export: bij --pdf: gaat niet samen met --json; "
            "zie ‘maatwerkdesk export --help’.",
        ),
        (
            ["lijst"],
            "maatwerkdesk: bij OPDRACHT: 'lijst' bestaat niet; kies uit 'demo', 'list',",
        ),
    ],
)
def test_the_sentences_read_well(
    argv: list[str], sentence: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit):
        main(argv)
    assert capsys.readouterr().err.splitlines()[-1].startswith(sentence)


@pytest.mark.parametrize(
    "path", [path for path, _ in parsers()], ids=lambda path: " ".join(path) or "maatwerkdesk"
)
def test_the_help_of_every_verb_is_dutch(
    path: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as ended:
        main([*path, "--help"])
    assert ended.value.code == 0
    out = capsys.readouterr().out
    assert out.startswith(f"gebruik: {' '.join(['maatwerkdesk', *path])}")
    assert "\nopties:\n" in out and "toon deze hulp en stop" in out
    assert english_in(out) == set(), out


def test_a_real_process_says_it_in_dutch_too(tmp_path: Path) -> None:
    profile = tmp_path / "profiel"
    result = subprocess.run(
        [sys.executable, "-m", "maatwerkdesk", "--profile", str(profile), "export", "X"],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env={**os.environ, "PYTHONUTF8": "1"},
        timeout=60,
        check=False,
    )
    assert result.returncode == 2
    assert result.stderr.startswith("gebruik: maatwerkdesk export")
    assert "geef een van deze opties op: --json --pdf" in result.stderr
    assert english_in(result.stderr) == set()
    assert not profile.exists()  # a mistake sets nothing up
