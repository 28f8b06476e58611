"""Sample data shared by tests: one richly filled, fictitious dossier."""

from __future__ import annotations

from datetime import date

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
    )
