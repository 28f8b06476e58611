"""argparse's own words in Dutch, for the program's parsers only (maatwerkdesk/dutch_argparse.py)."""

from __future__ import annotations

import argparse
import re
import threading

import pytest
from argparse_words import PLACEHOLDER, argparse_templates, english_in

from maatwerkdesk.dutch_argparse import DUTCH, DUTCH_PLURALS, DutchArgumentParser, whole_number

BUILDING_MISTAKES = {
    ".__call__() not defined",
    "'required' is an invalid argument for positionals",
    "mutually exclusive arguments must be optional",
    "%r is not callable",
    "cannot merge actions - two groups are named %r",
    "invalid option string %(option)r: must start with a character %(prefix_chars)r",
    "dest= is required for options like %r",
    "invalid conflict_resolution value: %r",
    "cannot have multiple subparser arguments",
    "conflicting subparser: %s",
    "conflicting subparser alias: %s",
    'argument "-" with mode %r',
    ("conflicting option string: %s", "conflicting option strings: %s"),
}
"""argparse's messages about a parser built wrongly: a programmer's, never a user's."""


def test_every_message_a_user_can_cause_has_its_dutch() -> None:
    """A newer Python's argparse with a message of its own fails here until it has one."""
    templates = argparse_templates()
    assert len(templates) > 30  # the walk found them
    untranslated = templates - set(DUTCH) - set(DUTCH_PLURALS) - BUILDING_MISTAKES
    assert untranslated == set()


@pytest.mark.parametrize("english", sorted(DUTCH))
def test_the_dutch_keeps_the_placeholders_and_drops_the_english(english: str) -> None:
    """Named values may be left out (argparse fills them in by name), none added; as many
    values by position."""
    dutch = DUTCH[english]
    ours, theirs = re.findall(PLACEHOLDER, dutch), re.findall(PLACEHOLDER, english)
    assert set(ours) <= set(theirs) and ours.count("") == theirs.count("")
    assert english_in(dutch) == set()


def test_the_plurals_too() -> None:
    for een, meer in DUTCH_PLURALS.values():
        assert english_in(een % 1) == english_in(meer % 2) == set()


def test_a_mistake_is_told_in_dutch_with_where_to_read_more(
    capsys: pytest.CaptureFixture[str],
) -> None:
    parser = DutchArgumentParser(prog="maatwerkdesk")
    parser.add_argument("--aantal", type=int)
    with pytest.raises(SystemExit) as ended:
        parser.parse_args(["--aantal", "veel"])
    assert ended.value.code == 2
    err = capsys.readouterr().err
    assert err == (
        "gebruik: maatwerkdesk [-h] [--aantal AANTAL]\n"
        "maatwerkdesk: bij --aantal: 'veel' is geen geldige waarde; "
        "zie ‘maatwerkdesk --help’.\n"
    )


def test_other_parsers_keep_their_english_meanwhile_and_after(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """The Dutch is for the program's parsers: not for another parser in the process, not
    for one that works on another thread while a Dutch one parses, nor after it."""
    seen_elsewhere: list[str] = []

    def other_thread_formats(text: str) -> str:
        def build_and_format() -> None:
            seen_elsewhere.append(argparse.ArgumentParser(prog="ander").format_help())

        worker = threading.Thread(target=build_and_format)
        worker.start()
        worker.join()
        return text

    dutch = DutchArgumentParser(prog="maatwerkdesk")
    dutch.add_argument("--naam", type=other_thread_formats)
    dutch.parse_args(["--naam", "x"])  # the type runs while the parser speaks Dutch
    assert seen_elsewhere[0].startswith("usage: ander") and "show this help" in seen_elsewhere[0]

    with pytest.raises(SystemExit):
        dutch.parse_args(["--onbekend"])
    assert "dit hoort niet bij de opdracht" in capsys.readouterr().err
    plain = argparse.ArgumentParser(prog="ander")
    with pytest.raises(SystemExit):
        plain.parse_args(["--onbekend"])
    assert "ander: error: unrecognized arguments: --onbekend" in capsys.readouterr().err
    assert plain.format_help().startswith("usage: ander")
    assert vars(argparse)["_"].__module__ == "gettext"  # argparse's own functions are back


def test_the_help_of_a_dutch_parser_is_dutch() -> None:
    parser = DutchArgumentParser(prog="maatwerkdesk", description="Beschrijving.")
    parser.add_argument("kenmerk", help="het kenmerk")
    parser.add_argument("--json", action="store_true", help="uitvoer als JSON")
    text = parser.format_help()
    assert text.startswith("gebruik: maatwerkdesk [-h] [--json] kenmerk")
    assert "\nargumenten:\n" in text and "\nopties:\n" in text
    assert "toon deze hulp en stop" in text
    assert english_in(text) == set()


@pytest.mark.parametrize(("text", "number"), [("40", 40), ("-3", -3), (" 7 ", 7)])
def test_a_whole_number_is_read_as_int(text: str, number: int) -> None:
    assert whole_number(text) == number


@pytest.mark.parametrize("text", ["veel", "4.5", ""])
def test_anything_else_is_no_whole_number_in_dutch(text: str) -> None:
    with pytest.raises(argparse.ArgumentTypeError, match="is geen geheel getal"):
        whole_number(text)
