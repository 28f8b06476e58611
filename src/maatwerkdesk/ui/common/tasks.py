"""Run Qt-free work on a worker thread and get its result back on the GUI thread."""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QThreadPool, Signal, Slot

Callback = Callable[[Any], object]


def _raise(error: BaseException) -> None:
    """Default failure handler: an unexpected error goes to sys.excepthook (crash dialog)."""
    raise error


class TaskRunner(QObject):
    """A private thread pool; with one thread (the default) tasks run in the order given.

    The work callable must not touch widgets. Its result, or the exception it raised, is
    handed to `on_success` or `on_failure` on the thread this runner lives in. After
    `shutdown()` queued work is dropped and results are no longer delivered.
    """

    _finished = Signal(object)

    def __init__(self, parent: QObject | None = None, *, threads: int = 1) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(threads)
        self._closed = False
        # Emitted from worker threads; this object lives in the GUI thread, so queued.
        self._finished.connect(self._on_finished)

    def run(
        self,
        work: Callable[[], Any],
        on_success: Callback,
        on_failure: Callable[[BaseException], object] = _raise,
    ) -> None:
        if self._closed:
            return

        def job() -> None:
            try:
                outcome = (on_success, work())
            except BaseException as error:  # handed to on_failure, never lost
                outcome = (on_failure, error)
            # RuntimeError: deleted without shutdown(), e.g. at interpreter exit
            with contextlib.suppress(RuntimeError):
                if not self._closed:
                    self._finished.emit(outcome)

        self._pool.start(job)

    def wait(self, msecs: int = -1) -> bool:
        """Block until running work is done (tests, shutdown)."""
        return self._pool.waitForDone(msecs)

    def shutdown(self) -> None:
        self._closed = True
        self._pool.clear()
        self._pool.waitForDone()

    @Slot(object)
    def _on_finished(self, outcome: tuple[Callable[[Any], object], Any]) -> None:
        if self._closed:
            return
        callback, value = outcome
        callback(value)
