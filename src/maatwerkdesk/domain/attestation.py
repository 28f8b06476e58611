"""The signed version a decision PDF carries, so anyone can check it (`maatwerkdesk verify`).

The PDF's keywords hold one line: a fixed prefix and, in base64, the version's canonical
content with its signature and the chair's public key. The printed text of a PDF is layout,
not something a signature can cover; this line is what was signed, and `verify` shows what
it says so a reader can compare it with the pages.
"""

from __future__ import annotations

import base64
import binascii
import json
import re
from dataclasses import dataclass

PREFIX = "MaatwerkDesk-besluit:"
_PATTERN = re.compile(rb"MaatwerkDesk-besluit:([A-Za-z0-9+/=]+)")
MAX_ATTESTATION = 4 * 1024 * 1024


@dataclass(frozen=True)
class Attestation:
    content: str
    """The version's canonical content (domain/signed_record.py)."""
    signature: str | None
    public_key: str | None


def encode(attestation: Attestation) -> str:
    data = {
        "content": attestation.content,
        "signature": attestation.signature,
        "public_key": attestation.public_key,
    }
    raw = json.dumps(data, ensure_ascii=False, sort_keys=True).encode("utf-8")
    return PREFIX + base64.b64encode(raw).decode("ascii")


def find(pdf: bytes) -> Attestation | None:
    """The attestation in a PDF written by MaatwerkDesk, or None when there is none (or it
    is not one this program wrote)."""
    found = _PATTERN.search(pdf)
    if found is None or len(found.group(1)) > MAX_ATTESTATION:
        return None
    try:
        data = json.loads(base64.b64decode(found.group(1), validate=True).decode("utf-8"))
    except (binascii.Error, ValueError, RecursionError):
        return None
    if not isinstance(data, dict) or set(data) != {"content", "signature", "public_key"}:
        return None
    content, signature, public_key = data["content"], data["signature"], data["public_key"]
    if not isinstance(content, str):
        return None
    if not all(value is None or isinstance(value, str) for value in (signature, public_key)):
        return None
    return Attestation(content, signature, public_key)
