from __future__ import annotations

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
