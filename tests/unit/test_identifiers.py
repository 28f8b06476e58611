from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from maatwerkdesk.domain.errors import ValidationError
from maatwerkdesk.domain.identifiers import mask_bsn, normalise_bsn, normalise_kvk


@pytest.mark.parametrize("raw", ["111222333", "1112.22.333", " 111 222 333 ", "123456782"])
def test_valid_bsn_is_normalised_to_nine_digits(raw: str) -> None:
    assert len(normalise_bsn(raw)) == 9


@pytest.mark.parametrize("raw", ["111222334", "000000000", "12345678x", "1234567890", "", "abc"])
def test_invalid_bsn_is_refused_with_dutch_message(raw: str) -> None:
    with pytest.raises(ValidationError) as caught:
        normalise_bsn(raw)
    assert caught.value.field == "bsn"
    assert "elfproef" in caught.value.message


@given(st.from_regex(r"[0-9]{9}", fullmatch=True), st.integers(0, 8), st.integers(1, 9))
def test_a_single_digit_change_of_a_valid_bsn_is_caught(
    number: str, position: int, delta: int
) -> None:
    try:
        valid = normalise_bsn(number)
    except ValidationError:
        return
    digits = list(valid)
    digits[position] = str((int(digits[position]) + delta) % 10)
    with pytest.raises(ValidationError):
        normalise_bsn("".join(digits))


def test_bank_account_elfproef_is_not_used_for_bsn() -> None:
    # 123456789 passes the bank-account check (weights 9..1) but not the BSN check (-1 last).
    with pytest.raises(ValidationError):
        normalise_bsn("123456789")


def test_mask_shows_only_last_three_digits() -> None:
    assert mask_bsn("111222333") == "••••••333"
    assert "111222" not in mask_bsn("111222333")


@pytest.mark.parametrize("raw", ["12345678", "1234 5678", "1234.5678"])
def test_kvk_number_of_eight_digits(raw: str) -> None:
    assert normalise_kvk(raw) == "12345678"


@pytest.mark.parametrize("raw", ["1234567", "123456789", "1234567a", "١٢٣٤٥٦٧٨"])
def test_kvk_number_refused(raw: str) -> None:
    with pytest.raises(ValidationError):
        normalise_kvk(raw)
