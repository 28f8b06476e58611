"""Text hygiene shared by every field: normalisation, limits and search folding."""

from __future__ import annotations

import re
import sys
import unicodedata
from collections.abc import Iterable, Sequence

from maatwerkdesk.domain.errors import ValidationError
from maatwerkdesk.domain.sentence import Sentence, said

SHORT_TEXT_LIMIT = 200
"""Names, titles, references: one line."""

LONG_TEXT_LIMIT = 100_000
"""Narrative fields (knelpunt, notes): generous, but bounded so a paste cannot stall the app."""


_DROPPED = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f"  # control characters (category Cc) but tab and newline
    "\u200e\u200f\u202a-\u202e\u2066-\u2069"  # bidirectional marks and overrides
    "\ud800-\udfff]"  # lone surrogates (category Cs): not representable in UTF-8
)
_LINE_BREAKS = re.compile("[\n\t]")


def dutch_number(number: int) -> str:
    """'100.000': a whole number in the Dutch notation, which every language keeps."""
    return f"{number:,}".replace(",", ".")


def clean_text(value: str, field: str, *, limit: int, multiline: bool) -> str:
    """Drop control, bidi-override and lone surrogate characters, NFC-normalise, trim, enforce
    the limit. Tabs and newlines stay in multi-line fields and become spaces elsewhere.

    Normalising after the filtering makes the result a fixed point: cleaning it again changes
    nothing, so a value read back from an export is exactly the value that was stored.
    """
    kept = _DROPPED.sub("", value)
    if not multiline:
        kept = _LINE_BREAKS.sub(" ", kept)
    cleaned = unicodedata.normalize("NFC", kept).strip()
    if len(cleaned) > limit:
        raise ValidationError(
            field,
            said(
                "text",
                "Deze tekst is te lang ({length} tekens; maximaal {limit}). "
                "Kort de tekst in of voeg het stuk als bijlage toe.",
            ).format(length=dutch_number(len(cleaned)), limit=dutch_number(limit)),
        )
    return cleaned


class _WithoutCombining(dict[int, int | None]):
    """A `str.translate` table that drops combining marks, filled as characters appear
    (the lookup stays in C for every character seen before)."""

    def __missing__(self, code: int) -> int | None:
        kept = None if unicodedata.combining(chr(code)) else code
        self[code] = kept
        return kept


_WITHOUT_COMBINING = _WithoutCombining()
_WORD = re.compile(r"[^\W_]+")


def fold_for_search(text: str) -> str:
    """Lower-case and strip diacritics, so 'belgie' finds 'België' and 'een' finds 'één'."""
    folded = text.casefold()
    if folded.isascii():
        return folded
    return unicodedata.normalize("NFKD", folded).translate(_WITHOUT_COMBINING)


def mentions_word(text: str, term: str) -> bool:
    """Whole-word match of a folded term ("art. 58" does not match "158")."""
    pattern = rf"(?<![0-9a-z]){re.escape(term)}(?![0-9a-z])"
    return re.search(pattern, fold_for_search(text)) is not None


def search_terms(query: str) -> list[str]:
    """Split a search box entry into folded words, ignoring punctuation."""
    return _WORD.findall(fold_for_search(query))


_STOPWORDS = frozenset(
    fold_for_search(w)
    for w in [
        "aan",
        "als",
        "bij",
        "dan",
        "dat",
        "de",
        "deze",
        "die",
        "dit",
        "door",
        "een",
        "en",
        "er",
        "het",
        "hij",
        "in",
        "is",
        "met",
        "na",
        "naar",
        "niet",
        "of",
        "om",
        "ook",
        "op",
        "over",
        "te",
        "tot",
        "uit",
        "van",
        "voor",
        "was",
        "wat",
        "wel",
        "werd",
        "wordt",
        "zijn",
        "zij",
        "ze",
        "zich",
        "heeft",
        "hebben",
        "haar",
        "hun",
        "omdat",
        "maar",
        "nog",
        "geen",
        "meer",
        "kan",
        "kunnen",
        "moet",
        "worden",
    ]
)


def content_words(text: str) -> frozenset[str]:
    """The folded words of a text that carry meaning, for comparing case descriptions.
    Interned: a large case base repeats the same few thousand words."""
    return frozenset(
        sys.intern(w) for w in search_terms(text) if len(w) > 2 and w not in _STOPWORDS
    )


_JOINS = {
    " ": said("text", "{earlier} {later}"),
    ", ": said("text", "{earlier}, {later}"),
    "; ": said("text", "{earlier}; {later}"),
    "\n": said("text", "{earlier}\n{later}"),
}
"""How parts of a sentence are put one after the other: translatable as any sentence, so
that each part that is a sentence itself is translated too."""
_LAST = {
    "en": said("text", "{earlier} en {last}"),
    "of": said("text", "{earlier} of {last}"),
}


def joined(values: Sequence[str], separator: str = ", ") -> str:
    """`separator.join(values)` ("a, b, c"), for `separator` a space (sentences one after
    the other), ", ", "; " or a line break: a sentence that a window translates part by
    part where a part is a sentence itself."""
    if len(values) <= 1:
        return values[0] if values else ""
    if not any(isinstance(value, Sentence) for value in values):
        return separator.join(values)
    middle = len(values) // 2  # halves: a long list nests as deep as its logarithm
    return _JOINS[separator].format(
        earlier=joined(values[:middle], separator), later=joined(values[middle:], separator)
    )


def enumerate_nl(items: Iterable[str], last: str = "en") -> str:
    """Dutch enumeration: "a", "a en b", "a, b en c" (or "a, b of c"). With "en" or "of" it
    is a sentence that a window shows with its own word ("a, b and c"); another `last` (a
    word a window translated itself) is put in as it is."""
    values = list(items)
    if len(values) <= 1:
        return values[0] if values else ""
    if last not in _LAST:
        return f"{', '.join(values[:-1])} {last} {values[-1]}"
    return _LAST[last].format(earlier=joined(values[:-1]), last=values[-1])
