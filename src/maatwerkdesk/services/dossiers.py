"""Recording, opening, finding and deleting dossiers."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from sqlalchemy import Row, ScalarSelect, Select, and_, func, inspect, select
from sqlalchemy.orm import Session, aliased, joinedload, selectinload

from maatwerkdesk.domain.dossier import (
    DossierFields,
    DossierRecord,
    DossierSummary,
    TimelineEntry,
    descriptions,
    search_text,
    validate_fields,
    validate_timeline_entry,
)
from maatwerkdesk.domain.errors import DomainError, NotFoundError
from maatwerkdesk.domain.identifiers import normalise_bsn
from maatwerkdesk.domain.lease import away_words
from maatwerkdesk.domain.people import Permission, Role, User
from maatwerkdesk.domain.sentence import said
from maatwerkdesk.domain.vocabulary import DossierStatus
from maatwerkdesk.persistence import search
from maatwerkdesk.persistence.base import utc_now
from maatwerkdesk.persistence.mapping import read_record, write_fields, write_subject
from maatwerkdesk.persistence.models import (
    DossierRow,
    LeaseRow,
    SubjectRow,
    TimelineEntryRow,
    UserRow,
)
from maatwerkdesk.services.audit import (
    Action,
    AuditBatch,
    note_dossier,
    record,
    record_dossier_act,
)
from maatwerkdesk.services.away import OPEN
from maatwerkdesk.services.context import Context
from maatwerkdesk.services.dossier_query import DossierQuery as DossierQuery
from maatwerkdesk.services.dossier_query import SortKey as SortKey
from maatwerkdesk.services.erasure import erase
from maatwerkdesk.services.kept_rows import kept
from maatwerkdesk.services.revisions import refuse_if_stale
from maatwerkdesk.services.signed import (
    SignedDecisionError,
    is_signed,
    refuse_if_signed,
    refuse_if_tampered,
)
from maatwerkdesk.services.users import require

if TYPE_CHECKING:
    from maatwerkdesk.infra.attachment_store import AttachmentStore

REFERENCE_PREFIX = "MW"


def next_reference(session: Session, year: int) -> str:
    """The next free reference of `year`, e.g. MW-2026-00013 (pending rows included)."""
    return _reference(year, _last_number(session, year) + 1)


class NewReferences:
    """The next free references for many dossiers added at once (the demo): the last
    number of each year is read once, then counted on here."""

    def __init__(self, session: Session) -> None:
        self._session = session
        self._last: dict[int, int] = {}

    def next(self, year: int) -> str:
        if year not in self._last:
            self._last[year] = _last_number(self._session, year)
        self._last[year] += 1
        return _reference(year, self._last[year])


def _reference(year: int, number: int) -> str:
    return f"{REFERENCE_PREFIX}-{year}-{number:05d}"


def _last_number(session: Session, year: int) -> int:
    prefix = f"{REFERENCE_PREFIX}-{year}-"
    # Longest first, so MW-2026-100000 counts as later than MW-2026-99999.
    last = session.scalar(
        select(DossierRow.reference)
        .where(DossierRow.reference.startswith(prefix))
        .order_by(func.length(DossierRow.reference).desc(), DossierRow.reference.desc())
        .limit(1)
    )
    return int(last.removeprefix(prefix)) if last else 0


DOSSIER_PARTS = (
    joinedload(DossierRow.subject),
    selectinload(DossierRow.timeline),
    selectinload(DossierRow.attachments),
)
"""What reading a dossier loads with it: its record is read whole."""


def live_dossier(session: Session, dossier_id: str) -> DossierRow:
    """The dossier's row with its record; from the session when the unit of work has read
    it already, so services that each need it read it once between them.

    A row the session holds without its record (an integrity check read only the row) gets
    it now, and without flushing: a caller that then changes the row and its subject writes
    them in one update, as one revision."""
    note_dossier(session, dossier_id)
    row = session.get(DossierRow, dossier_id, options=DOSSIER_PARTS)
    if row is None or row.deleted_at is not None:
        raise NotFoundError(
            said(
                "dossiers",
                "Dit dossier bestaat niet (meer). Vernieuw de lijst en probeer het opnieuw.",
            )
        )
    if _RECORD & inspect(row).unloaded:
        with session.no_autoflush:
            for part in _RECORD:
                getattr(row, part)
    return kept(session, row)


_RECORD = frozenset({"subject", "timeline", "attachments"})
"""The relationships `DOSSIER_PARTS` load."""


def reindex(session: Session, row: DossierRow) -> None:
    record_ = read_record(row)
    search.index_dossier(
        session, row.id, search_text(row.reference, record_.fields, descriptions(record_.timeline))
    )


DOSSIER_OBJECTS = ("dossier", "timeline_entry", "attachment")


def refuse_stale_dossier(session: Session, row: DossierRow, expected_revision: int | None) -> None:
    """Refuse a change made from a revision of the dossier someone has saved past since."""
    refuse_if_stale(
        session,
        row,
        expected_revision,
        what=said("dossiers", "Dossier {reference}").format(reference=row.reference),
        dossier_id=row.id,
        parts=DOSSIER_OBJECTS,
    )


"""The audit trail's object types of the acts that change the dossier's own record."""

SIGNED_STATUSES = (DossierStatus.BESLOTEN, DossierStatus.AFGESLOTEN)
"""A dossier with a signed decision stays in the case base: one of these statuses."""


def create_dossier(
    session: Session, context: Context, fields: DossierFields, *, reference: str | None = None
) -> DossierRecord:
    require(session, context, Permission.EDIT_DOSSIER)
    today = context.current_date()
    clean = validate_fields(fields, today)
    row = DossierRow(reference=reference or next_reference(session, today.year))
    write_fields(row, clean)
    subject = SubjectRow()
    write_subject(subject, clean.subject)
    row.subject = subject
    row.timeline = []
    row.attachments = []
    session.add(row)
    session.flush()
    reindex(session, row)
    record_dossier_act(session, context, Action.CREATE, "dossier.create", row.id)
    return read_record(row)


def update_dossier(
    session: Session,
    context: Context,
    dossier_id: str,
    fields: DossierFields,
    *,
    expected_revision: int,
) -> DossierRecord:
    """Save edited fields; refuses when someone saved the dossier after `expected_revision`."""
    user = require(session, context, Permission.EDIT_DOSSIER)
    refuse_if_tampered(session, dossier_id)
    row = live_dossier(session, dossier_id)
    refuse_stale_dossier(session, row, expected_revision)
    clean = validate_fields(fields, context.current_date())
    refuse_unsigned_changes(session, user, row, clean)
    write_fields(row, clean)
    if row.subject is None:
        row.subject = SubjectRow()
    write_subject(row.subject, clean.subject)
    row.updated_at = utc_now()  # also when only the subject changed
    session.flush()
    reindex(session, row)
    record_dossier_act(session, context, Action.UPDATE, "dossier.update", row.id)
    return read_record(row)


FROZEN_WHEN_SIGNED = (
    "title",
    "regulation",
    "article",
    "deviation_article",
    "generic_outcome",
    "knelpunt",
    "request",
    "owner",
)
"""What the signed decision and the case base rest on; notes, timeline and contact stay open."""


def refuse_unsigned_changes(
    session: Session, user: User, row: DossierRow, clean: DossierFields
) -> None:
    """Refuse fields that change what a signed decision rests on, or that call a dossier
    ‘Besloten’ while no chair signed its decision."""
    if is_signed(session, row.id):
        _refuse_changes_to_signed(row, clean)
    elif clean.status is DossierStatus.BESLOTEN and not user.has(Role.SYSTEM):
        raise DomainError(
            said(
                "dossiers",
                "{reference} wordt ‘Besloten’ zodra de voorzitter het besluit in het "
                "casuïstiekoverleg ondertekent; pas dan telt het als precedent. Zet het dossier "
                "op ‘Ter bespreking’.",
            ).format(reference=row.reference)
        )


def _refuse_changes_to_signed(row: DossierRow, clean: DossierFields) -> None:
    before = read_record(row).fields
    if clean.status not in SIGNED_STATUSES:
        raise SignedDecisionError(
            said(
                "dossiers",
                "Het besluit in {reference} is ondertekend; het dossier blijft daarom "
                "‘Besloten’ of ‘Afgesloten’. Kies een van die twee.",
            ).format(reference=row.reference)
        )
    changed = [name for name in FROZEN_WHEN_SIGNED if getattr(before, name) != getattr(clean, name)]
    if changed:
        raise SignedDecisionError(
            said(
                "dossiers",
                "Het besluit in {reference} is ondertekend; de feiten waarop het rust (titel, "
                "regeling, artikelen, algemene uitkomst, knelpunt, verzoek, eigenaar) liggen "
                "vast. Zet wat er nieuw is in de tijdlijn of de notities, of laat de voorzitter "
                "een nieuwe versie van het besluit maken.",
            ).format(reference=row.reference)
        )


def open_dossier(session: Session, context: Context, dossier_id: str) -> DossierRecord:
    """Read one dossier in full; the read itself is audited."""
    require(session, context, Permission.READ)
    row = live_dossier(session, dossier_id)
    record_dossier_act(session, context, Action.READ, "dossier.open", row.id)
    return read_record(row)


BSN_SEARCH = "dossier.search_bsn"
"""The audit name of a search of the list by a subject's BSN."""


def record_bsn_search(session: Session, context: Context, bsn: str) -> int:
    """Record in the audit trail that `context` looks dossiers up by this BSN, before the
    list shows them: one record per dossier about that person (whose data was looked up;
    the BSN itself is not written down), or one without a dossier when there is none.
    How many dossiers there are."""
    require(session, context, Permission.READ)
    found = list(
        session.scalars(
            select(SubjectRow.dossier_id)
            .join(DossierRow, DossierRow.id == SubjectRow.dossier_id)
            .where(SubjectRow.bsn == normalise_bsn(bsn), DossierRow.deleted_at.is_(None))
        )
    )
    batch = AuditBatch(session, context)
    for dossier_id in found:
        batch.dossier_act(Action.READ, BSN_SEARCH, dossier_id)
    if not found:
        batch.add(Action.READ, BSN_SEARCH, object_type="search", object_id="bsn", dossier_id=None)
    batch.stage()
    return len(found)


def find_by_reference(session: Session, reference: str) -> str:
    """The id of the live dossier with this reference number."""
    dossier_id = session.scalar(
        select(DossierRow.id).where(
            func.upper(DossierRow.reference) == reference.strip().upper(),
            DossierRow.deleted_at.is_(None),
        )
    )
    if dossier_id is None:
        raise NotFoundError(
            said("dossiers", "Er is geen dossier met kenmerk '{reference}'.").format(
                reference=reference.strip()[:40]
            )
        )
    return dossier_id


def delete_dossier(
    session: Session, context: Context, dossier_id: str, store: AttachmentStore | None = None
) -> None:
    """Soft delete: the dossier leaves every list but its tombstone stays for sync and audit;
    what it said about the betrokkene is wiped (services/erasure.py), and the attachment
    files in `store` no other dossier refers to. A dossier with a signed decision is a
    precedent and is never deleted."""
    require(session, context, Permission.EDIT_DOSSIER)
    refuse_if_signed(session, dossier_id)
    row = live_dossier(session, dossier_id)
    row.deleted_at = utc_now()
    search.remove_from_index(session, row.id)
    erase(session, row.id, store)
    record_dossier_act(session, context, Action.DELETE, "dossier.delete", row.id)


def add_timeline_entry(
    session: Session, context: Context, dossier_id: str, entry: TimelineEntry
) -> DossierRecord:
    require(session, context, Permission.EDIT_DOSSIER)
    refuse_if_tampered(session, dossier_id)
    row = live_dossier(session, dossier_id)
    clean = validate_timeline_entry(entry, context.current_date())
    entry_row = TimelineEntryRow(
        occurred_on=clean.occurred_on,
        kind=clean.kind.value,
        description=clean.description,
        author=clean.author or context.actor,
    )
    row.timeline.append(entry_row)
    row.updated_at = utc_now()
    session.flush()
    reindex(session, row)
    record(
        session,
        context,
        Action.UPDATE,
        "timeline.add",
        object_type="timeline_entry",
        object_id=entry_row.id,
        dossier_id=row.id,
    )
    return read_record(row)


def remove_timeline_entry(
    session: Session, context: Context, dossier_id: str, entry_id: str
) -> DossierRecord:
    require(session, context, Permission.EDIT_DOSSIER)
    refuse_if_tampered(session, dossier_id)
    row = live_dossier(session, dossier_id)
    entry_row = next((t for t in row.timeline if t.id == entry_id and t.deleted_at is None), None)
    if entry_row is None:
        raise NotFoundError(said("dossiers", "Deze gebeurtenis staat niet (meer) in de tijdlijn."))
    entry_row.deleted_at = utc_now()
    row.updated_at = utc_now()
    session.flush()
    reindex(session, row)
    record(
        session,
        context,
        Action.DELETE,
        "timeline.remove",
        object_type="timeline_entry",
        object_id=entry_id,
        dossier_id=row.id,
    )
    return read_record(row)


def _filtered(
    session: Session, query: DossierQuery, *, in_order: bool = False
) -> Select[DossierRow]:
    """The live dossiers the query lists; `in_order` tests the search words dossier by
    dossier (for walking the list's order) instead of collecting the matches first."""
    statement = select(DossierRow).where(DossierRow.deleted_at.is_(None))
    if query.status is not None:
        statement = statement.where(DossierRow.status == query.status.value)
    if query.owner:
        statement = statement.where(DossierRow.owner == query.owner)
    if query.bsn:
        about = select(SubjectRow.dossier_id).where(SubjectRow.bsn == query.bsn)
        statement = statement.where(DossierRow.id.in_(about))
    if in_order:
        statement = statement.where(search.matches(session, query.text, DossierRow.id))
    else:
        matches = search.matching_ids(session, query.text)
        if matches is not None:
            statement = statement.where(DossierRow.id.in_(matches))
    return statement


def count_dossiers(session: Session, query: DossierQuery) -> int:
    return session.scalar(select(_count(session, query))) or 0


def _count(session: Session, query: DossierQuery) -> ScalarSelect[int]:
    """SQL: how many dossiers the query lists; from the full-text index alone where it can."""
    if query.status is None and not query.owner and not query.bsn:
        counted = search.match_count(session, query.text)
        if counted is not None:
            return counted
    subquery = _filtered(session, query).with_only_columns(DossierRow.id).subquery()
    return select(func.count()).select_from(subquery).scalar_subquery()


INDEXED_SORTS = frozenset({SortKey.REFERENCE, SortKey.STATUS, SortKey.OWNER, SortKey.UPDATED})
"""Orders the database can walk along an index, without sorting every dossier first."""


def _walks(session: Session, query: DossierQuery) -> bool:
    """Whether a page of the query could be read by walking the list's order (below)."""
    return (
        query.sort in INDEXED_SORTS
        and query.status is None
        and not query.owner
        and not query.bsn
        and search.full_text(session, query.text)
    )


def _walk_in_order(rows: int, found: int, indexed: int) -> bool:
    """Whether the first `rows` of `found` matches among `indexed` dossiers are found
    sooner by walking the dossiers in the list's order than by sorting every match: when
    matches are common.

    Walking passes about rows × dossiers / matches dossiers, sorting handles every match;
    a search for a common word among 100,000 dossiers then shows its first page after
    a few hundred dossiers instead of tens of thousands.
    """
    return found * found > rows * indexed


def list_dossiers(
    session: Session,
    query: DossierQuery,
    *,
    offset: int = 0,
    limit: int | None = 200,
    count: int | None = None,
) -> list[DossierSummary]:
    """One page of the dossier list, in the query's order (ties broken by reference).

    `count` is `count_dossiers(query)` if the caller has it: a search then need not count
    its matches again to choose how to read the page."""
    in_order = False
    if limit is not None and _walks(session, query):
        found, indexed = search.match_counts(session, query.text)
        in_order = _walk_in_order(offset + limit, found if count is None else count, indexed)
    statement = _page(session, query, offset, limit, in_order=in_order)
    return [_summary(row) for row in session.execute(statement)]


def first_page(
    session: Session, query: DossierQuery, size: int
) -> tuple[int, list[DossierSummary]]:
    """How many dossiers the query lists, and the first `size` of them, in one statement.

    A search over the full-text index takes two: its count decides how the page is read.
    On a team database every statement is a round trip, and this is what the list shows
    first (tests/unit/test_statement_counts.py)."""
    if _walks(session, query):
        found, indexed = search.match_counts(session, query.text)
        statement = _page(session, query, 0, size, in_order=_walk_in_order(size, found, indexed))
        return found, [_summary(row) for row in session.execute(statement)]
    listed = _count(session, query).label("listed")
    rows = session.execute(_page(session, query, 0, size, in_order=False).add_columns(listed)).all()
    return (rows[0].listed if rows else 0), [_summary(row) for row in rows]


def _page(
    session: Session, query: DossierQuery, offset: int, limit: int | None, *, in_order: bool
) -> Select[*tuple[Any, ...]]:
    column = getattr(DossierRow, query.sort.value)
    order = column.desc() if query.descending else column.asc()
    tie = DossierRow.reference.desc() if query.descending else DossierRow.reference.asc()
    lease = (LeaseRow.dossier_id == DossierRow.id) & and_(*OPEN) & (LeaseRow.until > utc_now())
    return (
        _filtered(session, query, in_order=in_order)
        .with_only_columns(
            DossierRow.id,
            DossierRow.reference,
            DossierRow.title,
            DossierRow.status,
            DossierRow.owner,
            DossierRow.updated_at,
            LeaseRow.laptop,
            LeaseRow.until,
            UserRow.name.label("holder"),
        )
        .outerjoin(LeaseRow, lease)
        .outerjoin(UserRow, UserRow.id == LeaseRow.holder_id)
        .order_by(order, tie)
        .offset(offset)
        .limit(limit)
    )


def _summary(row: Row[Any]) -> DossierSummary:
    away = away_words(row.holder, row.laptop, row.until) if row.holder is not None else ""
    return DossierSummary(
        row.id, row.reference, row.title, DossierStatus(row.status), row.owner, row.updated_at, away
    )


def dossier_position(session: Session, query: DossierQuery, dossier_id: str) -> int | None:
    """The row number of a dossier in `list_dossiers(query)`, or None when it is not listed.

    Lets the dossier list keep its selection after a re-query without loading every row.
    """
    column = getattr(DossierRow, query.sort.value)
    found = session.execute(
        _filtered(session, query)
        .with_only_columns(column, DossierRow.reference)
        .where(DossierRow.id == dossier_id)
    ).first()
    if found is None:
        return None
    value, reference = found
    if query.descending:
        before = (column > value) | ((column == value) & (DossierRow.reference > reference))
    else:
        before = (column < value) | ((column == value) & (DossierRow.reference < reference))
    subquery = _filtered(session, query).where(before).with_only_columns(DossierRow.id).subquery()
    return session.scalar(select(func.count()).select_from(subquery)) or 0


def owners(session: Session) -> list[str]:
    """Case owners that occur in live dossiers, for the owner filter.

    Each owner is read once from the owner index and kept when a live dossier has it:
    filtering every dossier on being live first would read all of them (a quarter of a
    second at 100,000, when the list opens)."""
    named = select(DossierRow.owner).where(DossierRow.owner != "").distinct().subquery()
    live = aliased(DossierRow)
    has_live = (
        select(live.id).where(live.owner == named.c.owner, live.deleted_at.is_(None)).exists()
    )
    return list(session.scalars(select(named.c.owner).where(has_live).order_by(named.c.owner)))
