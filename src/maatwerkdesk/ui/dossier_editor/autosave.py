"""Autosave of the form as a draft, and offering drafts from an earlier session again."""

from __future__ import annotations

import logging
import time
from datetime import datetime

from PySide6.QtCore import QObject, QTimer, Signal

from maatwerkdesk.domain.dossier import DossierFields, DossierRecord
from maatwerkdesk.domain.errors import DomainError, ValidationError
from maatwerkdesk.domain.serialise import fields_from_dict, fields_to_dict
from maatwerkdesk.services import drafts
from maatwerkdesk.services.unit_of_work import Session
from maatwerkdesk.ui.common.dialogs import ButtonRole, Choice, Tone
from maatwerkdesk.ui.common.formatting import format_moment
from maatwerkdesk.ui.common.service_calls import ServiceCaller
from maatwerkdesk.ui.common.vocabulary import shown_error
from maatwerkdesk.ui.translation import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)

AUTOSAVE_DELAY_MS = 2000
"""Quiet time after the last edit before the draft is written."""
AUTOSAVE_MAX_WAIT_S = 10.0
"""While the caseworker keeps typing, the draft is still written at least this often."""

UNTITLED = QT_TRANSLATE_NOOP("Autosave", "(nog zonder titel)")
"""Translated where shown, in the context "Autosave"."""


class Autosave(QObject):
    """The draft of the dossier under `key` (None: the new dossier).

    `due` asks the editor to call `write` with the current form. Drafts this session
    wrote or already offered are "own"; any other draft is earlier work, never overwritten.
    """

    due = Signal()

    def __init__(self, calls: ServiceCaller) -> None:
        super().__init__(calls.parent)
        self._calls = calls
        self.key: str | None = None
        self.written_at: datetime | None = None
        self.failed = False
        self._own_keys: set[str | None] = set()
        self._pending_since: float | None = None
        self._timer = QTimer(self)
        self._timer.setObjectName("autosave_timer")
        self._timer.setSingleShot(True)
        self._timer.setInterval(AUTOSAVE_DELAY_MS)
        self._timer.timeout.connect(self.due)

    # ------------------------------------------------------------------ writing

    def schedule(self) -> None:
        """After an edit: write once typing pauses, or now when it has gone on too long."""
        now = _now()
        if self._pending_since is None:
            self._pending_since = now
        if now - self._pending_since >= AUTOSAVE_MAX_WAIT_S:
            self.due.emit()
        else:
            self._timer.start()

    def is_pending(self) -> bool:
        return self._timer.isActive() or self._pending_since is not None

    def stop(self) -> None:
        self._timer.stop()
        self._pending_since = None

    def reset(self, key: str | None) -> None:
        """A dossier was (re)loaded: nothing pending, nothing written yet."""
        self.stop()
        self.key = key
        self.written_at = None
        self.failed = False

    def write(self, base_revision: int | None, fields: DossierFields | None) -> bool:
        """Store `fields` as the draft, or drop the draft when None (nothing changed)."""
        self.stop()
        key = self.key
        own = key in self._own_keys
        context = self._calls.context()

        def store(session: Session) -> bool:
            pending = drafts.pending_drafts(session, context)
            if not own and any(d.dossier_id == key for d in pending):
                # Work from an earlier session that has not been offered yet: never
                # overwrite it. restore_drafts()/open_dossier() will offer it.
                log.warning("Autosave skipped: an earlier draft is still pending")
                return False
            if fields is not None:
                drafts.save_draft(session, context, key, base_revision, fields_to_dict(fields))
            else:
                drafts.discard_draft(session, context, key)
            return True

        try:
            stored = self._calls.attempt(store)
        except DomainError as error:
            log.warning("Autosave failed (%s)", type(error).__name__)
            stored = False
        if not stored:
            self.failed = True
            return False
        self._own_keys.add(key)
        self.failed = False
        self.written_at = datetime.now() if fields is not None else None
        return True

    def abandon(self, next_key: str | None) -> None:
        """The changes were thrown away: drop their draft and continue under `next_key`."""
        self.stop()
        self.discard_draft(self.key)
        self.key = next_key
        self.written_at = None

    def discard_draft(self, key: str | None) -> None:
        context = self._calls.context()
        try:
            self._calls.attempt(lambda s: drafts.discard_draft(s, context, key))
        except DomainError as error:
            log.warning("Discarding a draft failed (%s)", type(error).__name__)
        self._own_keys.add(key)

    # ------------------------------------------------------------------ drafts from earlier

    def earlier_draft(self, key: str | None) -> drafts.Draft | None:
        """Earlier work for dossier `key` not yet offered, if any."""
        return next((d for d in self.earlier_drafts() if d.dossier_id == key), None)

    def earlier_drafts(self) -> list[drafts.Draft]:
        """Earlier work not yet offered, newest first."""
        try:
            context = self._calls.context()
            pending = self._calls.attempt(lambda s: drafts.pending_drafts(s, context), read=True)
        except DomainError as error:
            log.warning("Reading drafts failed (%s)", type(error).__name__)
            return []
        pending = [d for d in pending if d.dossier_id not in self._own_keys]
        return sorted(pending, key=lambda d: d.saved_at, reverse=True)

    def ask_restore(self, draft: drafts.Draft) -> DossierFields | None:
        """Ask whether to put a draft back; returns its fields, or None (discarded or kept)."""
        calls = self._calls
        when = format_moment(draft.saved_at)
        try:
            fields = fields_from_dict(draft.payload)
        except ValidationError as error:
            log.warning("Draft %s cannot be read (%s)", draft.id, error.field)
            answer = calls.dialogs.ask(
                calls.parent,
                self.tr("Niet-opgeslagen werk"),
                self.tr(
                    "Er is niet-opgeslagen werk gevonden van {}, maar het kan niet worden "
                    "teruggezet."
                ).format(when),
                [
                    Choice("discard", self.tr("Weggooien"), ButtonRole.DestructiveRole),
                    Choice("keep", self.tr("Bewaren"), ButtonRole.RejectRole),
                ],
                default="keep",
                escape="keep",
                detail=self.tr(
                    "Het bewaarde werk is beschadigd of van een andere versie ({}). "
                    "Kiest u Bewaren, dan vraagt het programma het de volgende keer opnieuw."
                ).format(shown_error(error)),
                tone=Tone.WARNING,
            )
            if answer == "discard":
                self.discard_draft(draft.dossier_id)
            return None
        title = fields.title.strip() or self.tr(UNTITLED)
        if draft.dossier_id is None:
            detail = self.tr(
                "Het gaat om een nieuw dossier ‘{}’. Kiest u Weggooien, dan is dit werk "
                "definitief weg."
            )
        else:
            detail = self.tr(
                "Het gaat om het dossier ‘{}’. Kiest u Weggooien, dan is dit werk definitief weg."
            )
        answer = calls.dialogs.ask(
            calls.parent,
            self.tr("Niet-opgeslagen werk"),
            self.tr("Er is niet-opgeslagen werk gevonden van {}. Wilt u het terugzetten?").format(
                when
            ),
            [
                Choice("restore", self.tr("Terugzetten"), ButtonRole.AcceptRole),
                Choice("discard", self.tr("Weggooien"), ButtonRole.DestructiveRole),
            ],
            default="restore",
            escape="restore",
            detail=detail.format(title),
        )
        if answer != "restore":
            self.discard_draft(draft.dossier_id)
            return None
        self._own_keys.add(draft.dossier_id)
        return fields

    def warn_if_changed_since(self, draft: drafts.Draft, record: DossierRecord) -> None:
        if draft.base_revision is None or draft.base_revision == record.revision:
            return
        self._calls.warn(
            self.tr("Dossier is intussen gewijzigd"),
            self.tr(
                "Dossier {} is gewijzigd nadat uw werk automatisch werd bewaard. "
                "Uw teruggezette tekst staat nu in het scherm, maar is nog niet opgeslagen. "
                "Controleer voor het opslaan of u geen nieuwere wijzigingen overschrijft."
            ).format(record.reference),
        )


def _now() -> float:
    return time.monotonic()
