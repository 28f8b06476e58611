"""What rests on a catalogue: the records pinned to each version, and the factor ids in use.

A version that anything is pinned to may not be removed, and a factor that anything names
may not disappear from a later version of its catalogue (it can be retired instead).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from maatwerkdesk.domain.catalogue import CatalogueRef
from maatwerkdesk.domain.sentence import Sentence, said
from maatwerkdesk.domain.signed_record import SignedContent
from maatwerkdesk.domain.text import enumerate_nl
from maatwerkdesk.persistence.models import (
    AssessmentRow,
    DecisionRow,
    DossierFactorsRow,
    ImportedPrecedentRow,
    SignedDecisionRow,
)
from maatwerkdesk.services.signed import read_content


@dataclass(frozen=True)
class Pins:
    """How many records are pinned to one catalogue version."""

    assessments: int = 0
    factor_lists: int = 0
    decisions: int = 0
    signed_decisions: int = 0
    precedents: int = 0

    @property
    def total(self) -> int:
        return (
            self.assessments
            + self.factor_lists
            + self.decisions
            + self.signed_decisions
            + self.precedents
        )

    def described(self) -> str:
        """Naming only what there is: "3 beoordelingen en 1 ondertekend besluit"."""
        parts = [
            _count(
                self.assessments,
                said("catalogue_usage", "1 beoordeling"),
                said("catalogue_usage", "{count} beoordelingen"),
            ),
            _count(
                self.factor_lists,
                said("catalogue_usage", "1 factorlijst van een dossier"),
                said("catalogue_usage", "{count} factorlijsten van dossiers"),
            ),
            _count(
                self.decisions,
                said("catalogue_usage", "1 beslissing"),
                said("catalogue_usage", "{count} beslissingen"),
            ),
            _count(
                self.signed_decisions,
                said("catalogue_usage", "1 ondertekend besluit"),
                said("catalogue_usage", "{count} ondertekende besluiten"),
            ),
            _count(
                self.precedents,
                said("catalogue_usage", "1 geïmporteerd precedent"),
                said("catalogue_usage", "{count} geïmporteerde precedenten"),
            ),
        ]
        named = [part for part in parts if part is not None]
        if not named:
            return said("catalogue_usage", "niets")
        return enumerate_nl(named)


def _count(number: int, one: Sentence, many: Sentence) -> Sentence | None:
    """`one` (its number written in it) or `many` with the number; None for none."""
    if not number:
        return None
    return one if number == 1 else many.format(count=number)


def pins(session: Session) -> dict[CatalogueRef, Pins]:
    """Per catalogue version, what is pinned to it (live records only)."""
    counted: dict[str, Counter[CatalogueRef]] = {}
    counted["assessments"] = _grouped(
        session, AssessmentRow.catalogue_id, AssessmentRow.catalogue_version, AssessmentRow
    )
    counted["factor_lists"] = _grouped(
        session,
        DossierFactorsRow.catalogue_id,
        DossierFactorsRow.catalogue_version,
        DossierFactorsRow,
    )
    counted["precedents"] = _grouped(
        session,
        ImportedPrecedentRow.catalogue_id,
        ImportedPrecedentRow.catalogue_version,
        ImportedPrecedentRow,
    )
    decisions = session.execute(
        select(DossierFactorsRow.catalogue_id, DossierFactorsRow.catalogue_version, func.count())
        .join(DecisionRow, DecisionRow.dossier_id == DossierFactorsRow.dossier_id)
        .where(DossierFactorsRow.deleted_at.is_(None), DecisionRow.deleted_at.is_(None))
        .group_by(DossierFactorsRow.catalogue_id, DossierFactorsRow.catalogue_version)
    )
    counted["decisions"] = Counter({CatalogueRef(i, v): n for i, v, n in decisions})
    counted["signed_decisions"] = Counter(
        content.catalogue
        for content in _signed_contents(session, SignedDecisionRow.id.is_not(None))
    )
    refs = {ref for counter in counted.values() for ref in counter}
    return {ref: Pins(**{kind: counter[ref] for kind, counter in counted.items()}) for ref in refs}


def _signed_contents(session: Session, condition: Any) -> Iterable[SignedContent]:
    """The readable content of every live signed version matching `condition`."""
    rows = session.scalars(
        select(SignedDecisionRow).where(SignedDecisionRow.deleted_at.is_(None), condition)
    )
    return (content for row in rows if (content := read_content(row)) is not None)


def _grouped(
    session: Session, id_column: Any, version_column: Any, model: Any
) -> Counter[CatalogueRef]:
    rows = session.execute(
        select(id_column, version_column, func.count())
        .where(model.deleted_at.is_(None))
        .group_by(id_column, version_column)
    )
    return Counter({CatalogueRef(i, v): n for i, v, n in rows})


def factors_in_use(session: Session, catalogue_id: str) -> set[str]:
    """Every factor id of the catalogue that a dossier's factor list, a decision's reason
    or distinctions, a signed decision or an imported precedent names (any version)."""
    used: set[str] = set()
    lists = session.execute(
        select(DossierFactorsRow.factors, DecisionRow.reason, DecisionRow.distinctions)
        .outerjoin(
            DecisionRow,
            (DecisionRow.dossier_id == DossierFactorsRow.dossier_id)
            & DecisionRow.deleted_at.is_(None),
        )
        .where(
            DossierFactorsRow.catalogue_id == catalogue_id, DossierFactorsRow.deleted_at.is_(None)
        )
    )
    for factors, reason, distinctions in lists:
        used.update(_ids(factors), _ids(reason), _distinguishing(distinctions))
    for content in _signed_contents(session, SignedDecisionRow.catalogue_id == catalogue_id):
        decision = content.decision
        used.update(content.factors, decision.reason or ())
        used.update(d.factor for d in decision.distinctions)
    imported = session.execute(
        select(ImportedPrecedentRow.factors, ImportedPrecedentRow.reason).where(
            ImportedPrecedentRow.catalogue_id == catalogue_id,
            ImportedPrecedentRow.deleted_at.is_(None),
        )
    )
    for factors, reason in imported:
        used.update(_ids(factors), _ids(reason))
    return used


def _ids(values: Iterable[Any] | None) -> set[str]:
    return {v for v in values or () if isinstance(v, str)}


def _distinguishing(distinctions: Iterable[Any] | None) -> set[str]:
    return {
        d["factor"]
        for d in distinctions or ()
        if isinstance(d, dict) and isinstance(d.get("factor"), str)
    }
