"""Full-text search over dossiers, insensitive to case and diacritics.

`search_document` holds each dossier's text, already folded by `domain.text.fold_for_search`,
under an integer key. On SQLite an FTS5 index (`dossier_search`, external content, kept in
step by triggers made in the migration) answers the queries; elsewhere a LIKE per word does.
Because entries are found by their unique dossier id, replacing one never scans the index.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import Select, delete, insert, literal, select
from sqlalchemy import text as sql_text
from sqlalchemy.orm import Session

from maatwerkdesk.domain.text import fold_for_search, search_terms
from maatwerkdesk.persistence.models import search_document


def index_dossier(session: Session, dossier_id: str, body: str) -> None:
    remove_from_index(session, dossier_id)
    session.execute(
        insert(search_document).values(dossier_id=dossier_id, body=fold_for_search(body))
    )


def add_to_index(session: Session, entries: Iterable[tuple[str, str]]) -> None:
    """Index dossiers that are not in the index yet, in one statement (import, demo data).

    Unlike `index_dossier` it does not first remove an old entry.
    """
    rows = [{"dossier_id": i, "body": fold_for_search(body)} for i, body in entries]
    if rows:
        session.execute(insert(search_document), rows)


def remove_from_index(session: Session, dossier_id: str) -> None:
    session.execute(delete(search_document).where(search_document.c.dossier_id == dossier_id))


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
        keys = sql_text("SELECT rowid FROM dossier_search WHERE dossier_search MATCH :expression")
        return select(search_document.c.dossier_id).where(
            search_document.c.key.in_(keys.bindparams(expression=expression))
        )
    statement = select(search_document.c.dossier_id)
    for term in terms:
        statement = statement.where(search_document.c.body.contains(literal(term), autoescape=True))
    return statement
