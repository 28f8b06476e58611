"""Bounds a catalogue file must keep before the TOML reader sees it.

Python's TOML reader recurses once per level of nested arrays and inline tables, converts
an integer of any length (and fails past the interpreter's 4,300 digits), and copies a
dotted key's prefix for every part, so one key of 100,000 parts takes gigabytes. A crafted
file of a few hundred kilobytes would crash or exhaust the program. One pass over the text
finds such constructs first, with the line they are on; a catalogue never needs them.

The pass knows just enough TOML to do that: strings (four kinds) and comments are skipped,
brackets and braces are counted, and dots are counted only where a key is expected.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from maatwerkdesk.domain.sentence import said
from maatwerkdesk.domain.text import dutch_number

MAX_NESTING = 16
"""Arrays and inline tables inside each other; a catalogue needs two."""
MAX_KEY_PARTS = 8
"""Parts of one dotted key or table name; a catalogue needs two ([[criteria.considerations]])."""
MAX_BARE_LENGTH = 64
"""Characters of one word outside quotes: a key, a number, a date or true/false."""
MAX_ELEMENTS = 20_000
"""Keys (each part of a dotted key), strings, table headers, array items and dots: what
the TOML reader keeps bookkeeping for. The largest shipped catalogue has about 1,800."""
MAX_LINES = 100_000
"""The largest shipped catalogue has 800; with the elements this bounds the pass itself."""

_WORD = r"[^\s\"'#\[\]{}=,.]"
_ORDINARY = rf"(?:[^\S\n]++|{_WORD}{{1,{MAX_BARE_LENGTH}}}+(?!{_WORD}))*+"
"""Blanks and words within the bound, skipped in one go before each token."""
_TOKEN = re.compile(
    _ORDINARY
    + "(?:"
    + "|".join(
        (
            r"(\n)",
            r"(\.)",
            r"([=,\[\]{}])",
            r"(#[^\n]*)",
            r'("""(?:[^"\\]|\\[\s\S]|"(?!""))*+"""(?:"{1,2}(?!"))?)',
            r"('''(?:[^']|'(?!''))*+'''(?:'{1,2}(?!'))?)",
            r'("(?:[^"\\\n]|\\[^\n])*+")',
            r"('[^'\n]*+')",
            r"([\"'])",
            rf"((?<!{_WORD}){_WORD}{{{MAX_BARE_LENGTH + 1},}})",
            r"(\Z)",
        )
    )
    + ")"
)
_NEWLINE, _DOT, _PUNCTUATION, _COMMENT, _UNTERMINATED, _LONG, _END = 1, 2, 3, 4, 9, 10, 11
"""Which group of _TOKEN matched. The end of the text is a token too, so that a search
never fails and restarts one character further (which would make the pass quadratic)."""


@dataclass(frozen=True)
class Excess:
    """A construct past one of the bounds, and the 1-based line it starts on."""

    line: int
    message: str


def find_excess(text: str) -> Excess | None:
    """The first construct in `text` that exceeds a bound, or None.

    A quote that starts no complete string ends the pass without a finding: the string
    patterns here accept everything TOML accepts (and more), so the TOML reader then
    stops at that very string with a syntax error, and nothing after it is read. Going on
    instead would cost a scan to the end of the text per such quote.
    """
    return _Scan(text).run()


class _Scan:
    def __init__(self, text: str) -> None:
        self.text = text
        self.line = 1
        self.open: list[str] = []
        """The brackets and braces open at this point; "h" for a table header."""
        self.in_key = True
        self.key_parts = 1
        self.elements = 0

    def run(self) -> Excess | None:
        for token in _TOKEN.finditer(self.text):
            kind = token.lastindex
            assert kind is not None  # every alternative of the pattern is a group
            excess = None
            if kind == _NEWLINE:
                excess = self._newline()
            elif kind == _DOT:
                in_key = self.in_key or self.open[-1:] == ["h"]
                excess = self._key_part() if in_key else self._element()
            elif kind == _PUNCTUATION:
                excess = self._punctuation(token.group(kind))
            elif kind == _LONG:
                excess = Excess(self.line, _LONG_WORD)
            elif kind in (_UNTERMINATED, _END):
                return None  # an unterminated string: the TOML reader names the line
            elif kind != _COMMENT:
                excess = self._element()  # a string
                self.line += self.text.count("\n", token.start(kind), token.end(kind))
            if excess is not None:
                return excess
        return None

    def _key_part(self) -> Excess | None:
        self.key_parts += 1
        if self.key_parts > MAX_KEY_PARTS:
            return Excess(self.line, _LONG_KEY)
        return self._element()

    def _element(self) -> Excess | None:
        self.elements += 1
        return Excess(self.line, _LARGE) if self.elements > MAX_ELEMENTS else None

    def _newline(self) -> Excess | None:
        self.line += 1
        if self.line > MAX_LINES:
            return Excess(self.line, _LONG_FILE)
        if self.open[-1:] == ["h"]:
            self.open.pop()  # a header ends on its line; the TOML reader says if not
        if not self.open:
            self._expect_key()
        return None

    def _punctuation(self, char: str) -> Excess | None:
        if char in "=,[{":
            excess = self._element()
            if excess is not None:
                return excess
        if char == "=":
            self.in_key = False
        elif char == "[" and self.in_key and not self.open:
            self.open.append("h")  # a table header; its second "[" adds nothing
            self.in_key = False
            self.key_parts = 1
        elif char in "[{":
            if self.open[-1:] == ["h"]:
                return None
            self.open.append(char)
            if len(self.open) > MAX_NESTING:
                return Excess(self.line, _DEEP)
            if char == "{":
                self._expect_key()
        elif char in "]}":
            if self.open:
                self.open.pop()
        elif char == "," and self.open[-1:] == ["{"]:
            self._expect_key()
        return None

    def _expect_key(self) -> None:
        self.in_key = True
        self.key_parts = 1


_DEEP = said(
    "toml_limits",
    "Hier zijn lijsten of tabellen meer dan {most} lagen diep in elkaar gezet; zo diep is een "
    "catalogus nooit. Controleer de haken [ ] en {{ }} op deze regel.",
).format(most=MAX_NESTING)
_LONG_KEY = said(
    "toml_limits",
    "Deze sleutel of tabelnaam bestaat uit meer dan {most} delen met punten; zo'n sleutel kent "
    "een catalogus niet.",
).format(most=MAX_KEY_PARTS)
_LARGE = said(
    "toml_limits",
    "Het bestand heeft tot hier al meer dan {most} sleutels, tabellen en waarden; zo groot is "
    "een catalogus niet.",
).format(most=dutch_number(MAX_ELEMENTS))
_LONG_FILE = said(
    "toml_limits",
    "Het bestand heeft meer dan {most} regels; zo groot is een catalogus niet.",
).format(most=dutch_number(MAX_LINES))
_LONG_WORD = said(
    "toml_limits",
    "Hier staat een woord of getal van meer dan {most} tekens zonder aanhalingstekens. Zet "
    "tekst tussen aanhalingstekens; een getal is nooit zo lang.",
).format(most=MAX_BARE_LENGTH)
