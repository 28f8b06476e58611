"""The JSON exchange format: dossiers to and from plain documents.

A `maatwerkdesk/1` document is::

    {"format": "maatwerkdesk/1", "exported_at": "2026-11-28T13:19:47.749960Z",
     "dossiers": [{"id": …, "reference": …, "created_at": …, "updated_at": …,
                   "fields": {…}, "timeline": […], "attachments": […]}]}

`maatwerkdesk/2` adds to each dossier its `record` (route checks, factors, decision,
weighing, proposal, agenda items, signed versions) and to the document the catalogues,
people, keys and meetings those refer to (domain/exchange_record.py). `maatwerkdesk/3`,
which this version writes, adds the deviation clause and the structured facts to a
dossier's fields and its group to its record; a program that reads only `/2` then says
which format it met instead of stumbling over a key it does not know. All three are read.

Reading is strict (docs/exchange-format.md): unknown keys, wrong types and nulls are
refused, every value goes through the same rules as the dossier editor, and every error
is a `ValidationError` whose message names the file and the field path, e.g.
``dossier.json: dossiers[3].fields.subject.bsn: Dit BSN is ongeldig…``. Nothing here
touches a file or a database: `parse_json` takes bytes, the services do the rest.
"""

from __future__ import annotations

import codecs
import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any

from maatwerkdesk.domain.dossier import (
    AttachmentInfo,
    DossierFields,
    DossierRecord,
    TimelineEntry,
    validate_fields,
    validate_timeline_entry,
)
from maatwerkdesk.domain.errors import ValidationError
from maatwerkdesk.domain.exchange_record import (
    DocumentExtras,
    DossierRecordExtras,
    document_parts_to_dict,
    is_canonical_uuid,
    read_document_parts,
    read_record,
    record_to_dict,
)
from maatwerkdesk.domain.sentence import Sentence, said
from maatwerkdesk.domain.serialise import Reader, fields_from_reader, fields_to_dict, shown
from maatwerkdesk.domain.text import SHORT_TEXT_LIMIT, clean_text
from maatwerkdesk.domain.vocabulary import DoenDimension, TimelineKind

FORMAT = "maatwerkdesk/3"
"""The format this version writes."""
FORMAT_1 = "maatwerkdesk/1"
FORMAT_2 = "maatwerkdesk/2"
READ_FORMATS = (FORMAT_1, FORMAT_2, FORMAT)
"""The formats this version reads: every one it ever wrote."""

REFERENCE_PATTERN = re.compile(r"MW-[0-9]{4}-[0-9]{5}")
"""Dossier references as the program hands them out (MW-JJJJ-NNNNN)."""

ATTACHMENT_NAME_LIMIT = 255
MAX_ATTACHMENT_SIZE = 2**31 - 1
"""The size column is a 32-bit integer; real attachments are far smaller (50 MB)."""

_TIMESTAMP = re.compile(
    r"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]{1,6})?(Z|[+-][0-9]{2}:[0-9]{2})"
)
_SHA256 = re.compile(r"[0-9a-f]{64}")
_CLOCK_SKEW = timedelta(days=1)


@dataclass(frozen=True)
class ImportedDossier:
    """One dossier read from a document, validated and ready to be stored as it is."""

    source: str
    """The file it came from, for messages."""
    path: str
    """Where in that file, e.g. 'dossiers[3]'."""
    id: str
    reference: str
    created_at: datetime
    updated_at: datetime
    fields: DossierFields
    timeline: tuple[TimelineEntry, ...] = ()
    attachments: tuple[AttachmentInfo, ...] = ()
    record: DossierRecordExtras | None = None
    """Everything behind the decision (since maatwerkdesk/2); None from a version 1 file."""

    def where(self, detail: str = "") -> str:
        """'file: dossiers[3].detail' — the start of a message about this dossier."""
        return f"{self.source}: {self.path}{'.' + detail if detail else ''}"


# --- writing -------------------------------------------------------------------------------


def timestamp(moment: datetime) -> str:
    """UTC with microseconds and a Z, e.g. '2026-11-28T13:19:47.749960Z'."""
    if moment.tzinfo is None:
        raise ValueError("naive datetime given where UTC is required")
    return moment.astimezone(UTC).isoformat(timespec="microseconds").replace("+00:00", "Z")


def timeline_entry_to_dict(entry: TimelineEntry) -> dict[str, Any]:
    return timeline_values_to_dict(
        entry.id, entry.occurred_on, entry.kind.value, entry.description, entry.author
    )


def timeline_values_to_dict(
    id_: str, occurred_on: date, kind: str, description: str, author: str | None
) -> dict[str, Any]:
    """A timeline entry as the format writes it, from its stored values."""
    return {
        "id": id_,
        "occurred_on": occurred_on.isoformat(),
        "kind": kind,
        "description": description,
        "author": author,
    }


def attachment_to_dict(attachment: AttachmentInfo) -> dict[str, Any]:
    return {
        "id": attachment.id,
        "original_name": attachment.original_name,
        "size": attachment.size,
        "sha256": attachment.sha256,
        "added_at": timestamp(attachment.added_at),
        "description": attachment.description,
    }


def dossier_to_dict(
    record: DossierRecord, extras: DossierRecordExtras | None = None
) -> dict[str, Any]:
    """One entry of a document's `dossiers` list.

    Timeline entries are ordered by date (then id) and attachments by the moment they were
    added (then id), so the same dossier always gives the same document.
    """
    return {
        "id": record.id,
        "reference": record.reference,
        "created_at": timestamp(record.created_at),
        "updated_at": timestamp(record.updated_at),
        "fields": fields_to_dict(record.fields),
        **entries_to_dict(record.timeline, record.attachments),
        "record": record_to_dict(extras or DossierRecordExtras(), timestamp),
    }


def entries_to_dict(
    timeline: Iterable[TimelineEntry], attachments: Iterable[AttachmentInfo]
) -> dict[str, list[dict[str, Any]]]:
    """The `timeline` and `attachments` of a dossier's entry, in their fixed order."""
    return ordered_entries(
        [timeline_entry_to_dict(e) for e in timeline], [attachment_to_dict(a) for a in attachments]
    )


def ordered_entries(
    timeline: Iterable[dict[str, Any]], attachments: Iterable[dict[str, Any]]
) -> dict[str, list[dict[str, Any]]]:
    """Timeline entries (as the format writes them) by date, then id, and attachments by
    the moment they were added, then id: the written dates and moments have a fixed width,
    so their text sorts as they do."""
    return {
        "timeline": sorted(timeline, key=lambda e: (e["occurred_on"], e["id"])),
        "attachments": sorted(attachments, key=lambda a: (a["added_at"], a["id"])),
    }


def dossiers_to_document(
    records: list[DossierRecord],
    parts: DocumentExtras | None = None,
    *,
    exported_at: datetime | None = None,
) -> dict[str, Any]:
    """A complete `maatwerkdesk/3` document; `parts.records` holds each dossier's record."""
    parts = parts or DocumentExtras()
    return {
        "format": FORMAT,
        "exported_at": timestamp(exported_at or datetime.now(UTC)),
        **document_parts_to_dict(parts),
        "dossiers": [dossier_to_dict(r, parts.records.get(r.id)) for r in records],
    }


def document_to_json(document: dict[str, Any]) -> bytes:
    """The bytes of an export file: UTF-8 without BOM, readable, ending in a newline."""
    return (json.dumps(document, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


# --- reading bytes -----------------------------------------------------------------------


class _DuplicateKeyError(Exception):
    def __init__(self, key: str) -> None:
        super().__init__(key)
        self.key = key


class _ConstantError(Exception):
    def __init__(self, name: str) -> None:
        super().__init__(name)
        self.name = name


def _no_duplicate_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result = dict(pairs)
    if len(result) != len(pairs):  # rare: only then look for the key that came twice
        seen: set[str] = set()
        for key, _value in pairs:
            if key in seen:
                raise _DuplicateKeyError(key)
            seen.add(key)
    return result


def _refuse_constant(name: str) -> Any:
    raise _ConstantError(name)


_JSON_MESSAGES = {
    "Expecting value": said("exchange", "hier wordt een waarde verwacht"),
    "Expecting property name enclosed in double quotes": said(
        "exchange", "hier wordt een veldnaam tussen dubbele aanhalingstekens verwacht"
    ),
    "Expecting ',' delimiter": said("exchange", "hier wordt een komma verwacht"),
    "Expecting ':' delimiter": said("exchange", "hier wordt een dubbele punt verwacht"),
    "Unterminated string starting at": said(
        "exchange", "de tekst die hier begint wordt niet afgesloten"
    ),
    "Invalid control character at": said(
        "exchange", "ongeldig stuurteken in een tekst (gebruik \\n of \\t)"
    ),
    "Invalid \\escape": said("exchange", "ongeldige escape (\\…) in een tekst"),
    "Invalid \\uXXXX escape": said("exchange", "ongeldige \\uXXXX-escape in een tekst"),
    "Extra data": said("exchange", "na het einde van de JSON staat nog meer"),
}

_OTHER_ENCODINGS = [
    (codecs.BOM_UTF32_LE, "UTF-32"),
    (codecs.BOM_UTF32_BE, "UTF-32"),
    (codecs.BOM_UTF16_LE, "UTF-16"),
    (codecs.BOM_UTF16_BE, "UTF-16"),
]


def _position(raw: bytes, offset: int) -> tuple[int, int]:
    line = raw.count(b"\n", 0, offset) + 1
    column = offset - (raw.rfind(b"\n", 0, offset) + 1) + 1
    return line, column


def parse_json(raw: bytes, source: str) -> object:
    """Decode an import file: strict UTF-8 (a UTF-8 BOM is allowed), then strict JSON.

    Raises ValidationError naming `source` and, where it can, the line and column.
    Duplicate keys, NaN/Infinity, NUL bytes and other encodings are refused.
    """

    def fail(message: Sentence) -> ValidationError:
        return ValidationError(
            "(bestand)",
            said("exchange", "{source}: {message}").format(source=source, message=message),
        )

    for bom, name in _OTHER_ENCODINGS:
        if raw.startswith(bom):
            raise fail(
                said(
                    "exchange",
                    "het bestand is opgeslagen als {encoding}; sla het op als UTF-8 en importeer "
                    "het opnieuw.",
                ).format(encoding=name)
            )
    if raw.startswith(codecs.BOM_UTF8):
        raw = raw[len(codecs.BOM_UTF8) :]
    if b"\x00" in raw:
        line, column = _position(raw, raw.index(b"\x00"))
        raise fail(
            said(
                "exchange",
                "het bestand bevat een NUL-byte (regel {line}, kolom {column}); het is geen "
                "UTF-8-tekst maar bijvoorbeeld UTF-16 of een binair bestand.",
            ).format(line=line, column=column)
        )
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        line, column = _position(raw, error.start)
        raise fail(
            said(
                "exchange",
                "geen geldige UTF-8-tekst (regel {line}, byte {column}); sla het bestand op als "
                "UTF-8 en importeer het opnieuw.",
            ).format(line=line, column=column)
        ) from None
    if not text.strip():
        raise fail(said("exchange", "het bestand is leeg."))
    try:
        return json.loads(
            text, object_pairs_hook=_no_duplicate_keys, parse_constant=_refuse_constant
        )
    except json.JSONDecodeError as error:
        reason = _JSON_MESSAGES.get(error.msg, error.msg)
        if error.pos >= len(text.rstrip()) and error.msg != "Extra data":
            invalid = said(
                "exchange",
                "geen geldige JSON (regel {line}, kolom {column}): {reason}; het bestand houdt "
                "onverwacht op (afgebroken?).",
            )
        else:
            invalid = said(
                "exchange", "geen geldige JSON (regel {line}, kolom {column}): {reason}."
            )
        raise fail(invalid.format(line=error.lineno, column=error.colno, reason=reason)) from None
    except RecursionError:
        raise fail(
            said("exchange", "geen geldige JSON: de gegevens zijn te diep genest.")
        ) from None
    except _DuplicateKeyError as error:
        raise fail(
            said(
                "exchange",
                "geen geldige JSON: het veld '{key}' komt twee keer voor in hetzelfde object.",
            ).format(key=shown(error.key))
        ) from None
    except _ConstantError as error:
        raise fail(
            said("exchange", "geen geldige JSON: '{name}' is geen getal in JSON.").format(
                name=error.name
            )
        ) from None
    except ValueError:  # e.g. an integer with more digits than Python converts
        raise fail(said("exchange", "geen geldige JSON: een getal is te groot.")) from None


# --- reading documents -------------------------------------------------------------------


def _uuid(reader: Reader, key: str) -> str:
    value = reader.text(key, required=True)
    if not is_canonical_uuid(value):
        raise ValidationError(
            reader.where(key),
            said(
                "exchange",
                "'{value}' is geen UUID in de vorm xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx "
                "(kleine letters).",
            ).format(value=shown(value)),
        )
    return value


def read_timestamp(reader: Reader, key: str) -> datetime:
    """A required timestamp (see docs/exchange-format.md), as an aware UTC datetime."""
    value = reader.text(key, required=True)
    moment = None
    if _TIMESTAMP.fullmatch(value):
        try:
            moment = datetime.fromisoformat(value).astimezone(UTC)
        except (ValueError, OverflowError):  # 2026-13-01, or year 1 shifted out of range
            moment = None
    if moment is None:
        raise ValidationError(
            reader.where(key),
            said(
                "exchange", "'{value}' is geen tijdstip in de vorm JJJJ-MM-DDTuu:mm:ss(.ffffff)Z."
            ).format(value=shown(value)),
        )
    return moment


def refuse_future(reader: Reader, key: str, moment: datetime, now: datetime) -> None:
    """Refuse a timestamp more than a day (clock skew) after `now`."""
    if moment > now + _CLOCK_SKEW:
        raise ValidationError(
            reader.where(key), said("exchange", "Dit tijdstip ligt in de toekomst.")
        )


def _reference(reader: Reader) -> str:
    value = reader.text("reference", required=True)
    if not REFERENCE_PATTERN.fullmatch(value):
        raise ValidationError(
            reader.where("reference"),
            said("exchange", "'{value}' is geen dossierkenmerk in de vorm MW-JJJJ-NNNNN.").format(
                value=shown(value)
            ),
        )
    return value


def _relocated(error: ValidationError, prefix: str) -> ValidationError:
    """A ValidationError of the dossier rules, re-addressed to its place in the document."""
    field = error.field
    head, _, rest = field.partition(".")
    if head == "doenvermogen" and rest in {d.value for d in DoenDimension}:
        field = f"doenvermogen.dimensions.{rest}.note"
    elif head == "timeline":
        field = rest
    return ValidationError(f"{prefix}.{field}", error.message)


def _fields(reader: Reader, today: date) -> DossierFields:
    fields_reader = reader.child("fields", required=True)
    raw = fields_from_reader(fields_reader)
    fields_reader.finish()
    try:
        clean = validate_fields(raw, today)
    except ValidationError as error:
        raise _relocated(error, fields_reader.path) from None
    subject = raw.subject
    # The format holds identifiers as stored: no spaces or dots, no leading zero dropped.
    if subject.bsn and clean.subject.bsn != subject.bsn:
        raise ValidationError(
            f"{fields_reader.path}.subject.bsn",
            said("exchange", "Schrijf het BSN als 9 cijfers, zonder spaties of punten."),
        )
    if subject.kvk_number and clean.subject.kvk_number != subject.kvk_number:
        raise ValidationError(
            f"{fields_reader.path}.subject.kvk_number",
            said("exchange", "Schrijf het KvK-nummer als 8 cijfers, zonder spaties of punten."),
        )
    return clean


def _timeline_entry(reader: Reader, today: date) -> TimelineEntry:
    entry = TimelineEntry(
        id=_uuid(reader, "id"),
        occurred_on=reader.iso_date("occurred_on", required=True) or today,
        kind=reader.choice("kind", TimelineKind),
        description=reader.text("description", required=True),
        author=reader.text("author"),
    )
    reader.finish()
    try:
        return validate_timeline_entry(entry, today)
    except ValidationError as error:
        raise _relocated(error, reader.path) from None


def _attachment(reader: Reader, now: datetime) -> AttachmentInfo:
    attachment_id = _uuid(reader, "id")
    name = clean_text(
        reader.text("original_name", required=True),
        reader.where("original_name"),
        limit=ATTACHMENT_NAME_LIMIT,
        multiline=False,
    )
    if not name:
        raise ValidationError(
            reader.where("original_name"), said("exchange", "Geef de bijlage een naam.")
        )
    size = reader.integer("size", required=True)
    if size is None or not 0 <= size <= MAX_ATTACHMENT_SIZE:
        raise ValidationError(
            reader.where("size"),
            said("exchange", "Hier wordt een grootte in bytes (0 of meer) verwacht."),
        )
    sha256 = reader.text("sha256", required=True)
    if not _SHA256.fullmatch(sha256):
        raise ValidationError(
            reader.where("sha256"),
            said("exchange", "Hier wordt een SHA-256 als 64 hexadecimale tekens verwacht."),
        )
    added_at = read_timestamp(reader, "added_at")
    refuse_future(reader, "added_at", added_at, now)
    description = clean_text(
        reader.text("description"),
        reader.where("description"),
        limit=SHORT_TEXT_LIMIT,
        multiline=False,
    )
    reader.finish()
    return AttachmentInfo(attachment_id, name, size, sha256, added_at, description)


def _unique(reader: Reader, key: str, index: int, value: str, seen: dict[str, int]) -> None:
    if value in seen:
        raise ValidationError(
            f"{reader.where(key)}[{index}].id",
            said(
                "exchange",
                "Deze id komt al voor bij {key}[{index}]; ieder item heeft een eigen id.",
            ).format(key=key, index=seen[value]),
        )
    seen[value] = index


def _dossier(
    reader: Reader, source: str, today: date, now: datetime, *, version: str
) -> ImportedDossier:
    dossier_id = _uuid(reader, "id")
    reference = _reference(reader)
    created_at, updated_at = _moments(reader, now)
    fields = _fields(reader, today)
    timeline, attachments = _entries(reader, today, now)
    record = None
    if version != FORMAT_1:
        record = read_record(reader.child("record"), read_timestamp)
    reader.finish()
    return ImportedDossier(
        source=source,
        path=reader.path,
        id=dossier_id,
        reference=reference,
        created_at=created_at,
        updated_at=updated_at,
        fields=fields,
        timeline=timeline,
        attachments=attachments,
        record=record,
    )


def _moments(reader: Reader, now: datetime) -> tuple[datetime, datetime]:
    """The dossier's `created_at` and `updated_at`."""
    created_at = read_timestamp(reader, "created_at")
    updated_at = read_timestamp(reader, "updated_at")
    refuse_future(reader, "updated_at", updated_at, now)
    if updated_at < created_at:
        raise ValidationError(
            reader.where("updated_at"),
            said("exchange", "Dit tijdstip ligt vóór created_at; dat kan niet."),
        )
    return created_at, updated_at


def _entries(
    reader: Reader, today: date, now: datetime
) -> tuple[tuple[TimelineEntry, ...], tuple[AttachmentInfo, ...]]:
    """The dossier's timeline entries and attachments, each id once."""
    timeline = []
    seen: dict[str, int] = {}
    for index, item in enumerate(reader.items("timeline")):
        entry_reader = Reader(item, f"{reader.where('timeline')}[{index}]", strict=True)
        entry = _timeline_entry(entry_reader, today)
        _unique(reader, "timeline", index, entry.id, seen)
        timeline.append(entry)
    attachments = []
    seen = {}
    for index, item in enumerate(reader.items("attachments")):
        attachment_reader = Reader(item, f"{reader.where('attachments')}[{index}]", strict=True)
        attachment = _attachment(attachment_reader, now)
        _unique(reader, "attachments", index, attachment.id, seen)
        attachments.append(attachment)
    return tuple(timeline), tuple(attachments)


@dataclass(frozen=True)
class Additions:
    """Timeline entries and attachments added to a dossier, and when it changed."""

    id: str
    updated_at: datetime
    timeline: tuple[TimelineEntry, ...]
    attachments: tuple[AttachmentInfo, ...]


ADDITION_KEYS = ("id", "created_at", "updated_at", "timeline", "attachments")


def read_additions(
    entry: Mapping[str, Any], source: str, *, today: date, now: datetime
) -> Additions:
    """The `timeline` and `attachments` of a dossier's entry (`dossiers[0]` of a document)
    with its id and moments, each value checked as `read_document` checks it: for a
    dossier whose other parts a database holds already exactly as the entry has them
    (compared, so not read again), the entry holding only what it adds."""
    try:
        present = {key: entry[key] for key in ADDITION_KEYS if key in entry}
        reader = Reader(present, "dossiers[0]", strict=True)
        dossier_id = _uuid(reader, "id")
        _created_at, updated_at = _moments(reader, now)
        timeline, attachments = _entries(reader, today, now)
        reader.finish()
    except ValidationError as error:
        raise _placed(error, source) from None
    return Additions(dossier_id, updated_at, timeline, attachments)


def _placed(error: ValidationError, source: str) -> ValidationError:
    """`error` with the file and the field path in front of its message."""
    return ValidationError(
        error.field,
        said("exchange", "{source}: {field}: {message}").format(
            source=source, field=error.field, message=error.message
        ),
    )


def _either(names: tuple[str, ...]) -> str:
    """'maatwerkdesk/1 of maatwerkdesk/2 of maatwerkdesk/3'."""
    if len(names) <= 1:
        return "".join(names)
    return said("exchange", "{name} of {others}").format(name=names[0], others=_either(names[1:]))


def check_format(reader: Reader, *expected: str) -> str:
    """The document's `format` if it is one of `expected`; refused otherwise, naming what
    this version reads."""
    value = reader.raw("format")
    if value not in expected:
        if "format" not in reader.data:
            found = said("exchange", "het veld format ontbreekt")
        elif isinstance(value, str):
            found = said("exchange", "gevonden: '{value}'").format(value=shown(value))
        else:
            found = said("exchange", "geen tekst")
        raise ValidationError(
            "format",
            said(
                "exchange",
                "Dit is geen bestand in het uitwisselingsformaat {names} ({found}). Deze versie "
                "van MaatwerkDesk leest alleen {names}.",
            ).format(names=_either(expected), found=found),
        )
    return str(value)


@dataclass(frozen=True)
class ImportedDocument:
    source: str
    dossiers: list[ImportedDossier]
    parts: DocumentExtras


def document_to_dossiers(
    data: object, source: str, *, today: date | None = None, now: datetime | None = None
) -> list[ImportedDossier]:
    """The dossiers of a decoded document (see `read_document`)."""
    return read_document(data, source, today=today, now=now).dossiers


def read_document(
    data: object, source: str, *, today: date | None = None, now: datetime | None = None
) -> ImportedDocument:
    """Read a decoded `maatwerkdesk/1`, `/2` or `/3` document; every value is checked first.

    `today`/`now` default to the real date and time (the rules refuse dates of birth in
    the future and timestamps more than a day ahead). Raises ValidationError whose message
    starts with ``source: field.path:``.
    """
    today = today or date.today()
    now = now or datetime.now(UTC)
    try:
        reader = Reader(data, "", strict=True)
        version = check_format(reader, *READ_FORMATS)
        exported_at = read_timestamp(reader, "exported_at")
        parts = read_document_parts(reader) if version != FORMAT_1 else DocumentExtras()
        refuse_future(reader, "exported_at", exported_at, now)
        dossiers = []
        seen: dict[str, int] = {}
        references: dict[str, int] = {}
        for index, item in enumerate(reader.items("dossiers", required=True)):
            dossier = _dossier(
                Reader(item, f"dossiers[{index}]", strict=True),
                source,
                today,
                now,
                version=version,
            )
            if dossier.id in seen:
                raise ValidationError(
                    f"dossiers[{index}].id",
                    said(
                        "exchange",
                        "Dit dossier staat al eerder in het bestand (dossiers[{index}]).",
                    ).format(index=seen[dossier.id]),
                )
            if dossier.reference in references:
                raise ValidationError(
                    f"dossiers[{index}].reference",
                    said(
                        "exchange",
                        "Kenmerk {reference} staat al eerder in het bestand (dossiers[{index}]).",
                    ).format(reference=dossier.reference, index=references[dossier.reference]),
                )
            seen[dossier.id] = references[dossier.reference] = index
            dossiers.append(dossier)
        reader.finish()
    except ValidationError as error:
        raise _placed(error, source) from None
    return ImportedDocument(source, dossiers, parts)


def record_of(imported: ImportedDossier, revision: int = 1) -> DossierRecord:
    """The record an imported dossier becomes once stored (used by tests and previews)."""
    return DossierRecord(
        id=imported.id,
        reference=imported.reference,
        revision=revision,
        created_at=imported.created_at,
        updated_at=imported.updated_at,
        fields=imported.fields,
        timeline=imported.timeline,
        attachments=imported.attachments,
    )
