"""Text hygiene shared by every field: normalisation, limits and search folding."""

from __future__ import annotations

import unicodedata

from maatwerkdesk.domain.errors import ValidationError

SHORT_TEXT_LIMIT = 200
"""Names, titles, references: one line."""

LONG_TEXT_LIMIT = 100_000
"""Narrative fields (knelpunt, notes): generous, but bounded so a paste cannot stall the app."""

_BIDI_CONTROLS = {chr(c) for c in (*range(0x202A, 0x202F), *range(0x2066, 0x206A), 0x200E, 0x200F)}


def clean_text(value: str, field: str, *, limit: int, multiline: bool) -> str:
    """NFC-normalise, drop control and bidi-override characters, trim, enforce the limit."""
    text = unicodedata.normalize("NFC", value)
    kept = []
    for ch in text:
        if ch in _BIDI_CONTROLS:
            continue
        if ch in "\n\t" and multiline:
            kept.append(ch)
        elif ch in "\r":
            continue
        elif ch in "\n\t":
            kept.append(" ")
        elif unicodedata.category(ch) == "Cc":
            continue
        else:
            kept.append(ch)
    cleaned = "".join(kept).strip()
    if len(cleaned) > limit:
        raise ValidationError(
            field,
            f"Deze tekst is te lang ({len(cleaned):,} tekens; maximaal {limit:,}). "
            "Kort de tekst in of voeg het stuk als bijlage toe.".replace(",", "."),
        )
    return cleaned


def fold_for_search(text: str) -> str:
    """Lower-case and strip diacritics, so 'belgie' finds 'België' and 'een' finds 'één'."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def search_terms(query: str) -> list[str]:
    """Split a search box entry into folded words, ignoring punctuation."""
    folded = fold_for_search(query)
    words = "".join(ch if ch.isalnum() else " " for ch in folded).split()
    return [w for w in words if w]
