from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from samples import sample_fields

from maatwerkdesk.domain.dossier import (
    DossierFields,
    Subject,
    TimelineEntry,
    descriptions,
    search_text,
    validate_fields,
    validate_timeline_entry,
)
from maatwerkdesk.domain.errors import ValidationError
from maatwerkdesk.domain.serialise import fields_from_dict, fields_to_dict
from maatwerkdesk.domain.vocabulary import (
    Organisation,
    SubjectKind,
    TimelineKind,
)

TODAY = date(2026, 11, 28)


def test_valid_fields_are_cleaned() -> None:
    fields = sample_fields()
    fields = replace(fields, subject=replace(fields.subject, bsn="9999.90.019"))
    clean = validate_fields(fields, TODAY)
    assert clean.subject.bsn == "999990019"
    assert clean.title == "Terugvordering bijstand na verblijf in België"


def test_title_is_required() -> None:
    with pytest.raises(ValidationError) as caught:
        validate_fields(DossierFields(title="   "), TODAY)
    assert caught.value.field == "title"


def test_invalid_bsn_names_the_subject_field() -> None:
    fields = DossierFields(title="x", subject=Subject(bsn="123"))
    with pytest.raises(ValidationError) as caught:
        validate_fields(fields, TODAY)
    assert caught.value.field == "subject.bsn"


def test_kvk_number_only_for_a_business() -> None:
    person = DossierFields(
        title="x", subject=Subject(kind=SubjectKind.PERSON, kvk_number="12345678")
    )
    with pytest.raises(ValidationError):
        validate_fields(person, TODAY)
    business = DossierFields(
        title="x", subject=Subject(kind=SubjectKind.BUSINESS, kvk_number="1234 5678")
    )
    assert validate_fields(business, TODAY).subject.kvk_number == "12345678"


def test_date_of_birth_in_the_future_is_refused() -> None:
    fields = DossierFields(title="x", subject=Subject(date_of_birth=date(2027, 1, 1)))
    with pytest.raises(ValidationError) as caught:
        validate_fields(fields, TODAY)
    assert caught.value.field == "subject.date_of_birth"


def test_duplicate_organisations_collapse() -> None:
    fields = DossierFields(title="x", organisations=(Organisation.UWV, Organisation.UWV))
    assert validate_fields(fields, TODAY).organisations == (Organisation.UWV,)


def test_timeline_entry_needs_a_description() -> None:
    with pytest.raises(ValidationError):
        validate_timeline_entry(TimelineEntry(TODAY, TimelineKind.CONTACT, "  "), TODAY)


def test_fields_round_trip_through_dicts() -> None:
    fields = validate_fields(sample_fields(), TODAY)
    assert fields_from_dict(fields_to_dict(fields)) == fields


@pytest.mark.parametrize(
    ("mutate", "path"),
    [
        (lambda d: d.update(title=5), "title"),
        (lambda d: d.update(status="open"), "status"),
        (lambda d: d.update(organisations="UWV"), "organisations"),
        (lambda d: d.update(organisations=["uwv", "nasa"]), "organisations[1]"),
        (lambda d: d["subject"].update(date_of_birth="29-02-1980"), "subject.date_of_birth"),
        (lambda d: d["subject"].update(shoe_size=42), "subject.shoe_size"),
        (
            lambda d: d["doenvermogen"]["dimensions"].update(humeur={}),
            "doenvermogen.dimensions.humeur",
        ),
        (lambda d: d.update(extra=True), "extra"),
        (lambda d: d.pop("title"), "title"),
    ],
)
def test_reading_names_the_bad_field(mutate, path: str) -> None:
    data = fields_to_dict(sample_fields())
    mutate(data)
    with pytest.raises(ValidationError) as caught:
        fields_from_dict(data)
    assert caught.value.field == path


def test_search_text_contains_names_and_facts() -> None:
    text = search_text(
        "MW-2026-00012",
        sample_fields(),
        descriptions([TimelineEntry(TODAY, TimelineKind.CONTACT, "Huisbezoek gedaan")]),
    )
    for part in ("MW-2026-00012", "Zoë", "België", "verblijf wél", "Huisbezoek", "Fictief"):
        assert part in text
