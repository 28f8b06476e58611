"""One desktop app per profile: a second start brings the first window forward.

The first start listens on a local socket (QLocalServer) named after a hash of the
profile's data folder, so two profiles run side by side. A later start on the same
profile connects, asks the first to show itself, waits for the answer and ends without
opening the database. A name left behind by a crashed start answers nobody: it is
removed, and this start becomes the first.

This runs before the first window, so the usual start stays cheap: on Unix the socket is
a file, and when there is none nobody else runs, so QtNetwork (some 6 ms) is loaded only
after the window has painted its first rows, to listen. A start in that moment gets a
window of its own, as before this guard (the database allows it). On Windows a named
pipe leaves no file; there the check always asks.
"""

from __future__ import annotations

import logging
import os
import sys
from enum import Enum
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QByteArray,
    QCryptographicHash,
    QObject,
    QTimer,
    Signal,
    Slot,
)

if TYPE_CHECKING:
    from PySide6.QtNetwork import QLocalServer, QLocalSocket

log = logging.getLogger(__name__)

SHOW = b"show\n"
"""What a later start sends: bring the window forward."""
SHOWN = b"shown\n"
"""The running app's answer, sent once it has done so."""
ANSWER_TIMEOUT_MS = 5000
"""How long a later start waits for the running app, which may be busy for a moment."""
SOCKET_PATH_LIMIT = 100
"""A Unix socket's path must stay below about 107 bytes."""
LISTEN_DELAY_MS = 100
"""Listening waits this long after it is asked for: the window paints first."""


class Outcome(Enum):
    FIRST = "first"
    """Nobody else runs on this profile: this start goes on."""
    SHOWN_ELSEWHERE = "shown"
    """The app already runs on this profile and brought its window forward."""
    BUSY_ELSEWHERE = "busy"
    """The app already runs on this profile but did not answer in time."""


def server_name(profile_folder: Path) -> str:
    """The socket's name for a profile: the same for every start on it, not for another.

    On Linux and other Unixes it lies in the user's private runtime folder when there is
    one (and the path is short enough for a socket); otherwise Qt puts it in the
    temporary folder, where only its owner may write to it (Windows: a named pipe).
    """
    digest = QCryptographicHash.hash(
        QByteArray(str(profile_folder.resolve()).encode("utf-8")),
        QCryptographicHash.Algorithm.Sha256,
    )
    name = f"maatwerkdesk-{bytes(digest.toHex().data())[:16].decode('ascii')}"
    runtime = os.environ.get("XDG_RUNTIME_DIR", "")
    if sys.platform != "win32" and runtime and Path(runtime).is_dir():
        path = str(Path(runtime) / name)
        if len(os.fsencode(path)) < SOCKET_PATH_LIMIT:
            return path
    return name


def socket_file(name: str) -> Path | None:
    """Where the socket of `name` lies on Unix; None on Windows (a pipe is no file).

    A bare name goes where Qt puts it: `QDir.tempPath()`, which is $TMPDIR or /tmp
    (asked here without QDir, whose type alone costs a millisecond or two at start-up).
    """
    if sys.platform == "win32":
        return None
    return Path(name) if os.path.isabs(name) else Path(os.environ.get("TMPDIR") or "/tmp") / name


def ask_to_show(name: str, timeout_ms: int = ANSWER_TIMEOUT_MS) -> Outcome:
    """Ask the app listening on `name` to bring its window forward.

    FIRST when nobody listens there (no socket, or one left behind by a crash).
    """
    from PySide6.QtNetwork import QLocalSocket

    socket = QLocalSocket()
    socket.connectToServer(name)
    if not socket.waitForConnected(timeout_ms):
        return Outcome.FIRST
    socket.write(SHOW)
    answer = b""
    while SHOWN not in answer and socket.waitForReadyRead(timeout_ms):
        answer += bytes(socket.readAll().data())
    socket.abort()
    return Outcome.SHOWN_ELSEWHERE if SHOWN in answer else Outcome.BUSY_ELSEWHERE


def someone_listens(name: str) -> bool:
    """Whether an app listens on `name`; a socket left by a crash refuses the connection."""
    from PySide6.QtNetwork import QLocalSocket

    socket = QLocalSocket()
    socket.connectToServer(name)
    listening = socket.waitForConnected(ANSWER_TIMEOUT_MS)
    socket.abort()
    return listening


class InstanceServer(QObject):
    """Claims a profile for this start, then listens for later starts on it.

    Signal: `show_requested` when one asks for the window; it is answered right after.
    """

    show_requested = Signal()

    def __init__(self, name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = name
        self._server: QLocalServer | None = None

    def claim(self) -> Outcome:
        """Before the first window: go on as the first start, or learn another one runs.

        When the socket file shows nobody runs, nothing more is done now: `listen_soon`
        takes the name once the window shows its first rows.
        """
        trace = socket_file(self.name)
        if trace is not None and not trace.exists():
            return Outcome.FIRST
        outcome = ask_to_show(self.name)
        if outcome is Outcome.FIRST:
            self.listen()
        return outcome

    def listen_soon(self) -> None:
        """Listen in a moment, once what the window shows now has had time to paint."""
        QTimer.singleShot(LISTEN_DELAY_MS, self.listen)

    @Slot()
    def listen(self) -> None:
        """Take the name and answer later starts. A name nobody answers on is removed
        first; one that another start took meanwhile leaves this one unguarded, which
        the database allows (two windows, as before this guard)."""
        from PySide6.QtNetwork import QLocalServer

        server = self._listener()
        if server.isListening() or server.listen(self.name):
            return
        if not someone_listens(self.name):
            log.info("Removing a single-instance socket nobody answers on (left by a crash)")
            QLocalServer.removeServer(self.name)
            if server.listen(self.name):
                return
        log.warning("Single-instance socket not taken: %s", server.errorString())

    def is_listening(self) -> bool:
        return self._server is not None and self._server.isListening()

    def close(self) -> None:
        if self._server is not None:
            self._server.close()

    def _listener(self) -> QLocalServer:
        if self._server is None:
            from PySide6.QtNetwork import QLocalServer

            # No socket options: with them Qt replaces any socket of the same name, a
            # live one too. Privacy comes from the folder and the file's owner.
            self._server = QLocalServer(self)
            self._server.newConnection.connect(self._on_new_connection)
        return self._server

    @Slot()
    def _on_new_connection(self) -> None:
        assert self._server is not None
        while (socket := self._server.nextPendingConnection()) is not None:
            socket.readyRead.connect(partial(self._on_ready_read, socket))
            socket.disconnected.connect(socket.deleteLater)

    def _on_ready_read(self, socket: QLocalSocket) -> None:
        if not socket.canReadLine():
            return
        if bytes(socket.readLine().data()) == SHOW:
            log.info("Another start on this profile: the window is brought forward")
            self.show_requested.emit()
            socket.write(SHOWN)
            socket.flush()
        socket.disconnectFromServer()
