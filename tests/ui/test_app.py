"""The composition root, started as a real process."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

from backends import PostgresServer, connect
from sqlalchemy import insert

from maatwerkdesk.app import EXIT_NO_DISPLAY, EXIT_NOT_OPENED, display_problem
from maatwerkdesk.domain.dossier import DossierFields
from maatwerkdesk.persistence.models import UserRow
from maatwerkdesk.services import dossiers
from maatwerkdesk.services.workspace import Workspace

PASSWORD = "juist-wachtwoord"

# Runs the app and quits as soon as the status bar counts the dossiers.
DRIVER = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel

original_exec = QApplication.exec

def poll():
    for widget in QApplication.allWidgets():
        if isinstance(widget, QLabel) and widget.text().endswith("dossiers"):
            print("COUNT", widget.text(), flush=True)
            QApplication.quit()
            return
    QTimer.singleShot(20, poll)

def patched_exec():
    QTimer.singleShot(0, poll)
    QTimer.singleShot(20000, QApplication.quit)
    return original_exec()

QApplication.exec = staticmethod(patched_exec)
from maatwerkdesk.__main__ import main
sys.exit(main(sys.argv[1:]))
"""


def clean_env(tmp_path: Path, **extra: str) -> dict[str, str]:
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    }
    env["HOME"] = str(tmp_path / "home")
    env.update(extra)
    return env


def test_display_problem_is_only_reported_without_any_display() -> None:
    assert "DISPLAY is niet gezet" in display_problem({}, "linux")
    assert display_problem({"DISPLAY": ":0"}, "linux") is None
    assert display_problem({"WAYLAND_DISPLAY": "wayland-0"}, "linux") is None
    assert display_problem({"QT_QPA_PLATFORM": "offscreen"}, "linux") is None
    assert display_problem({}, "win32") is None


def test_without_a_display_the_app_explains_and_exits_with_3(tmp_path: Path) -> None:
    profile = tmp_path / "profile"
    result = subprocess.run(
        [sys.executable, "-m", "maatwerkdesk", "--profile", str(profile)],
        env=clean_env(tmp_path),
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == EXIT_NO_DISPLAY
    assert "MaatwerkDesk kan geen venster openen" in result.stderr
    assert "maatwerkdesk --help" in result.stderr
    assert not profile.exists()  # nothing was set up before the check


def test_the_first_window_needs_no_database_libraries(tmp_path: Path) -> None:
    code = (
        "import sys, maatwerkdesk.app, maatwerkdesk.ui.application, maatwerkdesk.ui.errors, "
        "maatwerkdesk.ui.main_window, maatwerkdesk.ui.common.tasks\n"
        "print(sorted({m.split('.')[0] for m in sys.modules} & "
        "{'sqlalchemy', 'alembic', 'reportlab', 'keyring'}))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    assert result.stdout.strip() == "[]"


# Builds and shows the first window as app.run does, then reports what that needed.
FIRST_WINDOW = """
import sys
from pathlib import Path
import PySide6.QtCore
from maatwerkdesk.ui.application import create_application, window_settings
from maatwerkdesk.ui.errors import ErrorReporter
from maatwerkdesk.ui.main_window import MainWindow
app = create_application(sys.argv[:1])
ErrorReporter(None)
window = MainWindow(window_settings(Path(sys.argv[1])))
window.show()
app.processEvents()
print("Qt namespace built:", "Qt" in vars(PySide6.QtCore))
print(sorted(m for m in sys.modules if m.startswith(("maatwerkdesk.services",
      "maatwerkdesk.ui.dossier_list.pane", "maatwerkdesk.ui.crash_dialog"))))
"""


def test_the_first_window_builds_no_more_than_it_shows(tmp_path: Path) -> None:
    """Start-up time (docs/architecture.md, "Desktop app"): no list pane, services or crash dialog yet, and no
    `Qt.…` enum value, which would make PySide6 build the whole Qt namespace (~15 ms)."""
    result = subprocess.run(
        [sys.executable, "-c", FIRST_WINDOW, str(tmp_path)],
        env=clean_env(tmp_path, QT_QPA_PLATFORM="offscreen"),
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == ["Qt namespace built: False", "[]"]


def add_three_dossiers(workspace: Workspace) -> None:
    with workspace.database.sessions.begin() as session:
        for title in ("Eerste", "Tweede", "Derde"):
            dossiers.create_dossier(session, workspace.context("test"), DossierFields(title=title))


def start_app(tmp_path: Path, driver: str, *args: str) -> subprocess.CompletedProcess[str]:
    """The app on the profile in tmp_path, run by `driver`, on Qt's offscreen platform."""
    return subprocess.run(
        [sys.executable, "-c", driver, "--profile", str(tmp_path / "profile"), *args],
        env=clean_env(tmp_path, QT_QPA_PLATFORM="offscreen"),
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_the_app_opens_the_database_after_the_window_and_counts_its_dossiers(
    tmp_path: Path, workspace: Workspace
) -> None:
    add_three_dossiers(workspace)
    paths = workspace.paths
    result = start_app(tmp_path, DRIVER)
    assert result.returncode == 0, result.stderr
    assert "COUNT 3 dossiers" in result.stdout
    log = paths.log_file.read_text(encoding="utf-8")
    assert "Database opened" in log and "MaatwerkDesk stopped" in log
    assert "Eerste" not in log


# Reports the first rows when the list shows them, and whether SQLAlchemy was loaded then.
FIRST_ROWS = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from maatwerkdesk.ui.dossier_list.model import DossierListModel

original_exec, original_preview = QApplication.exec, DossierListModel.show_preview

def show_preview(self, page):
    original_preview(self, page)
    print("ROWS", self.rowCount(), "sqlalchemy" in sys.modules, flush=True)
    QApplication.quit()

def patched_exec():
    QTimer.singleShot(20000, QApplication.quit)
    return original_exec()

DossierListModel.show_preview = show_preview
QApplication.exec = staticmethod(patched_exec)
from maatwerkdesk.__main__ import main
sys.exit(main(sys.argv[1:]))
"""


def test_the_first_rows_are_shown_before_the_database_layer_is_loaded(
    tmp_path: Path, workspace: Workspace
) -> None:
    """Start-up time (docs/architecture.md, "Desktop app"): the list's first page comes straight from the file."""
    add_three_dossiers(workspace)
    result = start_app(tmp_path, FIRST_ROWS)
    assert result.returncode == 0, result.stderr
    assert "ROWS 3 False" in result.stdout


def test_demo_fills_an_empty_database(tmp_path: Path) -> None:
    result = start_app(tmp_path, DRIVER, "--demo")
    assert result.returncode == 0, result.stderr
    assert "COUNT 40 dossiers" in result.stdout


PLAIN = "import sys; from maatwerkdesk.__main__ import main; sys.exit(main(sys.argv[1:]))"


def test_quit_when_started_ends_the_app_with_0_once_start_up_is_over(
    tmp_path: Path, workspace: Workspace
) -> None:
    """The check that an installation starts (docs/packaging.md): no one closes the window."""
    add_three_dossiers(workspace)
    result = start_app(tmp_path, PLAIN, "--quit-when-started")
    assert result.returncode == 0, result.stderr
    log = workspace.paths.log_file.read_text(encoding="utf-8")
    assert log.index("Precedent index ready") < log.index("MaatwerkDesk stopped")


# Reports how the garbage collector and the import function stand during and after start-up.
COLLECTOR = """
import builtins, gc, linecache, sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

original_exec = QApplication.exec

def poll():
    if not gc.isenabled():
        QTimer.singleShot(20, poll)
        return
    import sqlalchemy
    frozen, young = gc.get_freeze_count(), len(gc.get_objects())
    print("STARTED", frozen > young, sqlalchemy.__file__ in linecache.cache, flush=True)
    print("IMPORT", builtins.__import__.__name__, flush=True)
    QApplication.quit()

def patched_exec():
    print("COLLECTING", gc.isenabled(), flush=True)
    QTimer.singleShot(0, poll)
    QTimer.singleShot(20000, QApplication.quit)
    return original_exec()

QApplication.exec = staticmethod(patched_exec)
from maatwerkdesk.__main__ import main
sys.exit(main(sys.argv[1:]))
"""


def test_start_up_is_not_held_up_by_the_collector_or_the_bindings_import_hook(
    tmp_path: Path, workspace: Workspace
) -> None:
    """Start-up stalls and memory (docs/architecture.md, "Desktop app"): no full collection walks what start-up loads
    while it starts, nor ever after (it is frozen once the window has started); and no
    module's source is kept for PySide6's feature hook (infra/collector.py,
    ui/import_hook.py)."""
    add_three_dossiers(workspace)
    result = start_app(tmp_path, COLLECTOR)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert "COLLECTING False" in lines
    assert "STARTED True False" in lines
    assert "IMPORT __feature_import__" not in lines and len(lines) == 3


def test_the_app_opens_a_database_on_a_server(
    tmp_path: Path,
    server: PostgresServer,
    server_database: str,
    open_workspaces: Callable[[str | None], Workspace],
) -> None:
    """No first rows straight from a file there: the list waits for the database."""
    url = server.url_of(server_database)
    add_three_dossiers(open_workspaces(url))
    result = start_app(tmp_path, DRIVER, "--db", url)
    assert result.returncode == 0, result.stderr
    assert "COUNT 3 dossiers" in result.stdout


# Like DRIVER, and tells what the app reported to the user (in its warning dialog).
REPORTING_DRIVER = f"""
import maatwerkdesk.ui.errors as errors

def reported(self, error, summary=None):
    print("REPORTED", error, flush=True)

errors.ErrorReporter.report = reported
{DRIVER}"""


def test_the_app_refuses_a_db_file_that_is_not_there_and_makes_it_with_create(
    tmp_path: Path,
) -> None:
    typo = tmp_path / "dossiers.sqlite"
    result = start_app(tmp_path, REPORTING_DRIVER, "--db", str(typo))
    assert result.returncode == EXIT_NOT_OPENED, result.stderr
    assert f"REPORTED Er is geen database op {typo}: controleer het pad, of geef --create" in (
        result.stdout
    )
    assert "COUNT" not in result.stdout and not typo.exists()
    result = start_app(tmp_path, REPORTING_DRIVER, "--db", str(typo), "--create")
    assert result.returncode == 0, result.stderr
    assert "COUNT Geen dossiers" in result.stdout and "REPORTED" not in result.stdout
    assert typo.is_file()


# Like DRIVER, with the keyring in memory and a person who answers the password question
# twice (wrongly, then rightly); the question is the dialog's own text.
PASSWORD_DRIVER = f"""
import atexit
import sys
sys.path.insert(0, {str(Path(__file__).parents[1])!r})
import keyring
from memory_keyring import MemoryKeyring
import maatwerkdesk.ui.password_prompt as prompt

memory = MemoryKeyring()
keyring.set_keyring(memory)
answers = ["fout", sys.argv.pop()]

def ask(needed, parent=None):
    print("ASKED", prompt.PasswordDialog(needed, parent).ui.question_label.text(), flush=True)
    return answers.pop(0)

prompt.ask_password = ask
passwords = lambda: sorted(v for (_, a), v in memory.items.items() if not a.startswith("database"))
atexit.register(lambda: print("STORED", passwords(), flush=True))  # not the keys of local files
{DRIVER}"""


def test_the_app_asks_for_a_servers_password_until_it_is_taken_and_stores_it(
    tmp_path: Path, server: PostgresServer, server_database: str
) -> None:
    login = server.password_login("juist")
    server.grant_everything(server_database, login)
    with connect(server.url_of(server_database)) as connection:  # who the login is
        connection.execute(
            insert(UserRow).values(name="Anouk Verhoef", roles=["lezer"], login=login, revision=1)
        )
    url = server.url_of(server_database, username=login)
    result = start_app(tmp_path, PASSWORD_DRIVER, "--db", url, "juist")
    assert result.returncode == 0, result.stderr
    asked = [line for line in result.stdout.splitlines() if line.startswith("ASKED")]
    assert len(asked) == 2, result.stdout
    assert asked[0].endswith("vraagt uw wachtwoord.")
    assert "weigert het wachtwoord" in asked[1]
    assert "COUNT Geen dossiers" in result.stdout
    assert "STORED ['juist']" in result.stdout  # the refused one was never kept
