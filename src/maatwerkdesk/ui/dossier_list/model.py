"""The dossier list as a lazily loaded table model over the dossier services.

Only the row count is known up front. Rows arrive in pages fetched by a worker thread
(with its own session) when a view asks for them; until then a cell shows a placeholder.
Sorting and filtering are done by the database, so 100,000 dossiers cost no more than 200.

At start-up the model exists before the database is open: `show_preview` shows a first
page read straight from the database (`services.dossier_query.first_page_ahead`),
`show_preview_count` the rest of the list as placeholders once it is counted,
and `attach_workspace` then queries through the services, which records the listing, in
its place. Nothing here imports SQLAlchemy: the workers do, once the database is open.
Each page is a unit of work of the workspace, so a failure of the database reaches the
app's error reporter as a domain error, told in Dutch.
"""

from __future__ import annotations

import logging
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import replace
from enum import IntEnum
from functools import partial
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QModelRoleDataSpan,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from maatwerkdesk.domain.vocabulary import DossierStatus
from maatwerkdesk.services.dossier_query import PAGE_SIZE, DossierQuery, SortKey
from maatwerkdesk.ui.common.plain_text import tooltip
from maatwerkdesk.ui.common.tasks import TaskRunner
from maatwerkdesk.ui.common.vocabulary import shown_label, shown_sentence
from maatwerkdesk.ui.dossier_list.presentation import format_moment
from maatwerkdesk.ui.translation import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from maatwerkdesk.domain.dossier import DossierSummary
    from maatwerkdesk.services.context import Context
    from maatwerkdesk.services.unit_of_work import Session
    from maatwerkdesk.services.workspace import Workspace

log = logging.getLogger(__name__)

AnyIndex = QModelIndex | QPersistentModelIndex

MAX_CACHED_PAGES = 50
"""Pages kept in memory (10,000 rows); older ones are fetched again when scrolled back to."""
MAX_WANTED_PAGES = 4
"""Requests kept while the worker is busy; while scrolling fast only the latest matter."""
PLACEHOLDER = "…"


class Column(IntEnum):
    """In this order: what the list is sorted by at first (Laatst gewijzigd) is among the
    columns a laptop's narrow list shows without scrolling sideways."""

    REFERENCE = 0
    TITLE = 1
    STATUS = 2
    UPDATED = 3
    OWNER = 4


HEADERS = {
    Column.REFERENCE: QT_TRANSLATE_NOOP("DossierListModel", "Kenmerk"),
    Column.TITLE: QT_TRANSLATE_NOOP("DossierListModel", "Titel"),
    Column.STATUS: QT_TRANSLATE_NOOP("DossierListModel", "Status"),
    Column.UPDATED: QT_TRANSLATE_NOOP("DossierListModel", "Laatst gewijzigd"),
    Column.OWNER: QT_TRANSLATE_NOOP("DossierListModel", "Eigenaar"),
}
"""The columns' titles, translated (context "DossierListModel") where they are shown."""

SORT_KEYS = {
    Column.REFERENCE: SortKey.REFERENCE,
    Column.TITLE: SortKey.TITLE,
    Column.STATUS: SortKey.STATUS,
    Column.UPDATED: SortKey.UPDATED,
    Column.OWNER: SortKey.OWNER,
}


class Role(IntEnum):
    DOSSIER_ID = Qt.ItemDataRole.UserRole
    """The dossier's id (str), or None while its page is still loading."""


def _count_and_first_page(
    workspace: Workspace, query: DossierQuery, size: int, audit: Context | None
) -> tuple[int, list[DossierSummary]]:
    from maatwerkdesk.services.audit import record_listing

    if audit is None:
        with workspace.reading() as session:  # one read transaction: count and rows agree
            return _counted_first_page(session, query, size)
    with workspace.writing() as session:
        record_listing(session, audit)
        return _counted_first_page(session, query, size)


def _counted_first_page(
    session: Session, query: DossierQuery, size: int
) -> tuple[int, list[DossierSummary]]:
    from maatwerkdesk.services import dossiers

    return dossiers.first_page(session, query, size)


def _page(
    workspace: Workspace, query: DossierQuery, offset: int, size: int, count: int
) -> list[DossierSummary]:
    from maatwerkdesk.services import dossiers

    with workspace.reading() as session:
        return dossiers.list_dossiers(session, query, offset=offset, limit=size, count=count)


def _position(workspace: Workspace, query: DossierQuery, dossier_id: str) -> int | None:
    from maatwerkdesk.services import dossiers

    with workspace.reading() as session:
        return dossiers.dossier_position(session, query, dossier_id)


def _owners(workspace: Workspace) -> list[str]:
    from maatwerkdesk.services import dossiers

    with workspace.reading() as session:
        return dossiers.owners(session)


class DossierListModel(QAbstractTableModel):
    """Rows of `DossierSummary`, loaded page by page off the GUI thread.

    Signals: `reloaded(count)` after every (re)query has reset the model,
    `dossier_located(dossier_id, row)` answering `locate()` (row -1: not in the list),
    `owners_loaded(owners)` answering `load_owners()`.

    Without a workspace (until `attach_workspace`) the model shows only what `show_preview`
    gave it; a new filter or order empties it until the database answers.
    """

    reloaded = Signal(int)
    dossier_located = Signal(str, int)
    owners_loaded = Signal(list)

    def __init__(
        self,
        workspace: Workspace | None,
        parent: QObject | None = None,
        *,
        page_size: int = PAGE_SIZE,
        context: Callable[[], Context] | None = None,
    ) -> None:
        super().__init__(parent)
        self._workspace = workspace
        self._context = context
        """Who is looking: a new filter or order is a listing for the audit trail."""
        self._audited: DossierQuery | None = None
        self._page_size = page_size
        self._runner = TaskRunner(self)
        self._query = DossierQuery()
        self._generation = 0
        self._count = 0
        self._pages: OrderedDict[int, list[DossierSummary]] = OrderedDict()
        self._wanted: list[int] = []
        self._fetching: int | None = None
        self._failed_generation: int | None = None
        self._previewing = False
        """Shown rows that came from `show_preview`: the database has not answered yet."""
        if workspace is not None:
            self.refresh()

    # ------------------------------------------------------------------ queries

    def query(self) -> DossierQuery:
        return self._query

    def is_filtered(self) -> bool:
        """True when a status, owner or search narrows the list."""
        return self._query.is_filtered()

    def set_filter(
        self,
        *,
        status: DossierStatus | None = None,
        owner: str | None = None,
        text: str = "",
        bsn: str = "",
    ) -> None:
        query = replace(self._query, status=status, owner=owner or None, text=text.strip(), bsn=bsn)
        if query != self._query:
            self._query = query
            self.refresh()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(Column):
            return
        query = replace(
            self._query,
            sort=SORT_KEYS[Column(column)],
            descending=order == Qt.SortOrder.DescendingOrder,
        )
        if query != self._query:
            self._query = query
            self.refresh()

    def show_preview(self, rows: list[DossierSummary]) -> None:
        """Until the database is attached: the first page of the current query, read
        without it (see the module docstring)."""
        if self._workspace is None:
            first_page = rows[: self._page_size]
            self._reset(len(first_page), first_page)
            self._previewing = True

    def show_preview_count(self, count: int) -> None:
        """How many dossiers the previewed query lists, counted after its first page was
        shown: the rows after it follow as placeholders, until the database answers."""
        if self._previewing and self._workspace is None and count > self._count:
            self.beginInsertRows(QModelIndex(), self._count, count - 1)
            self._count = count
            self.endInsertRows()

    def attach_workspace(
        self, workspace: Workspace, context: Callable[[], Context] | None = None
    ) -> None:
        """The database is open: query it, in the place of what `preview` showed."""
        self._workspace, self._context = workspace, context
        self.refresh()
        self.load_owners()

    def refresh(self) -> None:
        """Query again (after a save, or a filter or order change); rows reload lazily."""
        self._generation += 1
        self._wanted.clear()
        if self._workspace is None:  # a preview answers only the query it was read for
            self._reset(0, [])
            return
        audit = None
        if self._context is not None and self._query != self._audited:
            audit, self._audited = self._context(), self._query
        work = partial(_count_and_first_page, self._workspace, self._query, self._page_size, audit)
        self._runner.run(
            work,
            partial(self._on_reloaded, self._generation),
            partial(self._on_reload_failed, self._generation),
        )

    def locate(self, dossier_id: str) -> None:
        """Find the row of a dossier under the current query; answered by `dossier_located`."""
        if self._workspace is None:  # the pane locates it again when the database answers
            return
        generation = self._generation
        work = partial(_position, self._workspace, self._query, dossier_id)
        self._runner.run(work, partial(self._on_located, generation, dossier_id))

    def load_owners(self) -> None:
        if self._workspace is None:  # asked again by attach_workspace
            return
        self._runner.run(partial(_owners, self._workspace), self.owners_loaded.emit)

    def shutdown(self) -> None:
        """Stop the worker; call before the database closes."""
        self._runner.shutdown()

    # ------------------------------------------------------------------ rows

    def dossier_id(self, row: int) -> str | None:
        summary = self._summary(row, fetch=False)
        return summary.id if summary is not None else None

    def loaded_row_count(self) -> int:
        """Rows held in memory right now (for tests and diagnostics)."""
        return sum(len(rows) for rows in self._pages.values())

    def _summary(self, row: int, *, fetch: bool = True) -> DossierSummary | None:
        page, offset = divmod(row, self._page_size)
        rows = self._pages.get(page)
        if rows is None:
            if fetch:
                self._want(page)
            return None
        self._pages.move_to_end(page)
        return rows[offset] if offset < len(rows) else None

    def _want(self, page: int) -> None:
        if page == self._fetching or self._failed_generation == self._generation:
            return
        if page in self._wanted:
            self._wanted.remove(page)
        self._wanted.append(page)
        del self._wanted[:-MAX_WANTED_PAGES]
        self._fetch_next()

    def _fetch_next(self) -> None:
        if self._fetching is not None or not self._wanted or self._workspace is None:
            return
        page = self._wanted.pop()  # the latest request first: that is where the view is
        self._fetching = page
        offset = page * self._page_size
        work = partial(_page, self._workspace, self._query, offset, self._page_size, self._count)
        self._runner.run(
            work,
            partial(self._on_page_fetched, self._generation, page),
            partial(self._on_page_failed, self._generation),
        )

    def _on_page_fetched(self, generation: int, page: int, rows: list[DossierSummary]) -> None:
        self._fetching = None
        if generation == self._generation and rows:
            self._pages[page] = rows
            while len(self._pages) > MAX_CACHED_PAGES:
                self._pages.popitem(last=False)
            first = page * self._page_size
            last = min(first + len(rows), self._count) - 1
            if last >= first:
                self.dataChanged.emit(self.index(first, 0), self.index(last, len(Column) - 1))
        self._fetch_next()

    def _on_page_failed(self, generation: int, error: BaseException) -> None:
        self._fetching = None
        self._failed_generation = generation  # no retry loop on every repaint
        raise error

    def _on_reloaded(self, generation: int, result: tuple[int, list[DossierSummary]]) -> None:
        if generation != self._generation:
            return
        count, first_page = result
        if self._previewing and self._pages.get(0) == first_page:
            self._confirm_preview(count)
        else:
            self._reset(count, first_page)
        self.reloaded.emit(count)

    def _confirm_preview(self, count: int) -> None:
        """The database gave the rows the preview shows: they stay as they are, without a
        reset that would paint the whole list again while the start's workers are busy,
        and the count becomes the database's. Rows after the first page are asked again."""
        self._previewing = False
        shown = self._count
        if count > shown:
            self.beginInsertRows(QModelIndex(), shown, count - 1)
            self._count = count
            self.endInsertRows()
        elif count < shown:
            self.beginRemoveRows(QModelIndex(), count, shown - 1)
            self._count = count
            self.endRemoveRows()
        first_placeholder = len(self._pages[0])
        if min(shown, count) > first_placeholder:
            self.dataChanged.emit(
                self.index(first_placeholder, 0),
                self.index(min(shown, count) - 1, len(Column) - 1),
            )

    def _on_reload_failed(self, generation: int, error: BaseException) -> None:
        if generation == self._generation and self._previewing:
            self._reset(0, [])  # a listing that could not be recorded does not stay
        raise error

    def _reset(self, count: int, first_page: list[DossierSummary]) -> None:
        self._previewing = False
        self.beginResetModel()
        self._count = count
        self._pages.clear()
        if first_page:
            self._pages[0] = first_page
        self.endResetModel()

    def _on_located(self, generation: int, dossier_id: str, row: int | None) -> None:
        if generation == self._generation:
            self.dossier_located.emit(dossier_id, -1 if row is None else row)

    # ------------------------------------------------------------------ Qt model API

    def index(self, row: int, column: int, parent: AnyIndex = QModelIndex()) -> QModelIndex:  # noqa: B008
        """A cell's index, its place checked here: Qt's own check asks `rowCount` and
        `columnCount`, two more calls into Python for every cell painted (see `multiData`)."""
        if parent.isValid() or not (0 <= row < self._count and 0 <= column < len(Column)):
            return QModelIndex()
        return self.createIndex(row, column)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(Column)
        ):
            return self.tr(HEADERS[Column(section)])
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < self._count:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            summary = self._summary(index.row())
            if summary is None:
                return PLACEHOLDER
            return _cell(summary, Column(index.column()))
        if role == Role.DOSSIER_ID:
            summary = self._summary(index.row())
            return summary.id if summary is not None else None
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == Column.TITLE:
            summary = self._summary(index.row(), fetch=False)
            return tooltip(summary.title) if summary is not None else None
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == Column.STATUS:
            summary = self._summary(index.row(), fetch=False)
            if summary is None or not summary.away:
                return None
            return tooltip(shown_sentence(summary.away))
        return None

    def multiData(self, index: AnyIndex, roleDataSpan: QModelRoleDataSpan) -> None:  # type: ignore[override]  # noqa: N803  # Qt passes only a span here; PySide6's stubs add one role's data
        """Every role a view asks of one cell, in one call from Qt instead of one per role.

        Painting a cell asks for some nine roles. Each call from Qt into Python takes the
        interpreter's lock, which a busy worker thread (the start's imports, an index
        being read) hands over only after the switch interval: one call per cell keeps
        the list painting at its own pace while the workers are busy."""
        for role_data in roleDataSpan:  # type: ignore[attr-defined]  # iterable in PySide6; not in its stubs
            value = self.data(index, role_data.role())
            if value is None:
                role_data.clearData()
            else:
                role_data.setData(value)


def _cell(summary: DossierSummary, column: Column) -> str:
    match column:
        case Column.REFERENCE:
            return summary.reference
        case Column.TITLE:
            return summary.title
        case Column.STATUS:
            if summary.away:  # a colleague has it on loan: say so where the state shows
                return f"{shown_label(summary.status)}, {shown_sentence(summary.away)}"
            return shown_label(summary.status)
        case Column.OWNER:
            return summary.owner
        case Column.UPDATED:
            return format_moment(summary.updated_at)
