"""The lazily loaded dossier list model and its pane."""

from __future__ import annotations

import sys
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import QModelIndex, QModelRoleData, QModelRoleDataSpan, Qt
from PySide6.QtWidgets import QTableView
from pytestqt.qtbot import QtBot
from sqlalchemy import insert, text

from maatwerkdesk.domain.dossier import DossierSummary
from maatwerkdesk.domain.text import fold_for_search
from maatwerkdesk.domain.vocabulary import DossierStatus
from maatwerkdesk.persistence.db import Database
from maatwerkdesk.persistence.models import DossierRow, search_document
from maatwerkdesk.services.dossier_query import (
    DossierQuery,
    count_ahead,
    first_page_ahead,
)
from maatwerkdesk.services.workspace import Workspace
from maatwerkdesk.ui.common.plain_text import tooltip
from maatwerkdesk.ui.dossier_list import model as dossier_list_model
from maatwerkdesk.ui.dossier_list.model import (
    PLACEHOLDER,
    Column,
    DossierListModel,
    Role,
)
from maatwerkdesk.ui.dossier_list.pane import BROWSE_DELAY_MS, DossierListPane
from maatwerkdesk.ui.dossier_list.presentation import format_count, format_moment

OWNERS = ["A. de Vries", "B. Yilmaz", "C. Jansen"]
STATUSES = list(DossierStatus)
START = datetime(2026, 1, 1, 9, 0, tzinfo=UTC)


def bulk_dossiers(database: Database, count: int) -> None:
    """`count` dossiers written in bulk; dossier n was changed n minutes after START."""
    rows, index = [], []
    for n in range(count):
        dossier_id = str(uuid.UUID(int=n + 1))
        title = f"{'Bijstand' if n % 2 else 'Zorgtoeslag'} België {n:05d}"
        rows.append(
            {
                "id": dossier_id,
                "created_at": START,
                "updated_at": START + timedelta(minutes=n),
                "revision": 1,
                "reference": f"MW-2026-{n:05d}",
                "title": title,
                "status": STATUSES[n % len(STATUSES)].value,
                "owner": OWNERS[n % len(OWNERS)],
            }
        )
        index.append({"dossier_id": dossier_id, "body": fold_for_search(title)})
    with database.engine.begin() as connection:
        connection.execute(insert(DossierRow), rows)
        connection.execute(insert(search_document), index)


@pytest.fixture
def make_model(workspace: Workspace, qtbot: QtBot) -> Iterator:
    models: list[DossierListModel] = []

    def make(count: int, **options) -> DossierListModel:
        bulk_dossiers(workspace.database, count)
        model = DossierListModel(workspace, **options)
        models.append(model)
        with qtbot.waitSignal(model.reloaded, timeout=5000):
            pass
        return model

    yield make
    for model in models:
        model.shutdown()


def wait_loaded(qtbot: QtBot, model: DossierListModel, row: int) -> None:
    model.data(model.index(row, 0))
    qtbot.waitUntil(lambda: model.data(model.index(row, 0)) != PLACEHOLDER, timeout=5000)


def test_model_passes_the_qt_model_tester(make_model, qtmodeltester) -> None:
    model = make_model(450, page_size=200)
    qtmodeltester.check(model)


def test_5000_rows_are_counted_at_once_but_loaded_page_by_page(make_model, qtbot) -> None:
    model = make_model(5000)
    assert model.rowCount() == 5000
    assert model.loaded_row_count() == 200  # the first page came with the count
    newest = model.index(0, Column.REFERENCE)
    assert newest.data() == "MW-2026-04999"
    assert newest.data(Role.DOSSIER_ID) == str(uuid.UUID(int=5000))

    far = model.index(3210, Column.TITLE)
    assert far.data() == PLACEHOLDER
    assert far.data(Role.DOSSIER_ID) is None
    with qtbot.waitSignal(model.dataChanged, timeout=5000) as changed:
        pass
    top, bottom = changed.args[0], changed.args[1]
    assert (top.row(), bottom.row(), bottom.column()) == (3200, 3399, len(Column) - 1)
    assert far.data() == "Bijstand België 01789"  # n = 4999 - 3210
    assert model.loaded_row_count() == 400


def test_a_view_loads_only_what_it_shows(make_model, qtbot) -> None:
    model = make_model(5000)
    pane = DossierListPane()
    qtbot.addWidget(pane)
    pane.resize(600, 400)
    pane.attach(model)
    pane.show()
    qtbot.waitExposed(pane)
    pane.view.scrollToBottom()
    qtbot.waitUntil(lambda: model.data(model.index(4999, 0)) == "MW-2026-00000", timeout=5000)
    assert model.loaded_row_count() <= 600


def test_cells_show_dutch_labels_and_local_time(make_model) -> None:
    model = make_model(3)
    row = [model.index(0, column).data() for column in Column]
    assert row == [
        "MW-2026-00002",
        "Zorgtoeslag België 00002",
        DossierStatus.TER_BESPREKING.label,
        format_moment(START + timedelta(minutes=2)),
        OWNERS[2],
    ]
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in Column]
    assert headers == ["Kenmerk", "Titel", "Status", "Laatst gewijzigd", "Eigenaar"]
    assert model.index(0, Column.TITLE).data(Qt.ItemDataRole.ToolTipRole) == tooltip(row[1])


def test_sorting_happens_in_sql(make_model, qtbot) -> None:
    model = make_model(30)
    with qtbot.waitSignal(model.reloaded):
        model.sort(Column.REFERENCE, Qt.SortOrder.AscendingOrder)
    assert model.index(0, 0).data() == "MW-2026-00000"
    with qtbot.waitSignal(model.reloaded):
        model.sort(Column.OWNER, Qt.SortOrder.DescendingOrder)
    owners = [model.index(row, Column.OWNER).data() for row in range(30)]
    assert owners == sorted(owners, reverse=True)


def test_filters_and_search_narrow_the_list(make_model, qtbot) -> None:
    model = make_model(50)
    with qtbot.waitSignal(model.reloaded) as reloaded:
        model.set_filter(status=DossierStatus.BESLOTEN)
    assert reloaded.args == [10]
    with qtbot.waitSignal(model.reloaded) as reloaded:
        model.set_filter(status=DossierStatus.BESLOTEN, owner="A. de Vries")
    assert reloaded.args == [4]  # n = 3, 18, 33, 48
    with qtbot.waitSignal(model.reloaded) as reloaded:
        model.set_filter(text="BELGIE zorgtoes")  # case and diacritics do not matter
    assert reloaded.args == [25]
    with qtbot.waitSignal(model.reloaded) as reloaded:
        model.set_filter()
    assert reloaded.args == [50]


def test_locate_finds_a_row_under_the_current_order(make_model, qtbot) -> None:
    model = make_model(500)
    target = str(uuid.UUID(int=11))  # n = 10: the 490th newest
    with qtbot.waitSignal(model.dossier_located) as located:
        model.locate(target)
    assert located.args == [target, 489]
    with qtbot.waitSignal(model.dossier_located) as located:
        model.locate(str(uuid.uuid4()))
    assert located.args[1] == -1


def test_pane_debounces_search_and_reports_the_count(make_model, qtbot) -> None:
    model = make_model(40)
    pane = DossierListPane()
    qtbot.addWidget(pane)
    assert not pane.isEnabled()  # nothing to filter before the database is open
    pane.attach(model)
    assert pane.isEnabled()
    qtbot.waitUntil(lambda: pane.ui.owner_combo.count() == 1 + len(OWNERS))
    statuses = [pane.ui.status_combo.itemText(i) for i in range(pane.ui.status_combo.count())]
    assert statuses == ["Alle statussen", *(s.label for s in DossierStatus)]
    assert pane.ui.owner_combo.itemText(0) == "Alle eigenaren"
    assert pane.ui.search_edit.placeholderText() == "Zoek in dossiers…"

    with qtbot.waitSignal(pane.count_changed) as counted:
        qtbot.keyClicks(pane.ui.search_edit, "bijstand")
        assert model.query().text == ""  # not yet: typing is still going on
    assert counted.args == [20]
    with qtbot.waitSignal(pane.count_changed) as counted:
        pane.ui.owner_combo.setCurrentIndex(pane.ui.owner_combo.findData("B. Yilmaz"))
    assert counted.args == [7]  # odd n with n % 3 == 1
    assert not pane.nothing_label.isVisible()

    pane.show()
    with qtbot.waitSignal(pane.count_changed) as counted:
        pane.ui.search_edit.setText("xyzzy")
        pane.ui.search_edit.returnPressed.emit()
    assert counted.args == [0]
    assert pane.nothing_label.isVisible()  # an empty list says why, and what to do
    assert pane.nothing_label.text().startswith("Geen dossiers gevonden voor ‘xyzzy’")
    with qtbot.waitSignal(pane.count_changed):
        pane.ui.search_edit.clear()
        pane.ui.search_edit.returnPressed.emit()
    assert not pane.nothing_label.isVisible()


def test_choosing_a_row_reports_the_dossier_and_survives_a_requery(make_model, qtbot) -> None:
    model = make_model(300)
    pane = DossierListPane()
    qtbot.addWidget(pane)
    pane.attach(model)
    pane.show()
    view = pane.view
    with qtbot.waitSignal(pane.dossier_chosen) as chosen:
        view.selectRow(2)
    assert chosen.args == [str(uuid.UUID(int=298))]

    with qtbot.waitSignal(model.dossier_located):  # the selection follows the dossier
        model.sort(Column.REFERENCE, Qt.SortOrder.AscendingOrder)
    assert view.selectionModel().selectedRows()[0].row() == 297
    assert pane.selected_dossier_id() == str(uuid.UUID(int=298))

    with qtbot.assertNotEmitted(pane.dossier_chosen):
        pane.select_dossier(None)
    assert view.selectionModel().selectedRows() == []
    wait_loaded(qtbot, model, 297)
    assert model.dossier_id(297) == str(uuid.UUID(int=298))
    assert not model.index(5, 0).parent().isValid()
    assert model.rowCount(model.index(0, 0)) == 0
    assert model.data(QModelIndex()) is None


def listings(workspace: Workspace) -> int:
    with workspace.database.engine.connect() as connection:
        return connection.execute(
            text("SELECT count(*) FROM audit_record WHERE name = 'dossier.list'")
        ).scalar_one()


def previewed(workspace: Workspace, count: int) -> tuple[DossierListModel, list[DossierSummary]]:
    """A model without database, showing the first page read from the file of `count`,
    and then as many rows as the file counts."""
    bulk_dossiers(workspace.database, count)
    target = str(workspace.paths.database)
    page = first_page_ahead(target, DossierQuery(), 200)
    counted = count_ahead(target, DossierQuery())
    assert page is not None and counted is not None
    model = DossierListModel(None)
    model.show_preview(page)
    model.show_preview_count(counted)
    return model, page


def test_a_preview_shows_the_first_page_and_then_the_rest_as_counted(
    workspace: Workspace, qtbot: QtBot
) -> None:
    bulk_dossiers(workspace.database, 450)
    page = first_page_ahead(str(workspace.paths.database), DossierQuery(), 200)
    assert page is not None
    model = DossierListModel(None)
    model.show_preview(page)
    assert model.rowCount() == 200
    with qtbot.waitSignal(model.rowsInserted) as inserted:
        model.show_preview_count(450)
    assert inserted.args[1:] == [200, 449]
    assert model.rowCount() == 450
    model.show_preview_count(120)  # counted as rows were deleted: the database will tell
    assert model.rowCount() == 450
    model.set_filter(text="zorg")  # another query: what was counted is not its count
    model.show_preview_count(450)
    assert model.rowCount() == 0
    model.shutdown()


def test_a_preview_shows_until_the_database_answers_in_its_place(
    workspace: Workspace, qtbot: QtBot
) -> None:
    model, page = previewed(workspace, 450)
    assert model.rowCount() == 450
    assert model.data(model.index(0, Column.REFERENCE)) == "MW-2026-00449"
    assert model.data(model.index(300, 0)) == PLACEHOLDER  # no database: nothing is fetched
    assert model.loaded_row_count() == 200
    seen = listings(workspace)
    with qtbot.waitSignal(model.reloaded, timeout=5000) as reloaded:
        model.attach_workspace(workspace, context=lambda: workspace.context("test"))
    assert reloaded.args == [450]
    assert listings(workspace) == seen + 1  # the listing is recorded when the database answers
    wait_loaded(qtbot, model, 300)
    assert model.data(model.index(300, 0)) == "MW-2026-00149"
    model.show_preview(page)  # too late: the database's answer stands
    model.show_preview_count(1000)
    assert model.loaded_row_count() == 400 and model.rowCount() == 450
    model.shutdown()


def test_a_preview_the_database_confirms_is_not_painted_again(
    workspace: Workspace, qtbot: QtBot
) -> None:
    model, page = previewed(workspace, 450)
    resets: list[bool] = []
    model.modelReset.connect(lambda: resets.append(True))
    with qtbot.waitSignal(model.dataChanged) as changed:
        model.attach_workspace(workspace, context=lambda: workspace.context("test"))
    assert changed.args[0].row() == 200 and changed.args[1].row() == 449  # the placeholders
    qtbot.waitUntil(lambda: model.data(model.index(300, 0)) != PLACEHOLDER, timeout=5000)
    assert resets == [] and model.rowCount() == 450
    assert model.data(model.index(0, Column.REFERENCE)) == page[0].reference
    model.shutdown()


@pytest.mark.parametrize(("added", "deleted"), [(5, 0), (0, 260), (0, 3)])
def test_a_preview_the_database_corrects_shows_the_database_s_rows(
    workspace: Workspace, qtbot: QtBot, added: int, deleted: int
) -> None:
    model, _ = previewed(workspace, 450)
    with workspace.database.engine.begin() as connection:
        connection.execute(
            text(
                "UPDATE dossier SET deleted_at = updated_at WHERE id IN "
                "(SELECT id FROM dossier ORDER BY updated_at DESC LIMIT :n)"
            ),
            {"n": deleted},
        )
    if added:
        with workspace.database.engine.begin() as connection:
            connection.execute(
                text("UPDATE dossier SET updated_at = '2027-01-01 00:00:00' WHERE reference = :r"),
                {"r": "MW-2026-00003"},
            )
    with qtbot.waitSignal(model.reloaded, timeout=5000) as reloaded:
        model.attach_workspace(workspace, context=lambda: workspace.context("test"))
    assert reloaded.args == [450 - deleted]
    assert model.rowCount() == 450 - deleted
    expected = "MW-2026-00003" if added else f"MW-2026-{449 - deleted:05d}"
    assert model.data(model.index(0, Column.REFERENCE)) == expected
    model.shutdown()


def test_a_preview_whose_listing_cannot_be_recorded_does_not_stay(
    workspace: Workspace, qtbot: QtBot
) -> None:
    model, _ = previewed(workspace, 30)
    with workspace.database.engine.begin() as connection:
        connection.execute(text("DROP TABLE audit_record"))
    with qtbot.captureExceptions() as errors:
        model.attach_workspace(workspace, context=lambda: workspace.context("test"))
        qtbot.waitUntil(lambda: model.rowCount() == 0, timeout=5000)
    assert len(errors) == 1  # and reported, as every failed query is
    model.shutdown()


def test_a_preview_answers_only_the_query_it_was_read_for(workspace: Workspace) -> None:
    model, _ = previewed(workspace, 30)
    model.sort(Column.TITLE, Qt.SortOrder.AscendingOrder)
    assert model.rowCount() == 0  # until the database answers the new order
    model.set_filter(text="zorg")
    assert model.rowCount() == 0
    model.shutdown()


def test_presentation() -> None:
    assert format_count(0) == "Geen dossiers"
    assert format_count(1) == "1 dossier"
    assert format_count(1234) == "1.234 dossiers"
    assert format_count(100_000) == "100.000 dossiers"
    moment = datetime(2026, 11, 28, 13, 5, tzinfo=UTC)
    assert format_moment(moment) == f"{moment.astimezone():%d-%m-%Y %H:%M}"


def test_arrow_keys_browse_without_opening_every_dossier_and_tab_leaves_the_list(
    make_model, qtbot
) -> None:
    model = make_model(40)
    pane = DossierListPane()
    qtbot.addWidget(pane)
    pane.attach(model)
    pane.show()
    view = pane.view
    wait_loaded(qtbot, model, 5)
    view.setFocus()
    view.setCurrentIndex(model.index(0, 0))
    chosen: list[str] = []
    pane.dossier_chosen.connect(chosen.append)
    for _ in range(4):  # down four rows, quickly
        qtbot.keyClick(view, Qt.Key.Key_Down)
    qtbot.waitUntil(lambda: chosen != [])
    qtbot.wait(BROWSE_DELAY_MS + 100)
    # Where the keys came to rest, not every row passed (on a busy machine a pause
    # between two keys may open one more on the way).
    assert chosen[-1] == model.dossier_id(4) and len(chosen) < 4

    qtbot.keyClick(view, Qt.Key.Key_Down)
    qtbot.keyClick(view, Qt.Key.Key_Return)  # Enter opens at once
    assert chosen[-1] == model.dossier_id(5)
    assert not view.tabKeyNavigation()  # Tab moves on to the next control, the editor


def test_a_cell_answers_every_role_in_one_call_as_it_does_one_by_one(make_model) -> None:
    model = make_model(30)
    roles = [
        int(Qt.ItemDataRole.DisplayRole),
        int(Qt.ItemDataRole.ToolTipRole),
        int(Qt.ItemDataRole.FontRole),
        int(Role.DOSSIER_ID),
    ]
    for row in (0, 1, 29):
        for column in Column:
            index = model.index(row, column)
            for role in roles:
                answer = QModelRoleData(role)
                model.multiData(index, QModelRoleDataSpan(answer))
                assert answer.data() == model.data(index, role)


class CountingModel(DossierListModel):
    """Counts the calls Qt makes into the model to paint cells (made from the model's own
    code, they are not counted): a cell's roles in one (`multiData`) or each role apart
    (`data`, as Qt's own `multiData` asks them), and a cell's place checked in one
    (`index`) or with the row and column counts (as Qt's own `index` does)."""

    def __init__(self, workspace: Workspace) -> None:
        super().__init__(workspace)
        self.calls = 0

    def _count_call(self) -> None:
        self.calls += sys._getframe(2).f_code.co_filename != dossier_list_model.__file__

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):  # type: ignore[override]
        self._count_call()
        return super().data(index, role)

    def multiData(self, index, roleDataSpan) -> None:  # type: ignore[override]  # noqa: N803
        self._count_call()
        super().multiData(index, roleDataSpan)

    def index(self, row, column, parent=QModelIndex()):  # type: ignore[override]  # noqa: B008
        self._count_call()
        return super().index(row, column, parent)

    def rowCount(self, parent=QModelIndex()) -> int:  # type: ignore[override]  # noqa: B008
        self._count_call()
        return super().rowCount(parent)

    def columnCount(self, parent=QModelIndex()) -> int:  # type: ignore[override]  # noqa: B008
        self._count_call()
        return super().columnCount(parent)


def test_a_painted_list_calls_into_python_twice_per_cell(
    workspace: Workspace, qtbot: QtBot
) -> None:
    bulk_dossiers(workspace.database, 60)
    model = CountingModel(workspace)
    with qtbot.waitSignal(model.reloaded, timeout=5000):
        pass
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.resize(800, 400)
    view.show()
    qtbot.waitExposed(view)
    shown = view.viewport().rect()
    cells = [
        (row, column)
        for row in range(60)
        for column in Column
        if view.visualRect(model.index(row, column)).intersects(shown)
    ]
    assert cells
    model.calls = 0
    view.grab()  # paints it
    assert model.calls <= 2 * len(cells) + 4  # its place, and its nine roles in one call
    model.shutdown()
