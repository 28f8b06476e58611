from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from maatwerkdesk.domain.errors import ValidationError
from maatwerkdesk.domain.text import clean_text, fold_for_search, search_terms


@pytest.mark.parametrize(
    ("text", "folded"),
    [("België", "belgie"), ("één", "een"), ("CASUÏSTIEK", "casuistiek"), ("Curaçao", "curacao")],
)
def test_folding_ignores_case_and_diacritics(text: str, folded: str) -> None:
    assert fold_for_search(text) == folded


def test_search_terms_drop_punctuation() -> None:
    assert search_terms("  Één, België!  ") == ["een", "belgie"]


def test_clean_text_strips_bidi_overrides_and_controls() -> None:
    assert clean_text("Jan\u202eeD\u0000 ", "name", limit=50, multiline=False) == "JaneD"


def test_single_line_field_turns_newlines_into_spaces() -> None:
    assert clean_text("a\nb", "title", limit=10, multiline=False) == "a b"


def test_multiline_keeps_newlines_and_drops_carriage_returns() -> None:
    assert clean_text("a\r\nb", "notes", limit=10, multiline=True) == "a\nb"


def test_limit_is_enforced_with_the_field_name() -> None:
    with pytest.raises(ValidationError) as caught:
        clean_text("x" * 201, "title", limit=200, multiline=False)
    assert caught.value.field == "title"
    assert "te lang" in caught.value.message


def test_text_is_nfc_normalised() -> None:
    assert clean_text("e\u0301", "x", limit=5, multiline=False) == "\u00e9"


@given(st.text())
def test_clean_text_is_idempotent(text: str) -> None:
    once = clean_text(text, "x", limit=10**6, multiline=True)
    assert clean_text(once, "x", limit=10**6, multiline=True) == once


def _reference_clean(value: str, multiline: bool) -> str:
    """The rule written out character by character, to check the fast implementation."""
    bidi = {chr(c) for c in (*range(0x202A, 0x202F), *range(0x2066, 0x206A), 0x200E, 0x200F)}
    kept = []
    for ch in value:
        if ch in bidi or ch == "\r":
            continue
        if ch in "\n\t":
            kept.append(ch if multiline else " ")
        elif unicodedata.category(ch) not in ("Cc", "Cs"):
            kept.append(ch)
    return unicodedata.normalize("NFC", "".join(kept)).strip()


@given(
    st.text(
        alphabet=st.one_of(
            st.characters(),
            st.sampled_from("\n\t\r\x00\x1f\x7f\x85\x9f\u200e\u200f\u202a\u202e\u2066\u2069"),
        )
    ),
    st.booleans(),
)
def test_clean_text_matches_the_rule_character_by_character(text: str, multiline: bool) -> None:
    assert clean_text(text, "x", limit=10**6, multiline=multiline) == _reference_clean(
        text, multiline
    )


def test_clean_text_drops_lone_surrogates_and_normalises_after_filtering() -> None:
    assert clean_text("a\ud800b", "x", limit=9, multiline=False) == "ab"
    once = clean_text("e\x00\u0301", "x", limit=9, multiline=False)
    assert once == "\u00e9" == clean_text(once, "x", limit=9, multiline=False)
