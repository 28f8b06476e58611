"""Dossier list and search over a big database: first rows, a broad and a narrow search, a far
page, and the longest GUI stall while dragging through the list.

Runs the real list model and pane on Qt's offscreen platform against a database built by
`dataset.py`; each figure is from the user's action (a new list, typing the search words,
scrolling) until the rows are on screen, audited as in the app. The baselines are what a competent engineer would
write plainly, timed as SQL alone (so without the model, the worker thread and painting,
which only favours them): the count and the first page of the list, the same with a LIKE
per word over the folded text for a search, and a page at an OFFSET. Targets: first rows of
the list under 200 ms, first rows of a search under 300 ms.

On a PostgreSQL server (under scripts/postgres.sh, or `--server URL`) the same database is
copied there (bench/server.py) and the same figures are measured on it, each against the
same baseline (the plain SQL on the SQLite file) and against the SQLite figure.

    .venv/bin/python bench/dossier_list.py [--dossiers 100000 200000] [--runs 5]
    scripts/postgres.sh run .venv/bin/python bench/dossier_list.py   # and on a server

To try it out on a small database: `--dossiers 2000`.
"""

from __future__ import annotations

import argparse
import itertools
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import dataset
from figures import Figure, median, medians, print_figures, timed, with_server
from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication
from server import add_server_option, copy_to_server, tell_server
from sqlalchemy import text

from maatwerkdesk.persistence.db import Database
from maatwerkdesk.services import dossiers
from maatwerkdesk.services.context import Context
from maatwerkdesk.services.workspace import Workspace
from maatwerkdesk.ui.dossier_list.model import PAGE_SIZE, PLACEHOLDER, DossierListModel
from maatwerkdesk.ui.dossier_list.pane import DossierListPane

BROAD, NARROW = "terugvordering", "zorgtoeslag belgie"
CONTEXT = Context(actor="benchmark", origin="bench/dossier_list")
COLUMNS = "d.id, d.reference, d.title, d.status, d.owner, d.updated_at"
ORDER = "ORDER BY d.updated_at DESC, d.reference DESC"


def plain_list(database: Database, words: str = "", offset: int = 0) -> None:
    """The baseline: count and one page, with a LIKE per word over the folded text."""
    terms = words.split()
    joined = "JOIN search_document AS s ON s.dossier_id = d.id" if terms else ""
    where = " ".join(f"AND s.body LIKE :w{i}" for i in range(len(terms)))
    values = {f"w{i}": f"%{term}%" for i, term in enumerate(terms)}
    base = f"FROM dossier AS d {joined} WHERE d.deleted_at IS NULL {where}"
    with database.reads() as session:
        session.execute(text(f"SELECT count(*) {base}"), values).scalar_one()
        page = f"SELECT {COLUMNS} {base} {ORDER} LIMIT {PAGE_SIZE} OFFSET {offset}"
        session.execute(text(page), values).all()


class Screen:
    """The dossier pane on the offscreen platform, and ways to wait for what it shows."""

    def __init__(self, database: Database) -> None:
        self.app = QApplication.instance() or QApplication([])
        self.database = database
        # The list reads through a workspace's units of work and needs nothing else of it.
        self.workspace = Workspace(None, database, None)  # type: ignore[arg-type]
        self.pane = DossierListPane()
        self.pane.resize(700, 800)
        self.pane.show()
        self.new_list()

    def wait(self, condition: Callable[[], object], timeout: float = 60) -> None:
        end = time.perf_counter() + timeout
        while not condition():
            self.app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)
            if time.perf_counter() > end:
                raise TimeoutError

    def shown(self, row: int) -> bool:
        # model.data(), not QModelIndex.data(): see tests/ui/test_qt_binding.py
        model = self.model
        return model.rowCount() > row and model.data(model.index(row, 0)) not in (None, PLACEHOLDER)

    def close_list(self) -> None:
        """Stop the list's worker (it may still be fetching pages)."""
        self.model.shutdown()

    def new_list(self) -> None:
        # Audited like the app's list: a new filter writes a listing record first.
        self.model = DossierListModel(self.workspace, context=lambda: CONTEXT)
        self.pane.attach(self.model)
        self.wait(lambda: self.shown(0))

    def search(self, words: str) -> None:
        reloaded: list[int] = []
        self.model.reloaded.connect(reloaded.append)
        self.model.set_filter(text=words)
        self.wait(lambda: reloaded and self.shown(0))
        self.model.reloaded.disconnect(reloaded.append)

    def clear(self) -> None:
        if self.model.query().text:
            self.search("")

    def scroll_to(self, row: int) -> None:
        self.pane.view.scrollTo(self.model.index(row, 0))
        self.wait(lambda: self.shown(row))

    def longest_stall(self) -> float:
        """Drag through the whole list; a 1 ms timer shows how long the GUI thread is busy."""
        gaps: list[float] = []
        last = [time.perf_counter()]

        def tick() -> None:
            now = time.perf_counter()
            gaps.append(now - last[0])
            last[0] = now

        timer = QTimer()
        timer.timeout.connect(tick)
        timer.start(1)
        bar = self.pane.view.verticalScrollBar()
        for value in range(0, bar.maximum(), max(1, bar.maximum() // 200)):
            bar.setValue(value)
            self.app.processEvents()
        timer.stop()
        return max(gaps)


def measure(
    database: Database, count: int, runs: int, baseline: Database | None = None
) -> list[Figure]:
    """The figures on `database`; the plain SQL runs on `baseline` (by default the same)."""
    plain_database = baseline or database
    screen = Screen(database)
    with database.reads() as session:
        broad = dossiers.count_dossiers(session, dossiers.DossierQuery(text=BROAD))
        narrow = dossiers.count_dossiers(session, dossiers.DossierQuery(text=NARROW))
    figures = []

    first, plain = medians(
        runs,
        timed(screen.new_list, prepare=screen.close_list),
        timed(lambda: plain_list(plain_database)),
    )
    figures.append(
        Figure(
            "first rows of a new list",
            first,
            plain,
            200,
            relative=False,
            note="baseline: count + first page in SQL",
        )
    )
    for words, hits in ((BROAD, broad), (NARROW, narrow)):
        searched, plain = medians(
            runs,
            timed(lambda words=words: screen.search(words), prepare=screen.clear),
            timed(lambda words=words: plain_list(plain_database, words)),
        )
        figures.append(
            Figure(
                f"first rows of a search for ‘{words}’ ({hits:,} found)",
                searched,
                plain,
                300,
                relative=False,
                note="baseline: count + first page with a LIKE per word over the folded "
                "text, in SQL",
            )
        )
    screen.clear()
    far = itertools.cycle([count // 2, count - 1, count // 3])
    row = [0]

    def fresh_list_and_a_far_row() -> None:
        screen.close_list()
        screen.new_list()
        row[0] = next(far)

    page, plain = medians(
        runs,
        timed(lambda: screen.scroll_to(row[0]), prepare=fresh_list_and_a_far_row),
        timed(lambda: plain_list(plain_database, offset=row[0] // PAGE_SIZE * PAGE_SIZE)),
    )
    figures.append(
        Figure("a far page on screen", page, plain, None, note="baseline: count + that page in SQL")
    )
    stalls = [screen.longest_stall() * 1000 for _ in range(runs)]
    figures.append(Figure("longest GUI stall while dragging", median(stalls), None, None))
    screen.model.shutdown()
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dossiers", type=int, nargs="+", default=[100_000, 200_000])
    parser.add_argument("--runs", type=int, default=5)
    add_server_option(parser)
    options = parser.parse_args()
    for count in options.dossiers:
        path = dataset.build(dataset.location("list", count), count)
        url = copy_to_server(path, f"mw_bench_list_{count}", options.server)
        database = warm(dataset.opened(path))
        figures = measure(database, count, options.runs)
        served = None
        if url is not None:
            server = warm(dataset.opened(url))
            served = measure(server, count, options.runs, baseline=database)
            server.close()
        print(f"\nDossier list, {count:,} dossiers, median of {options.runs} runs")
        tell_server(url is not None)
        print_figures(with_server(figures, served))
        database.close()


def warm(database: Database) -> Database:
    """`database`, with SQLAlchemy warmed on it, as in a running app."""
    with database.reads() as session:
        dossiers.count_dossiers(session, dossiers.DossierQuery())
    return database


if __name__ == "__main__":
    main()
