"""User text into reportlab paragraphs, never read as markup.

Paragraph text is reportlab's mini-markup: a caseworker's "<b>" or "&amp;" must print as
typed. Characters that cannot be printed (control characters, lone surrogates) are left
out; line breaks are kept as breaks. A character that cannot be printed faithfully (no
glyph in the bundled font, an emoji, a right-to-left script) is printed as its code point,
"[U+1F600]", so that nothing a caseworker wrote silently disappears or reads backwards.
"""

from __future__ import annotations

import unicodedata
from xml.sax.saxutils import escape

from maatwerkdesk.reports.fonts import covered_code_points

_DROPPED = {"Cc", "Cf", "Cs", "Co", "Cn"}
"""Control, format (bidi overrides, zero-width and byte-order marks), surrogate, private-use
and unassigned code points: no glyph, and bidi overrides can make printed text lie."""
_BREAKS = {"Zl", "Zp"}


_RIGHT_TO_LEFT = {"R", "AL"}
"""Hebrew and Arabic need reordering (and Arabic shaping) that the PDF library does not do:
printed as they are, they would read backwards."""
_LAST_BMP = 0xFFFF
"""Beyond the basic plane (emoji, mathematical letters) the PDF's text layer is unreliable:
the glyph shows but copy-and-paste yields another character."""


def _printed(char: str, covered: frozenset[int]) -> str:
    if char == "\n":
        return char
    category = unicodedata.category(char)
    if category in _DROPPED:
        return ""
    if category in _BREAKS:
        return "\n"
    code = ord(char)
    if (
        code in covered
        and code <= _LAST_BMP
        and unicodedata.bidirectional(char) not in _RIGHT_TO_LEFT
    ):
        return char
    return " " if category == "Zs" else f"[U+{code:04X}]"


def printable(value: str) -> str:
    """The text exactly as it appears on paper."""
    covered = covered_code_points()
    text = value.replace("\r\n", "\n").replace("\r", "\n").replace("\t", " ")
    return "".join(_printed(char, covered) for char in text)


def paragraph_text(value: str) -> str:
    """Markup-safe text for a reportlab Paragraph; line breaks become <br/>."""
    return "<br/>".join(escape(line) for line in printable(value).split("\n"))
