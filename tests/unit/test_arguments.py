"""A desktop start parses its options without building the verbs' parsers, to the same end."""

from __future__ import annotations

import argparse
import contextlib

import pytest

from maatwerkdesk import arguments

DESKTOP = [
    [],
    ["--demo"],
    ["--profile", "/tmp/profiel", "--db", "postgresql://team@server/maatwerk", "--verbose"],
    ["--db=dossiers.sqlite3", "--profile=p", "--demo", "--verbose"],
    ["--db="],
    ["--db", "nieuw.sqlite3", "--create"],
    ["--quit-when-started", "--demo"],
]
OTHERS = [
    ["list", "--json"],
    ["--profile", "p", "demo", "--cases", "3"],
    ["--db", "list"],  # a verb's name as a value: still the desktop
]


@pytest.mark.parametrize("argv", DESKTOP + OTHERS)
def test_the_outcome_is_what_the_whole_parser_gives(argv: list[str]) -> None:
    assert arguments.parse(argv) == arguments.build_parser().parse_args(argv)


@pytest.mark.parametrize("argv", [*DESKTOP, ["--db", "list"]])
def test_a_desktop_start_builds_no_verb(argv: list[str], monkeypatch: pytest.MonkeyPatch) -> None:
    def refused() -> argparse.ArgumentParser:
        raise AssertionError("the verbs' parsers were built")

    monkeypatch.setattr(arguments, "build_parser", refused)
    assert arguments.parse(argv).verb is None


@pytest.mark.parametrize(
    "argv",
    [
        ["--help"],
        ["--version"],
        ["--prof", "p"],  # an abbreviation: argparse decides
        ["--db"],
        ["--db", "--demo"],
        ["--verbose=ja"],
        ["--demo", "lijst"],
    ],
)
def test_anything_else_goes_to_the_whole_parser(
    argv: list[str], monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    built: list[argparse.ArgumentParser] = []
    whole = arguments.build_parser

    def spied() -> argparse.ArgumentParser:
        built.append(whole())
        return built[-1]

    monkeypatch.setattr(arguments, "build_parser", spied)
    with contextlib.suppress(SystemExit):  # help, version, or a mistake reported as always
        arguments.parse(argv)
    assert len(built) == 1
    if argv == ["--help"]:
        assert "OPDRACHT" in capsys.readouterr().out  # the help lists the verbs
