"""User text into reportlab paragraphs, never read as markup.

Paragraph text is reportlab's mini-markup: a caseworker's "<b>" or "&amp;" must print as
typed. Characters that cannot be printed (control characters, lone surrogates) are left
out; line breaks are kept as breaks.
"""

from __future__ import annotations

import unicodedata
from xml.sax.saxutils import escape

_DROPPED = {"Cc", "Cf", "Cs", "Co", "Cn"}
"""Control, format (bidi overrides, zero-width and byte-order marks), surrogate, private-use
and unassigned code points: no glyph, and bidi overrides can make printed text lie."""


def printable(value: str) -> str:
    """The text as it can appear on paper: unprintable characters left out, tabs as spaces."""
    kept = []
    for char in value.replace("\r\n", "\n").replace("\r", "\n").replace("\t", " "):
        if char == "\n" or unicodedata.category(char) not in _DROPPED:
            kept.append(char)
    return "".join(kept)


def paragraph_text(value: str) -> str:
    """Markup-safe text for a reportlab Paragraph; line breaks become <br/>."""
    return "<br/>".join(escape(line) for line in printable(value).split("\n"))
