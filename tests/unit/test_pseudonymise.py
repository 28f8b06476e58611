"""The conference variant: no recorded name, BSN, address or date of birth left in any text."""

from __future__ import annotations

import random
import re
import time
from dataclasses import replace
from datetime import UTC, date, datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from samples import sample_fields

from maatwerkdesk.domain.case_facts import PartyRole, ThirdParty
from maatwerkdesk.domain.document import Document, DocumentHeader, Grid, Pairs, Section, Text, texts
from maatwerkdesk.domain.dossier import Subject
from maatwerkdesk.domain.pseudonymise import (
    VARIANT_REMARK,
    Pseudonymiser,
    _found_for,
    personal_data_in,
    pseudonymise,
)
from maatwerkdesk.domain.text import fold_for_search
from maatwerkdesk.domain.vocabulary import SubjectKind
from maatwerkdesk.services.demo import data, generation

PERSON = Subject(
    name="Zoë van der Berkhuis",
    bsn="999990019",
    date_of_birth=date(1985, 4, 3),
    contact="Fictief adres: Achter de Hoven 7, 1234 AB Voorbeeldstad. Bellen na 17.00 uur.",
)
BUSINESS = Subject(
    kind=SubjectKind.BUSINESS,
    name="Bakkerij Jansen B.V.",
    bsn="999990020",
    kvk_number="99990123",
    contact="Zaak aan de Molenlaan 158, Hoorn; de eigenaar is het aanspreekpunt.",
)

person = Pseudonymiser.for_subject(PERSON)
business = Pseudonymiser.for_subject(BUSINESS)


PERSON_TEXTS = {
    "name and title": [
        ("Gesprek met Zoë van der Berkhuis.", "Gesprek met betrokkene."),
        ("Gesprek met mevrouw Van der Berkhuis.", "Gesprek met betrokkene."),
        ("Brief aan mevr. Berkhuis, kopie aan mw Berkhuis.", "Brief aan betrokkene, kopie aan betrokkene."),
        ("Brief aan Z. van der Berkhuis.", "Brief aan betrokkene."),
        ("Volgens Zoë klopt het.", "Volgens betrokkene klopt het."),
        ("Volgens zoe berkhuis en ZOË BERKHUIS.", "Volgens betrokkene en betrokkene."),
        ("Het dossier van Berkhuis.", "Het dossier van betrokkene."),
        ("Het huis van der Berkhuis.", "Het huis van der betrokkene."),
    ],
    "sentence start": [
        ("Berkhuis belde. Mevrouw Berkhuis schreef!", "Betrokkene belde. Betrokkene schreef!"),
        ("Notitie:\nBerkhuis belde.", "Notitie:\nBetrokkene belde."),
        ('Zij zei: "Berkhuis is ziek."', 'Zij zei: "betrokkene is ziek."'),
        ("Daarna belde Berkhuis.", "Daarna belde betrokkene."),
    ],
    "e-mail and phone": [
        ("Mail naar zoe.berkhuis@example.nl graag.", "Mail naar [e-mail] graag."),
        ("Van: Zoë Berkhuis <zoe.berkhuis@example.nl>", "Van: betrokkene <[e-mail]>"),
        ("Tel. 06-12345678, 06 1234 5678 of 0612345678.", "Tel. [telefoonnummer], [telefoonnummer] of [telefoonnummer]."),
        ("Bel +31 6 12345678 of +31 (0)20 123 45 67.", "Bel [telefoonnummer] of [telefoonnummer]."),
        ("Vast: 020-1234567, 0591 123456.", "Vast: [telefoonnummer], [telefoonnummer]."),
        ("Gesprek op 01-12-2026 10:30 uur.", "Gesprek op 01-12-2026 10:30 uur."),
    ],
    "address": [
        ("Woont aan de Achter de Hoven 7.", "Woont aan de [adres]."),
        ("Adres: Achter de Hoven 7, 1234 AB Voorbeeldstad.", "Adres: [adres]."),
        ("Verhuisd naar Kerkweg 12a.", "Verhuisd naar [adres]."),
        ("Lindelaan 3-II en Havenkade 14 bis.", "[adres] en [adres]."),
        ("Stationsplein 1, 8011 CW Zwolle.", "[adres]."),
        ("Post naar 's-Gravenweg 5 in Rotterdam.", "Post naar [adres] in Rotterdam."),
        ("Postcode 8011CW, of 1234 AB.", "Postcode [postcode], of [postcode]."),
    ],
}  # fmt: skip
"""Texts about `PERSON` and what the pseudonymiser makes of them, by topic."""


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(text, expected, id=f"{topic}: {text}")
        for topic, cases in PERSON_TEXTS.items()
        for text, expected in cases
    ],
)
def test_person_texts(text: str, expected: str) -> None:
    assert person(text) == expected


# --- names ------------------------------------------------------------------------------


def test_de_heer_and_dhr_are_swallowed_too() -> None:
    meneer = Pseudonymiser.for_subject(Subject(name="Kees ter Wilhorst"))
    text = "Overleg met de heer Ter Wilhorst en dhr. Wilhorst; meneer Kees ter Wilhorst belde."
    assert meneer(text) == "Overleg met betrokkene en betrokkene; betrokkene belde."


def test_possessives_count_as_the_name() -> None:
    assert person("Berkhuis' aanvraag, Berkhuis's brief en Zoës verzoek.") == (
        "Betrokkenes aanvraag, betrokkenes brief en betrokkenes verzoek."
    )
    jansen = Pseudonymiser.for_subject(Subject(name="Anna Jansen"))
    assert (
        jansen("Jansens aanvraag en Jansen's brief.")
        == "Betrokkenes aanvraag en betrokkenes brief."
    )


def test_hyphenated_and_accented_names_from_the_sample_dossier() -> None:
    sample = Pseudonymiser.for_subject(sample_fields().subject)
    text = "Zoe de Vries-Ozturk, mevrouw De Vries-Öztürk, Öztürk en Vries."
    assert sample(text) == "Betrokkene, betrokkene, betrokkene en betrokkene."


def test_only_whole_words_and_parts_of_two_letters_or_more() -> None:
    """Initials are not replaced on their own: "A" is a word too."""
    bos = Pseudonymiser.for_subject(Subject(name="A. Bos"))
    text = "Berkhuizen en Bosman; punt A van de lijst; A. Bos belde."
    assert bos(text) == "Berkhuizen en Bosman; punt A van de lijst; betrokkene belde."
    assert person("Berkhuizen aan de Berkhuisweg.") == "Berkhuizen aan de Berkhuisweg."


def test_a_surname_that_is_also_a_word_is_replaced_there_as_well() -> None:
    """The chosen over-redaction: a pattern cannot tell the surname Bos from "het bos", and a
    word too many is a nuisance where a name too many would be a leak."""
    bos = Pseudonymiser.for_subject(Subject(name="Wim Bos"))
    assert bos("Wim Bos wandelt in het bos.") == "Betrokkene wandelt in het betrokkene."


def test_a_business_becomes_de_onderneming_with_its_article() -> None:
    text = (
        "De Bakkerij Jansen B.V. vroeg uitstel. De bakkerij draait slecht; het verzoek van "
        "Bakkerij Jansen kwam van Jansen zelf."
    )
    assert business(text) == (
        "De onderneming vroeg uitstel. De onderneming draait slecht; het verzoek van "
        "de onderneming kwam van de onderneming zelf."
    )


def test_a_business_name_after_a_title_is_its_owner() -> None:
    taxi = Pseudonymiser.for_subject(
        Subject(kind=SubjectKind.BUSINESS, name="Taxibedrijf Steenhuis")
    )
    text = "Meneer Van der Steenhuis belde: Taxibedrijf Steenhuis stopt."
    assert taxi(text) == "De ondernemer belde: de onderneming stopt."


def test_anyone_else_named_after_a_title_becomes_naam() -> None:
    salon = Pseudonymiser.for_subject(Subject(kind=SubjectKind.BUSINESS, name="Kapsalon Dewi"))
    text = "Mevrouw Van der Wilhuis van Kapsalon Dewi sprak met dhr. J. Smits-Jansen."
    assert salon(text) == "[naam] van de onderneming sprak met [naam]."
    assert person("Meneer belde; mevrouw Jansen van het wijkteam ook.") == (
        "Meneer belde; [naam] van het wijkteam ook."
    )


def test_after_a_title_any_tussenvoegsel_goes_with_the_name() -> None:
    assert person("Brief aan mevrouw De Berkhuis.") == "Brief aan betrokkene."


def test_a_legal_form_is_not_replaced_on_its_own() -> None:
    assert business("Een B.V. of een vof.") == "Een B.V. of een vof."


def test_a_subject_without_anything_recorded_still_hides_numbers() -> None:
    anonymous = Pseudonymiser.for_subject(Subject())
    assert anonymous("BSN 123456782, tel. 06-12345678, Kerkweg 4.") == (
        "BSN [BSN], tel. [telefoonnummer], [adres]."
    )


# --- numbers ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "writing", ["999990019", "9999.90.019", "999 990 019", "99.99.90.019", "9999-900-19"]
)
def test_the_recorded_bsn_goes_in_every_writing(writing: str) -> None:
    assert person(f"BSN: {writing}.") == "BSN: [BSN]."


@pytest.mark.parametrize("writing", ["123456782", "1234.56.782", "123 456 782", "12.34.56.782"])
def test_any_other_number_passing_the_elfproef_goes_too(writing: str) -> None:
    assert person(f"BSN van de partner: {writing}") == "BSN van de partner: [BSN]"


@pytest.mark.parametrize(
    "text",
    ["Dossiernummer 123456789", "Een bedrag van € 123.456.782,00", "IBAN NL91ABNA0417164300"],
)
def test_other_numbers_stay(text: str) -> None:
    assert person(text) == text


@pytest.mark.parametrize("writing", ["99990123", "9999 0123", "9999.01.23"])
def test_the_kvk_number_of_a_business_goes(writing: str) -> None:
    assert (
        business(f"KvK {writing}; BSN eigenaar 999990020.")
        == "KvK [KvK-nummer]; BSN eigenaar [BSN]."
    )


@pytest.mark.parametrize(
    "writing",
    ["03-04-1985", "3-4-1985", "03/04/1985", "3.4.1985", "1985-04-03", "3 april 1985", "3 apr. 1985", "03 April 1985"],
)  # fmt: skip
def test_the_date_of_birth_goes_in_every_writing(writing: str) -> None:
    assert person(f"Geboren {writing}.") == "Geboren [geboortedatum]."


@pytest.mark.parametrize("text", ["op 03-04-1986", "op 4 april 1985", "op 13-04-1985", "in 1985"])
def test_other_dates_stay(text: str) -> None:
    assert person(text) == text


@pytest.mark.parametrize(
    "text",
    ["Zij woont aan de Dorpsstraat.", "Zie Verklaring 2 en Vordering 3.", "In 2024 AB-test.", "Molenlaan is kort."],
)  # fmt: skip
def test_no_false_hits_on_streets_without_number_or_ordinary_words(text: str) -> None:
    assert person(text) == text


# --- the whole ------------------------------------------------------------------------


NOW = datetime(2026, 11, 28, 12, 0, tzinfo=UTC)

MIXED = (
    "Mevrouw Van der Berkhuis (BSN 9999.90.019, geboren 3 april 1985) woont aan de "
    "Achter de Hoven 7, 1234 AB Voorbeeldstad; mail zoe@example.nl of bel 06-12345678. "
    "Berkhuis' partner heeft BSN 123 456 782. Zij kwam langs op Kerkweg 12a."
)


def _header(title: str) -> DocumentHeader:
    return DocumentHeader(
        "Besluit", title, "Gemeente Voorbeeldstad", "MWD-2026-0007", "1", NOW.date()
    )


def test_applying_it_twice_changes_nothing_more() -> None:
    once = person(MIXED)
    assert person(once) == once
    assert business(business(MIXED)) == business(MIXED)


def test_the_document_variant_says_what_was_replaced() -> None:
    document = Document(
        _header("Besluit voor mevrouw Van der Berkhuis"),
        (
            Section(
                "Betrokkene",
                (
                    Pairs((("Naam", PERSON.name), ("BSN", PERSON.bsn))),
                    Text(MIXED, lead="Zoë van der Berkhuis"),
                    Grid(("Datum", "Wat"), (("03-04-1985", "Geboren"), ("Adres", "Kerkweg 12a"))),
                ),
            ),
        ),
        fingerprint="oud",
    )
    result = pseudonymise(document, PERSON)
    assert result.header.variant == VARIANT_REMARK
    assert result.header.title == "Besluit voor betrokkene"
    assert result.fingerprint == ""
    assert list(texts(result)) == [person(text) for text in texts(document)]
    assert "Betrokkene" in texts(result)


# --- demo dossiers and random texts --------------------------------------------------


NOT_NAME_PARTS = {"van", "der", "den", "ter", "ten", "zzp"}
"""Tussenvoegsels and the legal form in "{first} Ontwerp (zzp)": not identifying alone."""


def _document(dossier: generation.DemoDossier) -> Document:
    fields, subject = dossier.fields, dossier.fields.subject
    born = subject.date_of_birth.strftime("%d-%m-%Y") if subject.date_of_birth else ""
    rows = (
        ("Naam", subject.name),
        ("BSN", subject.bsn),
        ("KvK-nummer", subject.kvk_number),
        ("Geboortedatum", born),
        ("Contact", subject.contact),
        ("Huishouden", subject.household),
    )
    narrative = (fields.knelpunt, fields.generic_outcome, fields.request, fields.notes)
    timeline = tuple((str(entry.occurred_on), entry.description) for entry in dossier.timeline)
    return Document(
        _header(fields.title),
        (
            Section("Betrokkene", (Pairs(rows), Text(fields.doenvermogen.support))),
            Section("Casus", tuple(Text(text) for text in narrative)),
            Section("Tijdlijn", (Grid(("Datum", "Gebeurtenis"), timeline),)),
        ),
    )


def _whole_word(term: str) -> re.Pattern[str]:
    return re.compile(rf"(?<![^\W_]){re.escape(fold_for_search(term))}(?![^\W_])")


def _birth_dates(born: date) -> str:
    month = generation.MONTHS[born.month - 1]
    return rf"0?{born.day}-0?{born.month}-{born.year}|{born.day} {month} {born.year}"


def _leaks(subject: Subject, text: str) -> list[str]:
    """What of `subject` is still readable in `text`."""
    folded = fold_for_search(text)
    parts = [p for p in re.findall(r"[^\W\d_]+", subject.name) if len(p) >= 3]
    names = [subject.name, *(p for p in parts if p.casefold() not in NOT_NAME_PARTS)]
    leaks = [name for name in names if _whole_word(name).search(folded)]
    if subject.bsn and re.search(r"[ .-]?".join(subject.bsn), text):
        leaks.append(subject.bsn)
    if subject.kvk_number and subject.kvk_number in text:
        leaks.append(subject.kvk_number)
    if subject.date_of_birth and re.search(_birth_dates(subject.date_of_birth), text):
        leaks.append(str(subject.date_of_birth))
    streets = "|".join(data.STREETS)
    leaks += re.findall(rf"(?:{streets})\s+\d+", text)
    return leaks


@pytest.fixture(scope="module")
def dossiers() -> list[generation.DemoDossier]:
    return generation.demo_dossiers(60, random.Random(7), NOW)


def test_no_demo_subject_is_left_in_its_pseudonymised_document(
    dossiers: list[generation.DemoDossier],
) -> None:
    kinds = {d.fields.subject.kind for d in dossiers}
    addresses = [d for d in dossiers if re.search(r"\d", d.fields.subject.contact)]
    assert kinds == set(SubjectKind) and addresses  # the check covers both kinds and addresses
    for dossier in dossiers:
        subject = dossier.fields.subject
        document = _document(dossier)
        assert any(_leaks(subject, text) for text in texts(document))
        for text in texts(pseudonymise(document, subject)):
            assert not _leaks(subject, text), text


_FILLER = st.sampled_from(
    (
        "de", "het", "brief", "Gemeente", "belde", "over", "bos", "maart", "2024", "12",
        "€ 1.250,00", ".", ",", "\n", "Besluit:", "(zie bijlage)", "art. 58 lid 8", "06",
        "1985", "mevrouw", "Adres:", "aan de", "BSN", "-", "'",
    )
)  # fmt: skip


@st.composite
def _subjects(draw: st.DrawFn) -> tuple[Subject, list[str]]:
    """A demo-like person and the writings of their data to hide in a text."""
    first = draw(st.sampled_from(data.FEMALE + data.MALE))
    particle = draw(st.sampled_from(data.PARTICLES))
    last = draw(st.sampled_from(data.STEMS)) + draw(st.sampled_from(data.ENDINGS))
    bsn = generation.fictitious_bsn(random.Random(draw(st.integers(0, 2**32))))
    address = f"{draw(st.sampled_from(data.STREETS))} {draw(st.integers(1, 999))}"
    born = draw(st.dates(date(1920, 1, 1), NOW.date()))
    name = " ".join(p for p in (first, particle, last) if p)
    contact = f"Fictief adres: {address}, Voorbeeldstad."
    subject = Subject(name=name, bsn=bsn, date_of_birth=born, contact=contact)
    surname = " ".join(p for p in (particle.capitalize(), last) if p)
    writings = [
        name, name.upper(), fold_for_search(name), f"mevrouw {surname}", f"{last}s", first,
        bsn, f"{bsn[:4]}.{bsn[4:6]}.{bsn[6:]}", f"{bsn[:3]} {bsn[3:6]} {bsn[6:]}",
        address, f"{address}a", f"{address}, 1234 AB Voorbeeldstad",
        f"{born:%d-%m-%Y}", f"{born.day}-{born.month}-{born.year}",
        f"{born.day} {generation.MONTHS[born.month - 1]} {born.year}",
    ]  # fmt: skip
    return subject, writings


@given(_subjects(), st.lists(_FILLER, max_size=40), st.data())
def test_nothing_inserted_anywhere_remains(
    subject_writings: tuple[Subject, list[str]], filler: list[str], data: st.DataObject
) -> None:
    subject, writings = subject_writings
    words = list(filler)
    for writing in data.draw(st.lists(st.sampled_from(writings), min_size=1, max_size=6)):
        words.insert(data.draw(st.integers(0, len(words))), writing)
    text = " ".join(words)
    pseudonymiser = Pseudonymiser.for_subject(subject)
    result = pseudonymiser(text)
    assert not _leaks(subject, result), result
    assert pseudonymiser(result) == result


@given(_subjects(), _subjects(), st.lists(_FILLER, max_size=30), st.data())
# No deadline: on a busy machine one example took 327 ms and its replay 1.5 ms, which
# Hypothesis reports as a flaky failure; the property, not the time, is tested here.
@settings(deadline=None)
def test_skipping_people_a_text_cannot_mention_changes_no_finding(
    mentioned: tuple[Subject, list[str]],
    other: tuple[Subject, list[str]],
    filler: list[str],
    data: st.DataObject,
) -> None:
    """`personal_data_in` checks a person's own patterns only where the text holds a run of
    letters of their name or address, their numbers' digits or their year of birth: what it
    finds is what checking everyone finds."""
    subject, writings = mentioned
    words = list(filler)
    for writing in data.draw(st.lists(st.sampled_from(writings + other[1]), max_size=4)):
        words.insert(data.draw(st.integers(0, len(words))), writing)
    text = " ".join(words)
    people = [(subject, PARTIES), (other[0], ())]
    everyone = set(_found_for(text, Subject(), []))
    for person, parties in people:
        everyone |= _found_for(text, person, list(parties))
    found = set(personal_data_in(text, people))
    assert found - {"een BSN", "een geboortedatum"} == everyone - {"een BSN", "een geboortedatum"}
    assert found >= everyone


def test_a_long_text_takes_well_under_fifty_milliseconds(
    dossiers: list[generation.DemoDossier],
) -> None:
    words = " ".join(d.fields.knelpunt + " " + d.fields.notes for d in dossiers).split()
    rng = random.Random(3)
    text = " ".join(rng.choice(words) for _ in range(10_000)) + " " + MIXED
    subject = replace(PERSON, household="Dorpsstraat 12")
    pseudonymiser = Pseudonymiser.for_subject(subject)
    timings = []
    for _ in range(5):
        start = time.perf_counter()
        pseudonymiser(text)
        timings.append(time.perf_counter() - start)
    assert min(timings) < 0.05


# --- third parties ---------------------------------------------------------------------


PARTIES = (
    ThirdParty(PartyRole.EMPLOYER, "Bakkerij Dekkers B.V."),
    ThirdParty(PartyRole.EX_PARTNER, "Ruud ter Wilhorst"),
    ThirdParty(PartyRole.FAMILY, "Fatma Yıldız"),
    ThirdParty(PartyRole.FAMILY, "Emre Yıldız"),
)
with_parties = Pseudonymiser.for_subject(PERSON, PARTIES)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Loonstrook van Bakkerij Dekkers B.V. ontvangen.",
            "Loonstrook van [werkgever] ontvangen.",
        ),
        ("Werkt bij de Bakkerij Dekkers.", "Werkt bij [werkgever]."),
        ("Meneer Ter Wilhorst betaalt geen alimentatie.", "[ex-partner] betaalt geen alimentatie."),
        ("Wilhorsts advocaat belde.", "[ex-partner] advocaat belde."),
        ("Fatma en Emre Yıldız helpen.", "[familielid 1] en [familielid 2] [familielid 1] helpen."),
        ("Zoë belde met Ruud.", "Betrokkene belde met [ex-partner]."),
    ],
)
def test_third_parties_become_their_role(text: str, expected: str) -> None:
    result = with_parties(text)
    assert result == expected
    assert with_parties(result) == result
    for party in PARTIES:
        for part in party.name.replace(".", " ").split():
            if len(part) > 2 and part not in ("B", "V"):
                assert fold_for_search(part) not in fold_for_search(result)


def test_a_pseudonymised_document_names_no_third_party() -> None:
    document = Document(
        DocumentHeader("Besluit", "Besluit", "Gemeente", "MW-2026-00001", "1", date(2026, 1, 1)),
        (Section("Derden", (Grid(("Rol", "Naam"), (("Werkgever", PARTIES[0].name),)),)),),
    )
    shown = "\n".join(texts(pseudonymise(document, PERSON, PARTIES)))
    assert "Dekkers" not in shown and "[werkgever]" in shown
