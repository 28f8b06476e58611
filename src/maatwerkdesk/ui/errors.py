"""Every failure reaches the log file and the user.

- A `DomainError` is an expected problem: its Dutch message is shown in a message box.
- Anything else is a bug: logged with its traceback and shown in the crash dialog.
- Qt's own messages go into the log; a hard crash (segfault) leaves a faulthandler dump.

Exception messages can hold what a user typed (or SQL parameters), so neither the log
nor the crash dialog shows them: only the exception type and the code lines.

The reporter is installed before the first window; what it needs only once something has
gone wrong (the message box, the crash dialog in `crash_dialog`) is imported then.
"""

from __future__ import annotations

import faulthandler
import logging
import sys
import threading
import traceback
from typing import TYPE_CHECKING, TextIO

from PySide6.QtCore import (
    QCoreApplication,
    QObject,
    QThread,
    QtMsgType,
    Signal,
    Slot,
    qInstallMessageHandler,
)

from maatwerkdesk import APP_NAME

if TYPE_CHECKING:
    from pathlib import Path
    from types import TracebackType

    from PySide6.QtCore import QMessageLogContext

log = logging.getLogger(__name__)
qt_log = logging.getLogger("qt")

FAULT_LOG = "faulthandler.log"

_QT_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}


def redacted_traceback(error: BaseException) -> str:
    """The traceback of `error` and its causes, with exception messages left out."""
    chain: list[BaseException] = []
    current: BaseException | None = error
    while current is not None and all(current is not seen for seen in chain):
        chain.append(current)
        current = current.__cause__ or (
            None if current.__suppress_context__ else current.__context__
        )
    parts: list[str] = []
    for number, item in enumerate(reversed(chain)):
        if number:
            parts.append("\nThe above exception led to the following one:\n\n")
        parts.append("Traceback (most recent call last):\n")
        parts.extend(traceback.format_tb(item.__traceback__))
        kind = type(item)
        parts.append(f"{kind.__module__}.{kind.__qualname__} (message withheld)\n")
    return "".join(parts)


class ErrorReporter(QObject):
    """The installed `sys.excepthook` and `threading.excepthook`."""

    _raised_elsewhere = Signal(object)

    def __init__(self, log_file: Path | None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.log_file = log_file
        self._showing = False
        # Emitted from other threads; this object lives in the GUI thread, so queued.
        self._raised_elsewhere.connect(self.report)

    def install(self) -> None:
        sys.excepthook = self.excepthook
        threading.excepthook = self.thread_excepthook
        qInstallMessageHandler(qt_message_handler)

    def excepthook(
        self,
        kind: type[BaseException],
        error: BaseException,
        trace: TracebackType | None,
    ) -> None:
        if issubclass(kind, KeyboardInterrupt):
            QCoreApplication.quit()
            return
        if error.__traceback__ is None:
            error = error.with_traceback(trace)
        app = QCoreApplication.instance()
        if app is not None and QThread.currentThread() is not app.thread():
            self._raised_elsewhere.emit(error)
        else:
            self.report(error)

    def thread_excepthook(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_value is None or issubclass(args.exc_type, SystemExit):
            return
        self._raised_elsewhere.emit(args.exc_value)

    @Slot(object)
    def report(self, error: BaseException, *, summary: str | None = None) -> None:
        """Log `error` and tell the user; safe to call for errors caught elsewhere too."""
        from PySide6.QtWidgets import QApplication

        from maatwerkdesk.domain.errors import DomainError

        parent = QApplication.activeWindow()
        if isinstance(error, DomainError):
            from PySide6.QtWidgets import QMessageBox

            from maatwerkdesk.ui.common.plain_text import message_box
            from maatwerkdesk.ui.common.vocabulary import shown_error

            log.warning("%s reached the top level", type(error).__name__)
            box = message_box(parent, QMessageBox.Icon.Warning, APP_NAME, shown_error(error))
            box.addButton(self.tr("OK"), QMessageBox.ButtonRole.AcceptRole)
            box.exec()
            return
        log.critical("Unexpected error\n%s", redacted_traceback(error))
        if self._showing:  # one dialog at a time; the rest is in the log
            return
        from maatwerkdesk.ui.crash_dialog import CrashDialog

        self._showing = True
        try:
            CrashDialog(error, self.log_file, parent, summary=summary).exec()
        finally:
            self._showing = False


def qt_message_handler(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
    category = context.category if context.category not in (None, "default") else "qt"
    qt_log.log(_QT_LEVELS.get(kind, logging.WARNING), "[%s] %s", category, message)


_fault_file: TextIO | None = None


def enable_faulthandler(log_dir: Path) -> Path:
    """Dump the Python stacks of a hard crash into the log folder.

    A dump left by the previous session is kept as `faulthandler.previous.log`.
    """
    global _fault_file
    path = log_dir / FAULT_LOG
    if path.is_file() and path.stat().st_size > 0:
        log.warning("The previous session ended in a hard crash; see %s", path.name)
        path.replace(path.with_suffix(".previous.log"))
    if _fault_file is not None:
        _fault_file.close()
    _fault_file = path.open("w", encoding="utf-8")
    faulthandler.enable(_fault_file, all_threads=True)
    return path
