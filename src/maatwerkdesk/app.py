"""Composition root of the desktop app: paths → logging → Qt → one app per profile →
window → database.

A second start on a profile that already runs brings that window forward and ends (see
`ui.single_instance`). The window is shown before the database is opened, and then the
first rows of the dossier list, read straight from the database with its driver. Only then is the
database opened (SQLAlchemy, migrations, perhaps a server), on a worker thread, and the
window completes itself when that is done. Nothing heavy is imported before the window is
on screen.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Mapping
from functools import partial
from typing import TYPE_CHECKING

from maatwerkdesk import APP_NAME, __version__
from maatwerkdesk.infra import collector
from maatwerkdesk.infra.paths import database_target, prepare_paths

if TYPE_CHECKING:
    from maatwerkdesk.infra.paths import Paths
    from maatwerkdesk.services.list_ahead import ListAhead
    from maatwerkdesk.services.progress import Progress
    from maatwerkdesk.services.workspace import Workspace
    from maatwerkdesk.ui.single_instance import Outcome

log = logging.getLogger(__name__)

EXIT_NOT_OPENED = 1
"""The database could not be opened (the user was told why), or its password was not given."""
EXIT_BAD_PROFILE = 2
"""A `--profile` whose folders cannot be made: a bad argument, as on the command line."""
EXIT_NO_DISPLAY = 3
ALREADY_RUNNING = (
    "MaatwerkDesk is op deze computer al geopend, maar reageert nu niet. Wacht even tot "
    "het klaar is en start het dan opnieuw; sluit het anders af."
)
DEMO_DOSSIERS = 40
COLLECTOR_HELD_AT_MOST_MS = 120_000
"""The garbage collector is back on when the window has started, or after this long."""
GUI_TURN_S = 0.001
"""How long the GUI thread waits at most for the interpreter's lock while a worker thread
holds it (Python's switch interval, 5 ms unless set). Painting the window calls from Qt
into Python many times, each taking the lock; at 5 ms a turn a worker's imports or index
reading made the window miss its beats by more than 100 ms."""


def display_problem(environ: Mapping[str, str], platform: str) -> str | None:
    """Why Qt could not open a window here, or None. Checked before Qt aborts the process."""
    if platform in ("win32", "darwin", "cygwin") or environ.get("QT_QPA_PLATFORM"):
        return None
    if environ.get("DISPLAY") or environ.get("WAYLAND_DISPLAY"):
        return None
    return (
        "MaatwerkDesk kan geen venster openen: er is geen beeldscherm beschikbaar "
        "(DISPLAY is niet gezet). Start het programma op een bureaublad, "
        "of gebruik de opdrachtregel: maatwerkdesk --help."
    )


def open_for_desktop(
    paths: Paths,
    db: str | None,
    demo: bool,
    opened: list[Workspace],
    password: str | None = None,
    progress: Progress | None = None,
    *,
    create: bool = False,
) -> Workspace:
    """Runs on a worker thread: open the database, and fill it with demo dossiers if asked.
    A team database that does not answer, on a laptop with a briefcase of it: the
    briefcase, to work offline on the dossiers taken along. A file `db` that is not there
    is refused (the window says so) unless `create` (`--create`).

    `password` is what the user typed when the server asked for one (see on_open_failed);
    `progress` hears how far the demo dossiers are.

    Also prepares what the window needs first once the database is open (the list's
    queries, who works here: their modules, and the ORM's mappings, which SQLAlchemy
    completes on first use), so that the GUI thread does not wait for that.
    """
    from sqlalchemy.orm import configure_mappers

    import maatwerkdesk.services.dossiers
    import maatwerkdesk.ui.people.workstation  # noqa: F401
    from maatwerkdesk.domain.errors import ServerUnreachableError
    from maatwerkdesk.services.workspace import open_briefcase, open_workspace

    configure_mappers()
    try:
        workspace = open_workspace(paths, db, create=create, password=password)
    except ServerUnreachableError:
        if db is None or not paths.briefcase.exists():
            raise
        workspace = open_briefcase(paths, of=db)  # offline: the dossiers taken along
    opened.append(workspace)
    if demo and workspace.briefcase_of is None:
        from maatwerkdesk.services.demo import add_demo_if_empty
        from maatwerkdesk.ui.common.origin import ORIGIN

        if added := add_demo_if_empty(workspace, ORIGIN, DEMO_DOSSIERS, progress):
            log.info("Added %d demo dossiers to the empty database", added)
    return workspace


def _stop(ahead: ListAhead | None) -> None:
    """Stop the child reading the first rows: no window of this start will show them."""
    if ahead is not None:
        ahead.close()


def _hand_over(outcome: Outcome) -> int:
    """The app already runs on this profile: it was asked to show itself, so this start
    ends without opening the database. Tell the user only when it did not answer."""
    from maatwerkdesk.ui.single_instance import Outcome

    if outcome is Outcome.SHOWN_ELSEWHERE:
        log.info("MaatwerkDesk already runs on this profile; its window was brought forward")
        return 0
    from PySide6.QtWidgets import QMessageBox

    from maatwerkdesk.ui.common.plain_text import message_box

    log.warning("MaatwerkDesk already runs on this profile but did not answer")
    box = message_box(None, QMessageBox.Icon.Information, APP_NAME, ALREADY_RUNNING)
    box.addButton("OK", QMessageBox.ButtonRole.AcceptRole)
    box.exec()
    return 0


def run(args: argparse.Namespace, ahead: ListAhead | None = None) -> int:
    """The desktop app, until its window closes. `ahead` is the child started for the
    first rows of `database_target(args.db, args.profile)`; it is stopped if no window
    opens."""
    problem = display_problem(os.environ, sys.platform)
    if problem is not None:
        print(problem, file=sys.stderr)
        _stop(ahead)
        return EXIT_NO_DISPLAY

    from maatwerkdesk.domain.errors import DomainError

    try:
        paths = prepare_paths(args.profile, verbose=args.verbose)
    except DomainError as refusal:  # before Qt: no window to say it in
        print(refusal, file=sys.stderr)
        _stop(ahead)
        return EXIT_BAD_PROFILE
    collector.hold()  # until the window has started: see infra/collector.py
    log.info("MaatwerkDesk %s starting (desktop)", __version__)
    target = database_target(args.db, args.profile)

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from maatwerkdesk.ui.import_hook import drop_feature_hook

    drop_feature_hook()  # before the rest is imported: see ui/import_hook.py
    from maatwerkdesk.ui.application import create_application, window_settings
    from maatwerkdesk.ui.common.tasks import TaskRunner
    from maatwerkdesk.ui.errors import ErrorReporter, enable_faulthandler
    from maatwerkdesk.ui.main_window import MainWindow
    from maatwerkdesk.ui.single_instance import InstanceServer, Outcome, server_name

    enable_faulthandler(paths.logs)
    settings = window_settings(paths.config)
    app = create_application(sys.argv[:1], settings)
    reporter = ErrorReporter(paths.log_file)
    reporter.install()
    instance = InstanceServer(server_name(paths.data))
    outcome = instance.claim()
    if outcome is not Outcome.FIRST:
        _stop(ahead)
        return _hand_over(outcome)

    window = MainWindow(settings)
    window.show()
    instance.show_requested.connect(window.bring_forward)
    window.started.connect(collector.release)
    if args.quit_when_started:  # a check that an installation starts (docs/packaging.md)
        window.started.connect(app.quit)
    QTimer.singleShot(COLLECTOR_HELD_AT_MOST_MS, collector.release)  # should start-up stall

    def on_open_failed(error: BaseException) -> None:
        from maatwerkdesk.domain.errors import DomainError, PasswordNeededError

        if isinstance(error, PasswordNeededError):
            from maatwerkdesk.ui.password_prompt import ask_password

            password = ask_password(error, window)
            if password is not None:
                open_database(password)
                return
        elif isinstance(error, DomainError):
            reporter.report(error)
        else:
            reporter.report(
                error,
                summary="De database kon niet worden geopend. MaatwerkDesk wordt afgesloten.",
            )
        app.exit(EXIT_NOT_OPENED)

    opened: list[Workspace] = []
    opener = TaskRunner()

    def open_database(password: str | None = None) -> None:
        opener.run(
            partial(
                open_for_desktop,
                paths,
                args.db,
                args.demo,
                opened,
                password,
                window.tell_progress,
                create=args.create,
            ),
            partial(window.attach_workspace, identify=True),
            on_open_failed,
        )
        instance.listen_soon()  # loading QtNetwork must not hold up the first rows

    def dress_and_open() -> None:
        # The palette is chosen once the first window is painted: asking the system for
        # its contrast builds Qt's enum namespace, which the first window does without.
        # Everything drawn in the palette's colours is built after this.
        from maatwerkdesk.ui import theme

        theme.apply(app, os.environ)
        open_database()

    sys.setswitchinterval(GUI_TURN_S)  # from here on workers run beside the window
    window.show_first_rows(target, then=dress_and_open, ahead=ahead)
    try:
        return QApplication.exec()  # static in Qt: called on the class
    finally:
        instance.close()
        window.shutdown()
        opener.shutdown()  # an open still under way finishes first
        for workspace in opened:
            workspace.close()
        log.info("MaatwerkDesk stopped")
