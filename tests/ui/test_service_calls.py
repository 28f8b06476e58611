"""The one runner of the app's service calls: a failure of the database is told as a
warning in Dutch, on the GUI thread or from a worker, never as a traceback; a bug still
reaches the crash dialog."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from editor_fakes import FakeDialogs, make_editor
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot
from sqlite_locks import impatient, write_lock_held

from maatwerkdesk.domain.dossier import DossierFields
from maatwerkdesk.services import dossiers
from maatwerkdesk.services.context import Context
from maatwerkdesk.services.unit_of_work import Session
from maatwerkdesk.services.workspace import Workspace
from maatwerkdesk.ui.common.service_calls import ServiceCaller
from maatwerkdesk.ui.common.tasks import TaskRunner

CONTEXT = Context(actor="test", origin="test")
BUSY = (
    "De database is bezig met werk van een collega of een ander programma en kon niet op "
    "tijd antwoorden. Wacht een moment en probeer het opnieuw."
)


@pytest.fixture
def sqlite_workspace(workspace: Workspace) -> Workspace:
    impatient(workspace.database)
    return workspace


@pytest.fixture
def locked(sqlite_workspace: Workspace) -> Iterator[Any]:
    """Another program holds the write lock (an import, say) for the test's length."""
    with write_lock_held(sqlite_workspace.paths.database) as other:
        yield other


@pytest.fixture
def runner() -> Iterator[TaskRunner]:
    runner = TaskRunner()
    yield runner
    runner.shutdown()


@pytest.fixture
def calls(qtbot: QtBot, sqlite_workspace: Workspace) -> tuple[ServiceCaller, FakeDialogs]:
    parent = QWidget()
    qtbot.addWidget(parent)
    fake = FakeDialogs()
    return ServiceCaller(parent, sqlite_workspace, lambda: fake), fake


def create(session: Session) -> str:
    """A service call that writes."""
    return dossiers.create_dossier(session, CONTEXT, DossierFields(title="Nieuw")).id


def test_a_busy_database_is_told_on_the_gui_thread_without_a_traceback(
    qtbot: QtBot, calls: tuple[ServiceCaller, FakeDialogs], locked: Any
) -> None:
    caller, fake = calls
    with qtbot.captureExceptions() as raised:
        stored = caller.run("Niet opgeslagen", create, what="Het dossier is niet opgeslagen.")
    assert stored is None
    assert raised == []
    assert fake.informed == [("Niet opgeslagen", f"Het dossier is niet opgeslagen. {BUSY}")]


def test_a_busy_database_is_told_from_a_worker_after_the_window_tidied_up(
    qtbot: QtBot,
    calls: tuple[ServiceCaller, FakeDialogs],
    locked: Any,
    runner: TaskRunner,
) -> None:
    caller, fake = calls
    done: list[object] = []
    tidied: list[BaseException] = []
    with qtbot.captureExceptions() as raised:
        caller.start(
            runner,
            "Geen besluit gemaakt",
            lambda: caller.attempt(create),
            done.append,
            on_failed=tidied.append,
            what="Het document is niet gemaakt.",
        )
        qtbot.waitUntil(lambda: bool(fake.informed), timeout=5000)
    assert raised == []
    assert done == []
    assert [type(error).__name__ for error in tidied] == ["DatabaseBusyError"]
    assert fake.informed == [("Geen besluit gemaakt", f"Het document is niet gemaakt. {BUSY}")]
    assert "Traceback" not in fake.informed[0][1]

    fake.informed.clear()  # a single call in the background gets None after a failure
    caller.run_in_background(runner, "Factoren niet bewaard", create, done.append)
    qtbot.waitUntil(lambda: bool(done), timeout=5000)
    assert done == [None]
    assert fake.informed == [("Factoren niet bewaard", BUSY)]


def test_a_bug_still_reaches_the_crash_dialog(
    qtbot: QtBot, calls: tuple[ServiceCaller, FakeDialogs], runner: TaskRunner
) -> None:
    caller, fake = calls
    tidied: list[BaseException] = []

    def bug() -> None:
        raise KeyError("een fout in het programma")

    with qtbot.captureExceptions() as raised:
        caller.start(runner, "Verslag", bug, print, on_failed=tidied.append)
        qtbot.waitUntil(lambda: bool(raised), timeout=5000)
    assert [type(error).__name__ for error in tidied] == ["KeyError"]  # tidied up first
    assert [type(error) for _kind, error, _trace in raised] == [KeyError]
    assert fake.informed == []


def test_a_save_on_a_busy_database_keeps_the_text_and_says_what_to_do(
    qtbot: QtBot, sqlite_workspace: Workspace
) -> None:
    editor, fake = make_editor(qtbot, sqlite_workspace)
    editor.ui.title_edit.setText("Huurachterstand na ziekte")
    with write_lock_held(sqlite_workspace.paths.database), qtbot.captureExceptions() as raised:
        assert not editor.save()
    assert raised == []
    assert fake.informed == [
        (
            "Niet opgeslagen",
            f"Het dossier is niet opgeslagen; uw tekst staat nog in het scherm. {BUSY}",
        )
    ]
    assert editor.ui.title_edit.text() == "Huurachterstand na ziekte"
    assert editor.is_modified()
    assert editor.save()  # once the other program is done, saving works
