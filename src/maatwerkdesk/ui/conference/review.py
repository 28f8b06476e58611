"""Bespreking: one agenda item, the caseworker's full proposal beside the conference's record.

The left side is the motivated decision exactly as the export builds it, read-only and in
the order the conference discusses it. The right side is the record; who may change what
follows the role (see `record_form.Mode`). Signing first shows what `sign_check` objects
to, or what will be fixed; after signing the record is read-only for good, and a change is
a new version with a reason, signed by a chair.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import replace
from datetime import date
from functools import partial

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDialog, QListWidgetItem, QWidget

from maatwerkdesk.domain.conference import ItemRecord, SignedDecision, rebase_record
from maatwerkdesk.domain.decision import Decision
from maatwerkdesk.domain.errors import ConcurrentEditError, DomainError
from maatwerkdesk.domain.people import Permission
from maatwerkdesk.domain.signed_record import OverrideGround
from maatwerkdesk.services import meetings, signing
from maatwerkdesk.services.changes import Change
from maatwerkdesk.services.conference_review import Review, load_review
from maatwerkdesk.services.signed_version import version_html
from maatwerkdesk.services.workspace import Workspace
from maatwerkdesk.ui import theme
from maatwerkdesk.ui.colleague_changes import ColleagueNotice
from maatwerkdesk.ui.common.conflict import Answer, ask_conflict
from maatwerkdesk.ui.common.dialogs import ButtonRole, Choice, Dialogs, Tone
from maatwerkdesk.ui.common.geometry import fit_to_screen
from maatwerkdesk.ui.common.origin import ORIGIN
from maatwerkdesk.ui.common.plain_text import allow_long_words, plain_labels, tooltip
from maatwerkdesk.ui.common.service_calls import ServiceCaller
from maatwerkdesk.ui.common.tasks import TaskRunner
from maatwerkdesk.ui.common.vocabulary import shown_label
from maatwerkdesk.ui.conference.concepts import RecordConcepts
from maatwerkdesk.ui.conference.presentation import (
    long_date,
    record_labels,
    version_label,
)
from maatwerkdesk.ui.conference.record_form import RecordForm
from maatwerkdesk.ui.conference.review_texts import (
    Mode,
    banner,
    bullets,
    guidance,
    mode_for,
    what_is_fixed,
)
from maatwerkdesk.ui.conference.signing_key import SigningKeyDialog
from maatwerkdesk.ui.forms.ui_conference_review import Ui_ReviewDialog
from maatwerkdesk.ui.integrity.banner import IntegrityBanner
from maatwerkdesk.ui.integrity.resolve_dialog import ResolveDialog
from maatwerkdesk.ui.translation import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)

VERSION_ROLE = Qt.ItemDataRole.UserRole
DOCUMENT_SHARE, FORM_SHARE = 1, 1
VERSION_ROWS = 4
"""Versions listed before the list scrolls; the chosen one is shown in full below it."""
LOADING = QT_TRANSLATE_NOOP("ReviewDialog", "Het dossier wordt gelezen…")


class ReviewDialog(QDialog):
    """Signals: `changed` after the record was stored; `decided(dossier_id)` after a
    decision was signed or a new version was."""

    changed = Signal()
    decided = Signal(str)

    def __init__(
        self, workspace: Workspace, item_id: str, today: date, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_ReviewDialog()
        self.ui.setupUi(self)
        self.dialogs = Dialogs()
        """Message boxes; tests replace this with a scripted fake."""
        self._calls = ServiceCaller(self, workspace, lambda: self.dialogs)
        self._workspace = workspace
        self._item_id = item_id
        self._today = today
        self._runner = TaskRunner(self)
        self._review: Review | None = None
        self._mode = Mode.READ
        self._loads = 0
        """Reads under way; the form waits for the last one."""
        self._dirty = False
        self._concept: ItemRecord | None = None
        """One's own record kept after a colleague saved first: shown at the next read."""
        self._concepts = RecordConcepts(self._calls)
        self._concept_kept = False
        """A concept of this item's record is stored: dropped once the record is saved."""
        self._offered: set[str] = set()
        """Items whose earlier concept was offered back already."""
        self.form = RecordForm(self.ui)
        self.integrity_banner = IntegrityBanner(self)
        self.ui.dialog_layout.insertWidget(1, self.integrity_banner)
        self.colleague_notice = ColleagueNotice(self)
        self.ui.dialog_layout.insertWidget(1, self.colleague_notice)
        self.integrity_banner.resolve_requested.connect(self._on_resolve_requested)
        self.resolve_dialog: ResolveDialog | None = None
        self.key_dialog: SigningKeyDialog | None = None

        self.ui.review_splitter.setStretchFactor(0, DOCUMENT_SHARE)
        self.ui.review_splitter.setStretchFactor(1, FORM_SHARE)
        self.ui.review_splitter.setSizes([DOCUMENT_SHARE * 100, FORM_SHARE * 100])
        plain_labels(self, rich=(self.ui.departure_label, self.ui.override_label))
        allow_long_words(self.ui.heading_label, self.ui.banner_label, self.ui.problems_label)
        self.ui.banner_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.ui.banner_label.setMargin(6)
        self.ui.heading_label.setStyleSheet("QLabel { font-size: 13pt; font-weight: bold; }")
        self.ui.document_note_label.setStyleSheet(theme.muted_label())
        self.ui.document_view.setPlainText(self.tr(LOADING))
        self.ui.save_button.setShortcut(QKeySequence(QKeySequence.StandardKey.Save))
        self.ui.versions_box.setVisible(False)
        lines = self.ui.version_view.fontMetrics().lineSpacing()
        self.ui.version_view.setMinimumHeight(lines * 16)
        self.ui.form_contents.setEnabled(False)
        fit_to_screen(self)

        self.form.edited.connect(self._on_form_edited)
        self.ui.section_combo.activated.connect(self._on_section_chosen)
        self.ui.versions_list.currentItemChanged.connect(self._on_version_chosen)
        self.ui.save_button.clicked.connect(self.save)
        self.ui.sign_button.clicked.connect(self.sign)
        self.ui.key_button.clicked.connect(self.open_signing_key)
        self.ui.amend_button.clicked.connect(self._on_amend_clicked)
        self.ui.close_button.clicked.connect(self.reject)
        self.ui.previous_button.clicked.connect(partial(self.go_to, -1))
        self.ui.next_button.clicked.connect(partial(self.go_to, 1))
        self._load(with_document=True, audit_read=True)

    # ------------------------------------------------------------------ public API

    @property
    def review(self) -> Review | None:
        return self._review

    @property
    def mode(self) -> Mode:
        return self._mode

    def is_loading(self) -> bool:
        return self._loads > 0

    @Slot()
    def save(self) -> bool:
        """Store the record (or a member's own advice); True when it was stored."""
        review = self._review
        if review is None or self._mode not in (Mode.RECORD, Mode.ADVICE):
            return False
        context, item_id, revision = self._calls.context(), self._item_id, review.item.revision
        record = self.form.record()
        try:
            if self._mode is Mode.RECORD:
                self._calls.attempt(
                    lambda s: meetings.record_item(
                        s, context, item_id, record, expected_revision=revision
                    )
                )
            elif not self._save_own_advice(review):
                return False
        except ConcurrentEditError as error:
            self._saved_first_by_someone(review, record, error)
            return False
        except DomainError as error:
            self._calls.tell(self.tr("Verslag niet opgeslagen"), error)
            return False
        self._forget_concept(review.item.dossier_id)
        self._dirty = False
        self.changed.emit()
        self._load(with_document=False, audit_read=False)
        return True

    @Slot()
    def sign(self) -> None:
        """Sign the decision, or the new version while one is being made."""
        if self._mode is Mode.AMEND:
            self._sign_new_version()
            return
        review = self._review
        if review is None or (self._dirty and not self.save()):
            return
        context, item_id = self._calls.context(), self._item_id
        check = self._calls.run(
            self.tr("Ondertekenen"), lambda s: signing.sign_check(s, context, item_id)
        )
        if check is None:
            return
        if check.problems:
            self.form.show_departure(check.departs_from, signed=False)
            self.form.show_override(check.override, signed=False)
            self._refused(check.problems, key=check.needs_key)
            self._point_to_motivation(check.departs_from, check.override)
            return
        assert check.decision is not None
        if not self._confirm(
            self.tr("Besluit ondertekenen"),
            self.tr("Dit besluit ondertekenen?"),
            check.decision,
            check.departs_from,
            check.override,
        ):
            return
        signed = self._calls.run(
            self.tr("Niet ondertekend"), lambda s: signing.sign(s, context, item_id)
        )
        if signed is not None:
            self._after_signing(signed)

    @Slot()
    def open_signing_key(self) -> None:
        """The chair's "Mijn ondertekeningssleutel…"; the review reads again once it closes,
        as signing may be possible now."""
        if self.key_dialog is not None:
            self.key_dialog.raise_()
            return
        dialog = self.key_dialog = SigningKeyDialog(self._calls, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def closed(_result: int) -> None:
            self.key_dialog = None
            self._load(with_document=False, audit_read=False)

        dialog.finished.connect(closed)
        dialog.open()

    def go_to(self, step: int) -> None:
        """The previous or next agenda item, in the order of the meeting's agenda."""
        review = self._review
        if review is None or self.is_loading():
            return
        agenda = review.meeting.agenda
        index = next(i for i, item in enumerate(agenda) if item.id == self._item_id) + step
        if not 0 <= index < len(agenda):
            return
        if self._dirty and not self._leave_unsaved():
            return
        self._item_id = agenda[index].id
        self._mode = Mode.READ
        self.ui.document_view.setPlainText(self.tr(LOADING))
        self._load(with_document=True, audit_read=True)

    def show_colleague_changes(self, changes: Sequence[Change]) -> None:
        """Colleagues changed something (`by_others`): this item's record or its dossier is
        read again, unless the form holds unsaved changes; then a notice says so."""
        review = self._review
        dossier_id = review.item.dossier_id if review is not None else None
        ours = [c for c in changes if c.dossier_id == dossier_id]
        if review is None or not ours:
            return
        if self._dirty:
            self.colleague_notice.tell(
                self.tr("Het verslag van {}").format(review.item.reference),
                ours[-1],
                self.tr(
                    "Uw wijzigingen zijn nog niet opgeslagen; bij Opslaan kiest u tussen de "
                    "nieuwe versie en uw versie als concept."
                ),
            )
        elif not self.is_loading():
            document = any(c.object_type != "meeting" for c in ours)  # the caseworker's part
            self._load(with_document=document, audit_read=False)

    def shutdown(self) -> None:
        """Stop reading without asking anything: the app is quitting."""
        self._runner.shutdown()

    # ------------------------------------------------------------------ events

    def done(self, result: int) -> None:
        if self._dirty and not self._leave_unsaved():
            return
        self._runner.shutdown()
        super().done(result)

    # ------------------------------------------------------------------ loading

    def _load(self, *, with_document: bool, audit_read: bool) -> None:
        self._loads += 1
        self.ui.form_contents.setEnabled(False)
        self._update_buttons()
        work = partial(
            load_review,
            self._workspace,
            self._item_id,
            self._today,
            origin=ORIGIN,
            with_document=with_document,
            audit_read=audit_read,
            palette=theme.current(),
        )
        self._calls.start(
            self._runner,
            self.tr("Bespreking"),
            work,
            self._on_loaded,
            on_failed=self._on_load_failed,
            what=self.tr("Het agendapunt is niet geopend."),
        )

    def _on_loaded(self, review: Review) -> None:
        self._loads -= 1
        if review.document is not None:
            self._show_document(review)
        if self._loads == 0:
            self._review = review
            if review.item.id not in self._offered:
                self._offered.add(review.item.id)
                self._concept = self._concepts.offer(review.item)
                self._concept_kept = self._concept is not None
            self._show(review)

    def _on_load_failed(self, _error: BaseException) -> None:
        self._loads -= 1
        self.ui.document_view.setPlainText(self.tr("Het dossier kon niet worden gelezen."))
        self._update_buttons()

    # ------------------------------------------------------------------ showing

    def _show_document(self, review: Review) -> None:
        rendered = review.document
        assert rendered is not None
        scroll = self.ui.document_view.verticalScrollBar()
        same = self._review is not None and self._review.item.id == review.item.id
        position = scroll.value() if same else 0  # read on where the reader was
        self.ui.document_view.setHtml(rendered.html)
        scroll.setValue(position)
        combo = self.ui.section_combo
        combo.clear()
        for chapter in rendered.chapters:
            combo.addItem(chapter.title, chapter.anchor)

    def _show(self, review: Review) -> None:
        meeting, item = review.meeting, review.item
        self.setWindowTitle(self.tr("Bespreking {} – {}").format(item.reference, meeting.reference))
        self.ui.heading_label.setText(
            self.tr(
                "Agendapunt {position} van {count}: {reference} — {title}   ({meeting}, {date})"
            ).format(
                position=item.position,
                count=len(meeting.agenda),
                reference=item.reference,
                title=item.title,
                meeting=meeting.reference,
                date=long_date(meeting.held_on),
            )
        )
        self._mode = mode_for(review, amending=self._mode is Mode.AMEND)
        concept, self._concept = self._concept, None
        if concept is not None:  # one's own changes, on top of a colleague's version
            review = replace(review, item=replace(review.item, record=concept))
        signed = review.shown_version
        shown = self._shown_decision(review)
        if concept is not None and concept.decision is not None:
            shown = concept.decision
        factors = signed.factors if signed and self._mode is not Mode.AMEND else None
        self.form.show(review, shown, factors or review.precedents.factors)
        if self._mode is Mode.AMEND:
            latest = review.versions[-1]
            self.ui.departure_edit.setPlainText(latest.departure_motivation)
            self.form.show_departure(latest.departed_from, signed=False)
            self._show_signed_override(latest, signed=False)
        elif signed is not None:
            self.ui.departure_edit.setPlainText(signed.departure_motivation)
            self.form.show_departure(signed.departed_from, signed=True)
            self._show_signed_override(signed, signed=True)
        else:
            self.form.show_departure(review.check.departs_from, signed=False)
            self.form.show_override(review.check.override, signed=False)
        members = {m.user.id for m in meeting.members}
        self.form.set_mode(self._mode, review.user.id, members)
        self._show_banner(review)
        may_resolve = review.user.may(Permission.RESOLVE_INTEGRITY)
        self.integrity_banner.show_problems(review.integrity, may_resolve=may_resolve)
        self._show_versions(review)
        self.ui.form_contents.setEnabled(True)
        self.colleague_notice.clear()
        self._dirty = concept is not None
        self._update_buttons()

    def _show_signed_override(self, version: SignedDecision, *, signed: bool) -> None:
        override = version.override
        self.ui.override_edit.setPlainText(override.motivation if override is not None else "")
        self.form.show_override(override.grounds if override is not None else (), signed=signed)

    def _shown_decision(self, review: Review) -> Decision | None:
        if self._mode is Mode.AMEND:
            return review.versions[-1].decision
        signed = review.shown_version
        return signed.decision if signed is not None else review.check.decision

    def _show_banner(self, review: Review) -> None:
        text, meaning = banner(review, self._mode)
        self.ui.banner_label.setText(text)
        self.ui.banner_label.setStyleSheet(f"QLabel {{ {theme.box(meaning)} font-weight: bold; }}")

    def _show_versions(self, review: Review) -> None:
        view = self.ui.versions_list
        view.blockSignals(True)
        view.clear()
        for version in review.versions:
            entry = QListWidgetItem(version_label(version))
            entry.setData(VERSION_ROLE, version)
            entry.setToolTip(tooltip(version_label(version)))
            view.addItem(entry)
        view.blockSignals(False)
        self.ui.versions_box.setVisible(bool(review.versions))
        rows = min(max(view.count(), 1), VERSION_ROWS)
        view.setFixedHeight(rows * view.sizeHintForRow(0) + 2 * view.frameWidth() + 4)
        if review.versions:
            view.setCurrentRow(view.count() - 1)

    def _update_buttons(self) -> None:
        ui, review = self.ui, self._review
        ready = review is not None and not self.is_loading()
        signed = review is not None and review.item.signed_version is not None
        amending = self._mode is Mode.AMEND
        ui.save_button.setVisible(not signed)
        ui.save_button.setEnabled(ready and self._mode in (Mode.RECORD, Mode.ADVICE))
        ui.sign_button.setVisible(not signed or amending)
        ui.sign_button.setText(
            self.tr("Nieuwe versie o&ndertekenen…") if amending else self.tr("O&ndertekenen…")
        )
        chair = review is not None and review.user.id == review.meeting.chair.id
        # A record changed outside the program is read-only: nothing is signed on it.
        signable = ready and not (review is not None and review.integrity)
        ui.sign_button.setEnabled(signable and (amending or (chair and not signed)))
        needs_key = review is not None and review.check.needs_key and not signed
        ui.key_button.setVisible(needs_key)
        ui.amend_button.setVisible(signed)
        ui.amend_button.setText(
            self.tr("Wijziging &annuleren") if amending else self.tr("Nieuwe &versie…")
        )
        may_sign = review is not None and review.user.may(Permission.SIGN)
        ui.amend_button.setEnabled(signable and may_sign)
        ui.problems_label.setText(
            guidance(review, self._mode) if review and ready else self.tr(LOADING)
        )
        position = review.item.position if review is not None else 0
        count = len(review.meeting.agenda) if review is not None else 0
        ui.previous_button.setEnabled(ready and position > 1)
        ui.next_button.setEnabled(ready and position < count)

    # ------------------------------------------------------------------ slots

    @Slot()
    def _on_form_edited(self) -> None:
        if not self.is_loading():
            self._dirty = True

    @Slot(int)
    def _on_section_chosen(self, index: int) -> None:
        anchor = self.ui.section_combo.itemData(index)
        if anchor:
            self.ui.document_view.scrollToAnchor(anchor)

    @Slot()
    def _on_version_chosen(self, *_args: object) -> None:
        entry, review = self.ui.versions_list.currentItem(), self._review
        if entry is None or review is None:
            self.ui.version_view.clear()
            return
        version: SignedDecision = entry.data(VERSION_ROLE)
        self.ui.version_view.setHtml(
            version_html(version, review.precedents.catalogue, theme.current())
        )

    @Slot()
    def _on_resolve_requested(self) -> None:
        """ "Beoordelen en vrijgeven…", for a functioneel beheerder; then read again."""
        review = self._review
        if review is None or self.resolve_dialog is not None:
            return
        item = review.item
        dialog = self.resolve_dialog = ResolveDialog(
            self._calls, item.dossier_id, item.reference, review.integrity, self
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def finished(result: int) -> None:
            self.resolve_dialog = None
            if result == QDialog.DialogCode.Accepted:
                self.changed.emit()
                self._load(with_document=True, audit_read=False)

        dialog.finished.connect(finished)
        dialog.open()

    @Slot()
    def _on_amend_clicked(self) -> None:
        review = self._review
        if review is None:
            return
        if self._mode is Mode.AMEND and self._dirty and not self._leave_unsaved():
            return
        self._mode = Mode.READ if self._mode is Mode.AMEND else Mode.AMEND
        self._show(review)
        if self._mode is Mode.AMEND:
            self.ui.amend_reason_edit.setFocus()
            self.ui.form_scroll.ensureWidgetVisible(self.ui.decision_box)

    # ------------------------------------------------------------------ steps

    def _save_own_advice(self, review: Review) -> bool:
        """A member's own part: their advice, or their declared conflict of interest.
        Raises the `DomainError` it failed with."""
        user_id, item_id, context = review.user.id, self._item_id, self._calls.context()
        if not self.form.advice.is_taking_part(user_id):
            self._calls.attempt(lambda s: meetings.declare_conflict(s, context, item_id))
            return True
        own = next((a for a in self.form.advice.advice() if a.user_id == user_id), None)
        if own is None:
            self._calls.warn(
                self.tr("Advies"), self.tr("Kies eerst uw advies: steunt u het voorstel of niet?")
            )
            return False
        seen = review.item.record.advice_of(user_id)
        self._calls.attempt(
            lambda s: meetings.give_advice(s, context, item_id, own.stance, own.text, expected=seen)
        )
        return True

    def _saved_first_by_someone(
        self, review: Review, mine: ItemRecord, error: ConcurrentEditError
    ) -> None:
        """Someone saved the item's record after it was read here: the new version, or
        one's own changes kept on top of it as a concept (unsaved, in the form)."""
        item_id = self._item_id
        newest = self._calls.read(self.tr("Verslag"), lambda s: meetings.load_item(s, item_id))
        if newest is None:
            return
        rebased = rebase_record(review.item.record, mine, newest.record)
        what = self.tr("Het verslag van {}").format(newest.reference)
        answer = ask_conflict(self.dialogs, self, what, error, rebased, record_labels())
        log.info("Agenda item changed meanwhile (%s)", answer.value)
        if answer is Answer.CONCEPT:
            self._concept = rebased.value
            self._concept_kept = self._concepts.keep(newest, rebased.value)
        else:
            self._concept = None
            self._forget_concept(newest.dossier_id)
        self._dirty = False
        self._load(with_document=False, audit_read=False)

    def _forget_concept(self, dossier_id: str) -> None:
        """The concept was saved as the record, or thrown away."""
        if self._concept_kept:
            self._concept_kept = False
            self._concepts.drop(dossier_id)

    def _sign_new_version(self) -> None:
        review = self._review
        if review is None:
            return
        reason = self.ui.amend_reason_edit.toPlainText().strip()
        decision = self.form.decision()
        if not reason:
            self._calls.warn(
                self.tr("Nieuwe versie"),
                self.tr(
                    "Geef de reden van de wijziging; die staat bij de nieuwe versie in het dossier."
                ),
            )
            self.ui.amend_reason_edit.setFocus()
            return
        if decision is None:
            self._calls.warn(self.tr("Nieuwe versie"), self.tr("Kies de uitkomst van het besluit."))
            return
        context, dossier_id = self._calls.context(), review.item.dossier_id
        found = self._calls.run(
            self.tr("Nieuwe versie"),
            lambda s: signing.to_motivate(s, context, dossier_id, decision),
        )
        if found is None:
            return
        departs, grounds = found
        motivation, overriding = self.form.departure_motivation(), self.form.override_motivation()
        self.form.show_departure(departs, signed=False)
        self.form.show_override(grounds, signed=False)
        if departs and not motivation.strip():
            self._calls.warn(
                self.tr("Afwijking motiveren"),
                self.tr(
                    "Deze versie gaat in tegen {}. Leg in het rode vak de motivering van de "
                    "afwijking vast en onderteken dan opnieuw."
                ).format(", ".join(departs)),
            )
            self._point_to_motivation(departs, grounds)
            return
        if grounds and not overriding.strip():
            self._calls.warn(
                self.tr("Afwijken van de toets motiveren"),
                self.tr(
                    "De toets staat deze versie in de weg: {}. Leg in het rode vak ‘Gemotiveerd "
                    "afwijken van de toets’ vast waarom het besluit toch zo luidt, en onderteken "
                    "dan opnieuw."
                ).format("; ".join(shown_label(g) for g in grounds)),
            )
            self._point_to_motivation(departs, grounds)
            return
        if not self._confirm(
            self.tr("Nieuwe versie ondertekenen"),
            self.tr("Deze nieuwe versie ondertekenen?"),
            decision,
            departs,
            grounds,
        ):
            return
        signed = self._calls.run(
            self.tr("Nieuwe versie niet ondertekend"),
            lambda s: signing.amend(
                s, context, dossier_id, decision, reason, motivation, overriding
            ),
        )
        if signed is not None:
            self._mode = Mode.READ
            self._after_signing(signed)

    def _confirm(
        self,
        title: str,
        question: str,
        decision: Decision,
        departs: tuple[str, ...],
        grounds: tuple[OverrideGround, ...],
    ) -> bool:
        review = self._review
        assert review is not None
        state = review.precedents
        answer = self.dialogs.ask(
            self,
            title,
            question,
            [
                Choice("sign", self.tr("Ondertekenen")),
                Choice("cancel", self.tr("Annuleren"), ButtonRole.RejectRole),
            ],
            default="cancel",
            escape="cancel",
            detail=what_is_fixed(decision, state.catalogue, state.factors, departs, grounds),
        )
        return answer == "sign"

    def _refused(self, problems: tuple[str, ...], *, key: bool) -> None:
        """Why it cannot be signed yet; where the key is the problem, the way to it."""
        if not key:
            self._calls.warn(self.tr("Nog niet te ondertekenen"), bullets(problems))
            return
        answer = self.dialogs.ask(
            self,
            self.tr("Nog niet te ondertekenen"),
            bullets(problems),
            [
                Choice("key", self.tr("Mijn ondertekeningssleutel…")),
                Choice("close", self.tr("Sluiten"), ButtonRole.RejectRole),
            ],
            default="key",
            escape="close",
            tone=Tone.WARNING,
        )
        if answer == "key":
            self.open_signing_key()

    def _point_to_motivation(
        self, departs: tuple[str, ...], grounds: tuple[OverrideGround, ...]
    ) -> None:
        """After a refusal: scroll the first red box still waiting for its motivation into
        view and put the cursor in it, so nobody has to look for it below the advice."""
        ui = self.ui
        for needed, frame, edit in (
            (departs, ui.departure_frame, ui.departure_edit),
            (grounds, ui.override_frame, ui.override_edit),
        ):
            if needed and not edit.isReadOnly() and not edit.toPlainText().strip():
                ui.form_scroll.ensureWidgetVisible(frame)
                edit.setFocus()
                return

    def _after_signing(self, signed: SignedDecision) -> None:
        log.info("Decision signed (version %d)", signed.version)
        self._dirty = False
        self.decided.emit(signed.dossier_id)
        self.changed.emit()
        self._load(with_document=True, audit_read=False)

    def _leave_unsaved(self) -> bool:
        """Ask about unsaved changes; True when the dialog may go on (saved or dropped).
        A new version is signed or dropped, never stored half-way."""
        amending = self._mode is Mode.AMEND
        choices = [
            Choice("drop", self.tr("Niet opslaan"), ButtonRole.DestructiveRole),
            Choice("cancel", self.tr("Annuleren"), ButtonRole.RejectRole),
        ]
        if amending:
            choices[0] = Choice(
                "drop", self.tr("Nieuwe versie weggooien"), ButtonRole.DestructiveRole
            )
        else:
            choices.insert(0, Choice("save", self.tr("Opslaan")))
        answer = self.dialogs.ask(
            self,
            self.tr("Niet opgeslagen"),
            self.tr("De nieuwe versie is nog niet ondertekend.")
            if amending
            else self.tr("U hebt wijzigingen die nog niet zijn opgeslagen."),
            choices,
            default="cancel" if amending else "save",
            escape="cancel",
        )
        if answer == "save":
            return self.save()
        if answer == "drop":
            self._dirty = False
            if self._review is not None:
                self._forget_concept(self._review.item.dossier_id)
            return True
        return False
