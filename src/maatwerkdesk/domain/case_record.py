"""A decided case as the precedent index stores it, derived from what binds.

A signed (or historic) version binds through its canonical content alone, an imported
precedent through its stored row. `CaseRecord` is what the index keeps of either: the
factors, the reason as the decision chose it, the outcome and what a reader is shown.
It does not depend on a catalogue version's sides: the reason that counts (the chosen
reason as far as present for the winning side) is worked out when a case base is read
with the sides of the catalogue at hand, exactly as the definitions do.

`record_digest` is the fingerprint of a stored record: the precedent index remembers,
outside the database, which fingerprints it has checked against their source.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import IntEnum
from typing import overload

from maatwerkdesk.domain.decision import Degree, OutcomeType
from maatwerkdesk.domain.signed_record import SignedContent
from maatwerkdesk.domain.text import content_words

SIGNED_KEY = "s:"
IMPORTED_KEY = "i:"
"""Prefixes of a record's source key: the dossier id of a signed version, or the id of an
imported precedent row."""


class ReasonMode(IntEnum):
    AS_GIVEN = 0
    """The reason is taken as stored (an imported precedent, a case built in memory)."""
    ALL_PRESENT = 1
    """No reason chosen: every factor present for the winning side counts."""
    CHOSEN = 2
    """The chosen reason, as far as its factors are present for the winning side."""


@dataclass(frozen=True)
class CaseRecord:
    case_id: str
    """The kenmerk (or the reference of an imported precedent): how views name it."""
    key: str
    """Where it comes from (`SIGNED_KEY` + dossier id, `IMPORTED_KEY` + row id)."""
    version: str
    """The content hash of the signed version it was derived from ('' when imported)."""
    factors: frozenset[str]
    reason: frozenset[str]
    reason_mode: ReasonMode
    outcome_type: OutcomeType
    route: str | None
    degree: Degree | None
    summary: str
    imported: bool
    words: frozenset[str]
    known_since: datetime | None
    """When it became part of the case base (signed, registered, imported); None: always."""


def dossier_text(*parts: str) -> str:
    """The text of a dossier compared for similarity: what the case is about."""
    return "\n".join(p for p in parts if p)


def signed_record(content: SignedContent, content_hash: str) -> CaseRecord:
    """What a signed or historic version contributes to the case base of its catalogue."""
    facts, decision = content.facts, content.decision
    chosen = decision.reason
    return CaseRecord(
        case_id=facts.reference,
        key=SIGNED_KEY + content.dossier_id,
        version=content_hash,
        factors=content.factors,
        reason=chosen if chosen is not None else frozenset(),
        reason_mode=ReasonMode.ALL_PRESENT if chosen is None else ReasonMode.CHOSEN,
        outcome_type=decision.outcome_type,
        route=content.route,
        degree=decision.degree,
        summary=facts.title,
        imported=False,
        words=content_words(dossier_text(facts.title, facts.request, facts.knelpunt)),
        known_since=content.signed_at,
    )


@overload
def micros(moment: datetime) -> int: ...
@overload
def micros(moment: None) -> None: ...
@overload
def micros(moment: datetime | None) -> int | None: ...


def micros(moment: datetime | None) -> int | None:
    """A moment as whole microseconds since 1970 (UTC), the index's exact time stamp."""
    if moment is None:
        return None
    aware = moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)
    delta = aware - datetime(1970, 1, 1, tzinfo=UTC)
    return (delta.days * 86_400 + delta.seconds) * 1_000_000 + delta.microseconds


def record_digest(catalogue_id: str, record: CaseRecord | None, key: str) -> bytes:
    """A 16-byte fingerprint of what the index stores for `key` under `catalogue_id`
    (None: that it binds nothing there)."""
    if record is None:
        data: list[object] = [catalogue_id, key, None]
    else:
        degree = record.degree
        data = [
            catalogue_id,
            record.key,
            record.case_id,
            record.version,
            sorted(record.factors),
            sorted(record.reason),
            int(record.reason_mode),
            record.outcome_type.value,
            record.route,
            degree.unit.value if degree is not None else None,
            degree.value if degree is not None else None,
            micros(record.known_since),
            record.summary,
            record.imported,
            sorted(record.words),
        ]
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).digest()[:16]
