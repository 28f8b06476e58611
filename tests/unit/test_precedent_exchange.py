"""The precedents format `maatwerkdesk-precedents/1`: writing, strict reading, no personal data."""

from __future__ import annotations

import json
import re
from datetime import date
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from stdnum.nl import bsn

from maatwerkdesk.domain.catalogue import CatalogueRef
from maatwerkdesk.domain.decision import Degree, DegreeUnit, OutcomeType
from maatwerkdesk.domain.errors import ValidationError
from maatwerkdesk.domain.exchange import document_to_json
from maatwerkdesk.domain.precedent import Outcome
from maatwerkdesk.domain.precedent_exchange import (
    PRECEDENT_FORMAT,
    ExchangedPrecedent,
    PrecedentDocument,
    personal_data_in,
    precedents_to_document,
    precedents_to_json,
    read_precedent_document,
)
from tests.unit.test_exchange import _DELETE, DOCS, NOW, TODAY, _set

ORIGIN = "Gemeente Voorbeeld (fictief)"
CATALOGUE = CatalogueRef("nl.test.factoren", "1.0")
SCHEMA = json.loads((DOCS / "schemas" / "precedent-exchange.schema.json").read_text("utf-8"))


def sample_precedents(catalogue: CatalogueRef = CATALOGUE) -> list[ExchangedPrecedent]:
    """Three fictitious precedents under SMALL_FACTORS (tests/catalogue_samples.py)."""
    return [
        ExchangedPrecedent(
            reference="GV-2025-017",
            catalogue=catalogue,
            route="pw-58-8",
            factors=("eigen-aandeel", "kinderen", "groot-bedrag"),
            outcome_type=OutcomeType.PARTIAL,
            degree=Degree(DegreeUnit.PERCENT, 50),
            reason=("eigen-aandeel",),
            summary="Terugvordering bijstand; de melding van de verhuizing is niet verwerkt.\n"
            "Helft kwijtgescholden. Geen schulden meer sinds 2024.",
            decided_on=date(2025, 5, 1),
        ),
        ExchangedPrecedent(
            reference="GV-2025-018",
            catalogue=catalogue,
            route=None,
            factors=("bewuste-schending", "eerder-maatwerk"),
            outcome_type=OutcomeType.REFUSE,
            degree=None,
            reason=("bewuste-schending", "eerder-maatwerk"),
            summary="Inkomsten opnieuw verzwegen; verzoek om af te zien afgewezen.",
            decided_on=date(2025, 6, 12),
        ),
        ExchangedPrecedent(
            reference="GV 2025/019.b",
            catalogue=catalogue,
            route="pw-58-8",
            factors=("geen-verwijt",),
            outcome_type=OutcomeType.TEMPORARY,
            degree=Degree(DegreeUnit.MONTHS, 6.5),
            reason=("geen-verwijt",),
            summary="Terugvordering zes en een halve maand opgeschort tijdens de schuldhulp.",
            decided_on=date(2025, 9, 30),
        ),
    ]


def document(precedents: list[ExchangedPrecedent] | None = None) -> dict[str, Any]:
    chosen = sample_precedents() if precedents is None else precedents
    return precedents_to_document(ORIGIN, chosen, exported_at=NOW)


def read(data: object, source: str = "precedenten.json") -> PrecedentDocument:
    raw = data if isinstance(data, bytes) else document_to_json(data)  # type: ignore[arg-type]
    return read_precedent_document(raw, source, today=TODAY, now=NOW)


# --- writing and round trip ---------------------------------------------------------------


def test_document_has_the_documented_shape() -> None:
    doc = document()
    assert doc["format"] == PRECEDENT_FORMAT == "maatwerkdesk-precedents/1"
    assert doc["exported_at"] == "2026-11-28T12:00:00.000000Z"
    assert doc["origin"] == ORIGIN
    first = doc["precedents"][0]
    assert first["catalogue"] == {"id": "nl.test.factoren", "version": "1.0"}
    assert first["degree"] == {"unit": "percent", "value": 50}
    assert first["decided_on"] == "2025-05-01"
    assert doc["precedents"][1]["route"] is None and doc["precedents"][1]["degree"] is None
    assert doc["precedents"][2]["degree"] == {"unit": "months", "value": 6.5}


def test_a_valid_document_round_trips_through_the_writer() -> None:
    read_back = read(document())
    assert read_back.source == "precedenten.json"
    assert read_back.origin == ORIGIN and read_back.exported_at == NOW
    assert list(read_back.precedents) == sample_precedents()
    assert read_back.precedents[1].outcome is Outcome.GENERIC
    assert read_back.precedents[0].outcome is Outcome.DEVIATE
    again = precedents_to_json(ORIGIN, read_back.precedents, exported_at=read_back.exported_at)
    assert again == document_to_json(document())
    assert again.endswith(b"\n") and not again.startswith(b"\xef\xbb\xbf")


def test_an_empty_list_and_an_other_zone_are_fine() -> None:
    doc = document([])
    doc["exported_at"] = "2026-11-28T13:00:00+01:00"
    read_back = read(doc)
    assert read_back.precedents == () and read_back.exported_at == NOW


def test_text_is_normalised_like_the_dossier_editor() -> None:
    doc = document()
    doc["origin"] = "  Gemeente\tVoorbeeld\x07 (fictief) "
    doc["precedents"][0]["summary"] = " Cafe\u0301 \u202e"
    read_back = read(doc)
    assert read_back.origin == "Gemeente Voorbeeld (fictief)"
    assert read_back.precedents[0].summary == "Café"


# --- strict reading -----------------------------------------------------------------------

P0 = "precedents[0]"


@pytest.mark.parametrize(
    ("mutate", "path", "words"),
    [
        (_set("format", "maatwerkdesk/1"), "format", f"leest alleen {PRECEDENT_FORMAT}"),
        (_set("format", "maatwerkdesk-precedents/2"), "format", "gevonden: 'maatwerkdesk-"),
        (_set("format", None), "format", f"leest alleen {PRECEDENT_FORMAT}"),
        (_set("format", 1), "format", "geen tekst"),
        (_set("format", _DELETE), "format", "ontbreekt"),
        (_set("exported_at", "2026-11-28 12:00"), "exported_at", "tijdstip"),
        (_set("exported_at", "2027-01-01T00:00:00Z"), "exported_at", "toekomst"),
        (_set("origin", _DELETE), "origin", "ontbreekt"),
        (_set("origin", "  "), "origin", "organisatie"),
        (_set("origin", "x" * 201), "origin", "te lang"),
        (_set("extra", 1), "extra", "onbekend"),
        (_set("precedents", {}), "precedents", "lijst"),
        (_set("precedents", None), "precedents", "null"),
        (_set("precedents", [[]]), P0, "object"),
        (_set("precedents.0.besluit", "x"), f"{P0}.besluit", "onbekend"),
        (_set("precedents.0.reference", _DELETE), f"{P0}.reference", "ontbreekt"),
        (_set("precedents.0.reference", "-GV-2025"), f"{P0}.reference", "kenmerk"),
        (_set("precedents.0.reference", "GV-2025 "), f"{P0}.reference", "kenmerk"),
        (_set("precedents.0.reference", "G" * 65), f"{P0}.reference", "hoogstens 64"),
        (_set("precedents.0.reference", "a@" * 10**6), f"{P0}.reference", "hoogstens 64"),
        (_set("precedents.0.reference", "GV:2025"), f"{P0}.reference", "kenmerk"),
        (_set("precedents.0.reference", 17), f"{P0}.reference", "tekst"),
        (_set("precedents.0.reference", "mw-2026-00012"), f"{P0}.reference", "dossierkenmerk"),
        (_set("precedents.0.catalogue", _DELETE), f"{P0}.catalogue", "ontbreekt"),
        (_set("precedents.0.catalogue", "nl.test.factoren"), f"{P0}.catalogue", "object"),
        (_set("precedents.0.catalogue.id", "Nl.Test"), f"{P0}.catalogue.id", "kleine letters"),
        (_set("precedents.0.catalogue.version", "v1"), f"{P0}.catalogue.version", "versie"),
        (_set("precedents.0.catalogue.versie", "1"), f"{P0}.catalogue.versie", "onbekend"),
        (_set("precedents.0.route", _DELETE), f"{P0}.route", "ontbreekt"),
        (_set("precedents.0.route", ""), f"{P0}.route", "route"),
        (_set("precedents.0.route", "r" * 65), f"{P0}.route", "route"),
        (_set("precedents.0.route", 5), f"{P0}.route", "tekst"),
        (_set("precedents.0.factors", []), f"{P0}.factors", "minstens"),
        (_set("precedents.0.factors", None), f"{P0}.factors", "null"),
        (_set("precedents.0.factors", "eigen-aandeel"), f"{P0}.factors", "lijst"),
        (_set("precedents.0.factors", ["eigen-aandeel", 3]), f"{P0}.factors[1]", "factor"),
        (
            _set("precedents.0.factors", ["eigen-aandeel", "eigen-aandeel"]),
            f"{P0}.factors[1]",
            "al eerder",
        ),
        (_set("precedents.0.outcome_type", "deviate"), f"{P0}.outcome_type", "kies uit"),
        (_set("precedents.0.outcome_type", None), f"{P0}.outcome_type", "null"),
        (_set("precedents.0.degree", _DELETE), f"{P0}.degree", "ontbreekt"),
        (_set("precedents.0.degree", 50), f"{P0}.degree", "object"),
        (_set("precedents.0.degree.unit", "uur"), f"{P0}.degree.unit", "kies uit"),
        (_set("precedents.0.degree.value", 150), f"{P0}.degree.value", "percentage"),
        (_set("precedents.0.degree.value", -1), f"{P0}.degree.value", "negatief"),
        (_set("precedents.0.degree.value", "50"), f"{P0}.degree.value", "getal"),
        (_set("precedents.0.degree.value", True), f"{P0}.degree.value", "getal"),
        (_set("precedents.0.degree.value", None), f"{P0}.degree.value", "getal"),
        (_set("precedents.0.degree.value", 10**400), f"{P0}.degree.value", "getal"),
        (_set("precedents.0.degree.schaal", 1), f"{P0}.degree.schaal", "onbekend"),
        (_set("precedents.0.reason", []), f"{P0}.reason", "minstens"),
        (_set("precedents.0.reason", ["eerder-maatwerk"]), f"{P0}.reason[0]", "niet in factors"),
        (_set("precedents.0.reason", _DELETE), f"{P0}.reason", "ontbreekt"),
        (_set("precedents.0.summary", " \n "), f"{P0}.summary", "Beschrijf"),
        (_set("precedents.0.summary", "x" * 2001), f"{P0}.summary", "te lang"),
        (_set("precedents.0.decided_on", "01-05-2025"), f"{P0}.decided_on", "JJJJ-MM-DD"),
        (_set("precedents.0.decided_on", "2025-02-30"), f"{P0}.decided_on", "JJJJ-MM-DD"),
        (_set("precedents.0.decided_on", "2026-11-29"), f"{P0}.decided_on", "toekomst"),
        (_set("precedents.0.decided_on", None), f"{P0}.decided_on", "ontbreekt"),
    ],
)
def test_bad_values_are_refused_with_file_and_field_path(mutate, path: str, words: str) -> None:
    doc = document()
    mutate(doc)
    with pytest.raises(ValidationError) as caught:
        read(doc)
    error = caught.value
    assert error.field == path
    assert error.message.startswith(f"precedenten.json: {path}: ")
    assert words in error.message


def test_a_summary_of_exactly_2000_characters_is_fine() -> None:
    doc = document()
    doc["precedents"][0]["summary"] = "x" * 2000
    assert read(doc).precedents[0].summary == "x" * 2000


def test_the_same_reference_twice_in_one_file_is_refused_in_any_case() -> None:
    doc = document()
    doc["precedents"][2]["reference"] = "gv-2025-017"
    with pytest.raises(ValidationError) as caught:
        read(doc)
    assert caught.value.field == "precedents[2].reference"
    assert "(precedents[0])" in caught.value.message


@pytest.mark.parametrize(
    ("raw", "words"),
    [
        (b"", "leeg"),
        (b'{"format": "maatwerkdesk-precedents/1",', "afgebroken"),
        (b'{"a": 1, "a": 2}', "twee keer"),
        (b"[]", "(hoofdniveau)"),
        ('{"a": 1}'.encode("utf-16"), "UTF-16"),
    ],
)
def test_bad_bytes_get_a_message_naming_the_file(raw: bytes, words: str) -> None:
    with pytest.raises(ValidationError) as caught:
        read(raw)
    assert caught.value.message.startswith("precedenten.json: ")
    assert words in caught.value.message


JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=30),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner),
    max_leaves=8,
)


def _places(value: object, path: tuple[str | int, ...] = ()) -> list[tuple[str | int, ...]]:
    """The path of every value in a decoded document, the document itself first."""
    children: list[tuple[str | int, object]] = []
    if isinstance(value, dict):
        children = list(value.items())
    elif isinstance(value, list):
        children = list(enumerate(value))
    return [path] + [p for key, item in children for p in _places(item, (*path, key))]


@settings(max_examples=300, deadline=None)
@given(st.data())
def test_any_value_anywhere_is_read_or_refused_naming_the_file(data: st.DataObject) -> None:
    doc = document()
    *parents, last = data.draw(st.sampled_from(_places(doc)[1:]))
    target: Any = doc
    for part in parents:
        target = target[part]
    target[last] = data.draw(JSON_VALUES)
    try:
        read(doc, "fuzz.json")
    except ValidationError as error:
        assert error.message.startswith("fuzz.json: ")


# --- no personal data ---------------------------------------------------------------------

VALID_BSN = "999990019"
PRINTED_BSN = "1234.56.782"


def test_the_sample_numbers_are_what_the_cases_say() -> None:
    assert bsn.is_valid(VALID_BSN) and bsn.is_valid(PRINTED_BSN)
    assert not bsn.is_valid("123456789")


@pytest.mark.parametrize(
    ("key", "text", "kind"),
    [
        ("summary", f"Betrokkene (BSN {VALID_BSN}) meldde de verhuizing.", "een BSN"),
        ("summary", f"BSN {PRINTED_BSN} volgens het paspoort.", "een BSN"),
        ("summary", f"Dossier{VALID_BSN}", "een BSN"),
        ("summary", "Contact via j.de.vries@example.nl verliep moeizaam.", "een e-mailadres"),
        ("summary", "Woont op 3511 LN 12 sinds 2019.", "een postcode met huisnummer"),
        ("summary", "Adres: 1234AB, 5-a.", "een postcode met huisnummer"),
        ("reference", f"GV {VALID_BSN}", "een BSN"),
        ("reference", "GV 3511 LN 12", "een postcode met huisnummer"),
        ("reference", "info@example.nl", "een e-mailadres"),
    ],
)
def test_personal_data_is_refused_until_anonymised(key: str, text: str, kind: str) -> None:
    doc = document()
    doc["precedents"][1][key] = text
    with pytest.raises(ValidationError) as caught:
        read(doc)
    error = caught.value
    assert error.field == f"precedents[1].{key}"
    assert f"Hier staat {kind}" in error.message
    assert "Anonimiseer het precedent eerst" in error.message
    for secret in (VALID_BSN, PRINTED_BSN, "example.nl", "3511", "1234AB"):
        assert secret not in error.message  # the message repeats no personal data


@pytest.mark.parametrize(
    "text",
    [
        "Vordering van 123456789 cent (geen geldig BSN).",
        "In 2024 is 3 keer een betalingsregeling afgesproken.",
        "Terugvordering van € 4.312,17 over 7 maanden; 1234 EUR 12 termijnen.",
        "Besluit 2025-05-01, kenmerk 1234567890 (tien cijfers).",
        "Afgestemd met @wijkteam op 12 maart.",
    ],
)
def test_ordinary_numbers_and_words_are_not_taken_for_personal_data(text: str) -> None:
    assert personal_data_in(text) is None
    doc = document()
    doc["precedents"][0]["summary"] = text
    assert read(doc).precedents[0].summary == text


# --- documentation and schema ---------------------------------------------------------------


def _doc_example() -> dict[str, Any]:
    text = (DOCS / "precedent-exchange.md").read_text("utf-8")
    (block,) = re.findall(r"```json\n(.*?)```", text, flags=re.DOTALL)
    return json.loads(block)


def test_the_documented_example_is_a_valid_document() -> None:
    example = _doc_example()
    read_back = read(example, "voorbeeld.json")
    assert [p.reference for p in read_back.precedents] == ["GV-2025-017", "GV-2025-018"]
    assert (
        precedents_to_document(
            read_back.origin, read_back.precedents, exported_at=read_back.exported_at
        )
        == example
    )


def _resolve(node: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in node:
        node = SCHEMA["$defs"][node["$ref"].removeprefix("#/$defs/")]
    if "anyOf" in node:
        return next(_resolve(n) for n in node["anyOf"] if n.get("type") != "null")
    return node


def _compare(node: dict[str, Any], value: object, path: str) -> None:
    """Every object the writer writes has exactly the schema's properties, all required."""
    node = _resolve(node)
    if isinstance(value, list):
        for item in value:
            _compare(node["items"], item, f"{path}[]")
    elif isinstance(value, dict):
        assert node.get("additionalProperties") is False, path
        assert sorted(node["properties"]) == sorted(value) == sorted(node["required"]), path
        for key, item in value.items():
            _compare(node["properties"][key], item, f"{path}.{key}")


def test_the_schema_names_exactly_what_the_writer_writes() -> None:
    _compare(SCHEMA, document(), "$")


def test_the_schema_enums_match_the_code() -> None:
    precedent = SCHEMA["$defs"]["precedent"]["properties"]
    assert precedent["outcome_type"]["enum"] == [t.value for t in OutcomeType]
    degree = _resolve(precedent["degree"])
    assert degree["properties"]["unit"]["enum"] == [u.value for u in DegreeUnit]


def test_documents_validate_against_the_schema() -> None:
    jsonschema = pytest.importorskip("jsonschema")
    jsonschema.Draft202012Validator.check_schema(SCHEMA)
    validator = jsonschema.Draft202012Validator(SCHEMA)
    validator.validate(_doc_example())
    validator.validate(document())
    bad = document()
    bad["precedents"][0]["degree"]["value"] = 150
    assert not validator.is_valid(bad)
