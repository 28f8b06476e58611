"""The instructions the program gives a caseworker ("Leg vast…", "Kies…", "tenzij u
vastlegt…"), so a test can assert that a signed decision contains none of them.

The verbs are those the program's own texts use in the imperative; a sentence or clause that
starts with one is an instruction. The citizen is addressed on purpose in the
text for the citizen and in how to object or appeal, so those are not read.
"""

from __future__ import annotations

import re
from dataclasses import replace

from maatwerkdesk.domain.document import Document, texts

VERBS = (
    "beantwoord",
    "breng",
    "controleer",
    "escaleer",
    "ga",
    "gebruik",
    "geef",
    "haal",
    "herzie",
    "kies",
    "laat",
    "leg",
    "motiveer",
    "neem",
    "overweeg",
    "pas",
    "probeer",
    "stel",
    "stuur",
    "vink",
    "vul",
    "zet",
)
_CLAUSE_START = r"(?:^|[.:;!?]\s+|,?\s+(?:of|en)\s+)"
_IMPERATIVE = re.compile(
    rf"{_CLAUSE_START}(?:{'|'.join(VERBS)})\s(?!zonder\b)",  # "Beantwoord zonder …" describes
    re.IGNORECASE,
)
_ADDRESSED = re.compile(
    r"\b(?:tenzij u|wat u besluit|u tegen elkaar|waarvan u zich|u het verschil)\b", re.IGNORECASE
)
_UNDECIDED = re.compile(r"\bwaarover het casuïstiekoverleg beslist\b", re.IGNORECASE)
"""A decision spoken of as still to be taken."""
CITIZEN_CHAPTERS = frozenset({"Tekst voor de burger", "Bezwaar maken", "In beroep gaan"})


def instructs(text: str) -> bool:
    """Whether the text tells the caseworker what to do, or what is still to be decided."""
    return bool(_IMPERATIVE.search(text) or _ADDRESSED.search(text) or _UNDECIDED.search(text))


def instructions(document: Document) -> list[str]:
    """Every text of the document that instructs the caseworker, outside the citizen's chapters."""
    read = replace(
        document,
        sections=tuple(s for s in document.sections if s.title not in CITIZEN_CHAPTERS),
    )
    return [t for t in texts(read) if instructs(t)]
