"""The organisation's earlier deviations under the same regulation and article as a dossier,
for the group-pattern indicator (domain/indicators.py: three or more signal a knelpunt in
the rule rather than in one case).

What counts: every other live dossier with a live decision that deviates and a version
that binds it (signed, or historic), whose regulation and article equal this dossier's,
ignoring case. `plain_count` says exactly that in SQL and has to look at every decided
dossier. The `bound_deviation` table holds the dossiers that count, under their regulation
and article in lower case, and `bound_deviation_count` how many per regulation and article;
triggers on the three tables keep both in step in the transaction that changes them
(migration 0009), so the count is two lookups by key, however many there are.

"Article" is the generic rule's article (`DossierFields.article`), never the deviation
clause: the pattern the indicator looks for is one rule that keeps pinching, whichever
clause each dossier then deviated on (and an empty clause would split the count).

Dossiers of one group (domain/groups.py) are one knelpunt: they count once between them,
and the dossier's own group not at all. That takes a look at the grouped ones among the
counted deviations, in the same statement.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import BindParameter, Select, bindparam, case, distinct, func, select
from sqlalchemy.orm import Session

from maatwerkdesk.domain.precedent import Outcome
from maatwerkdesk.persistence.models import (
    DecisionRow,
    DossierRow,
    GroupMemberRow,
    bound_deviation,
    bound_deviation_count,
)
from maatwerkdesk.services.dossiers import live_dossier
from maatwerkdesk.services.signed import bound

_REGULATION: BindParameter[str] = bindparam("regulation")
_ARTICLE: BindParameter[str] = bindparam("article")
_DOSSIER: BindParameter[str] = bindparam("id")
_INDEXED = select(
    func.coalesce(
        select(bound_deviation_count.c.deviations)
        .where(
            bound_deviation_count.c.regulation == _REGULATION,
            bound_deviation_count.c.article == _ARTICLE,
        )
        .scalar_subquery(),
        0,
    )
    - select(func.count())
    .select_from(bound_deviation)
    .where(
        bound_deviation.c.dossier_id == _DOSSIER,
        bound_deviation.c.regulation == _REGULATION,
        bound_deviation.c.article == _ARTICLE,
    )
    .scalar_subquery()
)
"""The deviations counted under a regulation and article, less the dossier's own."""
_OWN_GROUP = func.coalesce(
    select(GroupMemberRow.group_id)
    .where(GroupMemberRow.dossier_id == _DOSSIER, GroupMemberRow.deleted_at.is_(None))
    .scalar_subquery(),
    "",
)
_GROUPED = (
    select(
        func.count()
        - func.count(
            distinct(case((GroupMemberRow.group_id != _OWN_GROUP, GroupMemberRow.group_id)))
        )
    )
    .where(
        GroupMemberRow.deleted_at.is_(None),
        GroupMemberRow.dossier_id != _DOSSIER,
        # Asked per member: the few grouped dossiers drive, each a lookup by key, where a
        # join let SQLite read every deviation under the article (6 ms at 100,000).
        select(bound_deviation.c.dossier_id)
        .where(
            bound_deviation.c.dossier_id == GroupMemberRow.dossier_id,
            bound_deviation.c.regulation == _REGULATION,
            bound_deviation.c.article == _ARTICLE,
        )
        .exists(),
    )
    .scalar_subquery()
)
"""What counting each group once takes off the deviations of other dossiers: every member
of another group but one, and every member of the dossier's own group (domain/groups.py:
a group is one knelpunt, and its own group is the dossier's own knelpunt)."""
_SIMILAR = select(_INDEXED.scalar_subquery() - _GROUPED)


def similar_deviations(session: Session, dossier_id: str) -> int:
    """How many deviations of other dossiers bind under this dossier's regulation and
    article; 0 while the dossier names no regulation."""
    dossier = session.get(DossierRow, dossier_id)  # mostly in the session already
    if dossier is None or dossier.deleted_at is not None:
        dossier = live_dossier(session, dossier_id)  # says it is not there (any more)
    if not dossier.regulation.strip():
        return 0
    regulation, article = dossier.regulation.strip().lower(), dossier.article.strip().lower()
    key = {"regulation": regulation, "article": article, "id": dossier_id}
    return session.scalar(_SIMILAR, key) or 0


def plain_count(session: Session, dossier_id: str, regulation: str, article: str) -> int:
    """The definition, read from the dossiers themselves (`regulation` and `article` in
    lower case): what the index is checked against. A group counts once, the dossier's
    own not at all."""
    own = session.scalar(
        select(GroupMemberRow.group_id).where(
            GroupMemberRow.dossier_id == dossier_id, GroupMemberRow.deleted_at.is_(None)
        )
    )
    knelpunt = func.coalesce(GroupMemberRow.group_id, DossierRow.id)
    count = session.scalar(
        _bound_deviations(func.count(distinct(knelpunt)))
        .outerjoin(
            GroupMemberRow,
            (GroupMemberRow.dossier_id == DossierRow.id) & GroupMemberRow.deleted_at.is_(None),
        )
        .where(
            DossierRow.id != dossier_id,
            func.lower(DossierRow.regulation) == regulation,
            func.lower(DossierRow.article) == article,
            func.coalesce(GroupMemberRow.group_id, "") != (own or "-"),
        )
    )
    return count or 0


def deviations_by_article(session: Session) -> dict[tuple[str, str], int]:
    """`similar_deviations` for many dossiers that do not bind yet (the demo's), read at
    once: the count per (regulation, article) in lower case without spaces around."""
    table = bound_deviation_count.c
    rows = session.execute(select(table.regulation, table.article, table.deviations))
    return {(r, a): count for r, a, count in rows}


def _bound_deviations(*columns: Any) -> Select[*tuple[Any, ...]]:
    """Live dossiers with a live deviating decision that binds."""
    return (
        select(*columns)
        .select_from(DossierRow)
        .join(DecisionRow, DecisionRow.dossier_id == DossierRow.id)
        .where(
            DossierRow.deleted_at.is_(None),
            bound(DossierRow.id),
            DecisionRow.deleted_at.is_(None),
            DecisionRow.outcome == Outcome.DEVIATE.value,
        )
    )
