"""The dossier editor: the facts of one maatwerk case, read top-down in tabs.

Form state and `DossierFields` meet in one place (`form_to_fields` / `fields_to_form`),
and that conversion never validates, so a half-typed BSN still autosaves. Validation is
the services' job when the caseworker saves.
"""

from __future__ import annotations

import itertools
import logging
import os
import shutil
import stat
import sys
import time
from collections.abc import Callable
from dataclasses import replace
from datetime import date, datetime
from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtCore import QModelIndex, Qt, QTimer, QUrl, Signal, Slot
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QScrollArea,
    QSizePolicy,
    QTableView,
    QWidget,
)
from sqlalchemy.exc import SQLAlchemyError

from maatwerkdesk.domain.dossier import (
    AttachmentInfo,
    DimensionNote,
    Doenvermogen,
    DossierFields,
    DossierRecord,
    Subject,
    TimelineEntry,
)
from maatwerkdesk.domain.errors import (
    ConcurrentEditError,
    DomainError,
    NotFoundError,
    ValidationError,
)
from maatwerkdesk.domain.serialise import fields_from_dict, fields_to_dict
from maatwerkdesk.domain.text import LONG_TEXT_LIMIT, SHORT_TEXT_LIMIT
from maatwerkdesk.domain.vocabulary import (
    DoenDimension,
    DoenObservation,
    DossierStatus,
    Organisation,
    Stressor,
    SubjectKind,
)
from maatwerkdesk.services import attachments, dossiers, drafts
from maatwerkdesk.services.workspace import Workspace
from maatwerkdesk.ui.dossier_editor.dialogs import Choice, Dialogs, Tone
from maatwerkdesk.ui.dossier_editor.fields import BsnField, OptionalDate
from maatwerkdesk.ui.dossier_editor.models import AttachmentModel, Role, TimelineModel
from maatwerkdesk.ui.dossier_editor.presentation import (
    format_date,
    format_moment,
    is_risky_file,
    viewing_name,
    with_mnemonic,
)
from maatwerkdesk.ui.forms.ui_dossier_editor import Ui_DossierEditor

log = logging.getLogger(__name__)
ButtonRole = QMessageBox.ButtonRole

AUTOSAVE_DELAY_MS = 2000
"""Quiet time after the last edit before the draft is written."""
AUTOSAVE_MAX_WAIT_S = 10.0
"""While the caseworker keeps typing, the draft is still written at least this often."""

ORIGIN = "desktop"
UNTITLED = "(nog zonder titel)"

_INVALID_STYLE = "border: 2px solid #c62828;"


class DossierEditor(QWidget):
    """Edit one dossier; the main window hosts one of these.

    Signals: `saved(dossier_id)` after every successful save, `modified_changed(bool)`
    when the form starts or stops differing from the saved dossier.
    """

    saved = Signal(str)
    modified_changed = Signal(bool)

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_DossierEditor()
        self.ui.setupUi(self)
        self.dialogs = Dialogs()
        """Message boxes and file dialogs; tests replace this with a scripted fake."""

        self._workspace = workspace
        self._record: DossierRecord | None = None
        self._draft_key: str | None = None
        self._own_draft_keys: set[str | None] = set()
        self._baseline = DossierFields()
        self._modified = False
        self._force_modified = False
        self._loading = False
        self._pending_since: float | None = None
        self._draft_written_at: datetime | None = None
        self._autosave_failed = False
        self._invalid_widget: QWidget | None = None
        self._viewing_dir = workspace.paths.data / "geopend"
        _remove_tree(self._viewing_dir)

        self._autosave_timer = QTimer(self)
        self._autosave_timer.setObjectName("autosave_timer")
        self._autosave_timer.setSingleShot(True)
        self._autosave_timer.setInterval(AUTOSAVE_DELAY_MS)
        self._autosave_timer.timeout.connect(self._on_autosave_timer_timeout)

        self._bsn = BsnField(self.ui.bsn_edit, self.ui.bsn_show_button, self.ui.bsn_message_label)
        self._birth_date = OptionalDate(self.ui.birth_date_edit, maximum=date.today())
        self._dimension_widgets: dict[DoenDimension, tuple[QComboBox, QPlainTextEdit]] = {}
        self._stressor_boxes: dict[Stressor, QCheckBox] = {}
        self._timeline_model = TimelineModel(self)
        self._attachment_model = AttachmentModel(self)

        self._setup_choices()
        self._setup_doenvermogen()
        self._setup_tables()
        self._setup_looks()
        self._connect_signals()
        self._set_tab_order()
        self._load(None)

    # ------------------------------------------------------------------ public API

    def new_dossier(self) -> bool:
        """Start an empty dossier (after asking about unsaved changes); False if cancelled."""
        if not self.maybe_save():
            return False
        self._load(None)
        pending = self._pending_draft(None)
        if pending is not None:
            fields = self._ask_restore(pending)
            if fields is not None:
                self._load(None, overlay=fields)
                self._write_draft()
        self.ui.tabs.setCurrentIndex(0)
        self.ui.title_edit.setFocus()
        return True

    def open_dossier(self, dossier_id: str) -> bool:
        """Show a stored dossier (an audited read); False if cancelled or not found."""
        if not self.maybe_save():
            return False
        try:
            with self._workspace.database.sessions.begin() as session:
                record = dossiers.open_dossier(session, self._context(), dossier_id)
        except DomainError as error:
            self.dialogs.inform(self, "Dossier openen", str(error), tone=Tone.WARNING)
            return False
        except SQLAlchemyError:
            log.exception("Opening dossier %s failed", dossier_id)
            self._inform_database_problem("Het dossier kon niet worden geopend.")
            return False
        self._load(record)
        pending = self._pending_draft(dossier_id)
        if pending is not None:
            fields = self._ask_restore(pending)
            if fields is not None:
                self._load(record, overlay=fields)
                self._warn_if_changed_since(pending, record)
                self._write_draft()
        self.ui.tabs.setCurrentIndex(0)
        return True

    def restore_drafts(self) -> bool:
        """Offer autosaved work from an earlier session; True if some was put back.

        Call once after start, before the caseworker edits. Drafts are offered newest
        first; the first one accepted is loaded. Drafts not yet offered stay stored and
        are offered again when their dossier is opened, or at the next start.
        """
        try:
            with self._workspace.database.sessions.begin() as session:
                pending = drafts.pending_drafts(session)
        except SQLAlchemyError:
            log.exception("Reading drafts failed")
            return False
        for draft in sorted(pending, key=lambda d: d.saved_at, reverse=True):
            if draft.dossier_id in self._own_draft_keys:
                continue
            fields = self._ask_restore(draft)
            if fields is None:
                continue
            self._restore(draft, fields)
            return True
        return False

    def is_modified(self) -> bool:
        return self._modified

    def current_dossier_id(self) -> str | None:
        return self._record.id if self._record is not None else None

    def save(self) -> bool:
        """Validate and store the dossier; on a problem, point at it and return False."""
        self._clear_problem()
        fields = self.form_to_fields()
        context = self._context()
        try:
            with self._workspace.database.sessions.begin() as session:
                if self._record is None:
                    record = dossiers.create_dossier(session, context, fields)
                else:
                    record = dossiers.update_dossier(
                        session,
                        context,
                        self._record.id,
                        fields,
                        expected_revision=self._record.revision,
                    )
                drafts.discard_draft(session, self._draft_key)
        except ValidationError as error:
            self._point_at(error)
            return False
        except ConcurrentEditError as error:
            self.dialogs.inform(self, "Niet opgeslagen", str(error), tone=Tone.WARNING)
            return False
        except DomainError as error:
            self.dialogs.inform(self, "Niet opgeslagen", str(error), tone=Tone.WARNING)
            return False
        except SQLAlchemyError:
            log.exception("Saving dossier %s failed", self.current_dossier_id() or "(nieuw)")
            self._inform_database_problem("Het dossier is niet opgeslagen.")
            return False
        log.info("Dossier %s saved (revision %s)", record.id, record.revision)
        self._load(record, keep_reveal=True)
        self.saved.emit(record.id)
        return True

    def maybe_save(self) -> bool:
        """Before leaving this dossier: save, discard or stay. False only on 'Annuleren'."""
        if not self._modified:
            return True
        answer = self.dialogs.ask(
            self,
            "Wijzigingen opslaan?",
            "Wijzigingen opslaan?",
            [
                Choice("save", "Opslaan", ButtonRole.AcceptRole),
                Choice("discard", "Niet opslaan", ButtonRole.DestructiveRole),
                Choice("cancel", "Annuleren", ButtonRole.RejectRole),
            ],
            default="save",
            escape="cancel",
            detail=f"{self._describe()} heeft wijzigingen die nog niet zijn opgeslagen.",
        )
        if answer == "cancel":
            return False
        if answer == "save":
            return self.save()
        self._discard_changes()
        return True

    def revert_changes(self) -> bool:
        """'Wijzigingen terugdraaien': back to the saved state, after confirmation."""
        if not self._modified:
            return False
        answer = self.dialogs.ask(
            self,
            "Wijzigingen terugdraaien",
            "Alle wijzigingen sinds het laatste opslaan terugdraaien?",
            [
                Choice("revert", "Terugdraaien", ButtonRole.DestructiveRole),
                Choice("cancel", "Annuleren", ButtonRole.RejectRole),
            ],
            default="cancel",
            escape="cancel",
            detail="De velden krijgen weer de inhoud die is opgeslagen. "
            "Tijdlijn en bijlagen veranderen niet: die worden altijd direct bewaard.",
        )
        if answer != "revert":
            return False
        self._discard_changes()
        return True

    def undo(self) -> None:
        """Undo the last edit in the text field that has the focus."""
        widget = self._focused_text_widget()
        if widget is not None:
            widget.undo()

    def redo(self) -> None:
        """Redo in the text field that has the focus."""
        widget = self._focused_text_widget()
        if widget is not None:
            widget.redo()

    def flush_draft(self) -> None:
        """Write a pending autosave now (e.g. before the session ends)."""
        if self._autosave_timer.isActive() or self._pending_since is not None:
            self._write_draft()

    # ------------------------------------------------------------------ form <-> fields

    def form_to_fields(self) -> DossierFields:
        """The form as `DossierFields`, exactly as typed; never validates."""
        ui = self.ui
        organisations = []
        for row in range(ui.organisations_list.count()):
            item = ui.organisations_list.item(row)
            if item.checkState() == Qt.CheckState.Checked:
                organisations.append(Organisation(item.data(Qt.ItemDataRole.UserRole)))
        dimensions = {}
        for dimension, (combo, note) in self._dimension_widgets.items():
            observation = DoenObservation(combo.currentData())
            text = note.toPlainText()
            if observation is not DoenObservation.NOT_OBSERVED or text:
                dimensions[dimension] = DimensionNote(observation, text)
        return DossierFields(
            title=ui.title_edit.text(),
            status=DossierStatus(ui.status_combo.currentData()),
            owner=ui.owner_edit.text(),
            organisations=tuple(organisations),
            regulation=ui.regulation_edit.text(),
            article=ui.article_edit.text(),
            generic_outcome=ui.generic_outcome_edit.toPlainText(),
            knelpunt=ui.knelpunt_edit.toPlainText(),
            request=ui.request_edit.toPlainText(),
            notes=ui.notes_edit.toPlainText(),
            subject=Subject(
                kind=SubjectKind.BUSINESS if ui.business_radio.isChecked() else SubjectKind.PERSON,
                name=ui.name_edit.text(),
                bsn=self._bsn.value(),
                kvk_number=ui.kvk_edit.text(),
                date_of_birth=self._birth_date.value(),
                contact=ui.contact_edit.toPlainText(),
                household=ui.household_edit.toPlainText(),
            ),
            doenvermogen=Doenvermogen(
                dimensions=dimensions,
                stressors=frozenset(
                    s for s, box in self._stressor_boxes.items() if box.isChecked()
                ),
                support=ui.support_edit.toPlainText(),
            ),
        )

    def fields_to_form(self, fields: DossierFields) -> None:
        """Show `fields` in the form. Widgets whose content is unchanged keep their undo."""
        ui = self.ui
        self._loading = True
        try:
            _set_line(ui.title_edit, fields.title)
            ui.status_combo.setCurrentIndex(max(0, ui.status_combo.findData(fields.status.value)))
            _set_line(ui.owner_edit, fields.owner)
            for row in range(ui.organisations_list.count()):
                item = ui.organisations_list.item(row)
                wanted = item.data(Qt.ItemDataRole.UserRole) in fields.organisations
                item.setCheckState(Qt.CheckState.Checked if wanted else Qt.CheckState.Unchecked)
            _set_line(ui.regulation_edit, fields.regulation)
            _set_line(ui.article_edit, fields.article)
            _set_plain(ui.generic_outcome_edit, fields.generic_outcome)
            _set_plain(ui.knelpunt_edit, fields.knelpunt)
            _set_plain(ui.request_edit, fields.request)
            _set_plain(ui.notes_edit, fields.notes)

            subject = fields.subject
            if subject.kind is SubjectKind.BUSINESS:
                ui.business_radio.setChecked(True)
            else:
                ui.person_radio.setChecked(True)
            _set_line(ui.name_edit, subject.name)
            if self._bsn.value() != subject.bsn:
                self._bsn.set_value(subject.bsn)
            _set_line(ui.kvk_edit, subject.kvk_number)
            self._birth_date.set_value(subject.date_of_birth)
            _set_plain(ui.contact_edit, subject.contact)
            _set_plain(ui.household_edit, subject.household)

            doen = fields.doenvermogen
            for dimension, (combo, note) in self._dimension_widgets.items():
                observed = doen.note_for(dimension)
                combo.setCurrentIndex(max(0, combo.findData(observed.observation.value)))
                _set_plain(note, observed.note)
            for stressor, box in self._stressor_boxes.items():
                box.setChecked(stressor in doen.stressors)
            _set_plain(ui.support_edit, doen.support)
        finally:
            self._loading = False
        self._update_subject_rows()
        self._update_heading()

    # ------------------------------------------------------------------ setup

    def _setup_choices(self) -> None:
        ui = self.ui
        for status in DossierStatus:
            ui.status_combo.addItem(status.label, status.value)
        for organisation in Organisation:
            item = QListWidgetItem(organisation.label)
            item.setData(Qt.ItemDataRole.UserRole, organisation.value)
            item.setFlags(
                Qt.ItemFlag.ItemIsEnabled
                | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemIsUserCheckable
            )
            item.setCheckState(Qt.CheckState.Unchecked)
            ui.organisations_list.addItem(item)
        for edit in (
            ui.title_edit,
            ui.owner_edit,
            ui.regulation_edit,
            ui.article_edit,
            ui.name_edit,
        ):
            edit.setMaxLength(SHORT_TEXT_LIMIT)

    def _setup_doenvermogen(self) -> None:
        ui = self.ui
        grid = ui.dimensions_grid
        used = {"o"}  # 'Aanwezige &ondersteuning'
        for column, heading in enumerate(("Onderdeel", "Wat ziet u?", "Toelichting")):
            label = QLabel(heading, ui.dimensions_group)
            font = label.font()
            font.setBold(True)
            label.setFont(font)
            grid.addWidget(label, 0, column)
        for row, dimension in enumerate(DoenDimension, start=1):
            label = QLabel(with_mnemonic(dimension.label, used), ui.dimensions_group)
            label.setWordWrap(True)
            label.setAlignment(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignTop)
            combo = QComboBox(ui.dimensions_group)
            combo.setObjectName(f"doen_{dimension.value}_observation")
            for observation in DoenObservation:
                combo.addItem(observation.label, observation.value)
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            combo.setAccessibleName(f"{dimension.label}: wat ziet u?")
            note = QPlainTextEdit(ui.dimensions_group)
            note.setObjectName(f"doen_{dimension.value}_note")
            note.setTabChangesFocus(True)
            note.setPlaceholderText("Wat hebt u gezien of gehoord?")
            note.setAccessibleName(f"{dimension.label}: toelichting")
            _set_lines(note, 2, 4)
            label.setBuddy(combo)
            grid.addWidget(label, row, 0)
            grid.addWidget(combo, row, 1, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(note, row, 2)
            self._dimension_widgets[dimension] = (combo, note)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(2, 3)

        columns = 2
        hint = QLabel(
            "Vink aan wat nu speelt. Dit zijn omstandigheden, geen diagnose.", ui.stressors_group
        )
        hint.setWordWrap(True)
        ui.stressors_grid.addWidget(hint, 0, 0, 1, columns)
        stressors = list(Stressor)
        per_column = -(-len(stressors) // columns)
        for index, stressor in enumerate(stressors):
            box = QCheckBox(with_mnemonic(stressor.label, used), ui.stressors_group)
            box.setObjectName(f"stressor_{stressor.value}")
            ui.stressors_grid.addWidget(box, 1 + index % per_column, index // per_column)
            self._stressor_boxes[stressor] = box

    def _setup_tables(self) -> None:
        ui = self.ui
        ui.timeline_view.setModel(self._timeline_model)
        header = ui.timeline_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(TimelineModel.DESCRIPTION, QHeaderView.ResizeMode.Stretch)
        ui.attachments_view.setModel(self._attachment_model)
        header = ui.attachments_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(AttachmentModel.NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(AttachmentModel.DESCRIPTION, QHeaderView.ResizeMode.Stretch)
        for view in (ui.timeline_view, ui.attachments_view):
            view.horizontalHeader().setDefaultAlignment(
                Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter
            )
            view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
            view.setTabKeyNavigation(False)

    def _setup_looks(self) -> None:
        ui = self.ui
        font = ui.heading_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        ui.heading_label.setFont(font)
        ui.message_label.setStyleSheet(
            "QLabel#message_label { border: 1px solid #c62828; border-left: 5px solid #c62828;"
            " padding: 4px; }"
        )
        font = ui.doen_hint_label.font()
        font.setBold(True)
        ui.doen_hint_label.setFont(font)
        _set_lines(ui.contact_edit, 2, 4)
        _set_lines(ui.household_edit, 2, 4)
        _set_lines(ui.generic_outcome_edit, 4)
        _set_lines(ui.knelpunt_edit, 6)
        _set_lines(ui.request_edit, 3)
        _set_lines(ui.support_edit, 3, 5)
        _set_lines(ui.notes_edit, 8)
        for edit, stretch in (
            (ui.generic_outcome_edit, 2),
            (ui.knelpunt_edit, 3),
            (ui.request_edit, 2),
        ):
            ui.knelpunt_page_layout.setStretchFactor(edit, stretch)
            # Share the room by stretch, down to the minimum in lines; the default size
            # hint (a fixed 192 px) would otherwise force a scroll bar on a normal screen.
            edit.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Ignored)
        ui.bsn_edit.setMinimumWidth(ui.bsn_edit.fontMetrics().horizontalAdvance("0" * 14))
        ui.kvk_edit.setMinimumWidth(ui.kvk_edit.fontMetrics().horizontalAdvance("0" * 14))

    def _connect_signals(self) -> None:
        ui = self.ui
        for edit in (
            ui.title_edit,
            ui.owner_edit,
            ui.regulation_edit,
            ui.article_edit,
            ui.name_edit,
            ui.kvk_edit,
        ):
            edit.textChanged.connect(partial(self._on_field_edited, edit))
        plain_edits = [
            ui.generic_outcome_edit,
            ui.knelpunt_edit,
            ui.request_edit,
            ui.notes_edit,
            ui.contact_edit,
            ui.household_edit,
            ui.support_edit,
        ]
        for combo, note in self._dimension_widgets.values():
            combo.currentIndexChanged.connect(partial(self._on_field_edited, combo))
            plain_edits.append(note)
        for edit in plain_edits:
            edit.textChanged.connect(partial(self._on_field_edited, edit))
        for box in self._stressor_boxes.values():
            box.toggled.connect(partial(self._on_field_edited, box))
        ui.status_combo.currentIndexChanged.connect(partial(self._on_field_edited, ui.status_combo))
        ui.organisations_list.itemChanged.connect(
            partial(self._on_field_edited, ui.organisations_list)
        )
        ui.person_radio.toggled.connect(self._on_person_radio_toggled)
        self._bsn.edited.connect(partial(self._on_field_edited, ui.bsn_edit))
        ui.birth_date_edit.dateChanged.connect(partial(self._on_field_edited, ui.birth_date_edit))
        ui.birth_date_clear_button.clicked.connect(self._on_birth_date_clear_button_clicked)
        ui.title_edit.textChanged.connect(self._update_heading)

        ui.save_button.clicked.connect(self._on_save_button_clicked)
        ui.revert_button.clicked.connect(self._on_revert_button_clicked)

        ui.timeline_add_button.clicked.connect(self._on_timeline_add_button_clicked)
        ui.timeline_remove_button.clicked.connect(self._on_timeline_remove_button_clicked)
        ui.timeline_view.selectionModel().selectionChanged.connect(self._update_list_buttons)
        ui.attachments_add_button.clicked.connect(self._on_attachments_add_button_clicked)
        ui.attachments_open_button.clicked.connect(self._on_attachments_open_button_clicked)
        ui.attachments_remove_button.clicked.connect(self._on_attachments_remove_button_clicked)
        ui.attachments_view.selectionModel().selectionChanged.connect(self._update_list_buttons)
        ui.attachments_view.doubleClicked.connect(self._on_attachments_view_double_clicked)

    def _set_tab_order(self) -> None:
        ui = self.ui
        chain: list[QWidget] = [
            ui.revert_button,
            ui.save_button,
            ui.tabs,
            ui.reference_edit,
            ui.title_edit,
            ui.status_combo,
            ui.owner_edit,
            ui.organisations_list,
            ui.regulation_edit,
            ui.article_edit,
            ui.person_radio,
            ui.business_radio,
            ui.name_edit,
            ui.bsn_edit,
            ui.bsn_show_button,
            ui.kvk_edit,
            ui.birth_date_edit,
            ui.birth_date_clear_button,
            ui.contact_edit,
            ui.household_edit,
            ui.generic_outcome_edit,
            ui.knelpunt_edit,
            ui.request_edit,
        ]
        for combo, note in self._dimension_widgets.values():
            chain += [combo, note]
        chain += list(self._stressor_boxes.values())
        chain += [
            ui.support_edit,
            ui.timeline_view,
            ui.timeline_add_button,
            ui.timeline_remove_button,
            ui.attachments_view,
            ui.attachments_add_button,
            ui.attachments_open_button,
            ui.attachments_remove_button,
            ui.notes_edit,
        ]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    # ------------------------------------------------------------------ loading and state

    def _context(self) -> Any:
        return self._workspace.context(ORIGIN)

    def _new_fields(self) -> DossierFields:
        return DossierFields(owner=self._context().actor)

    def _load(
        self,
        record: DossierRecord | None,
        *,
        overlay: DossierFields | None = None,
        keep_reveal: bool = False,
    ) -> None:
        """Show `record` (None: a new dossier); `overlay` puts restored work on top."""
        self._autosave_timer.stop()
        self._pending_since = None
        self._draft_written_at = None
        self._autosave_failed = False
        self._clear_problem()
        if keep_reveal:
            self._bsn.settle()
        else:
            self._bsn.set_value("")
        self._record = record
        self._draft_key = record.id if record is not None else None
        self.fields_to_form(record.fields if record is not None else self._new_fields())
        self._baseline = self.form_to_fields()
        self._force_modified = overlay is not None
        if overlay is not None:
            self.fields_to_form(overlay)
        self.ui.reference_edit.setText(record.reference if record is not None else "nieuw")
        self._timeline_model.set_rows(record.timeline if record is not None else ())
        self._attachment_model.set_rows(record.attachments if record is not None else ())
        self._update_record_widgets()
        self._update_modified()

    def _update_record_widgets(self) -> None:
        ui = self.ui
        saved = self._record is not None
        ui.timeline_hint_label.setText(
            "Contacten, brieven en gebeurtenissen in dit dossier, op datum. "
            "Wat u hier toevoegt of verwijdert, wordt direct bewaard."
            if saved
            else "Sla het dossier eerst op om de tijdlijn bij te houden."
        )
        ui.attachments_hint_label.setText(
            "Bijlagen worden direct bij het dossier bewaard. Open een bijlage alleen als u "
            "weet waar die vandaan komt."
            if saved
            else "Sla het dossier eerst op om bijlagen toe te voegen."
        )
        for hint in (ui.timeline_hint_label, ui.attachments_hint_label):
            font = hint.font()
            font.setBold(not saved)
            hint.setFont(font)
        ui.timeline_add_button.setEnabled(saved)
        ui.attachments_add_button.setEnabled(saved)
        self._update_list_buttons()
        self._update_heading()

    @Slot()
    def _update_list_buttons(self) -> None:
        ui = self.ui
        saved = self._record is not None
        ui.timeline_remove_button.setEnabled(saved and self._selected_timeline_entry() is not None)
        has_attachment = saved and self._selected_attachment() is not None
        ui.attachments_open_button.setEnabled(has_attachment)
        ui.attachments_remove_button.setEnabled(has_attachment)

    @Slot()
    def _update_heading(self) -> None:
        title = self.ui.title_edit.text().strip()
        if self._record is None:
            text = f"Nieuw dossier — {title}" if title else "Nieuw dossier"
        else:
            text = f"{self._record.reference} — {title or UNTITLED}"
        self.ui.heading_label.setText(text)

    def _update_modified(self) -> None:
        modified = self._force_modified or self.form_to_fields() != self._baseline
        changed = modified != self._modified
        self._modified = modified
        self._update_state_label()
        self.ui.revert_button.setEnabled(modified)
        self.ui.save_button.setEnabled(modified or self._record is None)
        if changed:
            self.modified_changed.emit(modified)

    def _update_state_label(self) -> None:
        if self._modified:
            text = "Niet-opgeslagen wijzigingen"
            if self._autosave_failed:
                text += " — automatisch bewaren is mislukt; sla het dossier op"
            elif self._draft_written_at is not None:
                text += f" — automatisch bewaard om {self._draft_written_at:%H:%M}"
        elif self._record is None:
            text = "Nog niet opgeslagen"
        else:
            text = f"Opgeslagen op {format_moment(self._record.updated_at)}"
        self.ui.state_label.setText(text)

    def _update_subject_rows(self) -> None:
        business = self.ui.business_radio.isChecked()
        # A KvK number typed while 'Persoon' is chosen stays visible, so it can be fixed.
        show_kvk = business or bool(self.ui.kvk_edit.text().strip())
        self.ui.subject_form.setRowVisible(self.ui.kvk_edit, show_kvk)

    def _describe(self) -> str:
        title = self.ui.title_edit.text().strip() or UNTITLED
        if self._record is None:
            return f"Het nieuwe dossier ‘{title}’"
        return f"Dossier {self._record.reference} ‘{title}’"

    # ------------------------------------------------------------------ edits and autosave

    def _on_field_edited(self, widget: QWidget, *_args: object) -> None:
        if self._loading:
            return
        if widget is self._invalid_widget:
            self._clear_problem()
        if isinstance(widget, QPlainTextEdit):
            self._warn_if_too_long(widget)
        if widget is self.ui.kvk_edit:
            self._update_subject_rows()
        self._update_modified()
        self._schedule_autosave()

    @Slot(bool)
    def _on_person_radio_toggled(self, _checked: bool) -> None:
        self._update_subject_rows()
        self._on_field_edited(self.ui.person_radio)

    @Slot()
    def _on_birth_date_clear_button_clicked(self) -> None:
        self._birth_date.clear()

    def _warn_if_too_long(self, edit: QPlainTextEdit) -> None:
        if edit.document().characterCount() - 1 > LONG_TEXT_LIMIT:
            self._show_problem(
                edit,
                f"Deze tekst is te lang: maximaal {LONG_TEXT_LIMIT:,} tekens. Kort hem in of "
                "voeg het stuk als bijlage toe.".replace(",", "."),
            )

    def _schedule_autosave(self) -> None:
        now = _now()
        if self._pending_since is None:
            self._pending_since = now
        if now - self._pending_since >= AUTOSAVE_MAX_WAIT_S:
            self._write_draft()
        else:
            self._autosave_timer.start()

    @Slot()
    def _on_autosave_timer_timeout(self) -> None:
        self._write_draft()

    def _write_draft(self) -> bool:
        """Store the form as this dossier's draft, or drop the draft when nothing changed."""
        self._autosave_timer.stop()
        self._pending_since = None
        key = self._draft_key
        base_revision = self._record.revision if self._record is not None else None
        try:
            with self._workspace.database.sessions.begin() as session:
                if key not in self._own_draft_keys and any(
                    d.dossier_id == key for d in drafts.pending_drafts(session)
                ):
                    # Work from an earlier session that has not been offered yet: never
                    # overwrite it. restore_drafts()/open_dossier() will offer it.
                    log.warning("Autosave skipped: an earlier draft is still pending")
                    self._autosave_failed = True
                    self._update_state_label()
                    return False
                if self._modified:
                    payload = fields_to_dict(self.form_to_fields())
                    drafts.save_draft(session, key, base_revision, payload)
                else:
                    drafts.discard_draft(session, key)
        except SQLAlchemyError:
            log.exception("Autosave failed")
            self._autosave_failed = True
            self._update_state_label()
            return False
        self._own_draft_keys.add(key)
        self._autosave_failed = False
        self._draft_written_at = datetime.now() if self._modified else None
        self._update_state_label()
        return True

    def _discard_changes(self) -> None:
        """Back to the saved state, and the draft gone."""
        self._autosave_timer.stop()
        self._pending_since = None
        self._discard_draft(self._draft_key)
        self._clear_problem()
        self._force_modified = False
        self.fields_to_form(self._baseline)
        self._draft_key = self._record.id if self._record is not None else None
        self._draft_written_at = None
        self._update_modified()

    def _discard_draft(self, key: str | None) -> None:
        try:
            with self._workspace.database.sessions.begin() as session:
                drafts.discard_draft(session, key)
        except SQLAlchemyError:
            log.exception("Discarding a draft failed")
        self._own_draft_keys.add(key)

    # ------------------------------------------------------------------ drafts from earlier

    def _pending_draft(self, key: str | None) -> drafts.Draft | None:
        if key in self._own_draft_keys:
            return None
        try:
            with self._workspace.database.sessions.begin() as session:
                pending = drafts.pending_drafts(session)
        except SQLAlchemyError:
            log.exception("Reading drafts failed")
            return None
        return next((d for d in pending if d.dossier_id == key), None)

    def _ask_restore(self, draft: drafts.Draft) -> DossierFields | None:
        """Ask whether to put a draft back; returns its fields, or None (discarded or kept)."""
        when = format_moment(draft.saved_at)
        try:
            fields = fields_from_dict(draft.payload)
        except ValidationError as error:
            log.warning("Draft %s cannot be read (%s)", draft.id, error.field)
            answer = self.dialogs.ask(
                self,
                "Niet-opgeslagen werk",
                f"Er is niet-opgeslagen werk gevonden van {when}, maar het kan niet worden "
                "teruggezet.",
                [
                    Choice("discard", "Weggooien", ButtonRole.DestructiveRole),
                    Choice("keep", "Bewaren", ButtonRole.RejectRole),
                ],
                default="keep",
                escape="keep",
                detail=f"Het bewaarde werk is beschadigd of van een andere versie ({error}). "
                "Kiest u Bewaren, dan vraagt het programma het de volgende keer opnieuw.",
                tone=Tone.WARNING,
            )
            if answer == "discard":
                self._discard_draft(draft.dossier_id)
            return None
        title = fields.title.strip() or UNTITLED
        which = "een nieuw dossier" if draft.dossier_id is None else "het dossier"
        answer = self.dialogs.ask(
            self,
            "Niet-opgeslagen werk",
            f"Er is niet-opgeslagen werk gevonden van {when}. Wilt u het terugzetten?",
            [
                Choice("restore", "Terugzetten", ButtonRole.AcceptRole),
                Choice("discard", "Weggooien", ButtonRole.DestructiveRole),
            ],
            default="restore",
            escape="restore",
            detail=f"Het gaat om {which} ‘{title}’. Kiest u Weggooien, dan is dit werk "
            "definitief weg.",
        )
        if answer != "restore":
            self._discard_draft(draft.dossier_id)
            return None
        self._own_draft_keys.add(draft.dossier_id)
        return fields

    def _restore(self, draft: drafts.Draft, fields: DossierFields) -> None:
        if draft.dossier_id is None:
            self._load(None, overlay=fields)
        else:
            try:
                with self._workspace.database.sessions.begin() as session:
                    record = dossiers.open_dossier(session, self._context(), draft.dossier_id)
            except NotFoundError:
                self.dialogs.inform(
                    self,
                    "Niet-opgeslagen werk",
                    "Het dossier waar dit werk bij hoort, bestaat niet meer. Het werk is "
                    "teruggezet als nieuw dossier; sla het op om het te bewaren.",
                    tone=Tone.WARNING,
                )
                self._load(None, overlay=fields)
                self._draft_key = draft.dossier_id  # removed when the new dossier is saved
            else:
                self._load(record, overlay=fields)
                self._warn_if_changed_since(draft, record)
        self.ui.tabs.setCurrentIndex(0)
        self._write_draft()

    def _warn_if_changed_since(self, draft: drafts.Draft, record: DossierRecord) -> None:
        if draft.base_revision is None or draft.base_revision == record.revision:
            return
        self.dialogs.inform(
            self,
            "Dossier is intussen gewijzigd",
            f"Dossier {record.reference} is gewijzigd nadat uw werk automatisch werd bewaard. "
            "Uw teruggezette tekst staat nu in het scherm, maar is nog niet opgeslagen. "
            "Controleer voor het opslaan of u geen nieuwere wijzigingen overschrijft.",
            tone=Tone.WARNING,
        )

    # ------------------------------------------------------------------ problems

    def _point_at(self, error: ValidationError) -> None:
        widget = self._widget_for_field(error.field)
        where = self._place_of(widget) if widget is not None else ""
        self._show_problem(widget, f"{where}: {error.message}" if where else error.message)
        if widget is None:
            self.dialogs.inform(self, "Niet opgeslagen", error.message, tone=Tone.WARNING)
            return
        if widget is self.ui.bsn_edit and self._bsn.is_masked():
            self._bsn.reveal()
        for index in range(self.ui.tabs.count()):
            page = self.ui.tabs.widget(index)
            if page.isAncestorOf(widget):
                self.ui.tabs.setCurrentIndex(index)
                break
        parent = widget.parentWidget()
        while parent is not None and not isinstance(parent, QScrollArea):
            parent = parent.parentWidget()
        if isinstance(parent, QScrollArea):
            parent.ensureWidgetVisible(widget)
        widget.setFocus(Qt.FocusReason.OtherFocusReason)

    def _place_of(self, widget: QWidget) -> str:
        """'Betrokkene › BSN': the tab and the label of a field, for messages."""
        tab = next(
            (
                self.ui.tabs.tabText(i)
                for i in range(self.ui.tabs.count())
                if self.ui.tabs.widget(i).isAncestorOf(widget)
            ),
            "",
        )
        label = next((lb for lb in self.findChildren(QLabel) if lb.buddy() is widget), None)
        if label is None:
            for combo, note in self._dimension_widgets.values():
                if note is widget:
                    label = next(lb for lb in self.findChildren(QLabel) if lb.buddy() is combo)
        name = label.text().replace("&", "").rstrip(":?").strip() if label is not None else ""
        return " › ".join(part for part in (tab, name) if part)

    def _widget_for_field(self, field: str) -> QWidget | None:
        ui = self.ui
        widgets: dict[str, QWidget] = {
            "title": ui.title_edit,
            "status": ui.status_combo,
            "owner": ui.owner_edit,
            "organisations": ui.organisations_list,
            "regulation": ui.regulation_edit,
            "article": ui.article_edit,
            "generic_outcome": ui.generic_outcome_edit,
            "knelpunt": ui.knelpunt_edit,
            "request": ui.request_edit,
            "notes": ui.notes_edit,
            "subject.kind": ui.person_radio,
            "subject.name": ui.name_edit,
            "subject.bsn": ui.bsn_edit,
            "subject.kvk_number": ui.kvk_edit,
            "subject.date_of_birth": ui.birth_date_edit,
            "subject.contact": ui.contact_edit,
            "subject.household": ui.household_edit,
            "doenvermogen.support": ui.support_edit,
        }
        for dimension, (_combo, note) in self._dimension_widgets.items():
            widgets[f"doenvermogen.{dimension.value}"] = note
        if field == "subject.kvk_number":
            ui.subject_form.setRowVisible(ui.kvk_edit, True)
        return widgets.get(field)

    def _show_problem(self, widget: QWidget | None, message: str) -> None:
        self._clear_problem()
        self.ui.message_label.setText(message)
        self.ui.message_label.show()
        if widget is not None:
            self._invalid_widget = widget
            widget.setProperty("invalid", True)
            widget.setStyleSheet(f"{type(widget).__name__} {{ {_INVALID_STYLE} }}")

    def _clear_problem(self) -> None:
        self.ui.message_label.hide()
        self.ui.message_label.clear()
        widget = self._invalid_widget
        if widget is not None:
            widget.setProperty("invalid", False)
            widget.setStyleSheet("")
            self._invalid_widget = None

    def _inform_database_problem(self, what: str) -> None:
        self.dialogs.inform(
            self,
            "Probleem met de database",
            f"{what} De database gaf een fout; de details staan in het logbestand. "
            "Uw tekst staat nog in het scherm. Probeer het over een moment opnieuw.",
            tone=Tone.WARNING,
        )

    def _focused_text_widget(self) -> QLineEdit | QPlainTextEdit | None:
        widget = QApplication.focusWidget()
        if widget is None or not self.isAncestorOf(widget):
            return None
        if isinstance(widget, QLineEdit | QPlainTextEdit) and not widget.isReadOnly():
            return widget
        return None

    # ------------------------------------------------------------------ buttons

    @Slot()
    def _on_save_button_clicked(self) -> None:
        self.save()

    @Slot()
    def _on_revert_button_clicked(self) -> None:
        self.revert_changes()

    def _run(self, title: str, action: Callable[[Any], DossierRecord]) -> DossierRecord | None:
        """Run one service call in its own transaction; show expected failures."""
        try:
            with self._workspace.database.sessions.begin() as session:
                return action(session)
        except DomainError as error:
            self.dialogs.inform(self, title, str(error), tone=Tone.WARNING)
        except SQLAlchemyError:
            log.exception("%s failed", title)
            self._inform_database_problem("Dit is niet gelukt.")
        return None

    def _adopt(self, record: DossierRecord) -> None:
        """Take in the dossier after a timeline or attachment change.

        The unsaved form stays as it is. When someone else changed the dossier's fields
        in the meantime, the old revision is kept, so saving reports the conflict instead
        of silently overwriting their work.
        """
        current = self._record
        if current is not None and record.fields != current.fields:
            record = replace(record, revision=current.revision, fields=current.fields)
        self._record = record
        self._timeline_model.set_rows(record.timeline)
        self._attachment_model.set_rows(record.attachments)
        self._update_list_buttons()
        self._update_state_label()
        if self._modified:
            self._write_draft()

    def _selected_timeline_entry(self) -> TimelineEntry | None:
        return _selected(self.ui.timeline_view)

    def _selected_attachment(self) -> AttachmentInfo | None:
        return _selected(self.ui.attachments_view)

    @Slot()
    def _on_timeline_add_button_clicked(self) -> None:
        record = self._record
        if record is None:
            self.dialogs.inform(
                self, "Tijdlijn", "Sla het dossier eerst op om de tijdlijn bij te houden."
            )
            return
        entry = self.dialogs.new_timeline_entry(self, date.today())
        if entry is None:
            return
        context = self._context()
        updated = self._run(
            "Gebeurtenis toevoegen",
            lambda s: dossiers.add_timeline_entry(s, context, record.id, entry),
        )
        if updated is not None:
            self._adopt(updated)

    @Slot()
    def _on_timeline_remove_button_clicked(self) -> None:
        record, entry = self._record, self._selected_timeline_entry()
        if record is None or entry is None:
            return
        summary = entry.description.strip().splitlines()[0] if entry.description.strip() else ""
        answer = self.dialogs.ask(
            self,
            "Gebeurtenis verwijderen",
            "Deze gebeurtenis uit de tijdlijn verwijderen?",
            [
                Choice("remove", "Verwijderen", ButtonRole.DestructiveRole),
                Choice("cancel", "Annuleren", ButtonRole.RejectRole),
            ],
            default="cancel",
            escape="cancel",
            detail=f"{format_date(entry.occurred_on)}, {entry.kind.label}: {summary[:200]}",
            tone=Tone.WARNING,
        )
        if answer != "remove":
            return
        context = self._context()
        updated = self._run(
            "Gebeurtenis verwijderen",
            lambda s: dossiers.remove_timeline_entry(s, context, record.id, entry.id),
        )
        if updated is not None:
            self._adopt(updated)

    @Slot()
    def _on_attachments_add_button_clicked(self) -> None:
        record = self._record
        if record is None:
            self.dialogs.inform(
                self, "Bijlagen", "Sla het dossier eerst op om bijlagen toe te voegen."
            )
            return
        context = self._context()
        store = self._workspace.attachments
        for path in self.dialogs.choose_files(self, "Bijlagen toevoegen"):
            description = self.dialogs.ask_text(
                self,
                "Omschrijving van de bijlage",
                f"Wat is ‘{path.name}’? Bijv. 'Brief van de Belastingdienst, 3 maart'. "
                "Mag leeg blijven.",
            )
            if description is None:
                continue
            updated = self._run(
                "Bijlage toevoegen",
                lambda s, p=path, d=description: attachments.add_attachment(
                    s, context, store, record.id, p, d
                ),
            )
            if updated is not None:
                self._adopt(updated)

    @Slot(QModelIndex)
    def _on_attachments_view_double_clicked(self, _index: QModelIndex) -> None:
        self._open_selected_attachment()

    @Slot()
    def _on_attachments_open_button_clicked(self) -> None:
        self._open_selected_attachment()

    def _open_selected_attachment(self) -> None:
        record, info = self._record, self._selected_attachment()
        if record is None or info is None:
            return
        if is_risky_file(info.original_name):
            answer = self.dialogs.ask(
                self,
                "Bijlage openen",
                f"‘{info.original_name}’ kan een programma of macro starten. Toch openen?",
                [
                    Choice("open", "Toch openen", ButtonRole.AcceptRole),
                    Choice("cancel", "Annuleren", ButtonRole.RejectRole),
                ],
                default="cancel",
                escape="cancel",
                detail="Open zo'n bestand alleen als u zeker weet waar het vandaan komt. "
                "Twijfelt u, vraag het dan eerst na bij de afzender of de servicedesk.",
                tone=Tone.WARNING,
            )
            if answer != "open":
                return
        context = self._context()
        try:
            with self._workspace.database.sessions.begin() as session:
                source = attachments.attachment_path(
                    session, context, self._workspace.attachments, record.id, info.id
                )
            target = self._copy_for_viewing(source, info)
        except DomainError as error:
            self.dialogs.inform(self, "Bijlage openen", str(error), tone=Tone.WARNING)
            return
        except OSError as error:
            log.error("Attachment %s could not be prepared for viewing: %s", info.id, error)
            self.dialogs.inform(
                self,
                "Bijlage openen",
                "Het bestand van deze bijlage kan niet worden gelezen. Het ontbreekt of is "
                "beschadigd; voeg het zo nodig opnieuw toe.",
                tone=Tone.WARNING,
            )
            return
        except SQLAlchemyError:
            log.exception("Opening attachment %s failed", info.id)
            self._inform_database_problem("De bijlage is niet geopend.")
            return
        if not self.dialogs.open_url(QUrl.fromLocalFile(str(target))):
            self.dialogs.inform(
                self,
                "Bijlage openen",
                "Er is geen programma gevonden om dit soort bestand te openen.",
                tone=Tone.WARNING,
            )

    def _copy_for_viewing(self, source: Path, info: AttachmentInfo) -> Path:
        """A read-only copy under the original name, so the right program opens it.

        The store keeps files under their hash, without a suffix. The copies live in the
        data folder and are removed the next time the editor starts.
        """
        folder = self._viewing_dir / info.id
        folder.mkdir(parents=True, exist_ok=True)
        target = folder / viewing_name(info.original_name)
        if target.exists():
            target.chmod(stat.S_IRUSR | stat.S_IWUSR)
            target.unlink()
        shutil.copyfile(source, target)
        target.chmod(stat.S_IRUSR)
        return target

    @Slot()
    def _on_attachments_remove_button_clicked(self) -> None:
        record, info = self._record, self._selected_attachment()
        if record is None or info is None:
            return
        answer = self.dialogs.ask(
            self,
            "Bijlage verwijderen",
            f"De bijlage ‘{info.original_name}’ uit het dossier verwijderen?",
            [
                Choice("remove", "Verwijderen", ButtonRole.DestructiveRole),
                Choice("cancel", "Annuleren", ButtonRole.RejectRole),
            ],
            default="cancel",
            escape="cancel",
            tone=Tone.WARNING,
        )
        if answer != "remove":
            return
        context = self._context()
        updated = self._run(
            "Bijlage verwijderen",
            lambda s: attachments.remove_attachment(s, context, record.id, info.id),
        )
        if updated is not None:
            self._adopt(updated)


# ---------------------------------------------------------------------- helpers


def _now() -> float:
    return time.monotonic()


def _set_line(edit: QLineEdit, text: str) -> None:
    if edit.text() != text:
        edit.setText(text)


def _set_plain(edit: QPlainTextEdit, text: str) -> None:
    if edit.toPlainText() != text:
        edit.setPlainText(text)


def _set_lines(edit: QPlainTextEdit, minimum: int, maximum: int | None = None) -> None:
    """Height in lines of the widget's own font, so it scales with font and screen.

    Without `maximum` the field may grow with the window; with it, the field stays
    compact and scrolls its own text.
    """
    spacing = edit.fontMetrics().lineSpacing()
    margins = edit.contentsMargins()
    chrome = margins.top() + margins.bottom() + 2 * int(edit.document().documentMargin()) + 2
    edit.setMinimumHeight(spacing * minimum + chrome)
    if maximum is not None:
        edit.setMaximumHeight(spacing * maximum + chrome)


def _selected(view: QTableView) -> Any:
    selection = view.selectionModel()
    if selection is None:
        return None
    rows = selection.selectedRows()
    if not rows:
        return None
    return rows[0].data(Role.ITEM)


def _remove_tree(folder: Path) -> None:
    """Remove `folder`, read-only files included; whatever is still in use stays."""

    def make_writable_and_retry(function: Callable[[str], object], path: str, _exc: object) -> None:
        try:
            os.chmod(path, stat.S_IRWXU)
            function(path)
        except OSError:
            pass

    if not folder.exists():
        return
    if sys.version_info >= (3, 12):
        shutil.rmtree(folder, onexc=make_writable_and_retry)
    else:
        shutil.rmtree(folder, onerror=make_writable_and_retry)
