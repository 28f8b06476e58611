"""Dossier list over a big database: first rows, far pages, sorting, search, GUI stalls.

Runs the real list model and pane on Qt's offscreen platform against a database built by
`dataset.py`. Targets (DESIGN section 6): first rows under 200 ms, scrolling never blocks.

    .venv/bin/python bench/dossier_list.py [--dossiers 100000] [--runs 5]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import dataset
from PySide6.QtCore import QEventLoop, Qt, QTimer
from PySide6.QtWidgets import QApplication

from maatwerkdesk.persistence.db import open_database
from maatwerkdesk.services import dossiers
from maatwerkdesk.ui.dossier_list.model import PLACEHOLDER, DossierListModel
from maatwerkdesk.ui.dossier_list.pane import DossierListPane


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dossiers", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=5)
    options = parser.parse_args()
    n = options.dossiers
    work = Path(tempfile.gettempdir()) / "maatwerkdesk-bench"
    database = open_database(dataset.build(work / f"list-{n}.sqlite3", n))
    app = QApplication([])
    with database.sessions() as session:  # warm SQLAlchemy, as in a running app
        dossiers.count_dossiers(session, dossiers.DossierQuery())

    def wait(condition: Callable[[], object], timeout: float = 30) -> None:
        end = time.perf_counter() + timeout
        while not condition():
            app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)
            if time.perf_counter() > end:
                raise TimeoutError

    def shown(model: DossierListModel, row: int) -> bool:
        # model.data(), not QModelIndex.data(): see tests/ui/test_qt_binding.py
        return model.data(model.index(row, 0)) not in (None, PLACEHOLDER)

    pane = DossierListPane()
    pane.resize(700, 800)
    pane.show()
    firsts, pages, sorts, searches, stalls = [], [], [], [], []
    reloaded: list[int] = []
    for _ in range(options.runs):
        started = time.perf_counter()
        model = DossierListModel(database)
        pane.attach(model)
        wait(lambda model=model: model.rowCount() and shown(model, 0))
        firsts.append(time.perf_counter() - started)
        for row in (n // 2, n - 1, n // 3):
            started = time.perf_counter()
            pane.view.scrollTo(model.index(row, 0))
            wait(lambda model=model, row=row: shown(model, row))
            pages.append(time.perf_counter() - started)
        reloaded.clear()
        model.reloaded.connect(reloaded.append)
        started = time.perf_counter()
        pane.view.sortByColumn(1, Qt.SortOrder.AscendingOrder)
        wait(lambda: reloaded)
        sorts.append(time.perf_counter() - started)
        reloaded.clear()
        started = time.perf_counter()
        model.set_filter(text="zorgtoeslag belgie")
        wait(lambda: reloaded)
        searches.append(time.perf_counter() - started)
        reloaded.clear()
        model.set_filter()
        wait(lambda: reloaded)

        # Drag through the whole list; a 1 ms timer shows how long the GUI thread is busy.
        gaps: list[float] = []
        last = [time.perf_counter()]

        def tick(gaps: list[float] = gaps, last: list[float] = last) -> None:
            now = time.perf_counter()
            gaps.append(now - last[0])
            last[0] = now

        timer = QTimer()
        timer.timeout.connect(tick)
        timer.start(1)
        bar = pane.view.verticalScrollBar()
        for value in range(0, bar.maximum(), max(1, bar.maximum() // 200)):
            bar.setValue(value)
            app.processEvents()
        timer.stop()
        stalls.append(max(gaps))
        model.shutdown()

    def ms(values: list[float]) -> str:
        return (
            f"median {statistics.median(values) * 1000:5.0f} ms, max {max(values) * 1000:5.0f} ms"
        )

    print(f"runs: {options.runs}, database: {n:,} dossiers")
    print(f"first rows of a new list:            {ms(firsts)}  (target < 200 ms)")
    print(f"a far page (middle, end) on screen:   {ms(pages)}")
    print(f"sort by title (in SQL), re-counted:   {ms(sorts)}")
    print(f"search 'zorgtoeslag belgie':          {ms(searches)}")
    print(f"longest GUI stall while dragging:     {ms(stalls)}")
    database.close()


if __name__ == "__main__":
    main()
