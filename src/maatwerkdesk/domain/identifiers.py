"""Dutch identifiers: BSN (elfproef via python-stdnum) and KvK number, with display masks."""

from __future__ import annotations

from maatwerkdesk.domain.errors import ValidationError
from maatwerkdesk.domain.sentence import said


def normalise_bsn(value: str, field: str = "bsn") -> str:
    """Return the 9-digit BSN, or raise with a Dutch message.

    The elfproef only proves the number is well formed, not that it belongs to
    this person; the caseworker still has to check that (vergewisplicht).
    """
    # Imported here: python-stdnum loads ssl and pydoc, which the first window can do without.
    from stdnum.exceptions import ValidationError as StdnumError
    from stdnum.nl import bsn as stdnum_bsn

    try:
        return stdnum_bsn.validate(value)
    except StdnumError:
        raise ValidationError(
            field,
            said(
                "identifiers",
                "Dit BSN is ongeldig: het moet uit 9 cijfers bestaan en de elfproef doorstaan. "
                "Controleer het nummer op het identiteitsbewijs of in de BRP.",
            ),
        ) from None


def searched_bsn(text: str) -> str:
    """The BSN a search consists of ('123 456 782', '123.456.782'), or '' when the text is
    anything else: only a whole, well-formed BSN is looked up."""
    digits = text.strip().replace(" ", "").replace(".", "").replace("-", "")
    if len(digits) != 9 or not digits.isascii() or not digits.isdigit():
        return ""
    try:
        return normalise_bsn(digits)
    except ValidationError:
        return ""


def mask_bsn(value: str) -> str:
    """Show only the last three digits: '*****2333' style, as printed on many letters."""
    digits = value.strip()
    if len(digits) < 3:
        return "•" * len(digits)
    return "•" * (len(digits) - 3) + digits[-3:]


def normalise_kvk(value: str, field: str = "kvk_number") -> str:
    """Return the 8-digit KvK number, or raise.

    Since 2016 the KvK number carries no check digit, so only the form can be checked.
    """
    digits = "".join(ch for ch in value if not ch.isspace() and ch not in ".-")
    if len(digits) != 8 or not digits.isascii() or not digits.isdigit():
        raise ValidationError(
            field,
            said(
                "identifiers",
                "Dit KvK-nummer is ongeldig: het moet uit precies 8 cijfers bestaan. "
                "U vindt het nummer op het uittreksel van de Kamer van Koophandel.",
            ),
        )
    return digits
