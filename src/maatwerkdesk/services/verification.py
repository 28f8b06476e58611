"""`maatwerkdesk verify FILE`: check the signed decisions in an exported file, without a
database.

A JSON export (`maatwerkdesk/2` or `/3`) carries every version with its signature and the chair's
public key; a decision PDF carries the version in force in its keywords
(domain/attestation.py). A signature proves that the content is what the holder of that
key signed; whether the key is the chair's, the reader checks by its fingerprint, which is
printed here and registered in the organisation's database.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from maatwerkdesk.domain.attestation import find
from maatwerkdesk.domain.errors import DomainError
from maatwerkdesk.domain.exchange import parse_json, read_document
from maatwerkdesk.domain.sentence import said
from maatwerkdesk.domain.signed_record import (
    ContentError,
    RecordKind,
    SignedContent,
    parse_content,
    shown_fingerprint,
)
from maatwerkdesk.infra.files import read_bounded
from maatwerkdesk.infra.signatures import decode_public, key_id, verify
from maatwerkdesk.services.exchange import MAX_IMPORT_BYTES


@dataclass(frozen=True)
class VersionCheck:
    where: str
    """'MW-2026-00012 versie 2', or where in the file an unreadable version was."""
    sound: bool
    """False when the version was changed after signing or never signed by that key."""
    text: str
    """What it says and what was found, in Dutch."""


def verify_file(path: Path) -> list[VersionCheck]:
    """Every signed or historic version in the file, checked; a DomainError when the file
    is no export of MaatwerkDesk or holds no decision version."""

    def too_large(source: str, _size: int, limit: int) -> str:
        return said("verification", "{source}: het bestand is groter dan {megabytes} MB.").format(
            source=source, megabytes=limit // 1_048_576
        )

    raw = read_bounded(path, MAX_IMPORT_BYTES, too_large=too_large)
    if raw.startswith(b"%PDF"):
        attestation = find(raw)
        if attestation is None:
            raise DomainError(
                said(
                    "verification",
                    "{path}: dit PDF bevat geen vastgelegd besluit van MaatwerkDesk (een "
                    "voorstel, een gepseudonimiseerd stuk, of het bestand is door een ander "
                    "programma opnieuw opgeslagen).",
                ).format(path=str(path))
            )
        found = [
            check_version("PDF", attestation.content, attestation.signature, attestation.public_key)
        ]
    else:
        found = list(_json_versions(str(path), raw))
    if not found:
        raise DomainError(
            said(
                "verification", "{path}: dit bestand bevat geen ondertekend of historisch besluit."
            ).format(path=str(path))
        )
    return found


def _json_versions(source: str, raw: bytes) -> Iterable[VersionCheck]:
    document = read_document(parse_json(raw, source), source)
    keys = {k.key_id: k.public_key for k in document.parts.keys}
    for dossier in document.dossiers:
        if dossier.record is None:
            continue
        for index, version in enumerate(dossier.record.versions):
            public = keys.get(version.key) if version.key is not None else None
            checked = check_version(
                f"{dossier.reference} (versie {index + 1})",
                version.content,
                version.signature,
                public,
            )
            yield checked


def check_version(
    where: str, content_text: str, signature: str | None, public_key: str | None
) -> VersionCheck:
    try:
        content = parse_content(content_text.encode("utf-8"))
    except ContentError:
        return VersionCheck(
            where,
            False,
            "De inhoud is beschadigd of gewijzigd: geen besluitversie die "
            "MaatwerkDesk zo heeft vastgelegd.",
        )
    label = f"{content.facts.reference} versie {content.version}"
    said = _what_it_says(content)
    if content.kind is RecordKind.HISTORIC:
        return VersionCheck(
            label,
            signature is None,
            f"Historisch besluit, niet ondertekend (bron: {content.source}). {said} Alleen de "
            "database waarin het is vastgelegd, kan bevestigen dat het ongewijzigd is.",
        )
    signer = content.signer
    public = decode_public(public_key) if public_key is not None else None
    if (
        signer is None
        or signature is None
        or public is None
        or key_id(public) != signer.key_id
        or not verify(public, content_text.encode("utf-8"), signature)
    ):
        return VersionCheck(
            label,
            False,
            f"De handtekening KLOPT NIET: deze versie is na de ondertekening gewijzigd of nooit "
            f"met deze sleutel ondertekend. {said}",
        )
    return VersionCheck(
        label,
        True,
        f"Ondertekend door {signer.name} op {content.signed_at:%d-%m-%Y %H:%M} UTC met sleutel "
        f"{shown_fingerprint(signer.key_id)}; de handtekening klopt. {said}",
    )


def _what_it_says(content: SignedContent) -> str:
    decision = content.decision
    degree = f" ({decision.degree})" if decision.degree is not None else ""
    meeting = f", overleg {content.meeting_reference}" if content.meeting_reference else ""
    return f"Besluit: {decision.outcome_type.label}{degree}{meeting}."
