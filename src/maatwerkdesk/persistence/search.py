"""Full-text search over dossiers, insensitive to case and diacritics.

SQLite uses an FTS5 table; other databases a plain table searched with LIKE. Both hold
the text already folded by `domain.text.fold_for_search`, so matching is the same everywhere.
"""

from __future__ import annotations

from sqlalchemy import Select, column, delete, insert, literal, select, table, text
from sqlalchemy.orm import Session

from maatwerkdesk.domain.text import fold_for_search, search_terms

dossier_search = table("dossier_search", column("dossier_id"), column("body"))


def index_dossier(session: Session, dossier_id: str, body: str) -> None:
    remove_from_index(session, dossier_id)
    session.execute(
        insert(dossier_search).values(dossier_id=dossier_id, body=fold_for_search(body))
    )


def remove_from_index(session: Session, dossier_id: str) -> None:
    session.execute(delete(dossier_search).where(dossier_search.c.dossier_id == dossier_id))


def matching_ids(session: Session, query: str) -> Select[tuple[str]] | None:
    """A subquery of dossier ids whose text contains every word of `query` (as a prefix).

    None means the query has no words, so nothing needs filtering.
    """
    terms = search_terms(query)
    if not terms:
        return None
    if session.get_bind().dialect.name == "sqlite":
        # Terms are alphanumeric only, so quoting them keeps FTS5 syntax out.
        expression = " ".join(f'"{term}"*' for term in terms)
        return select(dossier_search.c.dossier_id).where(
            text("dossier_search MATCH :expression").bindparams(expression=expression)
        )
    statement = select(dossier_search.c.dossier_id)
    for term in terms:
        statement = statement.where(dossier_search.c.body.contains(literal(term), autoescape=True))
    return statement
