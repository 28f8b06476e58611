"""A knelpuntsignaal: its description holds no personal data, its life cycle no shortcuts."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from maatwerkdesk.domain.case_facts import PartyRole, ThirdParty
from maatwerkdesk.domain.dossier import Subject
from maatwerkdesk.domain.errors import DomainError, ValidationError
from maatwerkdesk.domain.policy_signals import (
    TRANSITIONS,
    Dimension,
    PolicySignal,
    SignalCategory,
    SignalFields,
    SignalState,
    Transition,
    counts_by,
    refuse_transition,
    validate_signal_fields,
)
from maatwerkdesk.domain.pseudonymise import personal_data_in

PERSON = Subject(
    name="Zoë van der Berkhuis",
    bsn="999990019",
    date_of_birth=date(1985, 4, 3),
    contact="Fictief adres: Achter de Hoven 7, 1234 AB Voorbeeldstad.",
)
PEOPLE = [(PERSON, [ThirdParty(PartyRole.EMPLOYER, "Bakkerij Ouwehand")])]
FIELDS = SignalFields(
    SignalCategory.HARDSHIP,
    "Participatiewet",
    "art. 22a",
    "Ministerie van Sociale Zaken en Werkgelegenheid",
    "Kostendelersnorm bij jonge mantelzorgers",
    "Een jongere die voor een zieke ouder zorgt, verliest door de kostendelersnorm een deel "
    "van de uitkering van die ouder. In drie dossiers leidde dat tot schulden.",
)


def test_a_clean_description_is_accepted_as_written() -> None:
    assert validate_signal_fields(FIELDS, PEOPLE) == FIELDS


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Zoë van der Berkhuis kwam in de problemen.", "een naam"),
        ("Berkhuis kwam in de problemen.", "een naam"),
        ("Werkgever Bakkerij Ouwehand betaalde niet.", "een naam"),
        ("Mevrouw Klaassen kwam in de problemen.", "een naam"),
        ("BSN 999990019 staat in het dossier.", "een BSN"),
        ("BSN 999 990 019 staat in het dossier.", "een BSN"),
        ("BSN 9999.90.019 staat in het dossier.", "een BSN"),
        ("Nummer 123 456 789 staat in het dossier.", "een BSN"),
        ("Zij is op 03-04-1985 geboren.", "een geboortedatum"),
        ("Zij is geboren op 7 mei 1990.", "een geboortedatum"),
        ("Geboortedatum: 1990-05-07.", "een geboortedatum"),
        ("Zij woont aan de Molenlaan 158.", "een adres"),
        ("Zij woont in 1234 AB.", "een postcode"),
        ("Achter de Hoven 7 is te klein.", "een adres"),
        ("Mail zoe@example.org.", "een e-mailadres"),
        ("Bel 06-12345678.", "een telefoonnummer"),
    ],
)
def test_personal_data_in_a_description_is_refused_naming_what(text: str, found: str) -> None:
    with pytest.raises(ValidationError, match=found) as refused:
        validate_signal_fields(replace(FIELDS, description=text), PEOPLE)
    assert refused.value.field == "signal.description"
    assert "zonder naam, BSN, geboortedatum of adres" in refused.value.message


def test_personal_data_in_a_title_is_refused_too() -> None:
    with pytest.raises(ValidationError) as refused:
        validate_signal_fields(replace(FIELDS, title="Knelpunt Berkhuis"), PEOPLE)
    assert refused.value.field == "signal.title"


def test_ordinary_dates_and_article_numbers_are_not_personal_data() -> None:
    text = "Sinds 1 januari 2026 geldt art. 22a lid 3; in 2025 ging het om 12 dossiers."
    assert personal_data_in(text, PEOPLE) == ()


@pytest.mark.parametrize("missing", ["title", "regulation", "owner", "description"])
def test_a_signal_needs_its_fields(missing: str) -> None:
    with pytest.raises(ValidationError) as refused:
        validate_signal_fields(replace(FIELDS, **{missing: "  "}), PEOPLE)
    assert refused.value.field == f"signal.{missing}"


@given(st.text(max_size=300))
def test_any_text_is_either_refused_with_a_sentence_or_accepted(text: str) -> None:
    try:
        validate_signal_fields(replace(FIELDS, description=text + " knelpunt"), PEOPLE)
    except ValidationError as refused:
        assert refused.message.endswith(".")


@given(st.sampled_from(list(SignalState)), st.sampled_from(list(SignalState)))
def test_only_the_life_cycle_s_steps_are_allowed(current: SignalState, wanted: SignalState) -> None:
    if wanted in TRANSITIONS[current]:
        refuse_transition(current, wanted, "Het antwoord van de eigenaar.")
        return
    with pytest.raises(DomainError, match=f"‘{wanted.label}’") as refused:
        refuse_transition(current, wanted, "Het antwoord van de eigenaar.")
    assert str(refused.value).endswith(".")


def test_a_final_state_needs_the_owner_s_response() -> None:
    with pytest.raises(ValidationError, match="antwoord"):
        refuse_transition(SignalState.IN_PROGRESS, SignalState.RESOLVED, " ")
    refuse_transition(SignalState.REPORTED, SignalState.IN_PROGRESS, "")


def test_a_concept_cannot_be_resolved_at_once() -> None:
    with pytest.raises(DomainError, match="alleen naar ‘gemeld’"):
        refuse_transition(SignalState.CONCEPT, SignalState.RESOLVED, "Opgelost.")


def _written(reference: str, regulation: str, state: SignalState, on: date) -> PolicySignal:
    fields = replace(FIELDS, regulation=regulation)
    return PolicySignal(
        reference, reference, fields, state, (Transition(SignalState.CONCEPT, on, "x"),)
    )


def test_counts_per_regulation_owner_and_quarter() -> None:
    signals = [
        _written("a", "Wet B", SignalState.CONCEPT, date(2026, 1, 5)),
        _written("b", "Wet A", SignalState.RESOLVED, date(2026, 4, 1)),
        _written("c", "Wet A", SignalState.CONCEPT, date(2025, 12, 31)),
    ]
    by_rule = counts_by(signals, Dimension.REGULATION)
    assert [(c.key, c.total) for c in by_rule] == [("Wet A", 2), ("Wet B", 1)]
    assert dict(by_rule[0].per_state)[SignalState.RESOLVED] == 1
    assert [c.key for c in counts_by(signals, Dimension.QUARTER)] == [
        "2025-K4",
        "2026-K1",
        "2026-K2",
    ]
    assert [c.total for c in counts_by(signals, Dimension.OWNER)] == [3]
