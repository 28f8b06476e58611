"""The case base of one factor catalogue, read from the database and kept while unchanged.

Decisions that bind (signed in a casuïstiekoverleg, or registered from history) and
imported precedents form the case base; a dossier's status or working decision do not.
Building its index reads every decision once; a cheap revision token (a change counter kept
by database triggers) tells when that must happen again, so checking a dossier against a
large base costs milliseconds.
"""

from __future__ import annotations

import logging
import sys
import threading
from collections.abc import Iterable
from datetime import date
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased, sessionmaker

from maatwerkdesk.domain.case_base import CaseBase, CaseEntry
from maatwerkdesk.domain.decision import Degree, DegreeUnit, OutcomeType
from maatwerkdesk.domain.factors import FactorCatalogue
from maatwerkdesk.domain.precedent import Precedent
from maatwerkdesk.domain.text import content_words
from maatwerkdesk.persistence.models import (
    ImportedPrecedentRow,
    SignedDecisionRow,
    SigningKeyRow,
    change_counter,
)
from maatwerkdesk.services import catalogues
from maatwerkdesk.services.signed import known_keys, read_content, recorded_digests, row_problems

log = logging.getLogger(__name__)

_WATCHED = (SignedDecisionRow, SigningKeyRow, ImportedPrecedentRow)

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
            [*_bound(session, catalogue), *_imported(session, catalogue.header.id)],
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


def _bound(session: Session, catalogue: FactorCatalogue) -> Iterable[CaseEntry]:
    """The latest version of every dossier bound under this catalogue, read from its signed
    content; a version whose signature or digest does not check out binds nothing."""
    sides = catalogue.sides
    later = aliased(SignedDecisionRow)
    newer = (
        select(later.id)
        .where(
            later.dossier_id == SignedDecisionRow.dossier_id,
            later.version > SignedDecisionRow.version,
            later.deleted_at.is_(None),
        )
        .exists()
    )
    rows = session.scalars(
        select(SignedDecisionRow).where(
            SignedDecisionRow.deleted_at.is_(None),
            SignedDecisionRow.catalogue_id == catalogue.header.id,
            ~newer,
        )
    )
    keys, digests = known_keys(session), recorded_digests(session)
    for row in rows:
        content = read_content(row)
        problems, _registered = row_problems(row, content, keys, digests)
        if content is None or problems:
            log.warning("A signed decision version does not check out and binds nothing")
            continue
        present = frozenset(map(sys.intern, content.factors))
        decision = content.decision
        reason = decision.reason_for(present, sides)
        if not reason:
            continue  # rests on no factor: it could bind every dossier (never written now)
        facts = content.facts
        yield CaseEntry(
            precedent=Precedent(
                facts.reference, present, decision.outcome, frozenset(map(sys.intern, reason))
            ),
            route=content.route,
            outcome_type=decision.outcome_type,
            degree=decision.degree,
            summary=facts.title,
            imported=False,
            words=content_words(dossier_text(facts.title, facts.request, facts.knelpunt)),
            known_since=content.signed_at,
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
            known_since=row.created_at,
        )


def _degree(unit: str | None, value: float | None) -> Degree | None:
    if unit is None or value is None:
        return None
    return Degree(DegreeUnit(unit), value)
