"""The case base of one factor catalogue, read from the database and kept while unchanged.

Decided dossiers (status besloten or afgesloten, with a decision and factors) and
imported precedents form the case base. Building its index reads every decision once;
a cheap revision token (a change counter kept by database triggers) tells when that
must happen again, so checking a dossier against a large base costs milliseconds.
"""

from __future__ import annotations

import sys
import threading
from collections.abc import Iterable
from datetime import date
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from maatwerkdesk.domain.case_base import CaseBase, CaseEntry
from maatwerkdesk.domain.decision import Degree, DegreeUnit, OutcomeType
from maatwerkdesk.domain.factors import FactorCatalogue
from maatwerkdesk.domain.precedent import Precedent
from maatwerkdesk.domain.text import content_words
from maatwerkdesk.domain.vocabulary import DossierStatus
from maatwerkdesk.persistence.models import (
    AssessmentRow,
    DecisionRow,
    DossierFactorsRow,
    DossierRow,
    ImportedPrecedentRow,
    change_counter,
)
from maatwerkdesk.services import catalogues

DECIDED = (DossierStatus.BESLOTEN.value, DossierStatus.AFGESLOTEN.value)
_WATCHED = (DossierRow, DossierFactorsRow, DecisionRow, ImportedPrecedentRow, AssessmentRow)

_lock = threading.Lock()
_building: dict[tuple[str, str, str], threading.Lock] = {}
_cache: dict[tuple[str, str, str], tuple[tuple[Any, ...], CaseBase]] = {}


def dossier_text(*parts: str) -> str:
    """The text of a dossier compared for similarity: what the case is about."""
    return "\n".join(p for p in parts if p)


def case_base(session: Session, catalogue: FactorCatalogue) -> CaseBase:
    """The case base under `catalogue`'s id, rebuilt only when the database changed.

    One build per catalogue at a time: a second caller (the screen, while the start-up
    warm-up builds) waits for the first and uses its index.
    """
    key = (str(session.get_bind().url), catalogue.header.id, catalogue.header.version)
    with _lock:
        building = _building.setdefault(key, threading.Lock())
    with building:
        token = _revision_token(session)
        cached = _cache.get(key)
        if cached is not None and cached[0] == token:
            return cached[1]
        built = CaseBase(
            [*_decided_dossiers(session, catalogue), *_imported(session, catalogue.header.id)],
            catalogue.sides,
        )
        _cache[key] = (token, built)
        return built


def warm_case_bases(reads: sessionmaker[Session], today: date) -> int:
    """Build the index of every factor catalogue in force, so the first dossier opened
    after start-up is checked at once; returns the number of decided cases indexed.
    A pure read (`Database.reads`): it holds up no other program's writes."""
    indexed = 0
    with reads() as session:
        for catalogue in catalogues.known_catalogues(session).factor_choices(today):
            indexed += len(case_base(session, catalogue))
    return indexed


def _revision_token(session: Session) -> tuple[Any, ...]:
    """On SQLite the triggers' change counter (one read); elsewhere row counts and the
    latest change per table, which also notice rows written by another program."""
    if session.get_bind().dialect.name == "sqlite":
        counted = session.execute(
            select(change_counter.c.value).where(change_counter.c.name == "case_base")
        ).scalar_one()
        return (counted,)
    token: list[Any] = []
    for model in _WATCHED:
        count, latest = session.execute(
            select(func.count(), func.max(model.updated_at)).select_from(model)
        ).one()
        token.extend((count, latest))
    return tuple(token)


def _decided_dossiers(session: Session, catalogue: FactorCatalogue) -> Iterable[CaseEntry]:
    sides = catalogue.sides
    route = (
        select(AssessmentRow.route)
        .where(
            AssessmentRow.dossier_id == DossierRow.id,
            AssessmentRow.superseded_at.is_(None),
            AssessmentRow.deleted_at.is_(None),
        )
        .limit(1)
        .scalar_subquery()
    )
    rows = session.execute(
        select(
            DossierRow.reference,
            DossierRow.title,
            DossierRow.request,
            DossierRow.knelpunt,
            DossierFactorsRow.factors,
            DecisionRow.outcome_type,
            DecisionRow.degree_unit,
            DecisionRow.degree_value,
            DecisionRow.reason,
            route,
        )
        .join(DecisionRow, DecisionRow.dossier_id == DossierRow.id)
        .join(DossierFactorsRow, DossierFactorsRow.dossier_id == DossierRow.id)
        .where(
            DossierRow.deleted_at.is_(None),
            DossierRow.status.in_(DECIDED),
            DecisionRow.deleted_at.is_(None),
            DossierFactorsRow.deleted_at.is_(None),
            DossierFactorsRow.catalogue_id == catalogue.header.id,
        )
    )
    for reference, title, request, knelpunt, factors, kind, unit, value, reason, route_id in rows:
        outcome_type = OutcomeType(kind)
        present = frozenset(map(sys.intern, factors))
        yield CaseEntry(
            precedent=Precedent(
                reference,
                present,
                outcome_type.outcome,
                present & frozenset(map(sys.intern, reason))
                if reason is not None
                else sides.of(present, outcome_type.outcome.side),
            ),
            route=route_id,
            outcome_type=outcome_type,
            degree=_degree(unit, value),
            summary=title,
            imported=False,
            words=content_words(dossier_text(title, request, knelpunt)),
        )


def _imported(session: Session, catalogue_id: str) -> Iterable[CaseEntry]:
    rows = session.scalars(
        select(ImportedPrecedentRow).where(
            ImportedPrecedentRow.deleted_at.is_(None),
            ImportedPrecedentRow.catalogue_id == catalogue_id,
        )
    )
    for row in rows:
        outcome_type = OutcomeType(row.outcome_type)
        yield CaseEntry(
            precedent=Precedent(
                row.reference,
                frozenset(row.factors),
                outcome_type.outcome,
                frozenset(row.reason),
            ),
            route=row.route,
            outcome_type=outcome_type,
            degree=_degree(row.degree_unit, row.degree_value),
            summary=row.summary,
            imported=True,
            words=content_words(row.summary),
        )


def _degree(unit: str | None, value: float | None) -> Degree | None:
    if unit is None or value is None:
        return None
    return Degree(DegreeUnit(unit), value)
