"""The dossier's facts as data: amounts, third parties, the stage and rulings; how they are
typed, checked, stored, read back strictly and reckoned with."""

from __future__ import annotations

import copy
from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st
from samples import sample_facts, sample_fields
from sqlalchemy import text

from maatwerkdesk.domain.briefcase_merge import merge
from maatwerkdesk.domain.case_facts import (
    LARGE_RECOVERY_EXPLAINED,
    LARGE_RECOVERY_SHARE,
    MAX_AMOUNT,
    Amount,
    AmountKind,
    CaseFacts,
    PartyRole,
    Period,
    Ruling,
    ThirdParty,
    format_euros,
    normalise_ecli,
    parse_euros,
    period_text,
    recovery_burden,
    total,
    validate_facts,
    yearly_income,
)
from maatwerkdesk.domain.concurrency import rebase
from maatwerkdesk.domain.document import texts
from maatwerkdesk.domain.dossier import DossierFields, validate_fields
from maatwerkdesk.domain.errors import DomainError, ValidationError
from maatwerkdesk.domain.serialise import (
    Reader,
    facts_from_reader,
    facts_to_dict,
    fields_from_dict,
    fields_to_dict,
)
from maatwerkdesk.domain.sync_conflicts import part_label, value_text
from maatwerkdesk.persistence.db import Database
from maatwerkdesk.services import dossiers
from maatwerkdesk.services.context import Context
from maatwerkdesk.services.document_export import load_decision_document
from maatwerkdesk.services.dossier_query import DossierQuery

TODAY = date(2026, 11, 28)


@pytest.mark.parametrize(
    ("typed", "euros"),
    [
        ("4.312,17", "4312.17"),
        ("4312,17", "4312.17"),
        ("€ 4.312,17", "4312.17"),
        ("€4312", "4312.00"),
        ("  12,5 ", "12.50"),
        ("1.234.567", "1234567.00"),
        ("0", "0.00"),
        ("10.000.000,00", "10000000.00"),
    ],
)
def test_amounts_are_typed_the_dutch_way(typed: str, euros: str) -> None:
    assert parse_euros(typed) == Decimal(euros)


@pytest.mark.parametrize(
    ("typed", "words"),
    [
        ("-12", "negatief"),
        ("- 12", "negatief"),
        ("4312.17", "Schrijf het als"),
        ("4.31", "Schrijf het als"),
        ("4,317", "Schrijf het als"),
        ("12 euro", "Schrijf het als"),
        ("1e6", "Schrijf het als"),
        ("NaN", "Schrijf het als"),
        ("Infinity", "Schrijf het als"),
        ("١٢", "Schrijf het als"),
        ("", "Schrijf het als"),
        ("10.000.000,01", "kan niet kloppen"),
        ("9" * 400, "kan niet kloppen"),
    ],
)
def test_other_amounts_are_refused_with_a_sentence(typed: str, words: str) -> None:
    with pytest.raises(ValidationError, match=words):
        parse_euros(typed, "facts.amounts[0].euros")


@given(st.text(max_size=60))
def test_any_typed_text_is_an_amount_or_a_refusal(typed: str) -> None:
    try:
        value = parse_euros(typed)
    except ValidationError as error:
        assert error.message.endswith(".")
    else:
        assert 0 <= value <= MAX_AMOUNT and value == value.quantize(Decimal("0.01"))


@given(st.integers(0, 1_000_000_000))
def test_formatting_and_typing_agree(cents: int) -> None:
    value = Decimal(cents) / 100
    assert parse_euros(format_euros(value)) == value


def test_amounts_are_shown_the_dutch_way() -> None:
    assert format_euros(Decimal("4312.17")) == "€ 4.312,17"
    assert format_euros(Decimal("0")) == "€ 0,00"


@pytest.mark.parametrize(
    ("typed", "ecli"),
    [
        ("ECLI:NL:CRVB:2024:726", "ECLI:NL:CRVB:2024:726"),
        (" ecli:nl:crvb:2007:bb0579 ", "ECLI:NL:CRVB:2007:BB0579"),
        ("ECLI:EU:C:1998:27", "ECLI:EU:C:1998:27"),
        ("ECLI:NL:RBAMS:2020:1.23", "ECLI:NL:RBAMS:2020:1.23"),
    ],
)
def test_eclis_follow_the_official_form(typed: str, ecli: str) -> None:
    assert normalise_ecli(typed) == ecli


@pytest.mark.parametrize(
    "typed",
    [
        "NL:CRVB:2024:726",
        "ECLI:NL:CRVB:24:726",
        "ECLI:NLD:CRVB:2024:726",
        "ECLI:NL:CENTRALE:2024:726",
        "ECLI:NL:1RVB:2024:726",
        "ECLI:NL:CRVB:2024:7/26",
        "ECLI:NL:CRVB:2024:" + "1" * 26,
        "ECLI:NL:CRVB:2024:726\n<script>",
        "",
    ],
)
def test_other_eclis_are_refused(typed: str) -> None:
    with pytest.raises(ValidationError, match="geen ECLI"):
        normalise_ecli(typed)


def test_validation_cleans_and_names_the_place_of_a_bad_value() -> None:
    facts = CaseFacts(
        third_parties=(ThirdParty(PartyRole.EMPLOYER, "  Bakkerij\u202e Jansen "),),
        rulings=(Ruling("ecli:nl:crvb:2024:726", " relevant\n"),),
    )
    clean = validate_facts(facts, TODAY)
    assert clean.third_parties[0].name == "Bakkerij Jansen"
    assert clean.rulings[0].ecli == "ECLI:NL:CRVB:2024:726" and clean.rulings[0].note == "relevant"
    assert all(entry.id for entry in (*clean.third_parties, *clean.rulings))
    bad = CaseFacts(
        amounts=(Amount(AmountKind.DEBT, Decimal(1)), Amount(AmountKind.DEBT, Decimal(-1)))
    )
    with pytest.raises(ValidationError) as caught:
        validate_facts(bad, TODAY)
    assert caught.value.field == "facts.amounts[1].euros"
    with pytest.raises(ValidationError, match="Noem"):
        validate_facts(CaseFacts(third_parties=(ThirdParty(PartyRole.FAMILY, " "),)), TODAY)


def test_facts_round_trip_through_dicts_and_drafts_may_lack_ids() -> None:
    facts = validate_facts(sample_facts(), TODAY)
    assert facts == sample_facts()
    assert facts_from_reader(Reader(facts_to_dict(facts), "facts", strict=True)) == facts
    draft = facts_to_dict(CaseFacts(amounts=(Amount(AmountKind.INCOME, Decimal("10.00")),)))
    assert fields_from_dict({"title": "x", "facts": draft}).facts.amounts[0].id == ""
    assert fields_from_dict({"title": "x"}).facts == CaseFacts()  # an older draft


def test_periods_are_said_in_words() -> None:
    amount = Amount(AmountKind.INCOME, Decimal(1), Period.MONTHLY)
    assert period_text(amount) == "per maand"
    assert period_text(replace(amount, starts=date(2026, 2, 1))) == "per maand, vanaf 01-02-2026"
    assert (
        period_text(replace(amount, ends=date(2026, 4, 30))) == "per maand, tot en met 30-04-2026"
    )
    both = replace(amount, starts=date(2026, 2, 1), ends=date(2026, 4, 30))
    assert period_text(both) == "per maand, 01-02-2026 t/m 30-04-2026"


def test_what_amounts_come_to() -> None:
    monthly = Amount(AmountKind.CLAIM, Decimal("350.00"), Period.MONTHLY)
    assert total(monthly) is None  # no period known
    assert total(Amount(AmountKind.CLAIM, Decimal("5.00"))) == Decimal("5.00")
    run = Amount(
        AmountKind.CLAIM, Decimal("350.00"), Period.MONTHLY, date(2026, 1, 15), date(2026, 7, 1)
    )
    assert total(run) == Decimal("2450.00")  # seven calendar months
    yearly = Amount(
        AmountKind.CLAIM, Decimal("1200.00"), Period.YEARLY, date(2025, 1, 1), date(2025, 6, 30)
    )
    assert total(yearly) == Decimal("600.00")


def test_the_yearly_income_counts_what_runs_on_the_day() -> None:
    amounts = (
        Amount(AmountKind.INCOME, Decimal("1000.00"), Period.MONTHLY, ends=date(2025, 12, 31)),
        Amount(AmountKind.BENEFIT, Decimal("1100.00"), Period.MONTHLY, starts=date(2026, 1, 1)),
        Amount(AmountKind.INCOME, Decimal("600.00"), Period.YEARLY),
        Amount(AmountKind.INCOME, Decimal("9999.00")),  # a one-off amount is no yearly income
        Amount(AmountKind.DEBT, Decimal("500.00"), Period.MONTHLY),
    )
    assert yearly_income(amounts, TODAY) == Decimal("13800.00")
    assert yearly_income(amounts, date(2025, 6, 1)) == Decimal("12600.00")


def test_the_recovery_burden_and_its_threshold() -> None:
    assert Decimal("0.3") == LARGE_RECOVERY_SHARE
    assert "30 %" in LARGE_RECOVERY_EXPLAINED and "3 jaar" in LARGE_RECOVERY_EXPLAINED
    income = Amount(AmountKind.BENEFIT, Decimal("1000.00"), Period.MONTHLY)
    at = lambda euros: recovery_burden(  # noqa: E731
        CaseFacts(amounts=(income, Amount(AmountKind.CLAIM, Decimal(euros)))), TODAY
    )
    assert at("3599.99").large is False  # type: ignore[union-attr]
    burden = at("3600.00")
    assert burden is not None and burden.large and burden.percentage == 30
    assert burden.sentence == (
        "De (terug)vordering van € 3.600,00 is 30 % van het jaarinkomen van € 12.000,00 "
        "(inkomen en uitkeringen samen)."
    )
    assert recovery_burden(CaseFacts(amounts=(income,)), TODAY) is None
    no_income = CaseFacts(amounts=(Amount(AmountKind.CLAIM, Decimal("10.00")),))
    assert recovery_burden(no_income, TODAY) is None


def test_a_stored_dossier_keeps_its_facts(database: Database, context: Context) -> None:
    with database.sessions.begin() as session:
        record = dossiers.create_dossier(session, context, sample_fields())
    with database.sessions.begin() as session:
        assert dossiers.open_dossier(session, context, record.id).fields.facts == sample_facts()


@pytest.mark.parametrize(
    "stored",
    [
        "'[]'",
        """'{"amounts": [{"id": "x", "kind": "schuld", "euros": "1.00"}]}'""",
        """'{"amounts": [{"id": "5d1c2b3a-4e5f-4a6b-8c7d-9e0f1a2b3c4d", "kind": "schuld",
        "euros": "-1.00"}]}'""",
        """'{"rulings": [{"id": "5d1c2b3a-4e5f-4a6b-8c7d-9e0f1a2b3c4d", "ecli": "zomaar"}]}'""",
        """'{"third_parties": [{"id": "5d1c2b3a-4e5f-4a6b-8c7d-9e0f1a2b3c4d",
        "role": "werkgever", "name": "Geheim Jansen", "salaris": 1}]}'""",
        """'{"stage": "cassatie"}'""",
    ],
)
def test_facts_changed_outside_the_program_are_told_not_crashed_on(
    database: Database, context: Context, stored: str
) -> None:
    with database.sessions.begin() as session:
        record = dossiers.create_dossier(session, context, DossierFields(title="Gewijzigd"))
    with database.engine.begin() as connection:  # as someone outside the program would
        connection.execute(text(f"UPDATE dossier SET facts = {stored}"))
    with database.sessions.begin() as session, pytest.raises(DomainError) as caught:
        dossiers.open_dossier(session, context, record.id)
    message = str(caught.value)
    assert "buiten het programma gewijzigd" in message and record.reference in message
    assert "Geheim" not in message  # a third party's name is never repeated
    with database.sessions.begin() as session:  # the list still shows it
        assert [r.title for r in dossiers.list_dossiers(session, DossierQuery())] == ["Gewijzigd"]


def test_the_rules_hold_when_saving(database: Database, context: Context) -> None:
    fields = DossierFields(title="x", facts=CaseFacts(rulings=(Ruling("ECLI:NL:HR:2999:1"),)))
    with database.sessions.begin() as session, pytest.raises(ValidationError) as caught:
        dossiers.create_dossier(session, context, fields)
    assert caught.value.field == "facts.rulings[0].ecli"
    assert validate_fields(sample_fields(), TODAY).facts == sample_facts()


def test_the_decision_document_lists_the_facts_and_hides_third_parties_when_asked(
    database: Database, context: Context
) -> None:
    with database.sessions.begin() as session:
        record = dossiers.create_dossier(session, context, sample_fields())
    with database.sessions.begin() as session:
        plain = load_decision_document(session, context, record.id, TODAY)
        hidden = load_decision_document(session, context, record.id, TODAY, pseudonymised=True)
    (section,) = [s for s in plain.sections if s.title == "Bedragen, derden en procedure"]
    shown = "\n".join(texts(replace(plain, sections=(section,))))
    for part in ("Bezwaar", "€ 4.312,17", "per maand, vanaf 01-01-2025", "Jan Bakker-Çelik"):
        assert part in shown
    assert "ECLI:NL:CRVB:2024:726" in shown
    ratio = "De (terug)vordering van € 4.312,17 is 30 % van het jaarinkomen van € 14.166,00"
    assert sum(ratio in text for text in texts(plain)) == 2  # the facts and evenwichtigheid
    assert "Bakker" not in "\n".join(texts(hidden)) and "[bewindvoerder]" in "\n".join(
        texts(hidden)
    )


def test_a_rebase_keeps_a_colleagues_facts_under_ones_own_changes() -> None:
    base = DossierFields(title="Samen bewerkt")
    mine = replace(base, knelpunt="Eigen tekst")
    theirs = replace(base, facts=sample_facts())
    rebased = rebase(base, mine, theirs)
    assert rebased.value == replace(theirs, knelpunt="Eigen tekst")
    assert rebased.theirs == ("facts",) and rebased.both == ()


def test_a_sync_keeps_entries_added_on_the_laptop_and_on_the_server() -> None:
    base = {"fields": fields_to_dict(DossierFields(title="Meegenomen"))}
    facts = fields_to_dict(DossierFields(title="Meegenomen", facts=sample_facts()))["facts"]
    laptop, server = copy.deepcopy(base), copy.deepcopy(base)
    laptop["fields"]["facts"]["amounts"] = facts["amounts"][:1]
    server["fields"]["facts"]["amounts"] = facts["amounts"][1:]
    server["fields"]["facts"]["stage"] = "bezwaar"
    merged = merge(base, laptop, server)
    assert merged.clashes == () and merged.document is not None
    kept = merged.document["fields"]["facts"]
    assert {a["id"] for a in kept["amounts"]} == {a["id"] for a in facts["amounts"]}
    assert kept["stage"] == "bezwaar"
    laptop["fields"]["facts"]["stage"] = "beroep"
    (clash,) = merge(base, laptop, server).clashes
    assert part_label(clash.path) == "Feiten › fase van de procedure"
    amount = facts["amounts"][1]
    assert value_text(amount) == "Uitkering: € 1.180,50 per maand"
    assert value_text({**amount, "euros": "veel"}).startswith("{")


def test_minor_children_and_the_organisations_share_are_written_only_when_recorded() -> None:
    assert facts_to_dict(CaseFacts()).keys() == {"stage", "amounts", "third_parties", "rulings"}
    recorded = CaseFacts(minor_children=0, organisation_share=True)
    written = facts_to_dict(recorded)
    assert (written["minor_children"], written["organisation_share"]) == (0, True)
    assert facts_from_reader(Reader(written, "facts", strict=True)) == recorded
    assert part_label(("fields", "facts", "minor_children")) == "Feiten › minderjarige kinderen"


@pytest.mark.parametrize(
    ("key", "value", "words"),
    [
        ("minor_children", 21, "van 0 tot en met 20"),
        ("minor_children", -1, "van 0 tot en met 20"),
        ("minor_children", "2", "geheel getal"),
        ("minor_children", True, "geheel getal"),
        ("minor_children", 10**400, "van 0 tot en met 20"),
        ("organisation_share", "ja", "true of false"),
        ("organisation_share", 1, "true of false"),
    ],
)
def test_a_bad_count_of_children_or_share_is_refused_by_its_place(
    key: str, value: object, words: str
) -> None:
    with pytest.raises(ValidationError, match=words) as refused:
        facts_from_reader(Reader({key: value}, "facts", strict=True))
    assert refused.value.field == f"facts.{key}"
    with pytest.raises(ValidationError, match="minderjarige kinderen"):
        validate_facts(CaseFacts(minor_children=21), TODAY)
