"""Records that belong to the team database as a whole (groups, knelpuntsignalen, the loket,
the intake queue's dismissals): found by their reference, numbered per year, and refused in
a laptop's briefcase, where an act on them would never reach the team."""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import InstrumentedAttribute, Session

from maatwerkdesk.domain.errors import DomainError, NotFoundError
from maatwerkdesk.persistence.models import BriefcaseRow


def refuse_in_briefcase(session: Session, sentence: str) -> None:
    """Refuse with `sentence` (saying what to do) when this database is a laptop's briefcase."""
    if session.get(BriefcaseRow, 1) is not None:
        raise DomainError(sentence)


def find_by_reference(session: Session, model: Any, reference: str, missing: str) -> str:
    """The id of the live row of `model` with this reference (any case); NotFoundError
    `missing` when there is none."""
    found = session.scalar(
        select(model.id).where(
            func.upper(model.reference) == reference.strip().upper(),
            model.deleted_at.is_(None),
        )
    )
    if found is None:
        raise NotFoundError(missing)
    return str(found)


def next_number(session: Session, reference: InstrumentedAttribute[str], prefix: str) -> int:
    """The number after the highest reference `prefix`NNN in the `reference` column (1 for
    the first): compared by length first, so 10 comes after 9."""
    last = session.scalar(
        select(reference)
        .where(reference.startswith(prefix))
        .order_by(func.length(reference).desc(), reference.desc())
        .limit(1)
    )
    return int(last.removeprefix(prefix)) + 1 if last else 1
