"""Full-text search over dossiers, insensitive to case and diacritics.

A word of the query finds every dossier with a word that starts with it. `search_document`
holds each live dossier's text, folded by `domain.text.fold_for_search`, under an integer
key. On SQLite an FTS5 index (`dossier_search`, external content, kept in step by triggers
made in the migrations) answers the queries. Elsewhere the text is stored as its words, each
after a space, so that a LIKE per query word, ' word%' anywhere, is the same prefix match
(PostgreSQL speeds it up with a trigram index where the server has pg_trgm); each word is
stored once, the words sorted, so that text added to a dossier (notes made on the road)
rewrites its entry only when it brings a new word (`extend_index`). Because entries
are found by their unique dossier id, replacing one never scans the index.

Only live dossiers have an entry: deleting a dossier removes it (a trigger does so whoever
deletes), so on SQLite the number of matches is counted in the full-text index alone
(`match_count`), without reading a dossier. A list of matches in some order can be
made two ways: from the matches, sorting them all (`matching_ids`), or by walking the
dossiers in that order and keeping those that match (`matches`), which stops after a page
when matches are common.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from sqlalchemy import (
    ColumnElement,
    ColumnExpressionArgument,
    ScalarSelect,
    Select,
    TextClause,
    bindparam,
    delete,
    func,
    insert,
    select,
    table,
    update,
)
from sqlalchemy import text as sql_text
from sqlalchemy.orm import Session

from maatwerkdesk.domain.text import fold_for_search, search_terms
from maatwerkdesk.persistence.bulk import in_chunks
from maatwerkdesk.persistence.models import search_document


def index_dossier(session: Session, dossier_id: str, body: str) -> None:
    index_dossiers(session, [(dossier_id, body)])


def index_dossiers(session: Session, entries: Sequence[tuple[str, str]]) -> None:
    """(Re)index these dossiers: their old entries removed and the new ones added, one
    statement each for all of them."""
    for chunk in in_chunks([dossier_id for dossier_id, _body in entries]):
        session.execute(delete(search_document).where(search_document.c.dossier_id.in_(chunk)))
    add_to_index(session, entries)


def add_to_index(session: Session, entries: Iterable[tuple[str, str]]) -> None:
    """Index dossiers that are not in the index yet, in one statement (import, demo data).

    Unlike `index_dossier` it does not first remove an old entry.
    """
    stored = fold_for_search if _is_sqlite(session) else _words
    rows = [{"dossier_id": i, "body": stored(body)} for i, body in entries]
    if rows:
        session.execute(insert(search_document), rows)


def extend_index(session: Session, entries: Sequence[tuple[str, str, str]]) -> None:
    """Index dossiers whose text grew: (dossier id, its whole text, the text added, such
    as the descriptions of timeline entries added). Where the entry is its words (a
    server), only the added text is taken apart, and an entry is written only when it
    gains a word; elsewhere the whole text is indexed again."""
    if _is_sqlite(session):
        index_dossiers(session, [(dossier_id, whole) for dossier_id, whole, _added in entries])
        return
    stored: dict[str, str] = {}
    for chunk in in_chunks([dossier_id for dossier_id, _whole, _added in entries]):
        rows = session.execute(
            select(search_document.c.dossier_id, search_document.c.body).where(
                search_document.c.dossier_id.in_(chunk)
            )
        )
        stored.update({dossier_id: body for dossier_id, body in rows})
    grown, missing = [], []
    for dossier_id, whole, added in entries:
        body = stored.get(dossier_id)
        if body is None:
            missing.append((dossier_id, whole))
            continue
        words, new = set(body.split()), search_terms(added)
        if not words.issuperset(new):
            grown.append({"dossier": dossier_id, "body": _body(words.union(new))})
    if grown:
        session.execute(
            update(search_document)
            .where(search_document.c.dossier_id == bindparam("dossier"))
            .values(body=bindparam("body")),
            grown,
        )
    add_to_index(session, missing)


def _words(text: str) -> str:
    """The text as the LIKE search reads it: its words, each once, after a space."""
    return _body(set(search_terms(text)))


def _body(words: set[str]) -> str:
    """Words as an entry holds them: each after a space, sorted (so the same words always
    make the same entry, however they came together)."""
    return "".join(f" {word}" for word in sorted(words))


def _is_sqlite(session: Session) -> bool:
    return session.get_bind().dialect.name == "sqlite"


def remove_from_index(session: Session, dossier_id: str) -> None:
    session.execute(delete(search_document).where(search_document.c.dossier_id == dossier_id))


def matching_ids(session: Session, query: str) -> Select[str] | None:
    """A subquery of dossier ids whose text contains every word of `query` (as a prefix).

    None means the query has no words, so nothing needs filtering.
    """
    keys = _fts_keys(session, query)
    if keys is not None:
        return select(search_document.c.dossier_id).where(search_document.c.key.in_(keys))
    terms = search_terms(query)
    if not terms:
        return None
    statement = select(search_document.c.dossier_id)
    for term in terms:  # letters and digits only: nothing for LIKE to read as a wildcard
        statement = statement.where(search_document.c.body.contains(f" {term}"))
    return statement


def matches(
    session: Session, query: str, dossier_id: ColumnExpressionArgument[str]
) -> ColumnElement[bool]:
    """SQL: the dossier with this id (a column of the outer query) matches `query`, tested
    row by row, for walking dossiers in an order; only where `full_text` holds."""
    keys = _fts_keys(session, query)
    assert keys is not None, "walking in order needs the full-text index"
    # `key + 0`: test each entry against the matches instead of looking every match up
    # for every dossier, which SQLite would otherwise do.
    return (
        select(search_document.c.key)
        .where(search_document.c.dossier_id == dossier_id, (search_document.c.key + 0).in_(keys))
        .exists()
    )


def full_text(session: Session, query: str) -> bool:
    """Whether the full-text index answers `query` (on SQLite, when it has words)."""
    return _fts_expression(session, query) is not None


def match_count(session: Session, query: str) -> ScalarSelect[int] | None:
    """SQL: how many dossiers `query` finds, from the full-text index alone; None where
    there is no such index (or no words), and the matches have to be counted with their
    dossiers."""
    expression = _fts_expression(session, query)
    if expression is None:
        return None
    return (
        select(func.count())
        .select_from(table("dossier_search"))
        .where(sql_text(_FTS_MATCH).bindparams(expression=expression))
        .scalar_subquery()
    )


def match_counts(session: Session, query: str) -> tuple[int, int]:
    """How many dossiers `query` finds, and how many are in the index (the live ones), in
    one statement; only where `full_text` holds."""
    found = match_count(session, query)
    assert found is not None, "counting matches alone needs the full-text index"
    indexed = select(func.count()).select_from(search_document).scalar_subquery()
    row = session.execute(select(found, indexed)).one()
    return row[0], row[1]


_FTS_MATCH = "dossier_search MATCH :expression"
_FTS_KEYS = f"SELECT rowid FROM dossier_search WHERE {_FTS_MATCH}"


def _fts_keys(session: Session, query: str) -> TextClause | None:
    """On SQLite, the keys of the entries that match `query`; None elsewhere, or when the
    query has no words."""
    expression = _fts_expression(session, query)
    return None if expression is None else sql_text(_FTS_KEYS).bindparams(expression=expression)


def _fts_expression(session: Session, query: str) -> str | None:
    terms = search_terms(query)
    if not terms or not _is_sqlite(session):
        return None
    # Terms are alphanumeric only, so quoting them keeps FTS5 syntax out.
    return " ".join(f'"{term}"*' for term in terms)
