"""The exchange format `maatwerkdesk/3` (and reading `/2` and `/1`): writing, strict reading, round
trips and the schema."""

from __future__ import annotations

import copy
import json
import re
from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from samples import sample_fields

from maatwerkdesk.domain.case_facts import ECLI_PATTERN, AmountKind, PartyRole, Period, Stage
from maatwerkdesk.domain.dossier import (
    AttachmentInfo,
    DimensionNote,
    Doenvermogen,
    DossierFields,
    DossierRecord,
    Subject,
    TimelineEntry,
    validate_fields,
    validate_timeline_entry,
)
from maatwerkdesk.domain.errors import ValidationError
from maatwerkdesk.domain.exchange import (
    FORMAT,
    document_to_dossiers,
    document_to_json,
    dossiers_to_document,
    parse_json,
    record_of,
)
from maatwerkdesk.domain.text import clean_text
from maatwerkdesk.domain.vocabulary import (
    DoenDimension,
    DoenObservation,
    DossierStatus,
    Organisation,
    Stressor,
    SubjectKind,
    TimelineKind,
)

TODAY = date(2026, 11, 28)
NOW = datetime(2026, 11, 28, 12, 0, tzinfo=UTC)
DOCS = Path(__file__).resolve().parents[2] / "docs"
SCHEMA = json.loads((DOCS / "schemas" / "maatwerkdesk-3.schema.json").read_text("utf-8"))


def full_record() -> DossierRecord:
    fields = sample_fields()
    return DossierRecord(
        id="3f0b6a1e-6a51-4c8e-9a35-0f2d7c1b9e42",
        reference="MW-2026-00012",
        revision=4,
        created_at=datetime(2026, 3, 2, 9, 14, 5, 120000, tzinfo=UTC),
        updated_at=datetime(2026, 4, 17, 15, 2, 41, 311, tzinfo=UTC),
        fields=validate_fields(fields, TODAY),
        timeline=(
            TimelineEntry(
                date(2026, 3, 20),
                TimelineKind.HOME_VISIT,
                "Huisbezoek met de wijkcoach.",
                "Anouk Verhoef",
                "b1e2d3c4-5f60-4718-9a2b-3c4d5e6f7a8b",
            ),
            TimelineEntry(
                date(2026, 3, 2),
                TimelineKind.LETTER_OUT,
                "Besluit verzonden.",
                "",
                "a9d3c0f4-2b7e-4f61-8c1d-5e6f7a8b9c0d",
            ),
        ),
        attachments=(
            AttachmentInfo(
                "c7f8e9d0-1a2b-4c3d-8e4f-5a6b7c8d9e0f",
                "verklaring huisarts.pdf",
                48213,
                "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
                datetime(2026, 3, 21, 10, 0, tzinfo=UTC),
                "Medische verklaring",
            ),
        ),
    )


def document() -> dict[str, Any]:
    return dossiers_to_document([full_record()], exported_at=NOW)


def read(data: object, source: str = "dossier.json") -> list:
    return document_to_dossiers(data, source, today=TODAY, now=NOW)


def through_json(data: dict[str, Any]) -> object:
    return parse_json(document_to_json(data), "dossier.json")


def sorted_record(record: DossierRecord) -> DossierRecord:
    """The record as the format orders it (timeline by date, attachments by time)."""
    return DossierRecord(
        **{
            **record.__dict__,
            "timeline": tuple(sorted(record.timeline, key=lambda e: (e.occurred_on, e.id))),
            "attachments": tuple(sorted(record.attachments, key=lambda a: (a.added_at, a.id))),
        }
    )


# --- writing and round trip ---------------------------------------------------------------


def test_document_has_the_documented_shape() -> None:
    doc = document()
    assert doc["format"] == FORMAT == "maatwerkdesk/3"
    assert doc["exported_at"] == "2026-11-28T12:00:00.000000Z"
    (dossier,) = doc["dossiers"]
    assert dossier["created_at"] == "2026-03-02T09:14:05.120000Z"
    assert dossier["updated_at"] == "2026-04-17T15:02:41.000311Z"
    assert [e["occurred_on"] for e in dossier["timeline"]] == ["2026-03-02", "2026-03-20"]
    assert dossier["fields"]["subject"]["date_of_birth"] == "1980-02-29"
    assert "revision" not in dossier


def test_export_bytes_are_utf8_without_bom_and_keep_diacritics() -> None:
    raw = document_to_json(document())
    assert not raw.startswith(b"\xef\xbb\xbf") and raw.endswith(b"}\n")
    assert "Zoë de Vries-Öztürk".encode() in raw


def test_round_trip_keeps_every_field_including_diacritics() -> None:
    (imported,) = read(through_json(document()))
    assert record_of(imported, revision=4) == sorted_record(full_record())
    assert imported.source == "dossier.json" and imported.path == "dossiers[0]"


def test_round_trip_of_a_minimal_business_dossier() -> None:
    record = DossierRecord(
        id="00000000-0000-4000-8000-000000000001",
        reference="MW-2025-00001",
        revision=1,
        created_at=datetime(2025, 1, 1, tzinfo=UTC),
        updated_at=datetime(2025, 1, 1, tzinfo=UTC),
        fields=DossierFields(
            title="Klusbedrijf",
            subject=Subject(kind=SubjectKind.BUSINESS, kvk_number="99990001", bsn="999990019"),
        ),
    )
    (imported,) = read(through_json(dossiers_to_document([record], exported_at=NOW)))
    assert record_of(imported) == record


def test_other_zones_are_read_as_utc() -> None:
    doc = document()
    doc["dossiers"][0]["created_at"] = "2026-03-02T10:14:05.12+01:00"
    (imported,) = read(doc)
    assert imported.created_at == datetime(2026, 3, 2, 9, 14, 5, 120000, tzinfo=UTC)


def test_optional_fields_may_be_left_out() -> None:
    doc = {
        "format": FORMAT,
        "exported_at": "2026-11-28T10:00:00Z",
        "dossiers": [
            {
                "id": "00000000-0000-4000-8000-000000000002",
                "reference": "MW-2026-00002",
                "created_at": "2026-11-01T10:00:00Z",
                "updated_at": "2026-11-01T10:00:00Z",
                "fields": {"title": "Alleen een titel"},
            }
        ],
    }
    (imported,) = read(doc)
    assert imported.fields == DossierFields(title="Alleen een titel")
    assert imported.timeline == () and imported.attachments == ()


def test_a_file_from_before_the_deviation_clause_still_imports() -> None:
    """Files written before dossiers had `deviation_article` lack the key: the article they
    carry stays the generic rule's and the deviation clause is empty."""
    doc = document()
    del doc["dossiers"][0]["fields"]["deviation_article"]
    (imported,) = read(through_json(doc))
    expected = full_record().fields
    assert imported.fields.article == expected.article
    assert imported.fields == replace(expected, deviation_article="")


def test_the_deviation_clause_is_written_and_read_back() -> None:
    (dossier,) = document()["dossiers"]
    assert dossier["fields"]["article"] == "art. 58 lid 1"
    assert dossier["fields"]["deviation_article"] == "art. 58 lid 8"
    (imported,) = read(through_json(document()))
    assert imported.fields.deviation_article == "art. 58 lid 8"


_text = st.text(
    alphabet=st.characters(blacklist_categories=["Cs"]),  # JSON cannot carry lone surrogates
    max_size=300,
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    title=_text,
    owner=_text,
    article=_text,
    deviation_article=_text,
    knelpunt=_text,
    notes=_text,
    name=_text,
    household=_text,
    note=_text,
    description=_text,
    author=_text,
    attachment_name=_text,
)
def test_generated_texts_survive_export_and_import_unchanged(
    title: str,
    owner: str,
    article: str,
    deviation_article: str,
    knelpunt: str,
    notes: str,
    name: str,
    household: str,
    note: str,
    description: str,
    author: str,
    attachment_name: str,
) -> None:
    """Whatever a caseworker could store comes back exactly, after a trip through JSON."""
    stored = full_record()
    fields = DossierFields(
        title=title,
        owner=owner,
        article=article,
        deviation_article=deviation_article,
        knelpunt=knelpunt,
        notes=notes,
        subject=Subject(name=name, household=household),
        doenvermogen=Doenvermogen({DoenDimension.SETBACK: DimensionNote(note=note)}),
    )
    try:
        clean = validate_fields(fields, TODAY)
        entry = validate_timeline_entry(
            TimelineEntry(TODAY, TimelineKind.NOTE, description, author, stored.timeline[0].id),
            TODAY,
        )
        shown_name = clean_text(attachment_name, "name", limit=255, multiline=False)
    except ValidationError:
        assume(False)
        return
    assume(shown_name)
    record = DossierRecord(
        **{
            **stored.__dict__,
            "fields": clean,
            "timeline": (entry,),
            "attachments": (
                AttachmentInfo(**{**stored.attachments[0].__dict__, "original_name": shown_name}),
            ),
        }
    )
    (imported,) = read(through_json(dossiers_to_document([record], exported_at=NOW)))
    assert record_of(imported, revision=record.revision) == record


def test_text_that_normalises_only_after_cleaning_still_round_trips() -> None:
    """'e', NUL, combining acute: cleaned once it must already be in its final form."""
    record = full_record()
    fields = validate_fields(
        DossierFields(title="Cafe\x00\u0301", notes="e\u200f\u0301\r\n"), TODAY
    )
    record = DossierRecord(**{**record.__dict__, "fields": fields})
    (imported,) = read(through_json(dossiers_to_document([record], exported_at=NOW)))
    assert imported.fields == fields and fields.title == "Café"


# --- strict reading -----------------------------------------------------------------------


def _set(path: str, value: object) -> Any:
    def mutate(doc: dict[str, Any]) -> None:
        *parents, last = path.split(".")
        target: Any = doc
        for part in parents:
            target = target[int(part)] if part.isdigit() else target[part]
        if value is _DELETE:
            del target[last]
        else:
            target[last] = value

    return mutate


_DELETE = object()
F = "dossiers.0.fields.facts."


@pytest.mark.parametrize(
    ("mutate", "path", "words"),
    [
        (_set("dossiers.0.fields.title", 5), "dossiers[0].fields.title", "tekst"),
        (_set("dossiers.0.fields.title", "  "), "dossiers[0].fields.title", "titel"),
        (_set("dossiers.0.fields.status", "klaar"), "dossiers[0].fields.status", "kies uit"),
        (_set("dossiers.0.fields.status", ""), "dossiers[0].fields.status", "kies uit"),
        (_set("dossiers.0.fields.status", None), "dossiers[0].fields.status", "null"),
        (_set("dossiers.0.fields.subject.bsn", "123456789"), ".subject.bsn", "elfproef"),
        (_set("dossiers.0.fields.subject.bsn", "9999.90.019"), ".subject.bsn", "9 cijfers"),
        (_set("dossiers.0.fields.subject.kvk_number", "9999 0001"), ".kvk_number", "KvK"),
        (_set("dossiers.0.fields.organisations", "gemeente"), ".organisations", "lijst"),
        (_set("dossiers.0.fields.organisations", ["rijk"]), ".organisations[0]", "kies uit"),
        (_set("dossiers.0.fields.subject.date_of_birth", "29-02-1980"), ".date_of_birth", "JJJJ"),
        (_set("dossiers.0.fields.subject.date_of_birth", "19800229"), ".date_of_birth", "JJJJ"),
        (_set("dossiers.0.fields.subject.date_of_birth", ""), ".date_of_birth", "JJJJ"),
        (_set("dossiers.0.fields.subject.date_of_birth", "2030-01-01"), ".date_of_birth", "kan"),
        (_set("dossiers.0.fields.subject", []), "dossiers[0].fields.subject", "object"),
        (_set("dossiers.0.fields.titel", "x"), "dossiers[0].fields.titel", "onbekend"),
        (_set("dossiers.0.fields.notes", "x" * 100_001), "dossiers[0].fields.notes", "te lang"),
        (_set("dossiers.0.fields.deviation_article", 58), ".deviation_article", "tekst"),
        (_set("dossiers.0.fields.deviation_article", None), ".deviation_article", "null"),
        (_set("dossiers.0.fields.deviation_article", "x" * 201), ".deviation_article", "te lang"),
        (
            _set("dossiers.0.fields.doenvermogen.dimensions.moed", {}),
            ".dimensions.moed",
            "dimensie",
        ),
        (_set("dossiers.0.fields.doenvermogen.stressors", ["geld"]), ".stressors[0]", "kies uit"),
        (_set(F + "stage", "cassatie"), ".facts.stage", "kies uit"),
        (_set(F + "stage", None), ".facts.stage", "null"),
        (_set(F + "amounts.0.euros", "-12.00"), ".amounts[0].euros", "bedrag"),
        (_set(F + "amounts.0.euros", 4312.17), ".amounts[0].euros", "tekst"),
        (_set(F + "amounts.0.euros", "4312,17"), ".amounts[0].euros", "bedrag"),
        (_set(F + "amounts.0.euros", "4312.1"), ".amounts[0].euros", "bedrag"),
        (_set(F + "amounts.0.euros", "NaN"), ".amounts[0].euros", "bedrag"),
        (_set(F + "amounts.0.euros", "99999999.99"), ".amounts[0].euros", "kan niet kloppen"),
        (_set(F + "amounts.0.euros", "1" + "0" * 400 + ".00"), ".amounts[0].euros", "bedrag"),
        (_set(F + "amounts.0.kind", "boete"), ".amounts[0].kind", "kies uit"),
        (_set(F + "amounts.0.period", "per_week"), ".amounts[0].period", "kies uit"),
        (_set(F + "amounts.1.ends", "2024-12-31"), ".amounts[1].ends", "vóór de begindatum"),
        (_set(F + "amounts.1.starts", "1850-01-01"), ".amounts[1].starts", "1900"),
        (_set(F + "amounts.0.id", "x"), ".amounts[0].id", "UUID"),
        (_set(F + "amounts.0.id", _DELETE), ".amounts[0].id", "ontbreekt"),
        (_set(F + "amounts.0.rente", 3), ".amounts[0].rente", "onbekend"),
        (_set(F + "amounts", [{}] * 101), ".facts.amounts", "meer dan 100"),
        (_set(F + "third_parties.0.name", " \u202e "), ".third_parties[0].name", "Noem"),
        (_set(F + "third_parties.0.role", "buurman"), ".third_parties[0].role", "kies uit"),
        (_set(F + "third_parties.0.note", "x" * 501), ".third_parties[0].note", "te lang"),
        (_set(F + "rulings.0.ecli", "ECLI:NL:CRVB:2024"), ".rulings[0].ecli", "geen ECLI"),
        (_set(F + "rulings.0.ecli", "ecli:nl:crvb:2024:726"), ".rulings[0].ecli", "hoofdletters"),
        (_set(F + "rulings.0.ecli", "ECLI:NL:CRVB:2099:1"), ".rulings[0].ecli", "toekomst"),
        (_set(F + "rulings.0.ecli", "ECLI:NL:CR-B:2024:1"), ".rulings[0].ecli", "geen ECLI"),
        (_set(F + "facts", 1), ".facts.facts", "onbekend"),
        (_set("dossiers.0.id", "3F0B6A1E-6A51-4C8E-9A35-0F2D7C1B9E42"), "dossiers[0].id", "UUID"),
        (_set("dossiers.0.id", 12), "dossiers[0].id", "tekst"),
        (_set("dossiers.0.reference", "MW-2026-12"), "dossiers[0].reference", "MW-JJJJ"),
        (_set("dossiers.0.reference", "MW-٢٠٢٦-00012"), "dossiers[0].reference", "MW-JJJJ"),
        (_set("dossiers.0.created_at", "2026-03-02 09:14:05"), ".created_at", "tijdstip"),
        (_set("dossiers.0.created_at", "2026-03-02T09:14:05"), ".created_at", "tijdstip"),
        (_set("dossiers.0.created_at", "0001-01-01T00:00:00+01:00"), ".created_at", "tijdstip"),
        (_set("dossiers.0.created_at", "2026-13-01T00:00:00Z"), ".created_at", "tijdstip"),
        (_set("dossiers.0.updated_at", "2026-01-01T00:00:00Z"), ".updated_at", "created_at"),
        (_set("dossiers.0.updated_at", "2027-01-01T00:00:00Z"), ".updated_at", "toekomst"),
        (_set("dossiers.0.fields", _DELETE), "dossiers[0].fields", "ontbreekt"),
        (_set("dossiers.0.revision", 3), "dossiers[0].revision", "onbekend"),
        (_set("dossiers.0.timeline.1.description", ""), ".timeline[1].description", "Beschrijf"),
        (_set("dossiers.0.timeline.1.kind", "mail"), ".timeline[1].kind", "kies uit"),
        (_set("dossiers.0.timeline.0.occurred_on", "1850-01-01"), ".timeline[0].occurred_on", ""),
        (_set("dossiers.0.timeline.1.id", "a9d3c0f4-2b7e-4f61-8c1d-5e6f7a8b9c0d"), ".id", "id"),
        (_set("dossiers.0.attachments.0.size", -1), ".attachments[0].size", "grootte"),
        (_set("dossiers.0.attachments.0.size", 1.5), ".attachments[0].size", "geheel getal"),
        (_set("dossiers.0.attachments.0.size", True), ".attachments[0].size", "geheel getal"),
        (_set("dossiers.0.attachments.0.sha256", "abc"), ".attachments[0].sha256", "SHA-256"),
        (_set("dossiers.0.attachments.0.original_name", "\u202e"), ".original_name", "naam"),
        (_set("dossiers.0.attachments", {}), "dossiers[0].attachments", "lijst"),
        (_set("dossiers", {}), "dossiers", "lijst"),
        (_set("dossiers", _DELETE), "dossiers", "ontbreekt"),
        (_set("exported_at", _DELETE), "exported_at", "ontbreekt"),
        (_set("format", _DELETE), "format", "maatwerkdesk/1"),
        (_set("extra", 1), "extra", "onbekend"),
    ],
)
def test_bad_values_are_refused_with_file_and_field_path(mutate, path: str, words: str) -> None:
    doc = document()
    mutate(doc)
    with pytest.raises(ValidationError) as caught:
        read(doc)
    message = caught.value.message
    assert message.startswith("dossier.json: ")
    assert path in caught.value.field and f"{caught.value.field}: " in message
    assert words in message


def test_message_has_the_documented_form() -> None:
    doc = document()
    doc["dossiers"] = [copy.deepcopy(doc["dossiers"][0]) for _ in range(4)]
    for number, dossier in enumerate(doc["dossiers"]):
        dossier["id"] = f"00000000-0000-4000-8000-00000000000{number}"
        dossier["reference"] = f"MW-2026-0000{number}"
        for item in (*dossier["timeline"], *dossier["attachments"]):
            item["id"] = item["id"][:-1] + str(number)
    doc["dossiers"][3]["fields"]["subject"]["bsn"] = "123456789"
    with pytest.raises(ValidationError) as caught:
        read(doc)
    assert caught.value.message.startswith(
        "dossier.json: dossiers[3].fields.subject.bsn: Dit BSN is ongeldig"
    )


@pytest.mark.parametrize("value", ["maatwerkdesk/4", "", 1, None])
def test_other_format_versions_are_refused_naming_the_supported_one(value: object) -> None:
    doc = document()
    doc["format"] = value
    with pytest.raises(ValidationError) as caught:
        read(doc)
    assert caught.value.field == "format"
    assert all(f"maatwerkdesk/{n}" in caught.value.message for n in (1, 2, 3))


def test_a_version_2_document_still_reads_with_its_record() -> None:
    """Written before the deviation clause, the facts and groups: those stay empty."""
    doc = document()
    doc["format"] = "maatwerkdesk/2"
    for dossier in doc["dossiers"]:
        dossier["fields"].pop("deviation_article", None)
        dossier["fields"].pop("facts", None)
        dossier.get("record", {}).pop("group", None)
    read_back = read(doc)
    assert [d.fields.deviation_article for d in read_back] == [""] * len(read_back)
    assert all(not d.fields.facts.amounts for d in read_back)
    assert all(d.record is not None for d in read_back)


def test_a_document_must_be_an_object() -> None:
    with pytest.raises(ValidationError) as caught:
        read([document()])
    assert "dossier.json: (hoofdniveau)" in caught.value.message


def test_the_same_dossier_twice_in_one_file_is_refused() -> None:
    doc = document()
    doc["dossiers"].append(copy.deepcopy(doc["dossiers"][0]))
    with pytest.raises(ValidationError) as caught:
        read(doc)
    assert caught.value.field == "dossiers[1].id"


def test_crafted_keys_cannot_reach_the_terminal() -> None:
    doc = document()
    doc["dossiers"][0]["fields"]["\x1b[2J" + "x" * 500] = 1
    with pytest.raises(ValidationError) as caught:
        read(doc)
    assert "\x1b" not in caught.value.message and len(caught.value.message) < 200


# --- bytes to JSON --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "words"),
    [
        (b"", "leeg"),
        (b"   \n", "leeg"),
        (b'{"format": "maatwerkdesk/1", "dossiers": [', "regel 1, kolom 43"),
        (b'{"format": "maatwerkdesk/1", "dossiers": [', "afgebroken"),
        (b'{"a": 1,\n "b" 2}', "regel 2, kolom 6"),
        (b'{"a": 1} x', "nog meer"),
        (b'{"a": NaN}', "NaN"),
        (b'{"a": Infinity}', "Infinity"),
        (b'{"a": 1, "a": 2}', "twee keer"),
        (b'{"a": ' + b"9" * 5000 + b"}", "te groot"),
        (b"[" * 100_000 + b"]" * 100_000, "te diep"),
        (b'{"a": "\xff"}', "geen geldige UTF-8"),
        (b'{"a": "caf\xe9"}', "regel 1, byte 11"),
        ('{"a": 1}'.encode("utf-16"), "UTF-16"),
        ('{"a": 1}'.encode("utf-16-le"), "NUL"),
        ('{"a": 1}'.encode("utf-32"), "UTF-32"),
        (b'{"a": "x\x00y"}', "NUL"),
        (b'{"a": "line\nbreak"}', "stuurteken"),
    ],
)
def test_bad_bytes_get_a_message_naming_the_file(raw: bytes, words: str) -> None:
    with pytest.raises(ValidationError) as caught:
        parse_json(raw, "bestand.json")
    assert caught.value.message.startswith("bestand.json: ")
    assert words in caught.value.message


def test_a_utf8_bom_is_tolerated() -> None:
    assert parse_json(b"\xef\xbb\xbf" + document_to_json(document()), "x.json") == document()


def test_escaped_lone_surrogates_are_dropped_not_stored() -> None:
    doc = through_json(document())
    raw = document_to_json(doc).replace(b'"Anouk Verhoef"', b'"Anouk\\ud800 Verhoef"', 1)
    (imported,) = read(parse_json(raw, "x.json"))
    assert imported.fields.owner == "Anouk Verhoef"


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=400))
def test_arbitrary_bytes_never_crash_the_reader(raw: bytes) -> None:
    try:
        read(parse_json(raw, "fuzz.json"), "fuzz.json")
    except ValidationError as error:
        assert error.message.startswith("fuzz.json: ")


@settings(max_examples=200, deadline=None)
@given(st.data())
def test_mutated_documents_never_crash_the_reader(data: st.DataObject) -> None:
    raw = bytearray(document_to_json(document()))
    for _ in range(data.draw(st.integers(1, 5))):
        position = data.draw(st.integers(0, len(raw) - 1))
        raw[position] = data.draw(st.integers(0, 255))
    try:
        read(parse_json(bytes(raw), "fuzz.json"), "fuzz.json")
    except ValidationError as error:
        assert error.message.startswith("fuzz.json: ")


# --- documentation and schema ---------------------------------------------------------------


def _doc_example() -> object:
    text = (DOCS / "exchange-format.md").read_text("utf-8")
    (block,) = re.findall(r"```json\n(.*?)```", text, flags=re.DOTALL)
    return json.loads(block)


def test_the_documented_example_is_a_valid_document() -> None:
    (imported,) = read(_doc_example(), "voorbeeld.json")
    assert imported.reference == "MW-2026-00012"
    assert len(imported.timeline) == 2 and len(imported.attachments) == 1


def _resolve(node: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in node:
        node = SCHEMA["$defs"][node["$ref"].removeprefix("#/$defs/")]
    return node


def _object_schemas(node: dict[str, Any]) -> dict[str, Any]:
    """The object schema of `node` (following refs, anyOf and array items)."""
    node = _resolve(node)
    if "anyOf" in node:
        return next(_resolve(n) for n in node["anyOf"] if _resolve(n).get("type") != "null")
    if node.get("type") == "array":
        return _resolve(node["items"])
    return node


def _compare(schema_node: dict[str, Any], value: object, path: str) -> None:
    node = _object_schemas(schema_node)
    if isinstance(value, list):
        for item in value:
            _compare(schema_node, item, path + "[]")
        return
    if not isinstance(value, dict):
        return
    assert node.get("type") == "object", path
    assert node.get("additionalProperties") is False, path
    assert set(node["properties"]) >= set(value), f"{path}: not in the schema"
    if path != "$.fields.doenvermogen.dimensions":  # keyed by dimension, each optional
        assert set(node["properties"]) == set(value), f"{path}: not exported"
    for key, item in value.items():
        _compare(node["properties"][key], item, f"{path}.{key}")


def test_schema_properties_match_what_the_exporter_writes() -> None:
    doc = document()
    doc["dossiers"][0]["fields"]["doenvermogen"]["dimensions"] = {
        d.value: {"observation": "niet_waargenomen", "note": ""} for d in DoenDimension
    }
    _compare(SCHEMA, doc, "$")


def test_schema_enums_match_the_vocabularies() -> None:
    defs = SCHEMA["$defs"]
    values = {
        "status": [e.value for e in DossierStatus],
        "organisations": [e.value for e in Organisation],
    }
    fields = defs["fields"]["properties"]
    assert fields["status"]["enum"] == values["status"]
    assert fields["organisations"]["items"]["enum"] == values["organisations"]
    assert defs["subject"]["properties"]["kind"]["enum"] == [e.value for e in SubjectKind]
    assert defs["timelineEntry"]["properties"]["kind"]["enum"] == [e.value for e in TimelineKind]
    assert defs["dimensionNote"]["properties"]["observation"]["enum"] == [
        e.value for e in DoenObservation
    ]
    assert defs["doenvermogen"]["properties"]["stressors"]["items"]["enum"] == [
        e.value for e in Stressor
    ]
    assert set(defs["doenvermogen"]["properties"]["dimensions"]["properties"]) == {
        d.value for d in DoenDimension
    }
    assert defs["facts"]["properties"]["stage"]["enum"] == ["", *(e.value for e in Stage)]
    assert defs["amount"]["properties"]["kind"]["enum"] == [e.value for e in AmountKind]
    assert defs["amount"]["properties"]["period"]["enum"] == [e.value for e in Period]
    assert defs["thirdParty"]["properties"]["role"]["enum"] == [e.value for e in PartyRole]
    assert defs["ruling"]["properties"]["ecli"]["pattern"] == f"^{ECLI_PATTERN.pattern}$"


def _required_cases() -> list[tuple[str, list[str | int], str, bool]]:
    """(name, path to an object, key, required per the schema) for every property."""
    places: list[tuple[list[str | int], str]] = [
        ([], ""),
        (["dossiers", 0], "dossier"),
        (["dossiers", 0, "fields"], "fields"),
        (["dossiers", 0, "fields", "subject"], "subject"),
        (["dossiers", 0, "fields", "doenvermogen"], "doenvermogen"),
        (
            ["dossiers", 0, "fields", "doenvermogen", "dimensions", "in_actie_komen"],
            "dimensionNote",
        ),
        (["dossiers", 0, "fields", "facts"], "facts"),
        (["dossiers", 0, "fields", "facts", "amounts", 0], "amount"),
        (["dossiers", 0, "fields", "facts", "third_parties", 0], "thirdParty"),
        (["dossiers", 0, "fields", "facts", "rulings", 0], "ruling"),
        (["dossiers", 0, "timeline", 0], "timelineEntry"),
        (["dossiers", 0, "attachments", 0], "attachment"),
    ]
    cases = []
    for path, name in places:
        node = SCHEMA if not name else SCHEMA["$defs"][name]
        for key in node["properties"]:
            cases.append(
                (f"{name or 'document'}.{key}", path, key, key in node.get("required", []))
            )
    return cases


@pytest.mark.parametrize(
    ("name", "path", "key", "required"), _required_cases(), ids=[c[0] for c in _required_cases()]
)
def test_schema_required_matches_the_reader(
    name: str, path: list[str | int], key: str, required: bool
) -> None:
    doc = document()
    target: Any = doc
    for part in path:
        target = target[part]
    del target[key]
    if required:
        with pytest.raises(ValidationError, match="ontbreekt"):
            read(doc)
    else:
        read(doc)


def test_documents_validate_against_the_schema() -> None:
    jsonschema = pytest.importorskip("jsonschema")
    validator = jsonschema.Draft202012Validator(SCHEMA)
    validator.validate(_doc_example())
    validator.validate(document())
