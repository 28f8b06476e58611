"""The dossier editor: the facts of one maatwerk case, read top-down in tabs.

`DossierEditor` orchestrates: loading, the modified state, saving and the questions
around it. The form, autosave, problem marking and the timeline and attachment tabs
each live in their own module.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal, Slot
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit, QPlainTextEdit, QWidget

from maatwerkdesk.domain.concurrency import rebase
from maatwerkdesk.domain.conference import SignedDecision
from maatwerkdesk.domain.dossier import DossierFields, DossierRecord
from maatwerkdesk.domain.dossier_steps import LegalProgress, dossier_steps, next_step_line
from maatwerkdesk.domain.errors import (
    ConcurrentEditError,
    DomainError,
    NotFoundError,
    ValidationError,
)
from maatwerkdesk.domain.groups import GroupLink
from maatwerkdesk.domain.lease import Lease, away_message
from maatwerkdesk.domain.people import Permission
from maatwerkdesk.domain.sync_conflicts import SyncConflict
from maatwerkdesk.services import dossiers, drafts, group_links, leases, sync
from maatwerkdesk.services.changes import Change
from maatwerkdesk.services.context import person_of
from maatwerkdesk.services.dossier_progress import legal_progress
from maatwerkdesk.services.dossiers import DOSSIER_OBJECTS, FROZEN_WHEN_SIGNED
from maatwerkdesk.services.signed import fixed_version, integrity_problems
from maatwerkdesk.services.unit_of_work import Session
from maatwerkdesk.services.workspace import Workspace
from maatwerkdesk.ui.briefcase.conflicts_banner import ConflictsBanner
from maatwerkdesk.ui.briefcase.conflicts_dialog import SyncConflictsDialog
from maatwerkdesk.ui.colleague_changes import ColleagueNotice
from maatwerkdesk.ui.common.conflict import Answer, ask_conflict
from maatwerkdesk.ui.common.dialogs import ButtonRole, Choice
from maatwerkdesk.ui.common.dossier_tab import DossierTab
from maatwerkdesk.ui.common.formatting import format_moment
from maatwerkdesk.ui.common.service_calls import ServiceCaller
from maatwerkdesk.ui.common.vocabulary import shown_sentence
from maatwerkdesk.ui.criteria_panel import CriteriaPanel
from maatwerkdesk.ui.dossier_editor.attachments_section import AttachmentsSection
from maatwerkdesk.ui.dossier_editor.autosave import UNTITLED, Autosave
from maatwerkdesk.ui.dossier_editor.dialogs import EditorDialogs
from maatwerkdesk.ui.dossier_editor.form import DossierForm
from maatwerkdesk.ui.dossier_editor.lazy_tab import LazyTab
from maatwerkdesk.ui.dossier_editor.presentation import (
    FIELD_LABELS,
    fixed_line,
    reader_line,
)
from maatwerkdesk.ui.dossier_editor.problems import Problems
from maatwerkdesk.ui.dossier_editor.read_only import EditingLock
from maatwerkdesk.ui.dossier_editor.step_list import StepList
from maatwerkdesk.ui.dossier_editor.timeline_section import TimelineSection
from maatwerkdesk.ui.integrity.banner import IntegrityBanner
from maatwerkdesk.ui.integrity.resolve_dialog import ResolveDialog
from maatwerkdesk.ui.loket import LoketPanel
from maatwerkdesk.ui.precedent_panel import PrecedentPanel
from maatwerkdesk.ui.proposal_panel import ProposalPanel
from maatwerkdesk.ui.translation import QT_TRANSLATE_NOOP
from maatwerkdesk.ui.weighing_panel import WeighingPanel

log = logging.getLogger(__name__)

UNRECORDED_DECISION = QT_TRANSLATE_NOOP(
    "DossierEditor",
    "De beslissing in de stap Precedenten is gewijzigd maar nog niet vastgelegd; "
    "Opslaan legt haar vast.",
)


class DossierEditor(QWidget):
    """Edit one dossier; the main window hosts one of these.

    Signals: `saved(dossier_id)` after every successful save, `modified_changed(bool)`
    when the form starts or stops differing from the saved dossier, `dossier_requested(id)`
    when the caseworker asks to open another dossier (a precedent) from inside this one,
    `group_requested(id)` when they ask to see the dossier's group.
    """

    saved = Signal(str)
    dossier_requested = Signal(str)
    group_requested = Signal(str)
    loket_summary_requested = Signal(str, str)
    """A dossier's id and one of its sharings' id: show the summary of that sharing."""
    modified_changed = Signal(bool)

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._form = DossierForm(self, lambda: self.dialogs)
        self.ui = self._form.ui
        self.dialogs = EditorDialogs()
        """Message boxes and file dialogs; tests replace this with a scripted fake."""

        self._record: DossierRecord | None = None
        self._baseline = DossierFields()
        self._modified = False
        self._force_modified = False

        self._calls = ServiceCaller(self, workspace, lambda: self.dialogs)
        self._problems = Problems(self._form, self._calls)
        self._autosave = Autosave(self._calls)
        self._autosave.due.connect(self._write_draft)
        self._timeline = TimelineSection(
            self.ui, self._calls, lambda: self.dialogs, self._current_record, self._adopt
        )
        self._attachments = AttachmentsSection(
            self.ui, self._calls, self._current_record, self._adopt
        )
        # The panels are built when first needed (lazy_tab.py): see the properties below.
        # Their titles are the steps' titles (step_list.py), translated here.
        tabs = self.ui.tabs
        self._criteria = LazyTab(tabs, self.tr("Toetsing"), self._build_criteria, self._prepare)
        self._precedents = LazyTab(
            tabs, self.tr("Precedenten"), self._build_precedents, self._prepare
        )
        self._weighing = LazyTab(tabs, self.tr("Afweging"), self._build_weighing, self._prepare)
        self._proposal = LazyTab(tabs, self.tr("Voorstel"), self._build_proposal, self._prepare)
        self._loket = LazyTab(tabs, self.tr("Loket"), self._build_loket, self._prepare_unfixed)
        self._lazy_tabs: tuple[LazyTab[DossierTab[Any]], ...] = (
            self._criteria,
            self._precedents,
            self._weighing,
            self._proposal,
            self._loket,
        )
        self._steps = StepList(self.ui.step_list, self.ui.tabs)
        self._legal = LegalProgress()
        """What is stored of the legal steps of the dossier shown (for the step states)."""

        self.integrity_banner = IntegrityBanner(self)
        """Red, over a dossier whose signed record was changed outside the program."""
        self.ui.root_layout.insertWidget(1, self.integrity_banner)
        self.colleague_notice = ColleagueNotice(self)
        """Yellow, over unsaved changes to a dossier a colleague changed meanwhile."""
        self.ui.root_layout.insertWidget(1, self.colleague_notice)
        self.away_notice = ColleagueNotice(self)
        """Over a dossier a colleague has taken along: who, until when, and what to do."""
        self.ui.root_layout.insertWidget(1, self.away_notice)
        self.conflicts_banner = ConflictsBanner(self)
        """Over a dossier changed differently on a laptop and in the team database."""
        self.ui.root_layout.insertWidget(1, self.conflicts_banner)
        self.conflicts_banner.resolve_requested.connect(self._on_conflicts_requested)
        self.integrity_banner.resolve_requested.connect(self._on_resolve_requested)
        self.resolve_dialog: ResolveDialog | None = None
        reading: list[QWidget] = [
            self.ui.step_list,
            self.integrity_banner,
            self.ui.timeline_view,
            self.ui.attachments_view,
            self.ui.attachments_open_button,
            self.ui.bsn_show_button,
        ]
        self._lock = EditingLock(self, reading)
        """Holds every editing control shut while the dossier is read-only."""
        self.locked_notice = ColleagueNotice(self)
        """Why this person cannot change (all of) the dossier: a reader, a fixed decision."""
        self.ui.root_layout.insertWidget(1, self.locked_notice)
        self._fixed_locks = [
            EditingLock(widget)
            for widget in map(self._form.widget_for_field, FROZEN_WHEN_SIGNED)
            if widget is not None
        ]
        """Hold shut what a fixed decision rests on: its facts here, and the legal tabs."""

        self._form.edited.connect(self._on_field_edited)
        self.ui.title_edit.textChanged.connect(self._update_heading)
        self.ui.save_button.clicked.connect(self._on_save_button_clicked)
        self.ui.group_button.clicked.connect(self._on_group_button_clicked)
        self._group: GroupLink | None = None
        self.ui.group_row.hide()
        self.ui.revert_button.clicked.connect(self._on_revert_button_clicked)
        self._load(None)

    # ------------------------------------------------------------------ public API

    @property
    def criteria(self) -> CriteriaPanel:
        """The "Toetsing" tab: route, criteria and sluitstuk, stored as they are answered."""
        return self._criteria.panel

    @property
    def precedents(self) -> PrecedentPanel:
        """The "Precedenten" tab: factors, what earlier decisions say, the decision."""
        return self._precedents.panel

    @property
    def weighing(self) -> WeighingPanel:
        """The "Afweging" tab: proportionality and the arbitrariness indicators."""
        return self._weighing.panel

    @property
    def loket(self) -> LoketPanel:
        """The "Loket" tab: organisations, referrals, consents and sharings."""
        return self._loket.panel

    @property
    def proposal(self) -> ProposalPanel:
        """The "Voorstel" tab: texts for the citizen, safeguards and the knelpuntsignaal."""
        return self._proposal.panel

    def new_dossier(self) -> bool:
        """Start an empty dossier (after asking about unsaved changes); False if cancelled."""
        if not self.maybe_save():
            return False
        self._load(None)
        pending = self._autosave.earlier_draft(None)
        if pending is not None:
            fields = self._autosave.ask_restore(pending)
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
        context = self._calls.context()
        record = self._calls.run(
            self.tr("Dossier openen"),
            lambda s: dossiers.open_dossier(s, context, dossier_id),
            what=self.tr("Het dossier kon niet worden geopend."),
        )
        if record is None:
            return False
        self._load(record)
        pending = self._autosave.earlier_draft(dossier_id)
        if pending is not None:
            fields = self._autosave.ask_restore(pending)
            if fields is not None:
                self._load(record, overlay=fields)
                self._autosave.warn_if_changed_since(pending, record)
                self._write_draft()
        self.ui.tabs.setCurrentIndex(0)
        return True

    def restore_drafts(self) -> bool:
        """Offer autosaved work from an earlier session; True if some was put back.

        Call once after start, before the caseworker edits. Drafts are offered newest
        first; the first one accepted is loaded. Drafts not yet offered stay stored and
        are offered again when their dossier is opened, or at the next start.
        """
        for draft in self._autosave.earlier_drafts():
            fields = self._autosave.ask_restore(draft)
            if fields is None:
                continue
            self._restore(draft, fields)
            return True
        return False

    def is_modified(self) -> bool:
        return self._modified

    def show_colleague_changes(self, changes: Sequence[Change]) -> None:
        """Colleagues changed something (`by_others`). What they changed of this dossier is
        shown at once; when the form holds unsaved changes, a notice says so instead, and
        saving asks what to do (`_saved_first_by_someone`)."""
        record = self._record
        ours = [c for c in changes if record is not None and c.dossier_id == record.id]
        if record is None or not ours:
            return
        if not any(c.object_type in DOSSIER_OBJECTS for c in ours):
            self._show_sections(record)  # a tab's part: read again when seen
        elif self._modified:
            self.colleague_notice.tell(
                self.tr("Dossier {}").format(record.reference),
                ours[-1],
                self.tr(
                    "Uw wijzigingen zijn nog niet opgeslagen; bij Opslaan kiest u tussen de "
                    "nieuwe versie en uw versie als concept."
                ),
            )
        else:
            context = self._calls.context()
            newest = self._calls.run(
                self.tr("Dossier vernieuwen"),
                lambda s: dossiers.open_dossier(s, context, record.id),
            )
            if newest is not None:
                self._load(newest, keep_reveal=True)

    def remove_viewing_copies(self) -> None:
        """The plaintext copies of opened attachments go when the program closes."""
        self._attachments.remove_viewing_copies()

    def current_dossier_id(self) -> str | None:
        return self._record.id if self._record is not None else None

    def go_to_step(self, steps: int) -> None:
        """The next (1) or previous (-1) tab of the dossier, for the keyboard; it stays
        at the first and the last."""
        tabs = self.ui.tabs
        tabs.setCurrentIndex(max(0, min(tabs.count() - 1, tabs.currentIndex() + steps)))

    def current_reference(self) -> str | None:
        return self._record.reference if self._record is not None else None

    def save(self) -> bool:
        """Validate and store the dossier; on a problem, point at it and return False."""
        self._problems.clear()
        fields = self.form_to_fields()
        context, current, draft = self._calls.context(), self._record, self._autosave.key

        def store(session: Session) -> DossierRecord:
            if current is None:
                record = dossiers.create_dossier(session, context, fields)
            else:
                record = dossiers.update_dossier(
                    session, context, current.id, fields, expected_revision=current.revision
                )
            drafts.discard_draft(session, context, draft)
            return record

        try:
            record = self._calls.attempt(store)
        except ValidationError as error:
            self._problems.point_at(error)
            return False
        except ConcurrentEditError as error:
            return current is not None and self._saved_first_by_someone(current, fields, error)
        except DomainError as error:  # a refusal, the database
            self._calls.tell(
                self.tr("Niet opgeslagen"),
                error,
                self.tr("Het dossier is niet opgeslagen; uw tekst staat nog in het scherm."),
            )
            return False
        log.info("Dossier %s saved (revision %s)", record.id, record.revision)
        self._load(record, keep_reveal=True)
        self.saved.emit(record.id)
        return True

    def _saved_first_by_someone(
        self, base: DossierRecord, mine: DossierFields, error: ConcurrentEditError
    ) -> bool:
        """Someone saved the dossier after it was opened here. Their version is read;
        when they changed none of the fields (a timeline entry, an attachment) this save
        goes on over it, otherwise the caseworker chooses: the new version, or their own
        changes kept on top of it as a concept. True only when it was saved after all."""
        self._write_draft()  # the form is kept whatever happens next
        context = self._calls.context()
        newest = self._calls.run(
            self.tr("Niet opgeslagen"),
            lambda s: dossiers.open_dossier(s, context, base.id),
            what=self.tr("Het dossier is niet opgeslagen; uw tekst staat nog in het scherm."),
        )
        if newest is None:
            return False
        rebased = rebase(base.fields, mine, newest.fields)
        if not rebased.theirs:
            self._load(newest, overlay=rebased.value, keep_reveal=True)
            return self.save()
        what = self.tr("Dossier {}").format(newest.reference)
        labels = {field: self.tr(label) for field, label in FIELD_LABELS.items()}
        answer = ask_conflict(self.dialogs, self, what, error, rebased, labels)
        if answer is Answer.REFRESH:
            self._autosave.abandon(newest.id)
            self._load(newest)
        else:
            self._load(newest, overlay=rebased.value, keep_reveal=True)
            self._write_draft()
        log.info("Dossier %s was changed meanwhile (%s)", newest.id, answer.value)
        return False

    def maybe_save(self) -> bool:
        """Before leaving this dossier: save, discard or stay. False only on 'Annuleren',
        or when what was to be saved could not be. A decision typed on the Precedenten tab
        but not recorded counts as unsaved work too."""
        panel = self._precedents.built
        unrecorded = panel is not None and panel.has_unrecorded_decision()
        if not self._modified and not unrecorded:
            return True
        unsaved = []
        if self._modified:
            unsaved.append(self._unsaved_line())
        if unrecorded:
            unsaved.append(self.tr(UNRECORDED_DECISION))
        answer = self.dialogs.ask(
            self,
            self.tr("Wijzigingen opslaan?"),
            self.tr("Wijzigingen opslaan?"),
            [
                Choice("save", self.tr("Opslaan"), ButtonRole.AcceptRole),
                Choice("discard", self.tr("Niet opslaan"), ButtonRole.DestructiveRole),
                Choice("cancel", self.tr("Annuleren"), ButtonRole.RejectRole),
            ],
            default="save",
            escape="cancel",
            detail=" ".join(unsaved),
        )
        if answer == "cancel":
            return False
        if answer == "save":
            if unrecorded and panel is not None and not panel.record_decision():
                return False  # it said why; the person stays to finish it
            return not self._modified or self.save()
        if self._modified:
            self._discard_changes()
        return True

    def revert_changes(self) -> bool:
        """'Wijzigingen terugdraaien': back to the saved state, after confirmation."""
        if not self._modified:
            return False
        answer = self.dialogs.ask(
            self,
            self.tr("Wijzigingen terugdraaien"),
            self.tr("Alle wijzigingen sinds het laatste opslaan terugdraaien?"),
            [
                Choice("revert", self.tr("Terugdraaien"), ButtonRole.DestructiveRole),
                Choice("cancel", self.tr("Annuleren"), ButtonRole.RejectRole),
            ],
            default="cancel",
            escape="cancel",
            detail=self.tr(
                "De velden krijgen weer de inhoud die is opgeslagen. "
                "Tijdlijn en bijlagen veranderen niet: die worden altijd direct bewaard."
            ),
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
        """Write a pending autosave and typed criteria text now (e.g. before the session ends)."""
        for tab in self._built_tabs():
            tab.commit_texts()
        if self._autosave.is_pending():
            self._write_draft()

    def form_to_fields(self) -> DossierFields:
        """The form as `DossierFields`, exactly as typed; never validates."""
        return self._form.to_fields()

    def fields_to_form(self, fields: DossierFields) -> None:
        """Show `fields` in the form. Widgets whose content is unchanged keep their undo."""
        self._form.show_fields(fields)
        self._update_heading()

    # ------------------------------------------------------------------ the panels

    def _build_criteria(self) -> CriteriaPanel:
        panel = CriteriaPanel(self._calls, self)
        panel.changed.connect(self._on_criteria_changed)
        panel.route_chosen.connect(self._form.offer_deviation_article)
        return panel

    def _build_precedents(self) -> PrecedentPanel:
        panel = PrecedentPanel(self._calls, self)
        panel.changed.connect(self._on_precedents_changed)
        panel.open_requested.connect(self._on_precedent_open_requested)
        return panel

    def _build_weighing(self) -> WeighingPanel:
        panel = WeighingPanel(self._calls, self)
        panel.field_requested.connect(self._on_field_requested)
        panel.open_requested.connect(self._on_precedent_open_requested)
        return panel

    def _build_proposal(self) -> ProposalPanel:
        return ProposalPanel(self._calls, self)

    def _build_loket(self) -> LoketPanel:
        panel = LoketPanel(self._calls, self)
        panel.summary_requested.connect(self.loket_summary_requested)
        return panel

    def _prepare(self, panel: DossierTab[Any]) -> None:
        """A panel just built: it shows the dossier shown, as the others do, and is held
        shut while the decision is fixed."""
        fixed = EditingLock(panel, panel.reading_controls())
        fixed.engage(any(lock.engaged for lock in self._fixed_locks))
        self._fixed_locks.append(fixed)
        self._prepare_unfixed(panel)

    def _prepare_unfixed(self, panel: DossierTab[Any]) -> None:
        """A panel just built that a fixed decision does not hold shut: the Loket's work
        goes on after the decision, which does not rest on it."""
        panel.stored.connect(self._read_progress)
        self._lock.keep_open(panel.reading_controls())
        panel.read_only = self._lock.engaged
        panel.show_record(self._record)

    def _built_tabs(self) -> list[DossierTab[Any]]:
        return [tab.built for tab in self._lazy_tabs if tab.built is not None]

    # ------------------------------------------------------------------ loading and state

    def _current_record(self) -> DossierRecord | None:
        return self._record

    def _load(
        self,
        record: DossierRecord | None,
        *,
        overlay: DossierFields | None = None,
        keep_reveal: bool = False,
    ) -> None:
        """Show `record` (None: a new dossier); `overlay` puts restored work on top."""
        self._autosave.reset(record.id if record is not None else None)
        self._problems.clear()
        self.colleague_notice.clear()
        if keep_reveal:
            self._form.bsn.settle()
        else:
            self._form.bsn.set_value("")
        self._record = record
        self._show_integrity(record)  # before the tabs set their controls for this dossier
        new_fields = DossierFields(owner=person_of(self._calls.context().actor))  # not the account
        self.fields_to_form(record.fields if record is not None else new_fields)
        self._baseline = self.form_to_fields()
        self._force_modified = overlay is not None
        if overlay is not None:
            self.fields_to_form(overlay)
        self.ui.reference_edit.setText(record.reference if record is not None else self.tr("nieuw"))
        self._show_sections(record)
        self._update_modified()

    def _show_group(self, record: DossierRecord | None) -> None:
        """'Hoort bij groep GR-… — …' while the dossier is a member of a group."""
        link = None
        if record is not None:
            link = self._calls.read(
                self.tr("Groep"), lambda s: group_links.group_link(s, record.id)
            )
        self._group = link
        self.ui.group_line.setText(shown_sentence(link.line) if link is not None else "")
        self.ui.group_row.setVisible(link is not None)

    @Slot()
    def _on_group_button_clicked(self) -> None:
        if self._group is not None:
            self.group_requested.emit(self._group.id)

    def _show_sections(self, record: DossierRecord | None) -> None:
        self._show_group(record)
        self._timeline.show_record(record)
        self._attachments.show_record(record)
        for tab in self._built_tabs():
            tab.show_record(record)
        self._update_heading()
        self._read_progress()

    @Slot()
    def _read_progress(self) -> None:
        """Read how far the legal steps are, and show every step's state."""
        record, progress = self._record, LegalProgress()
        if record is not None:
            dossier_id = record.id
            read = self._calls.read(self.tr("Dossier"), lambda s: legal_progress(s, dossier_id))
            progress = read if read is not None else progress
        self._legal = progress
        self._update_steps()

    def _update_steps(self, fields: DossierFields | None = None) -> None:
        """The steps' states as the form shows the dossier now (`fields`, when the caller
        has just read them), and the next step."""
        record = self._record
        steps = dossier_steps(
            fields if fields is not None else self.form_to_fields(),
            len(record.timeline) if record is not None else 0,
            len(record.attachments) if record is not None else 0,
            self._legal,
        )
        self._steps.show_steps(steps)
        self.ui.next_step_label.setText(shown_sentence(next_step_line(steps)))

    def show_integrity(self) -> None:
        """Read again whether the dossier's signed record checks out (after switching
        user: whether the banner offers "Beoordelen en vrijgeven…" depends on who works)."""
        self._show_integrity(self._record)

    def is_read_only(self) -> bool:
        """Whether the dossier is read-only: its signed record was changed outside the
        program and no functioneel beheerder has resolved it yet, a colleague has it on
        loan (taken along on a laptop), or the person working only reads."""
        return self._lock.engaged

    def _show_integrity(self, record: DossierRecord | None) -> None:
        problems: tuple[str, ...] = ()
        away: Lease | None = None
        conflicts: list[SyncConflict] = []
        fixed: SignedDecision | None = None
        context = self._calls.context()
        if record is not None:
            dossier_id = record.id
            found = self._calls.read(
                self.tr("Dossier"),
                lambda s: (
                    integrity_problems(s, dossier_id),
                    leases.away_from(s, context, dossier_id),
                    sync.open_conflicts(s, dossier_id),
                    fixed_version(s, dossier_id),
                ),
            )
            problems, away, conflicts, fixed = found or ((), None, [], None)
        may_resolve = context.user.may(Permission.RESOLVE_INTEGRITY)
        self.integrity_banner.show_problems(problems, may_resolve=may_resolve)
        self.conflicts_banner.show_conflicts(
            conflicts, may_resolve=context.user.may(Permission.EDIT_DOSSIER) and away is None
        )
        if away is None:
            self.away_notice.clear()
        else:
            self.away_notice.say(shown_sentence(away_message(away)))
        reader = record is not None and not context.user.may(Permission.EDIT_DOSSIER)
        locked = bool(problems) or away is not None or reader
        self._lock.engage(locked)
        for tab in self._built_tabs():
            tab.read_only = locked
        for lock in self._fixed_locks:
            lock.engage(fixed is not None and not locked)
        if reader and not problems and away is None:
            self.locked_notice.say(reader_line(context.user))
        elif fixed is not None and not locked:
            self.locked_notice.say(fixed_line(fixed))
        else:
            self.locked_notice.clear()

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
        self._show_sections(record)
        self._update_state_label()
        if self._modified:
            self._write_draft()

    @Slot()
    def _update_heading(self) -> None:
        title = self.ui.title_edit.text().strip()
        if self._record is None:
            text = (
                self.tr("Nieuw dossier — {}").format(title) if title else self.tr("Nieuw dossier")
            )
        else:
            text = f"{self._record.reference} — {title or _untitled()}"
        self.ui.heading_label.setText(text)

    def _update_modified(self, fields: DossierFields | None = None) -> None:
        shown = fields if fields is not None else self.form_to_fields()
        modified = self._force_modified or shown != self._baseline
        changed = modified != self._modified
        self._modified = modified
        self._update_state_label()
        self.ui.revert_button.setEnabled(modified)
        self.ui.save_button.setEnabled(modified or self._record is None)
        if changed:
            self.modified_changed.emit(modified)

    def _update_state_label(self) -> None:
        autosave = self._autosave
        if self._modified:
            if autosave.failed:
                text = self.tr(
                    "Niet-opgeslagen wijzigingen — automatisch bewaren is mislukt; sla het dossier op"
                )
            elif autosave.written_at is not None:
                text = self.tr("Niet-opgeslagen wijzigingen — automatisch bewaard om {}").format(
                    f"{autosave.written_at:%H:%M}"
                )
            else:
                text = self.tr("Niet-opgeslagen wijzigingen")
        elif self._record is None:
            text = self.tr("Nog niet opgeslagen")
        else:
            text = self.tr("Opgeslagen op {}").format(format_moment(self._record.updated_at))
        self.ui.state_label.setText(text)

    def _unsaved_line(self) -> str:
        """'Dossier … ‘…’ heeft wijzigingen die nog niet zijn opgeslagen.'"""
        title = self.ui.title_edit.text().strip() or _untitled()
        if self._record is None:
            return self.tr(
                "Het nieuwe dossier ‘{}’ heeft wijzigingen die nog niet zijn opgeslagen."
            ).format(title)
        return self.tr("Dossier {} ‘{}’ heeft wijzigingen die nog niet zijn opgeslagen.").format(
            self._record.reference, title
        )

    def _focused_text_widget(self) -> QLineEdit | QPlainTextEdit | None:
        widget = QApplication.focusWidget()
        if widget is None or not self.isAncestorOf(widget):
            return None
        if isinstance(widget, QLineEdit | QPlainTextEdit) and not widget.isReadOnly():
            return widget
        return None

    # ------------------------------------------------------------------ edits and drafts

    @Slot(object)
    def _on_field_edited(self, widget: QWidget) -> None:
        if self._problems.is_marked(widget):
            self._problems.clear()
        if isinstance(widget, QPlainTextEdit):
            self._problems.warn_if_too_long(widget)
        fields = self.form_to_fields()  # once per keystroke, for both
        self._update_modified(fields)
        self._update_steps(fields)
        self._autosave.schedule()

    @Slot()
    def _write_draft(self) -> bool:
        """Store the form as this dossier's draft, or drop the draft when nothing changed."""
        base_revision = self._record.revision if self._record is not None else None
        fields = self.form_to_fields() if self._modified else None
        written = self._autosave.write(base_revision, fields)
        self._update_state_label()
        return written

    def _discard_changes(self) -> None:
        """Back to the saved state, and the draft gone."""
        self._autosave.abandon(self._record.id if self._record is not None else None)
        self._problems.clear()
        self._force_modified = False
        self.fields_to_form(self._baseline)
        self._update_modified()

    def _restore(self, draft: drafts.Draft, fields: DossierFields) -> None:
        if draft.dossier_id is None:
            self._load(None, overlay=fields)
        else:
            context, dossier_id = self._calls.context(), draft.dossier_id
            try:
                record = self._calls.attempt(
                    lambda s: dossiers.open_dossier(s, context, dossier_id)
                )
            except NotFoundError:
                self._calls.warn(
                    self.tr("Niet-opgeslagen werk"),
                    self.tr(
                        "Het dossier waar dit werk bij hoort, bestaat niet meer. Het werk is "
                        "teruggezet als nieuw dossier; sla het op om het te bewaren."
                    ),
                )
                self._load(None, overlay=fields)
                self._autosave.key = draft.dossier_id  # removed when the new dossier is saved
            else:
                self._load(record, overlay=fields)
                self._autosave.warn_if_changed_since(draft, record)
        self.ui.tabs.setCurrentIndex(0)
        self._write_draft()

    # ------------------------------------------------------------------ buttons

    @Slot()
    def _on_criteria_changed(self) -> None:
        """A new route can point to another factor catalogue, a new type of power changes
        which steps apply: read those tabs again when they are next seen."""
        self._read_progress()
        for tab in (self._precedents.built, self._weighing.built):
            if tab is not None:
                tab.show_record(self._record)

    @Slot()
    def _on_precedents_changed(self) -> None:
        # The indicators look at the decision, and so does the proposal.
        for tab in (self._weighing.built, self._proposal.built):
            if tab is not None:
                tab.show_record(self._record)

    @Slot(str)
    def _on_field_requested(self, name: str) -> None:
        """Go to the tab that holds a field a finding points to."""
        if name.startswith(("criteria", "route")):
            self.ui.tabs.setCurrentWidget(self.criteria)
        elif name.startswith(("precedents", "decision.distinctions", "decision.degree")):
            self.ui.tabs.setCurrentWidget(self.precedents)
        elif name.startswith(("safeguards", "signal", "decision.factor_motivations")):
            self.ui.tabs.setCurrentWidget(self.proposal)
            self.proposal.focus_field(name)
        elif name.startswith("decision"):
            self.ui.tabs.setCurrentWidget(self.precedents)

    @Slot(str)
    def _on_precedent_open_requested(self, reference: str) -> None:
        dossier_id = self._calls.run(
            self.tr("Beslissing openen"), lambda s: dossiers.find_by_reference(s, reference)
        )
        if dossier_id is not None:
            self.dossier_requested.emit(dossier_id)

    @Slot()
    def _on_conflicts_requested(self) -> None:
        """ "Kiezen…": per conflicting part the version the dossier keeps, then the dossier
        as it is now."""
        record = self._record
        if record is None:
            return
        if self._modified:
            self._calls.warn(
                self.tr("Eerst opslaan"),
                self.tr(
                    "Sla uw wijzigingen eerst op, of draai ze terug; kies daarna welke versies "
                    "blijven."
                ),
            )
            return
        dialog = SyncConflictsDialog(record.reference, self.conflicts_banner.conflicts, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        context, chosen = self._calls.context(), dialog.choices()

        def resolve(session: Session) -> int:
            for conflict, choice in chosen:
                sync.resolve_conflict(session, context, conflict.id, choice)
            return len(chosen)

        resolved = self._calls.run(self.tr("Keuzes niet vastgelegd"), resolve)
        if resolved is not None:
            log.info("Conflicts of dossier %s resolved (%d)", record.id, resolved)
        if self.open_dossier(record.id):
            self.saved.emit(record.id)

    def _on_resolve_requested(self) -> None:
        """ "Beoordelen en vrijgeven…": the beheerder's verdict, then the dossier as it is now."""
        record = self._record
        if record is None or self.resolve_dialog is not None:
            return
        problems = self.integrity_banner.problems
        dialog = self.resolve_dialog = ResolveDialog(
            self._calls, record.id, record.reference, problems, self
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(self._on_resolve_finished)
        dialog.open()

    @Slot(int)
    def _on_resolve_finished(self, result: int) -> None:
        self.resolve_dialog = None
        record = self._record
        if result != QDialog.DialogCode.Accepted or record is None:
            return
        log.info("Dossier %s released after an integrity review", record.id)
        if self.open_dossier(record.id):
            self.saved.emit(record.id)  # its status may have changed: the list shows it

    @Slot()
    def _on_save_button_clicked(self) -> None:
        self.save()

    @Slot()
    def _on_revert_button_clicked(self) -> None:
        self.revert_changes()


def _untitled() -> str:
    """'(nog zonder titel)', in the language of the windows."""
    return QCoreApplication.translate("Autosave", UNTITLED)
