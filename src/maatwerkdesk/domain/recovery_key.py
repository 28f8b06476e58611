"""The recovery key: a 256-bit key written so that a person can copy it and type it back.

Thirteen groups of five characters, `7KQ2M-…`, from Crockford's base 32 alphabet (digits
and capitals without I, L, O and U, so nothing looks like something else). In each group
the first four characters carry 20 bits of the key and the fifth checks them, so a typo is
found, and named by its group, before the key is tried: a group has one chance in 32 of
passing with a typo, which the key itself then fails. When read back, case, spaces and
dashes do not matter, and O, I and L are read as 0, 1 and 1.
"""

from __future__ import annotations

import hashlib

from maatwerkdesk.domain.errors import DomainError
from maatwerkdesk.domain.sentence import said

KEY_BYTES = 32
ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
DATA_CHARS = 4
GROUPS = 13
"""256 bits in 5-bit characters is 52 characters (four bits to spare): 13 groups of 4."""
_READ_AS = {"O": "0", "I": "1", "L": "1"}


class RecoveryKeyError(DomainError):
    """A recovery key that cannot be what was shown: wrong length, a sign that is not in
    the alphabet, or a group that does not check out (`group`, counted from 1)."""

    def __init__(self, message: str, group: int | None = None) -> None:
        super().__init__(message)
        self.group = group


def _check(index: int, chars: str) -> str:
    digest = hashlib.sha256(f"{index}:{chars}".encode("ascii")).digest()
    return ALPHABET[digest[0] % 32]


def encode(key: bytes) -> str:
    """The recovery key of `key` (32 bytes), as shown: 13 dash-separated groups."""
    if len(key) != KEY_BYTES:
        raise ValueError("a recovery key holds a 32-byte key")
    number = int.from_bytes(key, "big") << 4  # 260 bits: 52 characters exactly
    chars = "".join(ALPHABET[(number >> shift) & 31] for shift in range(255, -1, -5))
    groups = [chars[i : i + DATA_CHARS] for i in range(0, len(chars), DATA_CHARS)]
    return "-".join(group + _check(index, group) for index, group in enumerate(groups))


def decode(text: str) -> bytes:
    """The key written in `text`, or a RecoveryKeyError whose message says what to
    check (in Dutch, for the person typing it)."""
    cleaned = "".join(ch for ch in text.upper() if not ch.isspace() and ch != "-")
    cleaned = "".join(_READ_AS.get(ch, ch) for ch in cleaned)
    width = DATA_CHARS + 1
    if len(cleaned) != GROUPS * width:
        raise RecoveryKeyError(
            said(
                "recovery_key",
                "Een herstelsleutel heeft {groups} groepen van {width} tekens "
                "({total} in totaal); u typte er {typed}. Controleer of u "
                "geen groep hebt overgeslagen of dubbel getypt.",
            ).format(groups=GROUPS, width=width, total=GROUPS * width, typed=len(cleaned))
        )
    strange = sorted({ch for ch in cleaned if ch not in ALPHABET})
    if strange:
        raise RecoveryKeyError(
            said(
                "recovery_key",
                "Een herstelsleutel bevat alleen cijfers en hoofdletters zonder I, L, O en U; "
                "u typte ook: {strange}. Controleer de sleutel.",
            ).format(strange=" ".join(strange))
        )
    data = []
    for index in range(GROUPS):
        group = cleaned[index * width : (index + 1) * width]
        if _check(index, group[:DATA_CHARS]) != group[DATA_CHARS]:
            raise RecoveryKeyError(
                said(
                    "recovery_key",
                    "Groep {number} van de herstelsleutel (‘{group}’) klopt niet: "
                    "controleer die vijf tekens.",
                ).format(number=index + 1, group=group),
                group=index + 1,
            )
        data.append(group[:DATA_CHARS])
    number = 0
    for ch in "".join(data):
        number = number << 5 | ALPHABET.index(ch)
    if number & 0xF:
        raise RecoveryKeyError(
            said("recovery_key", "Deze herstelsleutel klopt niet: controleer de laatste groep.")
        )
    return (number >> 4).to_bytes(KEY_BYTES, "big")
