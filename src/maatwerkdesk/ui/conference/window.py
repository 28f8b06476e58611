"""Casuïstiekoverleg: the meetings, the chosen meeting's agenda and attendance, its minutes.

Every change (an agenda item added, moved or timed, a tick in the attendance) is stored at
once in its own transaction, as the services check who may make it; the controls a role
may not use are disabled, with a tooltip that says who may.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from functools import partial

from PySide6.QtCore import QEvent, QSettings, Qt, Signal, Slot
from PySide6.QtGui import QGuiApplication, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QListWidgetItem,
    QSpinBox,
    QTreeWidgetItem,
    QWidget,
)

from maatwerkdesk.domain.conference import (
    DEFAULT_MINUTES,
    MAX_MINUTES,
    MIN_MINUTES,
    Meeting,
    MeetingStatus,
)
from maatwerkdesk.domain.people import Permission, User
from maatwerkdesk.services import meetings, users
from maatwerkdesk.services.changes import Change
from maatwerkdesk.services.conference_review import MeetingView, meeting_view
from maatwerkdesk.services.exports import Export
from maatwerkdesk.services.meetings import PlannedItem
from maatwerkdesk.services.unit_of_work import Session
from maatwerkdesk.services.workspace import Workspace
from maatwerkdesk.ui import theme
from maatwerkdesk.ui.common.dialogs import Dialogs
from maatwerkdesk.ui.common.geometry import restore_geometry, save_geometry
from maatwerkdesk.ui.common.plain_text import allow_long_words, plain_labels, tooltip
from maatwerkdesk.ui.common.service_calls import ServiceCaller
from maatwerkdesk.ui.common.tasks import TaskRunner
from maatwerkdesk.ui.common.vocabulary import shown_label
from maatwerkdesk.ui.conference.plan_dialog import PlanDialog
from maatwerkdesk.ui.conference.presentation import (
    duration_text,
    item_state,
    long_date,
    meeting_heading,
    member_text,
    who_acts,
)
from maatwerkdesk.ui.conference.review import ReviewDialog
from maatwerkdesk.ui.conference.signing_key import SigningKeyDialog
from maatwerkdesk.ui.export.building import minutes_export, ter_bespreking
from maatwerkdesk.ui.export.preview import PdfPreviewDialog
from maatwerkdesk.ui.forms.ui_conference_window import Ui_ConferenceWindow
from maatwerkdesk.ui.translation import QT_TRANSLATE_NOOP

ID_ROLE = Qt.ItemDataRole.UserRole
TIME_COLUMN = 3
GEOMETRY_KEY = "conference/geometry"
# The window's texts kept as constants, marked for translation (context "ConferenceWindow",
# as its self.tr() calls) and translated where they are shown.
ONLY_PLANNERS = QT_TRANSLATE_NOOP(
    "ConferenceWindow", "Alleen de voorzitter of de secretaris stelt de agenda samen."
)
ONLY_RECORDERS = QT_TRANSLATE_NOOP(
    "ConferenceWindow", "Alleen de voorzitter of de secretaris legt het verslag vast."
)
ATTENDANCE_ON_THE_DAY = QT_TRANSLATE_NOOP(
    "ConferenceWindow",
    "Dit zijn de genodigden. Wie aanwezig is, houdt u bij op de dag van het overleg.",
)
NO_MEETING = QT_TRANSLATE_NOOP(
    "ConferenceWindow", "Kies hierboven een overleg, of plan er een met ‘Nieuw overleg…’."
)


class ConferenceWindow(QDialog):
    """Signal: `decided(dossier_id)` once a decision was signed here (the list may refresh)."""

    decided = Signal(str)

    def __init__(
        self, workspace: Workspace, settings: QSettings, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_ConferenceWindow()
        self.ui.setupUi(self)
        self.setWindowFlags(Qt.WindowType.Window)
        self.dialogs = Dialogs()
        """Message boxes; tests replace this with a scripted fake."""
        self._calls = ServiceCaller(self, workspace, lambda: self.dialogs)
        self._workspace = workspace
        self._settings = settings
        self._runner = TaskRunner(self)
        self._view: MeetingView | None = None
        self._building = False
        self._shown_user = ""
        """The user whose rights the controls show."""
        self.plan_dialog: PlanDialog | None = None
        self.key_dialog: SigningKeyDialog | None = None
        self.review_dialog: ReviewDialog | None = None
        self.preview: PdfPreviewDialog | None = None

        self.ui.button_box.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Sluiten"))
        plain_labels(self)
        allow_long_words(self.ui.meeting_label, self.ui.user_label)  # place and names
        self.ui.meeting_label.setStyleSheet("QLabel { font-size: 12pt; font-weight: bold; }")
        self.ui.candidates_hint_label.setStyleSheet(theme.muted_label())
        self.ui.main_splitter.setStretchFactor(0, 1)
        self.ui.main_splitter.setStretchFactor(1, 3)
        for tree, stretch in ((self.ui.meeting_tree, 4), (self.ui.agenda_tree, 2)):
            header = tree.header()
            header.setStretchLastSection(False)
            header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
            header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
        self.ui.agenda_tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)

        self.ui.meeting_tree.currentItemChanged.connect(self._on_meeting_chosen)
        self.ui.new_button.clicked.connect(self.plan_meeting)
        self.ui.key_button.clicked.connect(self.open_signing_key)
        self.ui.agenda_tree.currentItemChanged.connect(self._update_buttons)
        self.ui.agenda_tree.itemActivated.connect(self._on_agenda_item_activated)
        self.ui.review_button.clicked.connect(self._on_review_clicked)
        self.ui.up_button.clicked.connect(partial(self._move, -1))
        self.ui.down_button.clicked.connect(partial(self._move, 1))
        self.ui.remove_button.clicked.connect(self._on_remove_clicked)
        self.ui.candidate_list.itemSelectionChanged.connect(self._update_buttons)
        # Queued where the handler rebuilds the list that sent the signal.
        self.ui.candidate_list.itemActivated.connect(
            self._on_add_clicked, Qt.ConnectionType.QueuedConnection
        )
        self.ui.add_button.clicked.connect(self._on_add_clicked)
        self.ui.attendance_list.itemChanged.connect(
            self._on_attendance_changed, Qt.ConnectionType.QueuedConnection
        )
        self.ui.close_meeting_button.clicked.connect(self._on_close_meeting_clicked)
        self.ui.minutes_button.clicked.connect(self.make_minutes)
        self.ui.button_box.rejected.connect(self.reject)
        restore_geometry(self, self._settings, GEOMETRY_KEY)

    # ------------------------------------------------------------------ public API

    def refresh(self, select: str | None = None) -> None:
        """Read the meetings again; keep (or choose) the selected one."""
        found = self._calls.run(self.tr("Overleggen"), meetings.list_meetings)
        user = self._user()
        self._shown_user = user.id
        self.ui.user_label.setText(who_acts(user))
        self.ui.key_button.setVisible(user.may(Permission.SIGN))
        _enable(self.ui.new_button, user.may(Permission.PLAN_MEETING), self.tr(ONLY_PLANNERS))
        if found is None:
            return
        current = select or self._meeting_id()
        tree = self.ui.meeting_tree
        tree.blockSignals(True)
        tree.clear()
        chosen = None
        for summary in found:
            row = QTreeWidgetItem(
                [
                    summary.reference,
                    long_date(summary.held_on),
                    summary.chair,
                    str(summary.items),
                    shown_label(summary.status),
                ]
            )
            row.setData(0, ID_ROLE, summary.id)
            tree.addTopLevelItem(row)
            if summary.id == current:
                chosen = row
        tree.blockSignals(False)
        if chosen is None and tree.topLevelItemCount():
            chosen = tree.topLevelItem(0)
        tree.setCurrentItem(chosen)
        self._show_meeting()

    @Slot()
    def plan_meeting(self) -> None:
        """ "Nieuw overleg…": the dialog plans the meeting itself."""
        people = self._calls.run(self.tr("Nieuw overleg"), users.list_users)
        if people is None:
            return
        dialog = self.plan_dialog = PlanDialog(self._calls, people, date.today(), self)
        dialog.planned.connect(self.refresh)
        self._forget_when_done(dialog, "plan_dialog")
        dialog.open()

    @Slot()
    def open_signing_key(self) -> None:
        """ "Mijn ondertekeningssleutel…", for a chair."""
        if self.key_dialog is not None:
            self.key_dialog.raise_()
            return
        dialog = self.key_dialog = SigningKeyDialog(self._calls, self)
        self._forget_when_done(dialog, "key_dialog")
        dialog.open()

    def open_review(self, item_id: str) -> None:
        """The review view of one agenda item (double-click, Enter or "Bespreken…")."""
        if self.review_dialog is not None:
            self.review_dialog.raise_()
            return
        dialog = self.review_dialog = ReviewDialog(self._workspace, item_id, date.today(), self)
        dialog.changed.connect(self._show_meeting)
        dialog.decided.connect(self.decided)
        self._forget_when_done(dialog, "review_dialog")
        dialog.open()

    @Slot()
    def make_minutes(self) -> None:
        """ "Verslag (PDF)…": built on a worker, then the preview to save or print it."""
        meeting_id = self._meeting_id()
        if meeting_id is None or self._building:
            return
        self._building = True
        QGuiApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
        self._update_buttons()
        self._calls.start(
            self._runner,
            self.tr("Verslag"),
            partial(minutes_export, self._workspace, meeting_id, date.today()),
            self._show_minutes,
            on_failed=self._on_minutes_failed,
            what=self.tr("Het verslag is niet gemaakt."),
        )

    def show_colleague_changes(self, changes: Sequence[Change]) -> None:
        """Colleagues changed something (`by_others`): meetings, agendas and the dossiers
        ter bespreking are read again while the window is open, and the open review is told."""
        if self.isVisible():
            self.refresh()
        if self.review_dialog is not None:
            self.review_dialog.show_colleague_changes(changes)

    def shutdown(self) -> None:
        """Stop background work before the database closes (the app is quitting)."""
        self._runner.shutdown()
        if self.review_dialog is not None:
            self.review_dialog.shutdown()

    # ------------------------------------------------------------------ events

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh()

    def event(self, event: QEvent) -> bool:
        # Someone else may have taken the workstation (Gebruiker wisselen…) meanwhile.
        if event.type() == QEvent.Type.WindowActivate and self._user().id != self._shown_user:
            self.refresh()
        return super().event(event)

    def done(self, result: int) -> None:
        save_geometry(self, self._settings, GEOMETRY_KEY)
        super().done(result)

    # ------------------------------------------------------------------ showing

    @Slot()
    def _show_meeting(self) -> None:
        meeting_id = self._meeting_id()
        self._view = None
        if meeting_id is not None:
            self._view = self._calls.read(
                self.tr("Overleg"), lambda s: meeting_view(s, meeting_id, ter_bespreking(s))
            )
        view = self._view
        self.ui.meeting_page.setEnabled(view is not None)
        self.ui.meeting_label.setText(
            meeting_heading(view.meeting) if view else self.tr(NO_MEETING)
        )
        self._show_agenda(view.meeting if view else None)
        self._show_candidates(view)
        self._show_attendance(view.meeting if view else None)
        self._update_buttons()

    def _show_agenda(self, meeting: Meeting | None, select: str | None = None) -> None:
        tree = self.ui.agenda_tree
        current = select or self._agenda_item_id()
        tree.clear()
        if meeting is None:
            self.ui.total_label.clear()
            return
        may_plan = self._user().may(Permission.PLAN_MEETING)
        for item in meeting.agenda:
            row = QTreeWidgetItem(
                [str(item.position), item.reference, item.title, "", item_state(item)]
            )
            row.setData(0, ID_ROLE, item.id)
            row.setData(1, ID_ROLE, item.dossier_id)
            row.setToolTip(2, tooltip(item.title))
            tree.addTopLevelItem(row)
            tree.setItemWidget(row, TIME_COLUMN, self._minutes_spin(item.minutes, may_plan))
            if item.id == current:
                tree.setCurrentItem(row)
        total = duration_text(sum(item.minutes for item in meeting.agenda))
        count = len(meeting.agenda)
        if not count:
            text = self.tr(
                "Nog geen dossiers op de agenda. Zet rechts een dossier ter bespreking op de agenda."
            )
        elif count == 1:
            text = self.tr("1 dossier, samen {}.").format(total)
        else:
            text = self.tr("{count} dossiers, samen {total}.").format(count=count, total=total)
        self.ui.total_label.setText(text)

    def _minutes_spin(self, minutes: int, enabled: bool) -> QSpinBox:
        spin = QSpinBox()
        spin.setRange(MIN_MINUTES, MAX_MINUTES)
        spin.setSingleStep(5)
        spin.setSuffix(self.tr(" min"))
        spin.setValue(minutes)
        spin.setKeyboardTracking(False)
        spin.setAccessibleName(self.tr("Bespreektijd in minuten"))
        _enable(spin, enabled, self.tr(ONLY_PLANNERS))
        # Queued: storing rebuilds the agenda, and with it this spin box.
        spin.valueChanged.connect(self._store_agenda, Qt.ConnectionType.QueuedConnection)
        return spin

    def _show_candidates(self, view: MeetingView | None) -> None:
        listed = self.ui.candidate_list
        listed.clear()
        for summary in view.candidates if view else ():
            entry = QListWidgetItem(f"{summary.reference} — {summary.title}")
            entry.setData(ID_ROLE, summary.id)
            entry.setToolTip(
                tooltip(
                    self.tr("{title}\nBehandelaar: {owner}").format(
                        title=summary.title, owner=summary.owner or "—"
                    )
                )
            )
            listed.addItem(entry)
        hint = ""
        if view is not None and not view.candidates:
            hint = self.tr(
                "Geen andere dossiers met de status ‘Ter bespreking’ die nog niet op een "
                "geplande agenda staan. De behandelaar zet een dossier op die status als het "
                "klaar is voor het overleg."
            )
        self.ui.candidates_hint_label.setText(hint)
        self.ui.candidates_hint_label.setVisible(bool(hint))

    def _show_attendance(self, meeting: Meeting | None) -> None:
        listed = self.ui.attendance_list
        listed.blockSignals(True)
        listed.clear()
        may_record = self._user().may(Permission.RECORD_MEETING)
        members = meeting.members if meeting is not None else ()
        chair_id = meeting.chair.id if meeting is not None else ""
        known = meeting is None or meeting.attendance_known(date.today())
        for member in members:
            entry = QListWidgetItem(member_text(member, chair_id))
            entry.setData(ID_ROLE, member.user.id)
            flags = Qt.ItemFlag.ItemIsEnabled
            if known:  # before the day, the members are invited: nobody is ticked present
                entry.setFlags(flags | Qt.ItemFlag.ItemIsUserCheckable if may_record else flags)
                entry.setCheckState(
                    Qt.CheckState.Checked if member.present else Qt.CheckState.Unchecked
                )
            else:
                entry.setFlags(flags)
            listed.addItem(entry)
        listed.setToolTip(
            ("" if may_record else self.tr(ONLY_RECORDERS))
            if known
            else self.tr(ATTENDANCE_ON_THE_DAY)
        )
        listed.blockSignals(False)

    @Slot()
    def _update_buttons(self, *_args: object) -> None:
        user, ui = self._user(), self.ui
        may_plan = user.may(Permission.PLAN_MEETING)
        only_planners, only_recorders = self.tr(ONLY_PLANNERS), self.tr(ONLY_RECORDERS)
        row = self._agenda_row()
        count = ui.agenda_tree.topLevelItemCount()
        ui.review_button.setEnabled(row >= 0)
        _enable(ui.up_button, may_plan, only_planners, possible=row > 0)
        _enable(ui.down_button, may_plan, only_planners, possible=0 <= row < count - 1)
        view = self._view
        item = view.meeting.item(self._agenda_item_id() or "") if view is not None else None
        signed = item is not None and item.signed_version is not None
        _enable(ui.remove_button, may_plan, only_planners, possible=row >= 0 and not signed)
        chosen = bool(ui.candidate_list.selectedItems())
        _enable(ui.add_button, may_plan, only_planners, possible=chosen)
        planned = view is not None and view.meeting.status is MeetingStatus.PLANNED
        may_record = user.may(Permission.RECORD_MEETING)
        _enable(ui.close_meeting_button, may_record, only_recorders, possible=planned)
        ui.minutes_button.setEnabled(view is not None and not self._building)

    # ------------------------------------------------------------------ slots

    @Slot()
    def _on_meeting_chosen(self, *_args: object) -> None:
        self._show_meeting()

    @Slot(QTreeWidgetItem)
    def _on_agenda_item_activated(self, item: QTreeWidgetItem) -> None:
        self.open_review(item.data(0, ID_ROLE))

    @Slot()
    def _on_review_clicked(self) -> None:
        item_id = self._agenda_item_id()
        if item_id is not None:
            self.open_review(item_id)

    @Slot()
    def _on_add_clicked(self, *_args: object) -> None:
        added = [entry.data(ID_ROLE) for entry in self.ui.candidate_list.selectedItems()]
        if added:
            items = self._planned() + [PlannedItem(d, DEFAULT_MINUTES) for d in added]
            self._save_agenda(items)

    @Slot()
    def _on_remove_clicked(self) -> None:
        view, item_id = self._view, self._agenda_item_id()
        item = view.meeting.item(item_id) if view and item_id else None
        if item is None:
            return
        record = item.record
        detail = (
            self.tr("Het advies en het verslag van dit agendapunt vervallen daarmee.")
            if record.advice or record.decision or record.actions
            else ""
        )
        if not self._calls.confirm_removal(
            self.tr("Van de agenda halen"),
            self.tr("{} van de agenda halen?").format(item.reference),
            detail,
            verb=self.tr("Van de agenda halen"),
        ):
            return
        self._save_agenda([p for p in self._planned() if p.dossier_id != item.dossier_id])

    @Slot()
    def _store_agenda(self, *_args: object) -> None:
        """A changed bespreektijd: store the agenda as it stands."""
        self._save_agenda(self._planned())

    @Slot(QListWidgetItem)
    def _on_attendance_changed(self, _entry: QListWidgetItem) -> None:
        meeting_id = self._meeting_id()
        if meeting_id is None:
            return
        listed = self.ui.attendance_list
        present = [
            listed.item(row).data(ID_ROLE)
            for row in range(listed.count())
            if listed.item(row).checkState() == Qt.CheckState.Checked
        ]
        context = self._calls.context()

        def record(session: Session) -> bool:
            meetings.record_attendance(session, context, meeting_id, present)
            return True

        stored = self._calls.run(self.tr("Aanwezigheid niet vastgelegd"), record)
        if stored is None:
            self._show_meeting()

    @Slot()
    def _on_close_meeting_clicked(self) -> None:
        view = self._view
        if view is None:
            return
        answer = self._calls.confirm_removal(
            self.tr("Overleg afsluiten"),
            self.tr("Overleg {} markeren als gehouden?").format(view.meeting.reference),
            self.tr("Het verslag en de ondertekening kunnen daarna gewoon verder."),
            verb=self.tr("Als gehouden markeren"),
        )
        if not answer:
            return
        context, meeting_id = self._calls.context(), view.meeting.id
        self._calls.run(
            self.tr("Overleg niet afgesloten"),
            lambda s: meetings.close_meeting(s, context, meeting_id),
        )
        self.refresh()

    def _show_minutes(self, export: Export) -> None:
        self._finish_building()
        preview = self.preview = PdfPreviewDialog(
            self._workspace, self._settings, export, None, self
        )
        self._forget_when_done(preview, "preview")
        preview.open()

    def _on_minutes_failed(self, _error: BaseException) -> None:
        self._finish_building()

    # ------------------------------------------------------------------ helpers

    def _save_agenda(self, items: list[PlannedItem]) -> None:
        """Store the whole agenda; the selection stays on the same item."""
        meeting_id = self._meeting_id()
        if meeting_id is None:
            return
        context = self._calls.context()
        self._calls.run(
            self.tr("Agenda niet bewaard"),
            lambda s: meetings.set_agenda(s, context, meeting_id, items),
        )
        self.refresh()

    def _planned(self) -> list[PlannedItem]:
        tree = self.ui.agenda_tree
        planned = []
        for row in range(tree.topLevelItemCount()):
            item = tree.topLevelItem(row)
            spin = tree.itemWidget(item, TIME_COLUMN)
            assert isinstance(spin, QSpinBox)
            planned.append(PlannedItem(item.data(1, ID_ROLE), spin.value()))
        return planned

    def _move(self, step: int) -> None:
        row = self._agenda_row()
        planned = self._planned()
        if not 0 <= row + step < len(planned) or row < 0:
            return
        planned[row], planned[row + step] = planned[row + step], planned[row]
        self._save_agenda(planned)

    def _finish_building(self) -> None:
        self._building = False
        QGuiApplication.restoreOverrideCursor()
        self._update_buttons()

    def _forget_when_done(self, dialog: QDialog, name: str) -> None:
        """Drop the reference (and the dialog) once it is closed."""

        def forget(_result: int) -> None:
            if getattr(self, name) is dialog:
                setattr(self, name, None)
            dialog.deleteLater()

        dialog.finished.connect(forget)

    def _user(self) -> User:
        return self._calls.context().user

    def _meeting_id(self) -> str | None:
        current = self.ui.meeting_tree.currentItem()
        return current.data(0, ID_ROLE) if current is not None else None

    def _agenda_row(self) -> int:
        tree = self.ui.agenda_tree
        current = tree.currentItem()
        return tree.indexOfTopLevelItem(current) if current is not None else -1

    def _agenda_item_id(self) -> str | None:
        current = self.ui.agenda_tree.currentItem()
        return current.data(0, ID_ROLE) if current is not None else None


def _enable(widget: QWidget, allowed: bool, why_not: str, *, possible: bool = True) -> None:
    """Enable what the role allows and the state permits; say who may when the role does not."""
    if widget.property("own_tip") is None:
        widget.setProperty("own_tip", widget.toolTip())
    widget.setEnabled(allowed and possible)
    widget.setToolTip(widget.property("own_tip") if allowed else why_not)
