"""One app per profile: a second start brings the first window forward and opens nothing."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from maatwerkdesk.ui.single_instance import (
    InstanceServer,
    Outcome,
    ask_to_show,
    server_name,
    socket_file,
)

unix_only = pytest.mark.skipif(sys.platform == "win32", reason="sockets are files on Unix")

# A later start as app.run makes it, in a process of its own.
LATER_START = """
import sys
from PySide6.QtCore import QCoreApplication
from maatwerkdesk.ui.single_instance import ask_to_show
app = QCoreApplication(sys.argv[:1])
print(ask_to_show(sys.argv[1]).value, flush=True)
"""

# The desktop app that says when its window is up and when it was asked to come forward,
# and quits when the file named by MAATWERKDESK_STOP appears.
DRIVER = """
import os, sys
from pathlib import Path
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel
from maatwerkdesk.ui.main_window import MainWindow

original_exec, original_forward = QApplication.exec, MainWindow.bring_forward
stop = Path(os.environ["MAATWERKDESK_STOP"])

def forward(self):
    print("FORWARD", flush=True)
    original_forward(self)

def poll():
    if stop.exists():
        QApplication.quit()
        return
    for widget in QApplication.allWidgets():
        if isinstance(widget, QLabel) and widget.text().endswith("dossiers"):
            if not getattr(poll, "told", False):
                print("READY", widget.text(), flush=True)
                poll.told = True
    QTimer.singleShot(20, poll)

def patched_exec():
    QTimer.singleShot(0, poll)
    QTimer.singleShot(60000, QApplication.quit)
    return original_exec()

MainWindow.bring_forward = forward
QApplication.exec = staticmethod(patched_exec)
from maatwerkdesk.__main__ import main
sys.exit(main(sys.argv[1:]))
"""


@pytest.fixture
def name(tmp_path: Path) -> str:
    return server_name(tmp_path / "profiel" / "data")


def test_the_name_follows_the_profile_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    one = server_name(tmp_path / "een" / "data")
    assert server_name(tmp_path / "een" / "x" / ".." / "data") == one
    assert server_name(tmp_path / "twee" / "data") != one
    assert Path(one).name.startswith("maatwerkdesk-") and "een" not in Path(one).name
    # A runtime folder short enough for a socket's path wherever pytest keeps tmp_path
    # (its numbered folders grow longer as runs accumulate).
    with tempfile.TemporaryDirectory(prefix="mw-") as folder:
        short = Path(folder)
        monkeypatch.setenv("XDG_RUNTIME_DIR", str(short))
        if sys.platform != "win32":  # in the user's private runtime folder when one is set
            assert Path(server_name(tmp_path / "een" / "data")).parent == short


def socket_path(name: str) -> Path:
    path = socket_file(name)
    assert path is not None
    return path


# The checks app.run makes before its first window, in a fresh process.
BEFORE_THE_WINDOW = """
import sys
from pathlib import Path
from PySide6.QtWidgets import QApplication
from maatwerkdesk.ui.single_instance import InstanceServer, server_name
app = QApplication(sys.argv[:1])
outcome = InstanceServer(server_name(Path(sys.argv[1]))).claim()
print(outcome.value, "PySide6.QtNetwork" in sys.modules)
"""


@unix_only
def test_the_usual_start_loads_no_network_module_before_its_window(tmp_path: Path) -> None:
    checked = subprocess.run(
        [sys.executable, "-c", BEFORE_THE_WINDOW, str(tmp_path / "profiel" / "data")],
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    )
    assert checked.stdout.split() == ["first", "False"]


def test_a_later_start_asks_the_first_to_show_itself(qtbot: QtBot, name: str) -> None:
    first = InstanceServer(name)
    assert first.claim() is Outcome.FIRST
    first.listen()
    requests: list[bool] = []
    first.show_requested.connect(lambda: requests.append(True))
    with subprocess.Popen(
        [sys.executable, "-c", LATER_START, name], stdout=subprocess.PIPE, text=True
    ) as later:
        qtbot.waitUntil(lambda: later.poll() is not None, timeout=20000)
        answer, _ = later.communicate()
    assert answer.strip() == Outcome.SHOWN_ELSEWHERE.value
    assert requests == [True]
    first.close()


def test_two_profiles_run_side_by_side(tmp_path: Path) -> None:
    one = InstanceServer(server_name(tmp_path / "een" / "data"))
    two = InstanceServer(server_name(tmp_path / "twee" / "data"))
    assert one.claim() is Outcome.FIRST and two.claim() is Outcome.FIRST
    one.listen()
    two.listen()
    assert one.is_listening() and two.is_listening()
    one.close()
    two.close()


def test_nobody_running_means_first(qapp: object, name: str) -> None:
    assert ask_to_show(name, timeout_ms=500) is Outcome.FIRST


@unix_only
def test_a_name_left_behind_by_a_crash_is_taken_over(qapp: object, name: str) -> None:
    stale = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    stale.bind(str(socket_path(name)))  # a socket file that nobody listens on any more
    stale.close()
    server = InstanceServer(name)
    assert server.claim() is Outcome.FIRST
    assert server.is_listening()
    server.close()


@unix_only
def test_a_first_that_does_not_answer_is_reported_busy(qapp: object, name: str) -> None:
    listening = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    listening.bind(str(socket_path(name)))
    listening.listen(1)  # accepts connections, never answers
    try:
        started = time.monotonic()
        assert ask_to_show(name, timeout_ms=300) is Outcome.BUSY_ELSEWHERE
        assert time.monotonic() - started < 5
    finally:
        listening.close()
        socket_path(name).unlink()


def start_app(profile: Path, env: dict[str, str]) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-c", DRIVER, "--profile", str(profile)],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )


def start_second(profile: Path, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    """`maatwerkdesk --profile PROFILE` as a person would start it a second time."""
    return subprocess.run(
        [sys.executable, "-m", "maatwerkdesk", "--profile", str(profile)],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )


def wait_for(process: subprocess.Popen[str], word: str) -> None:
    assert process.stdout is not None
    for line in process.stdout:
        if line.startswith(word):
            return
    raise AssertionError(f"{word} never came; the app ended with {process.wait()}")


def test_a_second_app_on_the_profile_brings_the_first_forward_and_opens_nothing(
    tmp_path: Path,
) -> None:
    profile, stop = tmp_path / "profiel", tmp_path / "stop"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", MAATWERKDESK_STOP=str(stop))
    with start_app(profile, env) as first, start_app(tmp_path / "ander", env) as other:
        try:
            wait_for(first, "READY")
            started = time.monotonic()
            second = start_second(profile, env)
            assert second.returncode == 0, second.stderr
            assert time.monotonic() - started < 10
            wait_for(first, "FORWARD")
            wait_for(other, "READY")  # another profile: an app of its own
        finally:
            stop.touch()
        assert first.wait(timeout=60) == 0 and other.wait(timeout=60) == 0
    log = (profile / "logs" / "maatwerkdesk.log").read_text(encoding="utf-8")
    assert log.count("starting (desktop)") == 2
    assert log.count("Database opened") == 1  # the second start never opened it
    assert "already runs on this profile; its window was brought forward" in log


@unix_only
def test_after_a_crash_the_app_starts_again(tmp_path: Path) -> None:
    profile, stop = tmp_path / "profiel", tmp_path / "stop"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", MAATWERKDESK_STOP=str(stop))
    with start_app(profile, env) as crashed:
        wait_for(crashed, "READY")
        os.kill(crashed.pid, signal.SIGKILL)
    assert socket_path(server_name(profile / "data")).exists()  # left behind
    with start_app(profile, env) as again:
        try:
            wait_for(again, "READY")
            later = start_second(profile, env)  # the profile is guarded again
            assert later.returncode == 0, later.stderr
            wait_for(again, "FORWARD")
        finally:
            stop.touch()
        assert again.wait(timeout=60) == 0
