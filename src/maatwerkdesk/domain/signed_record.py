"""What a signed decision version fixes, as one canonical text that a signature covers.

A version binds later decisions only through this content: the decision, the factors and
the catalogue version it was decided under, the route, the facts it rests on, the
departure from precedent and the override of the check, who signed in which meeting, and
the head of the audit trail at that moment. The case base, the documents and
`maatwerkdesk verify` all read this text, never a copy of it in another table, so a change
anywhere else cannot alter what binds and a change here breaks the signature.

A *historic* version is a decision taken before or outside MaatwerkDesk and registered as a
precedent by the command line (an import, the demo): it has no signature, says where it
comes from, and is protected by the digest recorded in the audit trail.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum
from typing import Any

from maatwerkdesk.domain.catalogue import CatalogueRef
from maatwerkdesk.domain.criteria_check import Applicability
from maatwerkdesk.domain.decision import Decision, decision_from_data, decision_to_data
from maatwerkdesk.domain.precedent import Outcome
from maatwerkdesk.domain.proportionality import VerdictValue
from maatwerkdesk.domain.sentence import said

CONTENT_FORMAT = "maatwerkdesk-besluit/1"
MAX_CONTENT_BYTES = 1_000_000


class RecordKind(StrEnum):
    SIGNED = "signed"
    """Signed by a chair with a personal key, in (or after) a casuïstiekoverleg."""
    HISTORIC = "historic"
    """Registered as a precedent from history, with its source; not signed."""


class OverrideGround(StrEnum):
    """Why the program's check would not let the decision be signed as it stands."""

    ROUTE_NOT_APPLICABLE = "route-not-applicable"
    ROUTE_UNDETERMINED = "route-undetermined"
    GENERIC_DISPROPORTIONATE = "generic-disproportionate"

    @property
    def label(self) -> str:
        return _GROUND_LABELS[self]


_GROUND_LABELS = {
    OverrideGround.ROUTE_NOT_APPLICABLE: (
        "volgens de toets kan langs de gekozen route niet worden afgeweken"
    ),
    OverrideGround.ROUTE_UNDETERMINED: (
        "of langs de gekozen route kan worden afgeweken, staat nog niet vast"
    ),
    OverrideGround.GENERIC_DISPROPORTIONATE: (
        "de algemene regel is volgens de evenredigheidstoets onevenredig"
    ),
}


def override_grounds(
    outcome: Outcome, applicable: Applicability | None, verdict: VerdictValue
) -> tuple[OverrideGround, ...]:
    """What in the program's check stands in the way of signing this outcome.

    Deviating needs a route that is applicable; holding to the generic rule needs a generic
    outcome that is not disproportionate. Either may still be signed, but only with the
    chair's motivated override recorded with the signature.
    """
    if outcome is Outcome.DEVIATE:
        if applicable is Applicability.NO:
            return (OverrideGround.ROUTE_NOT_APPLICABLE,)
        if applicable is not Applicability.YES:
            return (OverrideGround.ROUTE_UNDETERMINED,)
        return ()
    if verdict is VerdictValue.DISPROPORTIONATE:
        return (OverrideGround.GENERIC_DISPROPORTIONATE,)
    return ()


@dataclass(frozen=True)
class Override:
    """A motivated departure from the program's check ("gemotiveerd afwijken van de toets")."""

    grounds: tuple[OverrideGround, ...]
    motivation: str


@dataclass(frozen=True)
class DossierFacts:
    """The facts a decision rests on, fixed with it."""

    reference: str
    title: str
    regulation: str = ""
    article: str = ""
    deviation_article: str = ""
    """The deviation clause; written into the content only when there is one (see
    `content_data`), so versions signed before the dossier had it keep their bytes."""
    generic_outcome: str = ""
    knelpunt: str = ""
    request: str = ""
    owner: str = ""


@dataclass(frozen=True)
class Signer:
    user_id: str
    name: str
    key_id: str


@dataclass(frozen=True)
class SignedContent:
    kind: RecordKind
    dossier_id: str
    version: int
    facts: DossierFacts
    decision: Decision
    factors: frozenset[str]
    catalogue: CatalogueRef
    route: str | None
    signed_at: datetime
    """When it was signed (a historic version: when it was registered)."""
    audit_head: tuple[int, str]
    """The audit trail's last record (sequence number, hash) just before this version."""
    departed_from: tuple[str, ...] = ()
    departure_motivation: str = ""
    override: Override | None = None
    meeting_reference: str = ""
    change_reason: str = ""
    signer: Signer | None = None
    source: str = ""
    """Where a historic decision comes from."""


def shown_fingerprint(identifier: str) -> str:
    """A key's fingerprint as people compare it: the first 32 hex digits in groups of four."""
    head = identifier[:32].upper()
    return " ".join(head[i : i + 4] for i in range(0, len(head), 4))


class ContentError(ValueError):
    """Stored content that is not a decision version this program wrote."""


def _moment(value: datetime) -> str:
    return value.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def _dossier_data(dossier_id: str, facts: DossierFacts) -> dict[str, str]:
    """The facts as the content holds them. `deviation_article` came later: an empty one is
    left out, so a version signed before it existed reads back to the very same bytes (and
    its signature holds), while a new version with a deviation clause fixes it too."""
    data = {
        "id": dossier_id,
        "reference": facts.reference,
        "title": facts.title,
        "regulation": facts.regulation,
        "article": facts.article,
        "generic_outcome": facts.generic_outcome,
        "knelpunt": facts.knelpunt,
        "request": facts.request,
        "owner": facts.owner,
    }
    if facts.deviation_article:
        data["deviation_article"] = facts.deviation_article
    return data


def content_data(content: SignedContent) -> dict[str, Any]:
    return {
        "format": CONTENT_FORMAT,
        "kind": content.kind.value,
        "dossier": _dossier_data(content.dossier_id, content.facts),
        "version": content.version,
        "decision": decision_to_data(content.decision),
        "factors": sorted(content.factors),
        "catalogue": {"id": content.catalogue.id, "version": content.catalogue.version},
        "route": content.route,
        "departure": {
            "from": list(content.departed_from),
            "motivation": content.departure_motivation,
        },
        "override": (
            {
                "grounds": [g.value for g in content.override.grounds],
                "motivation": content.override.motivation,
            }
            if content.override is not None
            else None
        ),
        "meeting": content.meeting_reference,
        "change_reason": content.change_reason,
        "signer": (
            {
                "user_id": content.signer.user_id,
                "name": content.signer.name,
                "key_id": content.signer.key_id,
            }
            if content.signer is not None
            else None
        ),
        "signed_at": _moment(content.signed_at),
        "audit_head": {"seq": content.audit_head[0], "hash": content.audit_head[1]},
        "source": content.source,
    }


def canonical(data: Mapping[str, Any]) -> bytes:
    """One spelling of the data: sorted keys, no spaces, UTF-8."""
    return json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode(
        "utf-8"
    )


def content_bytes(content: SignedContent) -> bytes:
    return canonical(content_data(content))


def content_hash(raw: bytes) -> str:
    return hashlib.sha256(raw).hexdigest()


def parse_content(raw: bytes) -> SignedContent:
    """The content as stored or exported; ContentError when it is not exactly what
    `content_bytes` writes (so a reformatted or extended text never verifies)."""
    if len(raw) > MAX_CONTENT_BYTES:
        raise ContentError(said("signed_record", "te groot"))
    try:
        data = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError) as error:
        raise ContentError(said("signed_record", "geen JSON")) from error
    if not isinstance(data, dict) or data.get("format") != CONTENT_FORMAT:
        raise ContentError(said("signed_record", "onbekend formaat"))
    try:
        content = _read(data)
    except (KeyError, TypeError, ValueError, AttributeError) as error:
        raise ContentError(said("signed_record", "onvolledig of ongeldig")) from error
    if content_bytes(content) != raw:
        raise ContentError(said("signed_record", "niet in de vaste vorm"))
    return content


def _read(data: dict[str, Any]) -> SignedContent:
    dossier, catalogue = data["dossier"], data["catalogue"]
    departure, override, signer = data["departure"], data["override"], data["signer"]
    head = data["audit_head"]
    return SignedContent(
        kind=RecordKind(data["kind"]),
        dossier_id=_text(dossier["id"]),
        version=_count(data["version"]),
        facts=DossierFacts(
            reference=_text(dossier["reference"]),
            title=_text(dossier["title"]),
            regulation=_text(dossier["regulation"]),
            article=_text(dossier["article"]),
            deviation_article=_text(dossier.get("deviation_article", "")),
            generic_outcome=_text(dossier["generic_outcome"]),
            knelpunt=_text(dossier["knelpunt"]),
            request=_text(dossier["request"]),
            owner=_text(dossier["owner"]),
        ),
        decision=decision_from_data(data["decision"]),
        factors=frozenset(_text(f) for f in data["factors"]),
        catalogue=CatalogueRef(_text(catalogue["id"]), _text(catalogue["version"])),
        route=_text(data["route"]) if data["route"] is not None else None,
        departed_from=tuple(_text(p) for p in departure["from"]),
        departure_motivation=_text(departure["motivation"]),
        override=(
            Override(
                tuple(OverrideGround(g) for g in override["grounds"]),
                _text(override["motivation"]),
            )
            if override is not None
            else None
        ),
        meeting_reference=_text(data["meeting"]),
        change_reason=_text(data["change_reason"]),
        signer=(
            Signer(_text(signer["user_id"]), _text(signer["name"]), _text(signer["key_id"]))
            if signer is not None
            else None
        ),
        signed_at=_parse_moment(data["signed_at"]),
        audit_head=(_count(head["seq"], minimum=0), _text(head["hash"])),
        source=_text(data["source"]),
    )


def _text(value: object) -> str:
    if not isinstance(value, str):
        raise TypeError("text expected")
    return value


def _count(value: object, minimum: int = 1) -> int:
    if not isinstance(value, int) or isinstance(value, bool) or value < minimum:
        raise ValueError("a count expected")
    return value


def _parse_moment(value: object) -> datetime:
    text = _text(value)
    if not text.endswith("Z"):
        raise ValueError("UTC expected")
    return datetime.strptime(text, "%Y-%m-%dT%H:%M:%S.%fZ").replace(tzinfo=UTC)
