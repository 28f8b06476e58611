"""The recovery key's written form, attacked with everything a hand or a script can type:
it reads back as the key it was made of, or it is refused with a Dutch sentence; it never
yields another key unnoticed where a group's check could tell, and never fails otherwise."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from maatwerkdesk.domain.recovery_key import ALPHABET, RecoveryKeyError, decode, encode

keys = st.binary(min_size=32, max_size=32)


@given(keys)
def test_every_key_reads_back_as_itself(key: bytes) -> None:
    shown = encode(key)
    assert len(shown.split("-")) == 13 and all(len(g) == 5 for g in shown.split("-"))
    assert set(shown.replace("-", "")) <= set(ALPHABET)
    assert decode(shown) == key
    assert decode(f"  {shown.lower().replace('-', ' ')}\n") == key


@given(st.text(max_size=120))
@settings(max_examples=400)
def test_anything_typed_is_read_or_refused_in_words(text: str) -> None:
    try:
        key = decode(text)
    except RecoveryKeyError as error:
        assert str(error).endswith(".") and "herstelsleutel" in str(error).lower()
    else:
        assert len(key) == 32


@given(keys, st.data())
def test_two_characters_swapped_within_a_group_are_caught(key: bytes, data: st.DataObject) -> None:
    groups = encode(key).split("-")
    number = data.draw(st.integers(0, 12))
    at = data.draw(st.integers(0, 3))
    group = groups[number]
    if group[at] == group[at + 1]:
        return
    groups[number] = group[:at] + group[at + 1] + group[at] + group[at + 2 :]
    try:
        assert decode("-".join(groups)) != key  # passed its check: the file refuses it
    except RecoveryKeyError as error:
        assert error.group == number + 1 or error.group is None


def test_a_wrong_key_of_the_right_shape_is_not_refused_here_but_by_the_file() -> None:
    """The form cannot know the key; `store_keys.recover` checks it against the file."""
    assert decode(encode(bytes(32))) == bytes(32)
    with pytest.raises(ValueError):
        encode(bytes(31))
