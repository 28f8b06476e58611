"""Sample data shared by tests: one richly filled, fictitious dossier."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from maatwerkdesk.domain.case_facts import (
    Amount,
    AmountKind,
    CaseFacts,
    PartyRole,
    Period,
    Ruling,
    Stage,
    ThirdParty,
)
from maatwerkdesk.domain.dossier import DimensionNote, Doenvermogen, DossierFields, Subject
from maatwerkdesk.domain.vocabulary import (
    DoenDimension,
    DoenObservation,
    DossierStatus,
    Organisation,
    Stressor,
    SubjectKind,
)


def sample_fields() -> DossierFields:
    """Every field filled, with diacritics, newlines, tabs, € and emoji (not yet validated)."""
    return DossierFields(
        title="Terugvordering bijstand na verblijf in België",
        status=DossierStatus.TER_BESPREKING,
        owner="Anouk Verhoef",
        organisations=(Organisation.GEMEENTE, Organisation.UWV),
        regulation="Participatiewet",
        article="art. 58 lid 1",
        deviation_article="art. 58 lid 8",
        generic_outcome="Volledige terugvordering van € 4.312,17.",
        knelpunt="Zoë meldde het verblijf wél.\nDe melding is niet verwerkt. Één keer, niet twee.",
        request="Afzien van terugvordering.",
        notes="Fictief.\n\n\tMet tab en «aanhalingstekens» — en emoji 🙂.",
        subject=Subject(
            kind=SubjectKind.PERSON,
            name="Zoë de Vries-Öztürk",
            bsn="999990019",
            date_of_birth=date(1980, 2, 29),
            contact="Dorpsstraat 1, Curaçao",
            household="Alleenstaand met twee kinderen",
        ),
        doenvermogen=Doenvermogen(
            dimensions={
                DoenDimension.ACTION: DimensionNote(DoenObservation.SOME_DIFFICULTY, "Post"),
                DoenDimension.PLAN: DimensionNote(DoenObservation.NOT_OBSERVED, ""),
            },
            stressors=frozenset({Stressor.DEBTS, Stressor.DIVORCE}),
            support="Bewindvoerder sinds 2025",
        ),
        facts=sample_facts(),
    )


def sample_facts() -> CaseFacts:
    """A recovery, a benefit that runs, a bewindvoerder and a ruling, with fixed ids; two
    minor children and a share of the organisation in the problem."""
    return CaseFacts(
        stage=Stage.OBJECTION,
        amounts=(
            Amount(
                AmountKind.CLAIM,
                Decimal("4312.17"),
                note="Bijstand over zeven maanden",
                id="5d1c2b3a-4e5f-4a6b-8c7d-9e0f1a2b3c4d",
            ),
            Amount(
                AmountKind.BENEFIT,
                Decimal("1180.50"),
                Period.MONTHLY,
                starts=date(2025, 1, 1),
                id="6e2d3c4b-5f60-4b7c-9d8e-0f1a2b3c4d5e",
            ),
        ),
        third_parties=(
            ThirdParty(
                PartyRole.GUARDIAN,
                "Jan Bakker-Çelik",
                "Beheert de inkomsten sinds 2025",
                id="7f3e4d5c-6071-4c8d-ae9f-1a2b3c4d5e6f",
            ),
        ),
        rulings=(
            Ruling(
                "ECLI:NL:CRVB:2024:726",
                "Dringende redenen: ook de oorzaak van de terugvordering telt",
                id="80f4e5d6-7182-4d9e-bfa0-2b3c4d5e6f70",
            ),
        ),
        minor_children=2,
        organisation_share=True,
    )
