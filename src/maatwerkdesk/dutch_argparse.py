"""argparse in Dutch: its headings, its help option and every error a user can cause.

argparse takes each of its own words from gettext's `_` (and `ngettext`), which it looks up
in its module whenever it needs one, and fills in the names and values after. So a
`DutchArgumentParser` puts Dutch versions of those two functions into argparse's module
while it builds, parses or formats, and puts the originals back after. They answer in Dutch
only inside that call, on its thread (a context variable says so): another thread meanwhile
gets argparse's English, and so does any other parser after. Nothing is changed outside
these calls.

`DUTCH` holds argparse's message templates as Python 3.11 spells them; a template it lacks
stays English, which tests/unit/test_dutch_argparse.py catches for every template in the
argparse at hand.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from datetime import date, datetime
from typing import Any, NoReturn

DUTCH: dict[str, str] = {
    # help
    "usage: ": "gebruik: ",
    "positional arguments": "argumenten",
    "options": "opties",
    "subcommands": "opdrachten",
    "show this help message and exit": "toon deze hulp en stop",
    "show program's version number and exit": "toon het versienummer en stop",
    # errors: what follows "maatwerkdesk VERB: "
    "%(prog)s: error: %(message)s\n": "%(prog)s: %(message)s\n",
    "argument %(argument_name)s: %(message)s": "bij %(argument_name)s: %(message)s",
    "invalid choice: %(value)r (choose from %(choices)s)": (
        "%(value)r bestaat niet; kies uit %(choices)s"
    ),
    "invalid %(type)s value: %(value)r": "%(value)r is geen geldige waarde",
    "unknown parser %(parser_name)r (choices: %(choices)s)": (
        "%(parser_name)r bestaat niet; kies uit %(choices)s"
    ),
    "unrecognized arguments: %s": "dit hoort niet bij de opdracht: %s",
    "the following arguments are required: %s": "verplicht maar niet opgegeven: %s",
    "one of the arguments %s is required": "geef een van deze opties op: %s",
    "not allowed with argument %s": "gaat niet samen met %s",
    "ignored explicit argument %r": "neemt geen waarde, maar kreeg %r",
    "expected one argument": "geef er één waarde bij",
    "expected at most one argument": "geef er hoogstens één waarde bij",
    "expected at least one argument": "geef er minstens één waarde bij",
    "ambiguous option: %(option)s could match %(matches)s": (
        "%(option)s kan meer dan één optie zijn: %(matches)s"
    ),
    "unexpected option string: %s": "onverwachte optie %s",
    "can't open '%(filename)s': %(error)s": "kan '%(filename)s' niet openen: %(error)s",
}
"""argparse's templates, English → Dutch, with the same placeholders."""

DUTCH_PLURALS: dict[tuple[str, str], tuple[str, str]] = {
    ("expected %s argument", "expected %s arguments"): (
        "geef er %s waarde bij",
        "geef er %s waarden bij",
    ),
}
"""argparse's `ngettext` templates (singular, plural) → Dutch."""

_ARGPARSE: dict[str, Any] = vars(argparse)
_ENGLISH: Callable[[str], str] = _ARGPARSE["_"]
_ENGLISH_PLURAL: Callable[[str, str, int], str] = _ARGPARSE["ngettext"]
_speaking_dutch: ContextVar[bool] = ContextVar("argparse_speaks_dutch", default=False)


def _gettext(message: str) -> str:
    if not _speaking_dutch.get():
        return _ENGLISH(message)
    return DUTCH.get(message, message)


def _ngettext(singular: str, plural: str, count: int) -> str:
    if not _speaking_dutch.get():
        return _ENGLISH_PLURAL(singular, plural, count)
    dutch = DUTCH_PLURALS.get((singular, plural), (singular, plural))
    return dutch[0] if count == 1 else dutch[1]


@contextmanager
def in_dutch() -> Iterator[None]:
    """argparse speaks Dutch to what runs inside (on this thread), and English again after."""
    if _speaking_dutch.get():  # a parser within a parser: already so
        yield
        return
    token = _speaking_dutch.set(True)
    saved = _ARGPARSE["_"], _ARGPARSE["ngettext"]
    _ARGPARSE["_"], _ARGPARSE["ngettext"] = _gettext, _ngettext
    try:
        yield
    finally:
        _ARGPARSE["_"], _ARGPARSE["ngettext"] = saved
        _speaking_dutch.reset(token)


class DutchArgumentParser(argparse.ArgumentParser):
    """An ArgumentParser whose own words are Dutch (its sub-parsers are of this class too).

    A mistake ends with exit code 2: the usage, then one sentence that says what is wrong
    and where to read more."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        with in_dutch():
            super().__init__(*args, **kwargs)

    def parse_args(self, *args: Any, **kwargs: Any) -> Any:
        with in_dutch():
            return super().parse_args(*args, **kwargs)

    def parse_known_args(self, *args: Any, **kwargs: Any) -> Any:
        with in_dutch():
            return super().parse_known_args(*args, **kwargs)

    def format_usage(self) -> str:
        with in_dutch():
            return super().format_usage()

    def format_help(self) -> str:
        with in_dutch():
            return super().format_help()

    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        self.exit(2, f"{self.prog}: {message}; zie ‘{self.prog} --help’.\n")


def whole_number(text: str) -> int:
    """An argument type: an int, and for anything else a Dutch sentence in place of
    argparse's "invalid int value"."""
    try:
        return int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is geen geheel getal") from None


def calendar_date(text: str) -> date:
    """An argument type: a day as 2026-12-31 or 31-12-2026, else a Dutch sentence."""
    for form in ("%Y-%m-%d", "%d-%m-%Y"):
        try:
            return datetime.strptime(text.strip(), form).date()
        except ValueError:
            continue
    raise argparse.ArgumentTypeError(
        f"{text!r} is geen datum; schrijf bijvoorbeeld 2026-12-31 of 31-12-2026"
    )
