"""The audit trail as a hash chain: each record carries the hash of the one before it.

A record's hash covers its own fields and the previous hash, so changing, deleting or
inserting a record outside the program breaks the chain at that record, and every record
after it would have to be rewritten too. A chair's signature covers the chain's head at the
moment of signing (see `signed_content`), so rewriting the trail before a signed decision
also breaks a signature made with a key that never leaves the chair's keyring.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime

from maatwerkdesk.domain.sentence import said

GENESIS = "0" * 64
"""The 'previous hash' of the first record."""


@dataclass(frozen=True)
class ChainedRecord:
    """The fields of an audit record that the chain protects."""

    seq: int
    id: str
    at: datetime
    action: str
    name: str
    object_type: str
    object_id: str
    dossier_id: str | None
    result: str
    origin: str
    actor: str
    digest: str | None
    prev_hash: str


def _utc_text(moment: datetime) -> str:
    """One spelling of a moment, whether the database handed it back with a zone or not."""
    if moment.tzinfo is not None:
        moment = moment.astimezone(UTC).replace(tzinfo=None)
    return moment.strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def record_hash(record: ChainedRecord) -> str:
    """SHA-256 over the record's fields and the previous hash, as canonical JSON."""
    content = [
        record.seq,
        record.id,
        _utc_text(record.at),
        record.action,
        record.name,
        record.object_type,
        record.object_id,
        record.dossier_id,
        record.result,
        record.origin,
        record.actor,
        record.digest,
        record.prev_hash,
    ]
    canonical = json.dumps(content, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class ChainBreak:
    """The first place where the stored trail is not what the program wrote."""

    seq: int
    """The sequence number where the break shows (the expected one, for a gap)."""
    at: datetime | None
    problem: str
    """A Dutch sentence: what is wrong with this record."""


@dataclass(frozen=True)
class ChainReport:
    records: int
    head: str
    """The hash of the last record (GENESIS for an empty trail): an anchor to write down."""
    broken: ChainBreak | None


def verify_chain(
    records: Iterable[tuple[ChainedRecord, str | None]],
    *,
    head: tuple[int, str] | None = None,
) -> ChainReport:
    """Walk the trail in sequence order: each record given with its stored hash.

    `head` is the (seq, hash) the program keeps apart as the end of the trail; a trail
    that stops earlier lost its last records.
    """
    previous, expected_seq, count = GENESIS, 1, 0
    last_at: datetime | None = None
    for record, stored in records:
        count += 1
        if record.seq != expected_seq:
            if record.seq == expected_seq + 1:
                problem = said("audit_chain", "Record {seq} ontbreekt: het is verwijderd.").format(
                    seq=expected_seq
                )
            elif record.seq > expected_seq:
                problem = said(
                    "audit_chain",
                    "Na record {before} volgt record {seq}: de records {first} tot en met {last} "
                    "zijn verwijderd, of record {seq} is ingevoegd.",
                ).format(
                    before=expected_seq - 1,
                    seq=record.seq,
                    first=expected_seq,
                    last=record.seq - 1,
                )
            else:
                problem = said(
                    "audit_chain", "Record {seq} komt dubbel voor: er is een record tussengevoegd."
                ).format(seq=record.seq)
            return ChainReport(count, previous, ChainBreak(expected_seq, last_at, problem))
        if record.prev_hash != previous:
            return ChainReport(
                count,
                previous,
                ChainBreak(
                    record.seq,
                    record.at,
                    said(
                        "audit_chain",
                        "Het record verwijst niet naar het record ervoor: er is een record "
                        "verwijderd, tussengevoegd of gewijzigd.",
                    ),
                ),
            )
        if stored != record_hash(record):
            return ChainReport(
                count,
                previous,
                ChainBreak(
                    record.seq,
                    record.at,
                    said(
                        "audit_chain",
                        "De inhoud past niet bij de vastgelegde hash: het record is gewijzigd.",
                    ),
                ),
            )
        previous, expected_seq, last_at = stored, expected_seq + 1, record.at
    if head is not None and head != (expected_seq - 1, previous):
        seq, _hash = head
        problem = (
            said(
                "audit_chain",
                "Het logboek eindigt bij record {last}, maar liep tot record {seq}: de laatste "
                "records zijn verwijderd of vervangen.",
            ).format(last=expected_seq - 1, seq=seq)
            if seq >= expected_seq
            else said(
                "audit_chain",
                "Het einde van het logboek klopt niet met wat het programma bijhield.",
            )
        )
        return ChainReport(count, previous, ChainBreak(min(seq, expected_seq), last_at, problem))
    return ChainReport(count, previous, None)
