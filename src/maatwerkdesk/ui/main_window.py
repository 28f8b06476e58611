"""The main window: dossier list on the left, the dossier editor on the right.

The window is shown before the database is open (start-up time). Start-up then goes one
step at a time, each when the one before it is on screen, so that no step waits for the
next: `show_first_rows` loads the list's code and reads its first page straight from the
database with its driver alone on a worker thread while the window paints, builds the list with it, and
counts the rest; the database is opened (SQLAlchemy loaded) on a worker thread, and
`attach_workspace` lets the list query it; once its rows are in, the editor's code is
loaded off the GUI thread and the editor built (its panels wait until they are needed);
then the precedent indexes are warmed, and `started` tells that start-up is over.
Nothing here touches the `Qt` enum namespace before the window is shown: PySide6 builds
all of its ~90 enums on first use, which costs about 15 ms.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date, datetime
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, QTimer, Signal, Slot
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QWidget

from maatwerkdesk import APP_NAME, __version__
from maatwerkdesk.ui.common.geometry import restore_geometry, save_geometry
from maatwerkdesk.ui.common.plain_text import escaped, one_line, plain_labels
from maatwerkdesk.ui.common.tasks import TaskRunner
from maatwerkdesk.ui.dossier_list.presentation import format_count
from maatwerkdesk.ui.forms.ui_main_window import Ui_MainWindow
from maatwerkdesk.ui.translation import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from PySide6.QtGui import QAction, QCloseEvent

    from maatwerkdesk.domain.dossier import DossierSummary
    from maatwerkdesk.services.changes import Change
    from maatwerkdesk.services.dossier_query import DossierQuery
    from maatwerkdesk.services.list_ahead import ListAhead
    from maatwerkdesk.services.store_keys import Unlocked
    from maatwerkdesk.services.workspace import Workspace
    from maatwerkdesk.ui.briefcase.actions import BriefcaseActions
    from maatwerkdesk.ui.colleague_changes import ColleagueChanges
    from maatwerkdesk.ui.conference import ConferenceWindow
    from maatwerkdesk.ui.dossier_editor import DossierEditor
    from maatwerkdesk.ui.dossier_list.model import DossierListModel
    from maatwerkdesk.ui.dossier_list.pane import DossierListPane
    from maatwerkdesk.ui.export import ExportActions
    from maatwerkdesk.ui.people.actions import PeopleActions
    from maatwerkdesk.ui.way_back import WayBack

log = logging.getLogger(__name__)

STATUS_MESSAGE_MS = 30_000
GEOMETRY_KEY = "main_window/geometry"
"""How long a sentence about a sync stays in the status bar."""
LIST_STRETCH = 3
EDITOR_STRETCH = 5
"""The splitter's shares of width: list and editor (with its step list beside the page)."""
# The window's texts that are kept as constants, marked for translation (context
# "MainWindow", as its self.tr() calls) and translated where they are shown.
PLACEHOLDER_OPENING = QT_TRANSLATE_NOOP("MainWindow", "Database openen…")
PLACEHOLDER_EMPTY = QT_TRANSLATE_NOOP(
    "MainWindow",
    "Er zijn nog geen dossiers.\n\n"
    "Maak het eerste dossier met Bestand\u00a0›\u00a0Nieuw\u00a0dossier (Ctrl+N).",
)
PLACEHOLDER_CHOOSE = QT_TRANSLATE_NOOP(
    "MainWindow",
    "Kies links een dossier om het te openen,\n"
    "of maak een nieuw dossier met Bestand\u00a0›\u00a0Nieuw\u00a0dossier (Ctrl+N).",
)
NO_DOSSIERS_YET = QT_TRANSLATE_NOOP("MainWindow", "Er zijn nog geen dossiers.")
CHOOSE_TO_VIEW = QT_TRANSLATE_NOOP("MainWindow", "Kies links een dossier om het te bekijken.")
READER_WAY = QT_TRANSLATE_NOOP(
    "MainWindow",
    "U werkt als lezer: dossiers maken en wijzigen doet een behandelaar. Bent u dat, kies dan "
    "uzelf met Bestand\u00a0›\u00a0Gebruiker\u00a0wisselen…, of vraag de functioneel beheerder "
    "om die rol.",
)
"""Where a person who may not edit goes next, instead of a shortcut they cannot use."""
STEP_ACTIONS = (
    (QT_TRANSLATE_NOOP("MainWindow", "Volgende stap"), 1, "Ctrl+PgDown"),
    (QT_TRANSLATE_NOOP("MainWindow", "Vorige stap"), -1, "Ctrl+PgUp"),
)
"""The Bewerken menu's way through the dossier's steps: text, steps, key (and the
platform's next or previous child key)."""


class MainWindow(QMainWindow):
    """Signals: `started` once start-up is over (the precedent indexes warm, or not)."""

    started = Signal()
    progress_told = Signal(str, int, int)
    """(what, done, of): how far work before the database opens is (the demo dossiers);
    may be emitted from a worker thread."""

    def __init__(self, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self.progress_told.connect(self._on_progress_told)  # queued when from a worker
        self._settings = settings
        self._workspace: Workspace | None = None
        self._list_pane: DossierListPane | None = None
        self._editor: DossierEditor | None = None
        self._model: DossierListModel | None = None
        self._ahead: ListAhead | None = None
        """The process reading the first page (`show_first_rows`), stopped at shutdown."""
        self._ahead_unused = False
        self._background = TaskRunner(self)
        """The window's own work off the GUI thread, in turn: reading the first rows,
        loading the editor's code, building the precedent indexes."""
        self._exports: ExportActions | None = None
        """The export actions, built on first use: QtPdf and reportlab can wait."""
        self._conference: ConferenceWindow | None = None
        self._way_back: WayBack | None = None
        self._step_actions: list[QAction] = []
        """Volgende stap, Vorige stap: through the dossier's tabs by keyboard."""
        """"Terug naar MW-…" after following a precedent; made with the editor."""
        """The casuïstiekoverleg window, built on first use."""
        self._colleagues: ColleagueChanges | None = None
        """What colleagues change, watched from the last start-up step on."""
        self._shut_down = False
        self._count: int | None = None
        self._people: PeopleActions | None = None
        """The question who works here and the users dialog, built on first use."""
        self._briefcase: BriefcaseActions | None = None
        self._synced_at: datetime | None = None
        """When the briefcase this program works in was last synchronised (this run)."""
        self._asking_user = False
        """The editor waits until the first start has asked who works here."""
        self._keys_to_show: tuple[Unlocked, ...] = ()
        """Recovery keys of keys new to the user, shown before anything is asked."""
        self._chosen_early: str | None = None
        """A dossier chosen among the first rows, before the database was open."""
        self._drafts_offered = False
        """Autosaved drafts are offered back once, when the editor is first needed."""
        self._may_edit = self._may_manage_users = self._may_manage_organisation = False

        self.ui.action_redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self._database_label = QLabel(self.tr(PLACEHOLDER_OPENING))
        self._count_label = QLabel()
        self._user_label = QLabel()
        self._user_label.setContentsMargins(0, 0, 12, 0)  # apart from the count
        self.ui.status_bar.addWidget(self._database_label, 1)
        self.ui.status_bar.addPermanentWidget(self._user_label)
        self.ui.status_bar.addPermanentWidget(self._count_label)
        # Enum properties set by key name through the meta-object, not with `Qt.…` values:
        # see the module docstring.
        self._database_label.setProperty("textInteractionFlags", "TextSelectableByMouse")
        plain_labels(self)  # the status bar names the database and the user
        self.ui.main_toolbar.setProperty("toolButtonStyle", "ToolButtonTextBesideIcon")
        for label in (self.ui.list_placeholder, self.ui.placeholder_label):
            label.setProperty("alignment", "AlignCenter")
        self.ui.list_placeholder.setText(self.tr(PLACEHOLDER_OPENING))
        self.ui.placeholder_label.setText(self.tr(PLACEHOLDER_OPENING))
        self.ui.splitter.setStretchFactor(0, LIST_STRETCH)
        self.ui.splitter.setStretchFactor(1, EDITOR_STRETCH)

        self.ui.action_new.triggered.connect(self._on_action_new_triggered)
        self.ui.action_save.triggered.connect(self._on_action_save_triggered)
        self.ui.action_export_decision.triggered.connect(self._on_action_export_decision_triggered)
        self.ui.action_export_letter.triggered.connect(self._on_action_export_letter_triggered)
        self.ui.action_export_pack.triggered.connect(self._on_action_export_pack_triggered)
        self.ui.action_access_report.triggered.connect(self._on_action_access_report_triggered)
        self.ui.action_conference.triggered.connect(self._on_action_conference_triggered)
        self.ui.action_groups.triggered.connect(self._on_action_groups_triggered)
        self.ui.action_signals.triggered.connect(self._on_action_signals_triggered)
        self.ui.action_intake_queue.triggered.connect(self._on_action_intake_queue_triggered)
        self.ui.action_take_along.triggered.connect(self._on_action_take_along_triggered)
        self.ui.action_sync.triggered.connect(self._on_action_sync_triggered)
        self.ui.action_close.triggered.connect(self._on_action_close_triggered)
        self.ui.action_switch_user.triggered.connect(self._on_action_switch_user_triggered)
        self.ui.action_manage_users.triggered.connect(self._on_action_manage_users_triggered)
        self.ui.action_organisation.triggered.connect(self._on_action_organisation_triggered)
        self.ui.action_quit.triggered.connect(self.close)
        self.ui.action_undo.triggered.connect(self._on_action_undo_triggered)
        self.ui.action_redo.triggered.connect(self._on_action_redo_triggered)
        self.ui.action_find.triggered.connect(self._on_action_find_triggered)
        self.ui.action_about.triggered.connect(self._on_action_about_triggered)

        self._restore_settings()
        self._update_actions()

    # ------------------------------------------------------------------ public API

    @property
    def list_pane(self) -> DossierListPane | None:
        """The dossier list; None until `attach_workspace` (a placeholder stands in)."""
        return self._list_pane

    @property
    def editor(self) -> DossierEditor | None:
        return self._editor

    @property
    def list_model(self) -> DossierListModel | None:
        return self._model

    @Slot(str, int, int)
    def tell_progress(self, what: str, done: int, total: int) -> None:
        """From any thread: how far the demo is, `what` translated here (a signal carries
        plain text, no longer the core's sentence)."""
        from maatwerkdesk.ui.common.vocabulary import shown_sentence  # not for the first rows

        self.progress_told.emit(shown_sentence(what), done, total)

    def _on_progress_told(self, what: str, done: int, total: int) -> None:
        if self._workspace is None:  # the placeholder still says the database is opening
            making = self.tr("Voorbeelddossiers maken — {what}: {done} van {total}")
            self.ui.placeholder_label.setText(
                f"{self.tr(PLACEHOLDER_OPENING)}\n\n"
                + making.format(what=what.lower(), done=done, total=total)
            )

    def show_first_rows(
        self, target: str, then: Callable[[], object], ahead: ListAhead | None = None
    ) -> None:
        """Before the database is open: the list, with its first page read straight from the
        database `target` where that can be done (`first_page_ahead`), while the
        window paints; by the process `ahead` if the app started one for it. `then` runs
        once those rows are painted, or there are none."""
        self._ahead, self._ahead_unused = ahead, ahead is not None
        self._read_first_page(target, None, then)

    def _read_first_page(
        self, target: str, query: DossierQuery | None, then: Callable[[], object]
    ) -> None:
        """Read the first page of `query` (None: the list's own order) on the worker."""
        ahead = self._ahead if self._ahead_unused and query is None else None
        self._ahead_unused = False  # it read the list's own order, once

        def failed(error: BaseException) -> None:
            from maatwerkdesk.services.dossier_query import DossierQuery

            # Only the head start is lost: the list waits for the database, as it can.
            log.warning("First rows not read ahead of the database (%s)", type(error).__name__)
            if ahead is not None:
                ahead.close()
            self._on_first_page_read(target, then, None, (query or DossierQuery(), None))

        self._background.run(
            partial(_read_ahead, target, query, ahead),
            partial(self._on_first_page_read, target, then, ahead),
            failed,
        )

    def _on_first_page_read(
        self,
        target: str,
        then: Callable[[], object],
        ahead: ListAhead | None,
        read: tuple[DossierQuery, list[DossierSummary] | None],
    ) -> None:
        from maatwerkdesk.services.dossier_query import count_ahead

        query, rows = read
        model = self._build_list() if self._model is None else self._model
        if model.query() != query:  # last sorted otherwise: read the page in that order
            if ahead is not None:
                ahead.close()
            self._read_first_page(target, model.query(), then)
            return
        if rows is not None:
            model.show_preview(rows)
            # Then the rest of the list, counted once the rows are painted: counting reads
            # every dossier, and would take the processor from the painting.
            after_paint(
                partial(
                    self._background.run,
                    ahead.count if ahead is not None else partial(count_ahead, target, query),
                    self._on_first_page_counted,
                    lambda error: log.warning("Dossiers not counted ahead: %r", error),
                )
            )
        after_paint(then)

    def _on_first_page_counted(self, count: int | None) -> None:
        if count is not None and self._model is not None:
            self._model.show_preview_count(count)

    def attach_workspace(self, workspace: Workspace, *, identify: bool = False) -> None:
        """Complete the window once the database is open: the list first, then the editor.

        `identify`: work as the user chosen earlier on this workstation, or ask who works
        here once the first rows are shown, after showing the recovery key of a key the
        opening made (`workspace.keys_to_show`). On a team database whose login is a user,
        that user works here: nobody is asked. Without it (tests) `workspace.user` stays as
        given and no recovery key is shown.
        """
        from PySide6.QtCore import Qt

        from maatwerkdesk.ui.common.origin import ORIGIN
        from maatwerkdesk.ui.people.workstation import remembered_user

        self._workspace = workspace
        if identify:
            self._keys_to_show = workspace.keys_to_show
        if identify and workspace.login is None:
            workspace.user = remembered_user(workspace, self._settings)
            self._asking_user = workspace.user is None
        self._show_user()
        if workspace.briefcase_of is not None:
            self._count_waiting()
            self._briefcase_actions().synchronise_automatically()
        else:
            one_line(
                self._database_label,
                self.tr("Database: {}").format(workspace.database.describe()),
            )
        model = self._build_list() if self._model is None else self._model
        # The editor is big; build it once the list's own rows are in, not before.
        model.reloaded.connect(
            self._on_list_model_first_reloaded, Qt.ConnectionType.SingleShotConnection
        )
        model.attach_workspace(workspace, context=lambda: workspace.context(ORIGIN))
        assert self._list_pane is not None  # made with the list
        self._list_pane.bsn_lookup = self._look_up_bsn
        self._update_actions()

    def _look_up_bsn(self, bsn: str) -> bool:
        """Record a search of the list by BSN in the audit trail (whose dossiers were
        looked up), before the list shows them; False when that could not be done."""
        from maatwerkdesk.services import dossiers
        from maatwerkdesk.ui.common.origin import ORIGIN
        from maatwerkdesk.ui.common.service_calls import ServiceCaller

        workspace = self._workspace
        assert workspace is not None  # the list searches once the database is open
        calls = ServiceCaller(self, workspace, lambda: self.ensure_editor().dialogs)
        context = workspace.context(ORIGIN)
        found = calls.run(
            self.tr("Zoeken op BSN"), lambda s: dossiers.record_bsn_search(s, context, bsn)
        )
        return found is not None

    @Slot()
    def bring_forward(self) -> None:
        """Another start on this profile asked for this window: show it, on top, as it was
        before it was minimised."""
        from PySide6.QtCore import Qt

        self.setWindowState(self.windowState() & ~Qt.WindowState.WindowMinimized)
        self.show()
        self.raise_()
        self.activateWindow()

    def shutdown(self) -> None:
        """Stop background work before the database closes."""
        self._shut_down = True  # a start-up step still due starts nothing more
        if self._ahead is not None:
            self._ahead.close()  # a worker waiting for its answer stops waiting
        self._background.shutdown()
        if self._colleagues is not None:
            self._colleagues.shutdown()
        if self._exports is not None:
            self._exports.shutdown()
        if self._briefcase is not None:
            self._briefcase.shutdown()
        if self._conference is not None:
            self._conference.shutdown()
        if self._model is not None:
            self._model.shutdown()
        if self._editor is not None:
            self._editor.remove_viewing_copies()

    def ensure_editor(self) -> DossierEditor:
        """The editor, built on first need; offers autosaved drafts back when it is new."""
        editor = self._build_editor() if self._editor is None else self._editor
        if not self._drafts_offered:
            self._drafts_offered = True
            if editor.restore_drafts():
                self._show_editor(select=editor.current_dossier_id())
            if self._chosen_early is not None:
                QTimer.singleShot(0, partial(self._on_list_pane_dossier_chosen, self._chosen_early))
                self._chosen_early = None
        return editor

    # ------------------------------------------------------------------ slots

    @Slot()
    def _on_action_new_triggered(self) -> None:
        if self._workspace is not None and self.ensure_editor().new_dossier():
            self._show_editor(select=None)

    @Slot()
    def _on_action_save_triggered(self) -> None:
        if self._editor is not None:
            self._editor.save()

    @Slot()
    def _on_action_export_decision_triggered(self) -> None:
        if self._editor_shown() and self._editor is not None:
            self._export_actions().preview_decision(self._editor)

    @Slot()
    def _on_action_export_letter_triggered(self) -> None:
        if self._editor_shown() and self._editor is not None:
            self._export_actions().preview_letter(self._editor)

    @Slot()
    def _on_action_access_report_triggered(self) -> None:
        """Ask for the citizen's BSN, then show the access report in the PDF preview."""
        if self._workspace is None:
            return
        bsn = self.ensure_editor().dialogs.ask_text(
            self,
            self.tr("Inzageoverzicht (AVG art. 15)"),
            self.tr("BSN van de burger die om inzage vraagt (het overzicht noemt het BSN niet):"),
            max_length=20,
        )
        if bsn:
            self._export_actions().preview_access_report(bsn)

    @Slot()
    def _on_action_export_pack_triggered(self) -> None:
        if self._workspace is not None:
            self._export_actions().open_pack_dialog()

    @Slot()
    def _on_action_conference_triggered(self) -> None:
        if self._workspace is None:
            return
        if self._conference is None:
            from maatwerkdesk.ui.conference import ConferenceWindow

            self._conference = ConferenceWindow(self._workspace, self._settings, self)
            # A signed decision makes its dossier Besloten: the list shows it.
            self._conference.decided.connect(
                lambda _id: self._select_in_list(self._shown_dossier_id(), refresh=True)
            )
        self._conference.show()
        self._conference.raise_()
        self._conference.activateWindow()

    @Slot()
    def _on_action_groups_triggered(self) -> None:
        self.open_groups(None)

    def open_groups(self, group_id: str | None) -> None:
        """The groups window, with the group `group_id` chosen (or the first)."""
        if self._workspace is None:
            return
        from PySide6.QtCore import Qt  # not before the window is shown: see the docstring

        from maatwerkdesk.ui.common.service_calls import ServiceCaller
        from maatwerkdesk.ui.groups.groups_dialog import GroupsDialog

        calls = ServiceCaller(self, self._workspace, lambda: self.ensure_editor().dialogs)
        dialog = GroupsDialog(
            calls,
            open_dossier=self._shown_dossier_id,
            show_dossier=lambda dossier_id: self._select_in_list(dossier_id),
            select=group_id,
            parent=self,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    @Slot()
    def _on_action_signals_triggered(self) -> None:
        """The knelpuntsignalen window; a dossier of a signal opens here."""
        if self._workspace is None:
            return
        from PySide6.QtCore import Qt  # not before the window is shown: see open_groups

        from maatwerkdesk.ui.common.service_calls import ServiceCaller
        from maatwerkdesk.ui.signals.signals_dialog import SignalsDialog

        calls = ServiceCaller(self, self._workspace, lambda: self.ensure_editor().dialogs)
        dialog = SignalsDialog(
            calls,
            open_dossier=self._shown_dossier_id,
            show_dossier=lambda dossier_id: self._select_in_list(dossier_id),
            parent=self,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def _on_action_intake_queue_triggered(self) -> None:
        """The queue Mogelijk maatwerk; a dossier opened from it shows in the editor."""
        if self._workspace is None:
            return
        from PySide6.QtCore import Qt  # not before the window is shown: see the docstring

        from maatwerkdesk.ui.common.service_calls import ServiceCaller
        from maatwerkdesk.ui.intake.queue_dialog import IntakeQueueDialog

        calls = ServiceCaller(self, self._workspace, lambda: self.ensure_editor().dialogs)
        dialog = IntakeQueueDialog(calls, show_dossier=self._open_from_queue, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()

    def _open_from_queue(self, dossier_id: str) -> None:
        if self._open_dossier(dossier_id):
            self.raise_()
            self.activateWindow()

    @Slot()
    def _on_action_close_triggered(self) -> None:
        if self._editor is None or not self._editor.maybe_save():
            return
        self._select_in_list(None)
        self.ui.editor_stack.setCurrentWidget(self.ui.placeholder_page)
        self._update_placeholder()
        self._update_actions()

    @Slot()
    def _on_action_switch_user_triggered(self) -> None:
        # Unsaved work is saved, or not, as the user who typed it.
        if self._workspace is None or (self._editor is not None and not self._editor.maybe_save()):
            return
        self._people_actions().ask(first_start=False)

    @Slot()
    def _on_action_manage_users_triggered(self) -> None:
        if self._workspace is not None:
            self._people_actions().manage()

    @Slot()
    def _on_action_organisation_triggered(self) -> None:
        if self._workspace is not None:
            self._people_actions().organisation()

    @Slot()
    def _on_people_user_changed(self) -> None:
        self._asking_user = False
        self._show_user()
        self.ensure_editor()
        if self._conference is not None and self._conference.isVisible():
            self._conference.refresh()  # it says who works and offers what they may do

    @Slot()
    def _on_action_undo_triggered(self) -> None:
        if self._editor is not None:
            self._editor.undo()

    @Slot()
    def _on_action_redo_triggered(self) -> None:
        if self._editor is not None:
            self._editor.redo()

    @Slot()
    def _on_action_find_triggered(self) -> None:
        if self._list_pane is not None:
            self._list_pane.focus_search()

    @Slot()
    def _on_action_about_triggered(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        where = ""
        if self._workspace is not None:
            where = self.tr("<p>Database: {}<br>Logboek: {}</p>").format(
                escaped(self._workspace.database.describe()),
                escaped(str(self._workspace.paths.log_file)),
            )
        QMessageBox.about(
            self,
            self.tr("Over {}").format(APP_NAME),
            self.tr(
                "<h3>{name} {version}</h3>"
                "<p>Maatwerkbesluiten vastleggen, toetsen en motiveren: zichtbaar maken waar "
                "maatwerk ophoudt en willekeur begint.</p>"
            ).format(name=APP_NAME, version=__version__)
            + where,
        )

    @Slot()
    def _on_list_model_first_reloaded(self) -> None:
        # The editor's code is loaded on a worker thread: importing it would hold up the
        # GUI thread for longer than anything else at start-up.
        self._background.run(_load_editor_modules, self._on_editor_modules_loaded)

    def _on_editor_modules_loaded(self, _: object) -> None:
        if self._keys_to_show:  # before anything is asked: it is not shown again
            from maatwerkdesk.ui.recovery_key_dialog import show_recovery_keys

            keys, self._keys_to_show = self._keys_to_show, ()
            show_recovery_keys(keys, self, then=partial(self._on_editor_modules_loaded, None))
            return
        # What the editor allows depends on who works here. Building it and offering
        # drafts back (a database read) are two turns of the event loop, not one.
        if self._asking_user:
            self._people_actions().ask(first_start=True)
        else:
            self._build_editor()
            after_paint(self.ensure_editor)
        after_paint(self._warm_case_bases)
        after_paint(self._watch_colleagues)

    @Slot(str)
    def _on_list_pane_dossier_chosen(self, dossier_id: str) -> None:
        if self._workspace is None:  # chosen among the first rows: opened with the editor
            self._chosen_early = dossier_id
            return
        self._chosen_early = None  # this choice comes later
        if self._open_dossier(dossier_id) and self._way_back is not None:
            self._way_back.clear()  # a dossier chosen in the list starts a new trail

    @Slot(str)
    def _on_editor_dossier_requested(self, dossier_id: str) -> None:
        """An earlier decision opened from a tab: the dossier left is kept as the way back."""
        editor = self.ensure_editor()
        left, reference = editor.current_dossier_id(), editor.current_reference()
        if self._open_dossier(dossier_id) and left is not None and reference is not None:
            assert self._way_back is not None  # made with the editor
            self._way_back.followed(left, reference)

    @Slot(str)
    def _open_dossier(self, dossier_id: str) -> bool:
        """Show `dossier_id` in the editor, after asking about unsaved work; whether it
        is shown now."""
        editor = self.ensure_editor()
        if dossier_id == editor.current_dossier_id() and self._editor_shown():
            return False
        if not editor.maybe_save():  # "Annuleren": stay on the dossier being edited
            self._select_in_list(self._shown_dossier_id())
            return False
        if editor.open_dossier(dossier_id):
            self._show_editor(select=dossier_id)
            return True
        # gone in the meantime, or not readable: show what is there now
        self._select_in_list(self._shown_dossier_id(), refresh=True)
        return False

    @Slot(int)
    def _on_list_pane_count_changed(self, count: int) -> None:
        self._count = count
        self._count_label.setText(format_count(count))
        self._update_placeholder()

    @Slot(str)
    def _on_editor_saved(self, dossier_id: str) -> None:
        self._select_in_list(dossier_id, refresh=True)
        self._update_actions()  # a new dossier can be exported once it is saved
        if self._workspace is not None and self._workspace.briefcase_of is not None:
            self._count_waiting()

    @Slot(bool)
    def _on_editor_modified_changed(self, modified: bool) -> None:
        self.setWindowModified(modified)
        self._update_actions()

    # ------------------------------------------------------------------ events

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._editor is not None and not self._editor.maybe_save():
            event.ignore()
            return
        self._save_settings()
        self.shutdown()
        event.accept()

    # ------------------------------------------------------------------ helpers

    def _build_editor(self) -> DossierEditor:
        assert self._workspace is not None, "the editor needs an open database"
        from maatwerkdesk.ui.dossier_editor import DossierEditor

        editor = self._editor = DossierEditor(self._workspace, self)
        editor.saved.connect(self._on_editor_saved)
        editor.modified_changed.connect(self._on_editor_modified_changed)
        editor.dossier_requested.connect(self._on_editor_dossier_requested)
        editor.group_requested.connect(self.open_groups)
        editor.loket_summary_requested.connect(
            lambda dossier_id, sharing_id: self._export_actions().preview_summary(
                dossier_id, sharing_id
            )
        )
        from maatwerkdesk.ui.way_back import WayBack

        self._way_back = WayBack(self, self.ui.menu_edit, self.ui.main_toolbar)
        self._way_back.requested.connect(self._open_dossier)
        self._add_step_keys(editor)
        self.ui.editor_stack.addWidget(editor)
        self._show_user()
        return editor

    def _add_step_keys(self, editor: DossierEditor) -> None:
        """ "Volgende stap" and "Vorige stap" in the Bewerken menu, on Ctrl+PgDn and
        Ctrl+PgUp (and the platform's next and previous child keys)."""
        from PySide6.QtGui import QAction, QKeySequence

        platform_keys = (QKeySequence.StandardKey.NextChild, QKeySequence.StandardKey.PreviousChild)
        for (text, steps, key), platform_key in zip(STEP_ACTIONS, platform_keys, strict=True):
            action = QAction(self.tr(text), self)
            action.setShortcuts([QKeySequence(key), *QKeySequence.keyBindings(platform_key)])
            action.triggered.connect(partial(editor.go_to_step, steps))
            self.ui.menu_edit.addAction(action)
            self._step_actions.append(action)

    def _build_list(self) -> DossierListModel:
        """The list pane in the placeholder's place, with a model still without database."""
        from PySide6.QtCore import Qt

        from maatwerkdesk.ui.dossier_list.model import DossierListModel
        from maatwerkdesk.ui.dossier_list.pane import DossierListPane

        pane = self._list_pane = DossierListPane()
        pane.setObjectName("list_pane")
        # Queued: the editor may ask a question, which must not run inside the
        # view's mouse handling.
        pane.dossier_chosen.connect(
            self._on_list_pane_dossier_chosen, Qt.ConnectionType.QueuedConnection
        )
        pane.count_changed.connect(self._on_list_pane_count_changed)
        header = self._settings.value("dossier_list/header")
        if header is not None:
            pane.restore_header_state(header)
        # Takes the placeholder's place and size; the stretch factor belongs to the widget.
        self.ui.splitter.replaceWidget(0, pane)
        self.ui.splitter.setStretchFactor(0, LIST_STRETCH)
        self.ui.list_placeholder.deleteLater()
        model = self._model = DossierListModel(None, self)
        pane.attach(model)
        return model

    def _count_waiting(self) -> None:
        """Offline in the laptop's briefcase: say so, and how many dossiers hold changes
        the team database has not seen (counted in the background)."""
        from maatwerkdesk.services.sync import pending_changes
        from maatwerkdesk.ui.briefcase.status import offline_text

        workspace = self._workspace
        assert workspace is not None and workspace.briefcase_of is not None
        server, synced_at = workspace.briefcase_of, self._synced_at
        label = self._database_label
        one_line(label, offline_text(None, server, synced_at))
        self._background.run(
            partial(pending_changes, workspace.database),
            lambda waiting: one_line(label, offline_text(waiting, server, synced_at)),
            lambda error: log.warning("Changes waiting not counted (%s)", type(error).__name__),
        )

    def _warm_case_bases(self) -> None:
        """Build the precedent indexes in the background, the editor being on screen."""
        assert self._workspace is not None
        self._background.run(
            partial(_warm_case_bases, self._workspace),
            self._on_case_bases_warm,
            self._on_case_bases_not_warm,
        )

    def _on_case_bases_warm(self, indexed: int) -> None:
        log.info("Precedent index ready (%d decided cases)", indexed)
        self.started.emit()

    def _on_case_bases_not_warm(self, error: BaseException) -> None:
        log.warning("Precedent index not built at start (%s)", type(error).__name__)
        self.started.emit()

    def _watch_colleagues(self) -> None:
        """Show what colleagues change, without a restart (the last start-up step)."""
        from maatwerkdesk.ui.colleague_changes import ColleagueChanges

        assert self._workspace is not None
        if self._shut_down:
            return
        watcher = self._colleagues = ColleagueChanges(self._workspace, self)
        watcher.changed.connect(self._on_colleagues_changed)
        watcher.start()

    @Slot(object)
    def _on_colleagues_changed(self, changes: tuple[Change, ...]) -> None:
        from maatwerkdesk.services.dossiers import DOSSIER_OBJECTS
        from maatwerkdesk.ui.colleague_changes import by_others

        assert self._workspace is not None
        theirs = by_others(changes, self._workspace)
        if not theirs:
            return
        if self._list_pane is not None and any(c.object_type in DOSSIER_OBJECTS for c in theirs):
            self._list_pane.refresh()
        if self._editor is not None:
            self._editor.show_colleague_changes(theirs)
        if self._conference is not None:
            self._conference.show_colleague_changes(theirs)

    def _export_actions(self) -> ExportActions:
        if self._exports is None:
            assert self._workspace is not None, "exports need an open database"
            from maatwerkdesk.ui.export import ExportActions

            self._exports = ExportActions(self, self._workspace, self._settings)
        return self._exports

    def _briefcase_actions(self) -> BriefcaseActions:
        if self._briefcase is None:
            assert self._workspace is not None, "a briefcase belongs to a team database"
            from maatwerkdesk.ui.briefcase.actions import BriefcaseActions

            self._briefcase = BriefcaseActions(self, self._workspace)
            self._briefcase.changed.connect(self._on_briefcase_changed)
            self._briefcase.synchronised.connect(self._on_briefcase_synchronised)
            self._briefcase.told.connect(self._on_briefcase_told)
        return self._briefcase

    @Slot()
    def _on_action_take_along_triggered(self) -> None:
        self._briefcase_actions().take_along()

    @Slot()
    def _on_action_sync_triggered(self) -> None:
        self._briefcase_actions().synchronise()

    @Slot()
    def _on_briefcase_changed(self) -> None:
        self._select_in_list(self._shown_dossier_id(), refresh=True)
        self._update_actions()

    @Slot(str)
    def _on_briefcase_synchronised(self, summary: str) -> None:
        self._synced_at = datetime.now()
        if summary:
            self.ui.status_bar.showMessage(summary, STATUS_MESSAGE_MS)
        if self._workspace is not None and self._workspace.briefcase_of is not None:
            self._count_waiting()

    @Slot(str)
    def _on_briefcase_told(self, sentence: str) -> None:
        self.ui.status_bar.showMessage(sentence, STATUS_MESSAGE_MS)

    def _people_actions(self) -> PeopleActions:
        if self._people is None:
            assert self._workspace is not None, "users live in the database"
            from maatwerkdesk.ui.people.actions import PeopleActions

            self._people = PeopleActions(self, self._workspace, self._settings)
            self._people.user_changed.connect(self._on_people_user_changed)
        return self._people

    def _show_user(self) -> None:
        """The user in the status bar; what they may do in the actions and the editor."""
        from maatwerkdesk.domain.people import Permission
        from maatwerkdesk.ui.people.workstation import acting_user, show_rights, status_text

        assert self._workspace is not None
        user = acting_user(self._workspace)
        self._may_edit = user.may(Permission.EDIT_DOSSIER)
        self._may_manage_users = user.may(Permission.MANAGE_USERS)
        self._may_manage_organisation = user.may(Permission.MANAGE_ORGANISATION)
        one_line(self._user_label, status_text(self._workspace))
        if self._editor is not None:
            show_rights(self._editor, user)
        self._update_actions()
        self._update_placeholder()

    def _editor_shown(self) -> bool:
        return self._shown_editor() is not None

    def _shown_editor(self) -> DossierEditor | None:
        """The editor when it is the page shown (not the placeholder)."""
        editor = self._editor
        return (
            editor
            if editor is not None and self.ui.editor_stack.currentWidget() is editor
            else None
        )

    def _shown_dossier_id(self) -> str | None:
        editor = self._shown_editor()
        return editor.current_dossier_id() if editor is not None else None

    def _show_editor(self, *, select: str | None) -> None:
        assert self._editor is not None
        self.ui.editor_stack.setCurrentWidget(self._editor)
        self._select_in_list(select)
        self.setWindowModified(self._editor.is_modified())
        self._update_actions()

    def _select_in_list(self, dossier_id: str | None, *, refresh: bool = False) -> None:
        if self._list_pane is None:  # the list comes with the database
            return
        self._list_pane.select_dossier(dossier_id)
        if refresh:
            self._list_pane.refresh()

    def _update_placeholder(self) -> None:
        if self._workspace is None:
            text = self.tr(PLACEHOLDER_OPENING)
        elif self._count == 0 and self._model is not None and not self._model.is_filtered():
            text = self._for_reader(NO_DOSSIERS_YET, otherwise=PLACEHOLDER_EMPTY)
        else:
            text = self._for_reader(CHOOSE_TO_VIEW, otherwise=PLACEHOLDER_CHOOSE)
        self.ui.placeholder_label.setText(text)

    def _for_reader(self, sentence: str, *, otherwise: str) -> str:
        """`sentence` and where a reader goes next, for a person who may not edit; for
        one who may, `otherwise` (which names the way to a new dossier)."""
        if self._may_edit:
            return self.tr(otherwise)
        return f"{self.tr(sentence)}\n\n{self.tr(READER_WAY)}"

    def _update_actions(self) -> None:
        ready = self._workspace is not None
        editor = self._shown_editor()
        shown = editor is not None
        self.ui.action_new.setEnabled(ready and self._may_edit)
        self.ui.action_find.setEnabled(ready)
        self.ui.action_export_pack.setEnabled(ready)
        self.ui.action_conference.setEnabled(ready)
        self.ui.action_groups.setEnabled(ready)
        self.ui.action_signals.setEnabled(ready)
        self.ui.action_intake_queue.setEnabled(ready)
        self.ui.action_access_report.setEnabled(ready)
        saved = editor is not None and editor.current_dossier_id() is not None
        self.ui.action_export_decision.setEnabled(saved)
        self.ui.action_export_letter.setEnabled(saved)
        self.ui.action_close.setEnabled(shown)
        self.ui.action_undo.setEnabled(shown)
        self.ui.action_redo.setEnabled(shown)
        self.ui.action_save.setEnabled(
            editor is not None and self._may_edit and editor.is_modified()
        )
        # On a team database the login is who works here: no one to switch to.
        chosen = self._workspace is not None and self._workspace.login is None
        self.ui.action_switch_user.setEnabled(chosen)
        self.ui.action_manage_users.setEnabled(ready and self._may_manage_users)
        self.ui.action_organisation.setEnabled(ready and self._may_manage_organisation)
        workspace = self._workspace
        team = workspace is not None and not workspace.database.is_sqlite
        offline = workspace is not None and workspace.briefcase_of is not None
        briefcase = workspace is not None and workspace.paths.briefcase.exists()
        self.ui.action_take_along.setEnabled(team and self._may_edit)
        self.ui.action_sync.setEnabled(offline or (team and briefcase))

    def _restore_settings(self) -> None:
        self.resize(1280, 800)  # the first time; fitted to the screen, as it is then
        restore_geometry(self, self._settings, GEOMETRY_KEY)
        state = self._settings.value("main_window/state")
        if state is not None:
            self.restoreState(state)
        splitter = self._settings.value("main_window/splitter")
        if splitter is None or not self.ui.splitter.restoreState(splitter):
            total = LIST_STRETCH + EDITOR_STRETCH
            width = self.width()
            self.ui.splitter.setSizes(
                [width * LIST_STRETCH // total, width * EDITOR_STRETCH // total]
            )
        # The list's column layout ("dossier_list/header") is applied in attach_workspace.

    def _save_settings(self) -> None:
        save_geometry(self, self._settings, GEOMETRY_KEY)
        self._settings.setValue("main_window/state", self.saveState())
        self._settings.setValue("main_window/splitter", self.ui.splitter.saveState())
        if self._list_pane is not None:
            self._settings.setValue("dossier_list/header", self._list_pane.header_state())
        self._settings.sync()


def _load_editor_modules() -> None:
    """Import the editor's code (on a worker thread; the editor is built on the GUI thread)."""
    import maatwerkdesk.ui.dossier_editor  # noqa: F401


def _read_ahead(
    target: str, query: DossierQuery | None, ahead: ListAhead | None
) -> tuple[DossierQuery, list[DossierSummary] | None]:
    """On a worker thread: `query` (None: the list's own order) and its first page from the
    database file `target`, or as the process `ahead` read it; the list's code is imported
    here too, so that the GUI thread only builds its widgets."""
    import maatwerkdesk.ui.dossier_list.model
    import maatwerkdesk.ui.dossier_list.pane  # noqa: F401
    from maatwerkdesk.services.dossier_query import PAGE_SIZE, DossierQuery, first_page_ahead

    query = query or DossierQuery()
    if ahead is not None:
        return query, ahead.page()
    return query, first_page_ahead(target, query, PAGE_SIZE)


def _warm_case_bases(workspace: Workspace) -> int:
    """Read the precedent indexes (on a worker thread, which also imports their code:
    numpy among it, which would hold up the GUI thread for a few hundred milliseconds)."""
    from maatwerkdesk.services.case_base_store import warm_case_bases

    return warm_case_bases(workspace.reading, date.today())


def after_paint(callback: Callable[[], object]) -> None:
    """Run `callback` once what has changed on screen is painted: in each turn of its
    event loop Qt runs due zero-timers before it paints, so the second of two comes after."""
    QTimer.singleShot(0, lambda: QTimer.singleShot(0, callback))
