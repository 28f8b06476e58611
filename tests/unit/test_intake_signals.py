"""The signals of possible maatwerk: each rule hits at its threshold and not below, and
explains itself with the facts it counted, the threshold and the catalogue version."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal

from maatwerkdesk.domain.case_facts import Amount, AmountKind, CaseFacts, Period
from maatwerkdesk.domain.catalogue_kinds import load_catalogue
from maatwerkdesk.domain.dossier import DimensionNote, Doenvermogen
from maatwerkdesk.domain.intake_signals import SignalInput, signal_hits
from maatwerkdesk.domain.signal_catalogue import SignalCatalogue
from maatwerkdesk.domain.vocabulary import DoenDimension, DoenObservation, Stressor
from maatwerkdesk.services import catalogues

TODAY = date(2026, 12, 7)
SHIPPED = catalogues.BUNDLED_DIR / "signalering-2026.1.toml"


def catalogue() -> SignalCatalogue:
    loaded = load_catalogue(SHIPPED.read_text("utf-8"), SHIPPED.name)
    assert isinstance(loaded, SignalCatalogue)
    return loaded


NO_FACTS = CaseFacts()
NO_OBSERVATIONS = Doenvermogen()


def hits(facts: CaseFacts = NO_FACTS, doen: Doenvermogen = NO_OBSERVATIONS) -> dict[str, str]:
    found = signal_hits(catalogue(), SignalInput(facts, doen), TODAY)
    return {hit.signal_id: hit.explanation for hit in found}


def test_an_empty_dossier_gives_no_signal() -> None:
    assert hits() == {}


def test_stacked_stressors_count_areas_not_stressors() -> None:
    one_area = Doenvermogen(stressors=frozenset({Stressor.ILLNESS, Stressor.PSYCHIATRIC}))
    assert "stapeling" not in hits(doen=one_area)
    debt = CaseFacts(amounts=(Amount(AmountKind.DEBT, Decimal("900.00")),))
    explanation = hits(debt, one_area)["stapeling"]
    assert "2 terreinen" in explanation
    assert "gezondheid (psychische problemen, ziekte)" in explanation
    assert "schulden (een schuld bij de bedragen)" in explanation
    assert "Drempel: 2 of meer terreinen (nl.maatwerkdesk.signalering versie 2026.1)." in (
        explanation
    )


def test_minor_children_and_the_organisations_share_come_from_the_facts() -> None:
    assert hits(CaseFacts(minor_children=0)) == {}
    found = hits(CaseFacts(minor_children=1, organisation_share=True))
    assert found["minderjarige-kinderen"].startswith("In de feiten staat 1 minderjarig kind")
    assert "aandeel" in found["eigen-aandeel"]


def recovery(euros: str) -> CaseFacts:
    return CaseFacts(
        amounts=(
            Amount(AmountKind.CLAIM, Decimal(euros)),
            Amount(AmountKind.INCOME, Decimal("1000.00"), Period.MONTHLY),
        )
    )


def test_a_recovery_hits_from_the_catalogues_share_of_the_yearly_income() -> None:
    assert "grote-vordering" not in hits(recovery("3599.99"))
    explanation = hits(recovery("3600.00"))["grote-vordering"]
    assert explanation.startswith("De (terug)vordering van € 3.600,00 is 30 % van het jaarinkomen")
    assert "30 % van het jaarinkomen of meer" in explanation


def test_a_long_running_debt_names_its_start_and_months() -> None:
    started = Amount(AmountKind.DEBT, Decimal("450.00"), starts=date(2025, 12, 8))
    assert "lange-duur" not in hits(CaseFacts(amounts=(started,)))  # a day short of a year
    older = replace(started, starts=date(2025, 12, 7))
    explanation = hits(CaseFacts(amounts=(older,)))["lange-duur"]
    assert "De schuld van € 450,00 loopt sinds 07-12-2025: 12 maanden." in explanation
    ended = replace(older, ends=date(2026, 6, 30))
    assert "lange-duur" not in hits(CaseFacts(amounts=(ended,)))


def test_limited_doenvermogen_counts_dimensions_with_a_difficulty() -> None:
    some = DimensionNote(DoenObservation.SOME_DIFFICULTY)
    none = DimensionNote(DoenObservation.NO_DIFFICULTY)
    one = Doenvermogen(dimensions={DoenDimension.ACTION: some, DoenDimension.PLAN: none})
    assert "beperkt-doenvermogen" not in hits(doen=one)
    two = Doenvermogen(
        dimensions={
            DoenDimension.ACTION: some,
            DoenDimension.PERSEVERE: DimensionNote(DoenObservation.SERIOUS_DIFFICULTY),
        }
    )
    explanation = hits(doen=two)["beperkt-doenvermogen"]
    assert "op 2 dimensies" in explanation and "volhouden (ernstige belemmering gezien)" in (
        explanation
    )
